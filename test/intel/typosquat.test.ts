import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';
import { impersonation, type Technique } from '../../src/intel/typosquat/index.ts';
import { skeleton, unicodeLabel } from '../../src/intel/typosquat/skeleton.ts';
import { BRAND_DOMAINS, EXTRA_KEYWORDS, GENERIC_LABELS, PAYMENT_LABELS } from '../../src/intel/typosquat/brands.ts';

const SHOP = ['acme-store.com'];

describe('confusable skeletons', () => {
  const table: [string, string, string][] = [
    // [what, label, skeleton]
    ['plain ASCII is unchanged', 'stripe-js', 'strlpe-js'],
    ['digits that pass for letters', 'g00gle', 'google'],
    ['a one passes for an l', 'paypa1', 'paypal'],
    ['i and l read alike (paypaI in the page source)', 'paypai', 'paypal'],
    ['rn reads as m', 'rnixpanel', 'mlxpanel'],
    ['vv reads as w', 'vvix', 'wlx'],
    ['cl reads as d', 'cloudflare', 'doudflare'],
    ['Cyrillic look-alikes', 'gооgle', 'google'],
    ['punycode is decoded first', 'xn--ggle-55da', 'google'],
    ['Greek look-alikes', 'gοοgle', 'google'],
    ['accents are dropped', 'gòógle', 'google'],
    ['fullwidth letters', 'ｇｏｏｇｌｅ', 'google'],
    ['stroked letters that Unicode does not decompose', 'pøłaris', 'polarls'],
    ['a table entry that NFKD would change first (lunate sigma)', 'ϲheckout', 'checkout'],
  ];
  for (const [what, label, expected] of table) test(what, () => assert.equal(skeleton(label), expected));

  test('undecodable punycode is compared as written', () => {
    assert.equal(unicodeLabel('xn--zz'), 'xn--zz');
    assert.equal(unicodeLabel('plain'), 'plain');
  });
});

describe('impersonation: positives', () => {
  const table: [string, string, readonly string[] | undefined, string, Technique][] = [
    // [what, host, own domains, target, technique]
    ['the brand label under a cheap TLD', 'googletagmanager.cc', undefined, 'googletagmanager.com', 'tld-swap'],
    ['a payment brand under .top', 'stripe.top', undefined, 'stripe.com', 'tld-swap'],
    ['a dropped letter of the TLD', 'braintreegateway.co', undefined, 'braintreegateway.com', 'tld-swap'],
    ['a subdomain of a TLD swap', 'cdn.googletagmanager.cc', undefined, 'googletagmanager.com', 'tld-swap'],
    ['google-anaiytics: i for l', 'google-anaiytics.com', undefined, 'google-analytics.com', 'homoglyph'],
    ['zeros for o', 'g00gle-analytics.com', undefined, 'google-analytics.com', 'homoglyph'],
    ['a one for l', 'paypa1.com', undefined, 'paypal.com', 'homoglyph'],
    ['punycode with Cyrillic o', 'xn--ggle-55da.com', undefined, 'google.com', 'homoglyph'],
    ['a Unicode host is looked up as the browser would', 'gооgle.com', undefined, 'google.com', 'homoglyph'],
    ['rn for m', 'rnixpanel.com', undefined, 'mixpanel.com', 'homoglyph'],
    ['vv for w, even on a three-letter brand', 'vvix.com', undefined, 'wix.com', 'homoglyph'],
    ['a short brand with a digit', 'b1ng.com', undefined, 'bing.com', 'homoglyph'],
    ['a homoglyph plus a typo', 'strlpee.com', undefined, 'stripe.com', 'homoglyph'],
    ['a brand that is a private suffix, under another TLD', 'googleapis.top', undefined, 'googleapis.com', 'tld-swap'],
    ['a typo of a brand that is a private suffix', 'gooogleapis.com', undefined, 'googleapis.com', 'edit-distance'],
    ['a homoglyph of a generic brand word', 'segrnent.io', undefined, 'segment.com', 'homoglyph'],
    ['a suffix word: -min', 'jquery-min.su', undefined, 'jquery.com', 'hyphenation'],
    ['a suffix word: -js', 'stripe-js.top', undefined, 'stripe.com', 'hyphenation'],
    ['a prefix word: cdnjs-', 'cdnjs-cloudflare.com', undefined, 'cloudflare.com', 'hyphenation'],
    ['prefix and suffix words', 'secure-paypal-api.com', undefined, 'paypal.com', 'hyphenation'],
    ['an affix without a hyphen', 'jquerycdn.net', undefined, 'jquery.com', 'hyphenation'],
    ['the missing-dot squat', 'wwwgoogletagmanager.com', undefined, 'googletagmanager.com', 'hyphenation'],
    ['the dot turned into a hyphen', 'facebook-net.com', undefined, 'facebook.net', 'hyphenation'],
    ['a hyphen dropped', 'googleanalytics.com', undefined, 'google-analytics.com', 'hyphenation'],
    ['a hyphen added', 'goo-gle.com', undefined, 'google.com', 'hyphenation'],
    ['a hyphen added to a generic word', 'check-out.com', undefined, 'checkout.com', 'hyphenation'],
    ['a doubled letter', 'gooogle.com', undefined, 'google.com', 'edit-distance'],
    ['a dropped letter', 'googletagmanagr.com', undefined, 'googletagmanager.com', 'edit-distance'],
    ['a keyboard slip', 'stroipe.com', undefined, 'stripe.com', 'edit-distance'],
    ['two slips in a long name', 'gogletagmanagr.com', undefined, 'googletagmanager.com', 'edit-distance'],
    ['a typo under another TLD', 'hotjat.io', undefined, 'hotjar.com', 'edit-distance'],
    ['swapped letters', 'strpie.com', undefined, 'stripe.com', 'transposition'],
    ['swapped letters in a long name', 'googeltagmanager.com', undefined, 'googletagmanager.com', 'transposition'],
    ['swapped letters in a generic word', 'segmnet.com', undefined, 'segment.com', 'transposition'],
    ['the brand inside a longer name', 'login-googletagmanager.com', undefined, 'googletagmanager.com', 'brand-embedded'],
    ['two letters before an intact brand', 'mygoogletagmanager.com', undefined, 'googletagmanager.com', 'brand-embedded'],
    ['a library name with a word after it', 'jqueryupdate.com', undefined, 'jquery.com', 'brand-embedded'],
    ['a payment brand inside a name', 'paypal-verification-center.com', undefined, 'paypal.com', 'brand-embedded'],
    ['a payment brand word that is not a domain label', 'braintree-secure.com', undefined, 'braintreegateway.com', 'brand-embedded'],
    ['the longest brand wins', 'getgoogletagmanagerjs.net', undefined, 'googletagmanager.com', 'brand-embedded'],
    ['an embedded brand with a homoglyph', 'my-g00gletagmanager-loader.com', undefined, 'googletagmanager.com', 'brand-embedded'],
    ['the full brand domain as leading labels', 'googletagmanager.com.evil.top', undefined, 'googletagmanager.com', 'subdomain-brand'],
    ['the brand domain in the middle of the subdomain', 'www.js.stripe.com.cdn-host.xyz', undefined, 'stripe.com', 'subdomain-brand'],
    ['the brand domain on a private suffix', 'connect.facebook.net.attacker.github.io', undefined, 'facebook.net', 'subdomain-brand'],
    ['the shop name with a letter added', 'acme-stores.com', SHOP, 'acme-store.com', 'edit-distance'],
    ['the shop name without its hyphen', 'acmestore.com', SHOP, 'acme-store.com', 'hyphenation'],
    ['the shop name under com.co', 'acme-store.com.co', SHOP, 'acme-store.com', 'tld-swap'],
    ['the shop name with a tech word', 'acme-store-cdn.net', SHOP, 'acme-store.com', 'hyphenation'],
    ['the shop name with letters swapped', 'acme-sotre.com', SHOP, 'acme-store.com', 'transposition'],
    ['the shop name with a homoglyph', 'acrne-store.com', SHOP, 'acme-store.com', 'homoglyph'],
    ['the shop name inside a longer one', 'acme-store-payments-gateway.com', SHOP, 'acme-store.com', 'brand-embedded'],
    ['the shop domain as leading labels', 'acme-store.com.evil.top', SHOP, 'acme-store.com', 'subdomain-brand'],
    ['own domains given as hosts, in any case', 'acme-stores.com', ['WWW.Acme-Store.com.'], 'acme-store.com', 'edit-distance'],
    ['the shop name is checked before the brands', 'stripe-acme-store.com', SHOP, 'acme-store.com', 'brand-embedded'],
    ['brands still apply when own domains are given', 'stripe.top', SHOP, 'stripe.com', 'tld-swap'],
    ['upper case and a trailing dot', 'GoogleTagManager.CC.', undefined, 'googletagmanager.com', 'tld-swap'],
  ];
  for (const [what, host, own, target, technique] of table) {
    test(`${what}: ${host}`, () => assert.deepEqual(impersonation(host, own), { target, technique }));
  }
});

describe('impersonation: negatives', () => {
  test('every brand, its www and a deeper subdomain, in ASCII and in any case', () => {
    for (const brand of BRAND_DOMAINS) {
      for (const host of [brand, `www.${brand}`, `a.b.${brand}`, brand.toUpperCase()]) assert.equal(impersonation(host), null, host);
      assert.equal(impersonation(brand, SHOP), null, brand);
    }
  });

  const table: [string, string, readonly string[] | undefined][] = [
    // [what, host, own domains]
    ['tag manager', 'www.googletagmanager.com', undefined],
    ['Stripe.js', 'js.stripe.com', undefined],
    ['Facebook pixel', 'connect.facebook.net', undefined],
    ['Google Fonts, under the googleapis.com private suffix', 'fonts.googleapis.com', undefined],
    ['a bucket host under googleapis.com', 'storage.googleapis.com', undefined],
    ['jQuery CDN', 'code.jquery.com', undefined],
    ['cdnjs', 'cdnjs.cloudflare.com', undefined],
    ['fullwidth letters fold to the real name', 'ｇｏｏｇｌｅ.com', undefined],
    ['a Google country site', 'google.de', undefined],
    ['a Google country site under co.', 'www.google.co.uk', undefined],
    ['a Google country site under com.', 'google.com.au', undefined],
    ['another Google TLD', 'google.org', undefined],
    ['a Yandex country site', 'mc.yandex.com.tr', undefined],
    ['a PayPal country site', 'www.paypal.fr', undefined],
    ['Cloudflare also owns .net', 'cdn.cloudflare.net', undefined],
    ['an unrelated shop', 'mystore.com', undefined],
    ['the reserved example domain', 'example.org', undefined],
    ['a private suffix itself', 'github.io', undefined],
    ['a site on a private suffix', 'someone.github.io', undefined],
    ['the CloudFront suffix', 'cloudfront.net', undefined],
    ['a CloudFront distribution', 'd1a2b3c4.cloudfront.net', undefined],
    ['AWS', 'amazonaws.com', undefined],
    ['S3', 's3.amazonaws.com', undefined],
    ['an unknown TLD', 'shop.example', undefined],
    ['an IPv4 address', '203.0.113.9', undefined],
    ['an IPv6 address', '[2001:db8::1]', undefined],
    ['a single label', 'localhost', undefined],
    ['empty', '  ', undefined],
    ['a four-letter brand is too short for edit distance', 'bimg.com', undefined],
    ['two slips in a short name', 'srtpe.com', undefined],
    ['a generic word under another TLD', 'checkout.de', undefined],
    ['a neighbour of a generic word', 'segments.com', undefined],
    ['a real word next to clarity', 'charity.org', undefined],
    ['a generic word inside a longer name', 'securecheckout.com', undefined],
    ['a generic word with a tech affix', 'segment-analytics.com', undefined],
    ['a short brand inside a word', 'rebinging.com', undefined],
    ['a look-alike-free host with own domains', 'mystore.com', SHOP],
    ['the shop itself', 'acme-store.com', SHOP],
    ['a shop subdomain', 'cdn.acme-store.com', SHOP],
    ['the shop on another TLD it lists', 'acme-store.de', ['acme-store.com', 'acme-store.de']],
    ['an unrelated name near nothing', 'payments-processor.net', SHOP],
    ['a short own name is not searched inside other names', 'flashlights.com', ['lights.com']],
    ['own domains that have no registrable part are ignored', 'mystore.com', ['localhost', '10.0.0.1', 'github.io']],
  ];
  for (const [what, host, own] of table) test(`${what}: ${host}`, () => assert.equal(impersonation(host, own), null));
});

describe('brand data', () => {
  test('every brand is a registrable domain, listed once', () => {
    // googleapis.com is a private suffix (storage.googleapis.com hosts anyone's bucket): registrable under ICANN rules.
    for (const brand of BRAND_DOMAINS) assert.equal(getDomain(brand, { allowPrivateDomains: brand !== 'googleapis.com' }), brand, brand);
    assert.equal(new Set(BRAND_DOMAINS).size, BRAND_DOMAINS.length);
  });

  test('no two brands share a skeleton under different labels', () => {
    const seen = new Map<string, string>();
    for (const brand of BRAND_DOMAINS) {
      const label = brand.slice(0, brand.indexOf('.'));
      const other = seen.get(skeleton(label));
      assert.ok(other === undefined || other === label, `${brand} reads like ${other ?? ''}`);
      seen.set(skeleton(label), label);
    }
  });

  test('the label sets name listed brands', () => {
    const labels = new Set(BRAND_DOMAINS.map((brand) => brand.slice(0, brand.indexOf('.'))));
    for (const label of [...GENERIC_LABELS, ...PAYMENT_LABELS]) assert.ok(labels.has(label), label);
    for (const domain of Object.values(EXTRA_KEYWORDS)) assert.ok(BRAND_DOMAINS.includes(domain), domain);
  });

  test('punycode and Unicode spellings of the same host agree', () => {
    const unicode = 'раураl.com'; // Cyrillic р, а, у
    assert.deepEqual(impersonation(unicode), impersonation(domainToASCII(unicode)));
    assert.deepEqual(impersonation(unicode), { target: 'paypal.com', technique: 'homoglyph' });
  });

  test('the same array of own domains can be reused, and a new array with the same content gives the same answer', () => {
    const own = ['acme-store.com'];
    assert.deepEqual(impersonation('acmestore.com', own), impersonation('acmestore.com', own));
    assert.deepEqual(impersonation('acmestore.com', [...own]), { target: 'acme-store.com', technique: 'hyphenation' });
    assert.equal(impersonation('acmestore.com', ['other-shop.com']), null);
  });
});
