/**
 * Browser functions that decoders call and QuickJS lacks, written for the sandbox (never run in the host): base64
 * by hand because the sandbox has no Buffer and no host objects to borrow.
 */
export const SANDBOX_PRELUDE = `
var atob = function (input) {
  var alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var text = String(input).replace(/[\\t\\n\\f\\r =]/g, '');
  if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) throw new Error('InvalidCharacterError');
  var out = '', buffer = 0, bits = 0;
  for (var i = 0; i < text.length; i++) {
    buffer = (buffer << 6) | alphabet.indexOf(text.charAt(i));
    bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((buffer >> bits) & 255); }
  }
  return out;
};
var btoa = function (input) {
  var alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var text = String(input), out = '';
  for (var i = 0; i < text.length; i += 3) {
    var a = text.charCodeAt(i), b = text.charCodeAt(i + 1), c = text.charCodeAt(i + 2);
    if (a > 255 || b > 255 || c > 255) throw new Error('InvalidCharacterError');
    out += alphabet.charAt(a >> 2) + alphabet.charAt(((a & 3) << 4) | (b >> 4 || 0))
      + (i + 1 < text.length ? alphabet.charAt(((b & 15) << 2) | (c >> 6 || 0)) : '=')
      + (i + 2 < text.length ? alphabet.charAt(c & 63) : '=');
  }
  return out;
};
var window = undefined, self = undefined;
`;
