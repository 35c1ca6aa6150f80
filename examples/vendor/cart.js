// An ordinary cart widget: reads the quantity field and posts it to the shop's own API.
(function () {
  function updateTotal(form) {
    var quantity = Number(form.querySelector('input[name="qty"]').value) || 1;
    return fetch('/api/cart', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ quantity: quantity }),
    }).then(function (response) { return response.json(); });
  }
  document.addEventListener('change', function (event) {
    if (event.target && event.target.name === 'qty') updateTotal(event.target.form);
  });
})();
