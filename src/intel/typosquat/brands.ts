/**
 * The services that shops commonly load scripts from or send data to, as registrable domains. A skimmer that wants
 * to blend into a page's network traffic registers a name that reads like one of these, so these are the names
 * look-alikes are measured against. Being on this list also means "never flagged", so only domains known to belong
 * to the named company are here: an entry that someone else could register would become an allow-list hole.
 * Pure data.
 */
export const BRAND_DOMAINS: readonly string[] = [
  // Google: tag manager, analytics, ads, fonts and libraries, reCAPTCHA, YouTube embeds.
  'google.com',
  'googletagmanager.com',
  'google-analytics.com',
  'googleapis.com',
  'gstatic.com',
  'googleusercontent.com',
  'googlesyndication.com',
  'googleadservices.com',
  'googletagservices.com',
  'doubleclick.net',
  'recaptcha.net',
  'youtube.com',
  'ytimg.com',
  // Public script CDNs and the libraries served from them (code.jquery.com, cdnjs.cloudflare.com, ...).
  'jquery.com',
  'jqueryui.com',
  'cloudflare.com',
  'cloudflareinsights.com',
  'jsdelivr.net',
  'unpkg.com',
  'bootstrapcdn.com',
  'fontawesome.com',
  'typekit.net',
  // Payment providers: their hosted fields and SDKs are what card skimmers imitate most.
  'stripe.com',
  'stripe.network',
  'stripecdn.com',
  'paypal.com',
  'paypalobjects.com',
  'braintreegateway.com',
  'braintree-api.com',
  'braintreepayments.com',
  'adyen.com',
  'klarna.com',
  'klarnacdn.net',
  'klarnaservices.com',
  'checkout.com',
  'squareup.com',
  'squarecdn.com',
  'authorize.net',
  'afterpay.com',
  'affirm.com',
  'mollie.com',
  'cybersource.com',
  // Shop platforms and site builders, whose own asset hosts appear on every storefront they run.
  'shopify.com',
  'shopifycs.com',
  'magento.com',
  'bigcommerce.com',
  'woocommerce.com',
  'wordpress.com',
  'wix.com',
  'wixstatic.com',
  'squarespace.com',
  'squarespace-cdn.com',
  // Social widgets and advertising pixels.
  'facebook.com',
  'facebook.net',
  'fbcdn.net',
  'instagram.com',
  'cdninstagram.com',
  'twitter.com',
  'twimg.com',
  'ads-twitter.com',
  'linkedin.com',
  'licdn.com',
  'tiktok.com',
  'pinterest.com',
  'pinimg.com',
  'snapchat.com',
  'sc-static.net',
  'redditstatic.com',
  'bing.com',
  'clarity.ms',
  'yandex.ru',
  'baidu.com',
  'amazon-adsystem.com',
  'adnxs.com',
  'criteo.com',
  'criteo.net',
  'taboola.com',
  'outbrain.com',
  // Analytics, session replay and error monitoring: they receive page data by design, so exfiltration hides there.
  'hotjar.com',
  'hotjar.io',
  'segment.com',
  'segment.io',
  'mixpanel.com',
  'mxpnl.com',
  'amplitude.com',
  'heapanalytics.com',
  'fullstory.com',
  'posthog.com',
  'newrelic.com',
  'nr-data.net',
  'sentry.io',
  'sentry-cdn.com',
  'datadoghq.com',
  'datadoghq-browser-agent.com',
  'browser-intake-datadoghq.com',
  'optimizely.com',
  'adobedtm.com',
  // Marketing, chat and support widgets.
  'hubspot.com',
  'hubspot.net',
  'hs-scripts.com',
  'hs-analytics.net',
  'hsforms.net',
  'klaviyo.com',
  'intercom.io',
  'intercomcdn.com',
  'zendesk.com',
  'zdassets.com',
  // Cookie-consent managers, loaded first on nearly every European page.
  'cookielaw.org',
  'onetrust.com',
  'trustarc.com',
  'truste.com',
  'cookiebot.com',
  'usercentrics.eu',
];

/**
 * Brand labels that are ordinary words or common names. Other, unrelated businesses legitimately own the same word
 * under another TLD (checkout.de), its neighbours (segments, charity next to clarity, gentry next to sentry) and
 * words containing it (securecheckout), so for these only the tricks that say "imitation" on their own are flagged:
 * homoglyphs, an adjacent transposition (segmnet), hyphen games and tech affixes (checkout-js), and the full domain
 * used as a subdomain.
 */
export const GENERIC_LABELS: ReadonlySet<string> = new Set([
  'segment',
  'checkout',
  'amplitude',
  'intercom',
  'sentry',
  'affirm',
  'authorize',
  'clarity',
  'fullstory',
  'wordpress',
]);

/**
 * Payment brands: the targets of card skimmers, so they are matched inside other labels from four characters on
 * (stripe-checkout-secure, paypal-verify) and accept a few more false positives (pinstripe) for it.
 */
export const PAYMENT_LABELS: ReadonlySet<string> = new Set(['stripe', 'paypal', 'adyen', 'klarna', 'squareup', 'mollie', 'afterpay', 'cybersource']);

/**
 * Brand words that are not themselves a registrable label on the list but are what an impersonator writes: Braintree
 * serves from braintreegateway.com and braintree-api.com, and skimmers register braintree-<anything>.
 */
export const EXTRA_KEYWORDS: Readonly<Record<string, string>> = {
  braintree: 'braintreegateway.com',
};

/**
 * Brands that run country sites (google.de, google.co.uk, google.com.au, yandex.kz, paypal.fr, pinterest.de): for
 * these labels any country-code suffix, or co./com. under one, is the brand's own and never a TLD swap.
 */
export const COUNTRY_SITE_LABELS: ReadonlySet<string> = new Set(['google', 'yandex', 'paypal', 'pinterest']);

/** Other generic TLDs the company behind a label is known to use, beyond those listed in BRAND_DOMAINS. */
export const ALSO_OWNS: Readonly<Record<string, readonly string[]>> = {
  google: ['net', 'org', 'dev'],
  yandex: ['com', 'net'],
  cloudflare: ['net'],
};
