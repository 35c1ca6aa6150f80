/**
 * What a field name or selector says about the data behind it. Skimmers target a small, stable vocabulary
 * (platform field names such as Magento's `payment[cc_number]`, HTML autocomplete tokens such as `cc-csc`).
 */
export type SensitiveKind = 'card-number' | 'card-code' | 'card-expiry' | 'card-holder' | 'billing' | 'password' | 'email';

const PATTERNS: readonly [SensitiveKind, RegExp][] = [
  ['card-number', /c(?:redit)?[-_ .]?c(?:ard)?[-_ .]?(?:num|no\b)|card[-_ .]?(?:num|no\b|number)|cardnumber|ccnum|cc[-_]?number|creditcard|\bpan\b|card_?nr|kartennummer/i],
  ['card-code', /\bcvv2?|cvc2?|\bcsc\b|cc[-_]?csc|cc[-_]?cid|card[-_]?cid|security[-_ ]?code|card[-_ ]?code|verification[-_ ]?(?:code|value)|\bcvn\b/i],
  ['card-expiry', /\bexp(?:iry|iration)?[-_ ]?(?:date|month|year|mm|yy|mon|yr)\b|cc[-_]?exp|expdate|exp_?month|exp_?year|card[-_ ]?expir|expiry/i],
  ['card-holder', /card[-_ ]?holder|holder[-_ ]?name|cc[-_ ]?name|name[-_ ]?on[-_ ]?card|cc[-_ ]?owner/i],
  ['password', /pass(?:word|wd)?\b|\bpwd\b|passwort/i],
  ['email', /e-?mail/i],
  ['billing', /billing|\bstreet|postcode|postal|\bzip\b|zipcode|address|telephone|\bphone|\bcity\b|firstname|lastname|first_name|last_name/i],
];

/** Any of the patterns: one test rules out most names before the kinds are tried in order. */
const ANY_SENSITIVE = new RegExp(PATTERNS.map(([, pattern]) => pattern.source).join('|'), 'i');

export const CARD_KINDS: ReadonlySet<SensitiveKind> = new Set(['card-number', 'card-code', 'card-expiry', 'card-holder']);

/** The most specific sensitive kind a name or selector points at, or null. */
export function classifySensitive(text: string | null | undefined): SensitiveKind | null {
  if (!text || text.length > 400 || !ANY_SENSITIVE.test(text)) return null;
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  return null;
}
