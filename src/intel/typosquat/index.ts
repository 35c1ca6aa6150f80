/**
 * Typosquatting and impersonation: does a host's registrable domain read like one of the services sites load
 * scripts from (brands.ts), or like the site's own domain? Magecart skimmers are served from, and post card data to,
 * names chosen to pass a glance in the page source or the network panel: googletagmanager.cc, g00gle-analytics.com,
 * jquery-min.su, stripe-js.top, and for exfiltration a near copy of the shop's own name. A match is reported with the
 * name it imitates and the trick used; callers file it under the 'Typosquatting & Impersonation' category.
 *
 * Registrable domains come from tldts with private suffixes allowed, as in domains.ts: `someone.github.io` is its
 * own site, and `github.io` itself has no registrable domain and is never compared.
 *
 * Speed: every table is built once (the brand index at module load, an own-domains index once per array passed in).
 * A host that shares nothing with any brand costs one tldts parse, a skeleton, a few map lookups, a bitmask filter
 * over the brand labels of nearby length (edit distance is computed only for the few that pass it) and one pass of
 * a keyword automaton: about 1.5 µs. Pure: no I/O.
 */
import { domainToASCII } from 'node:url';
import { parse } from 'tldts';
import { ALSO_OWNS, BRAND_DOMAINS, COUNTRY_SITE_LABELS, EXTRA_KEYWORDS, GENERIC_LABELS, PAYMENT_LABELS } from './brands.ts';
import { skeleton, unicodeLabel } from './skeleton.ts';

export type Technique = 'edit-distance' | 'transposition' | 'homoglyph' | 'tld-swap' | 'hyphenation' | 'brand-embedded' | 'subdomain-brand';

export interface Impersonation {
  /** The registrable domain imitated: a brand from brands.ts or one of the site's own domains. */
  target: string;
  technique: Technique;
}

const TLDTS_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;
const ICANN_OPTIONS = { allowPrivateDomains: false, extractHostname: false } as const;

/**
 * Words squatters put around a brand to make a plausible asset host: jquery-min, stripe-js, googleanalytics-cdn,
 * cdnjs-cloudflare, secure-paypal. `www` as a prefix catches the missing-dot squat (wwwgoogletagmanager.com).
 */
const AFFIX_SUFFIXES: readonly string[] = [
  'cdn', 'js', 'min', 'static', 'api', 'cloud', 'secure', 'analytics', 'sync', 'stats', 'lib', 'libs', 'app',
  'assets', 'script', 'scripts', 'tag', 'tags', 'pay', 'payment', 'payments', 'web', 'ssl', 'online',
];
const AFFIX_PREFIXES: readonly string[] = ['cdn', 'cdnjs', 'js', 'secure', 'static', 'api', 'www', 'assets'];

/** Edit distance applies from this label length on (shorter names have too many innocent neighbours)… */
const MIN_EDIT_LENGTH = 5;
/** …and distance 2 from this length on, where two slips still leave the name recognisable. */
const MIN_DISTANCE_TWO_LENGTH = 10;
/** A brand label is looked for inside other labels from this length on (payment brands from PAYMENT_MIN_EMBEDDED). */
const MIN_EMBEDDED = 6;
const PAYMENT_MIN_EMBEDDED = 4;
/**
 * The site's own label is looked for inside other labels only from this length on: we cannot judge how generic a
 * shop's name is (lights.com, jewelry.com), so length is the only guard against flagging every flashlights.com.
 */
const OWN_MIN_EMBEDDED = 8;

/** A country-code suffix, bare or under co./com. (de, co.uk, com.au): the shape of a brand's country site. */
const COUNTRY_SUFFIX = /^(?:(?:co|com)\.)?[a-z]{2}$/;

interface Target {
  readonly domain: string;
  /** The registrable label, as registered (ASCII). */
  readonly label: string;
  readonly skeleton: string;
  readonly mask: number;
  readonly skeletonMask: number;
  /** Largest edit distance at which a label still counts as a typo of this one (0: edit distance not used). */
  readonly maxDistance: number;
  /** Generic words: of all single edits, only an adjacent transposition is taken as a typo. */
  readonly transpositionOnly: boolean;
  /** An ordinary word (brands.ts GENERIC_LABELS): no TLD swap, no affixes, never looked for inside other labels. */
  readonly generic: boolean;
}

interface LabelOwner {
  readonly target: Target;
  /** Public suffixes under which the label is the brand's own. */
  readonly suffixes: Set<string>;
  readonly countrySites: boolean;
  readonly generic: boolean;
}

interface IndexOptions {
  readonly generic: ReadonlySet<string>;
  readonly payment: ReadonlySet<string>;
  readonly extraKeywords: Readonly<Record<string, string>>;
  readonly countrySites: ReadonlySet<string>;
  readonly alsoOwns: Readonly<Record<string, readonly string[]>>;
  readonly minEmbedded: number;
  readonly paymentMinEmbedded: number;
}

/** Edit-distance candidates grouped by how far they may be and by length, so a host only meets those in reach. */
interface EditBuckets {
  /** Labels allowed one edit, by length. */
  readonly one: (Target[] | undefined)[];
  /** Labels allowed two edits, by length. */
  readonly two: (Target[] | undefined)[];
  /** Generic words, which only accept an adjacent transposition, by length. */
  readonly swaps: (Target[] | undefined)[];
}

interface LookalikeIndex {
  readonly domains: ReadonlySet<string>;
  readonly byLabel: ReadonlyMap<string, LabelOwner>;
  readonly bySkeleton: ReadonlyMap<string, Target>;
  /** Keyed by the skeleton of the label with hyphens removed, and of label+suffix (facebooknet for facebook.net). */
  readonly byFlat: ReadonlyMap<string, Target>;
  /** Targets that take part in edit distance, by label length and by skeleton length. */
  readonly typos: EditBuckets;
  readonly skeletonTypos: EditBuckets;
  readonly keywords: KeywordMatcher;
}

/** The parts of a host that every rule looks at. */
interface Subject {
  /** Registrable label as it arrived (ASCII, possibly `xn--`). */
  readonly label: string;
  /** The same label decoded to Unicode (equal to `label` unless it was punycode). */
  readonly text: string;
  readonly skeleton: string;
  readonly flat: string;
  readonly mask: number;
  readonly skeletonMask: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Small string tools

/** Which letters occur, as a bitmask (a–z, any digit, hyphen, anything else): one edit changes at most two bits. */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << 26;
    else if (code === 45) mask |= 1 << 27;
    else mask |= 1 << 28;
  }
  return mask;
}

function popcount(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const flatten = (label: string): string => skeleton(label.replaceAll('-', ''));

/** True when `a` is `b` with exactly one pair of adjacent, different characters swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i >= a.length - 1) return false;
  if (a[i] !== b[i + 1] || a[i + 1] !== b[i]) return false;
  return a.slice(i + 2) === b.slice(i + 2);
}

let rowA = new Int32Array(128);
let rowB = new Int32Array(128);
let rowC = new Int32Array(128);

/**
 * Optimal string alignment distance (Damerau: insertion, deletion, substitution, adjacent transposition) between
 * `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`.
 */
function boundedDistance(a: string, b: string, limit: number): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (Math.abs(n - m) > limit) return limit + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  // Three rolling rows: two rows back (transpositions), the previous one, and the current one.
  let older = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(start + i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(start + j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(start + j - 2) && a.charCodeAt(start + i - 2) === cb) {
        value = Math.min(value, (older[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const spare = older;
    older = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[m] as number, limit + 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Keyword automaton (Aho–Corasick): finds the longest brand word inside a label in one pass, however many brands.

const ALPHABET = 38;

function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return code === 45 ? 36 : 37; // hyphen, then "anything else", which no keyword contains
}

class KeywordMatcher {
  private readonly next: Int32Array;
  /** Per state: the index of the longest keyword ending there, or -1; and that keyword's length. */
  private readonly output: Int32Array;
  private readonly outputLength: Int32Array;
  private readonly targets: readonly Target[];

  constructor(keywords: readonly (readonly [string, Target])[]) {
    const transitions: number[][] = [new Array<number>(ALPHABET).fill(-1)];
    const output: number[] = [-1];
    const outputLength: number[] = [0];
    keywords.forEach(([word, _target], index) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const row = transitions[state] as number[];
        const symbol = symbolOf(word.charCodeAt(i));
        let following = row[symbol] as number;
        if (following === -1) {
          following = transitions.length;
          transitions.push(new Array<number>(ALPHABET).fill(-1));
          output.push(-1);
          outputLength.push(0);
          row[symbol] = following;
        }
        state = following;
      }
      if (output[state] === -1) {
        output[state] = index;
        outputLength[state] = word.length;
      }
    });
    // Breadth-first: fill the failure links, then turn the trie into a complete automaton.
    const fail = new Array<number>(transitions.length).fill(0);
    const queue: number[] = [];
    const root = transitions[0] as number[];
    for (let symbol = 0; symbol < ALPHABET; symbol++) {
      const child = root[symbol] as number;
      if (child === -1) root[symbol] = 0;
      else queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const back = fail[state] as number;
      if (output[state] === -1) {
        output[state] = output[back] as number;
        outputLength[state] = outputLength[back] as number;
      }
      const row = transitions[state] as number[];
      const backRow = transitions[back] as number[];
      for (let symbol = 0; symbol < ALPHABET; symbol++) {
        const child = row[symbol] as number;
        if (child === -1) row[symbol] = backRow[symbol] as number;
        else {
          fail[child] = backRow[symbol] as number;
          queue.push(child);
        }
      }
    }
    this.next = Int32Array.from(transitions.flat());
    this.output = Int32Array.from(output);
    this.outputLength = Int32Array.from(outputLength);
    this.targets = keywords.map(([, target]) => target);
  }

  /** The target of the longest keyword occurring in `text`, or null. */
  longest(text: string): Target | null {
    let state = 0;
    let best = -1;
    let bestLength = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.next[state * ALPHABET + symbolOf(text.charCodeAt(i))] as number;
      const length = this.outputLength[state] as number;
      if (length > bestLength) {
        bestLength = length;
        best = this.output[state] as number;
      }
    }
    return best === -1 ? null : (this.targets[best] as Target);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Index construction

function normalizeHost(raw: string): string | null {
  let host = raw.trim().toLowerCase();
  if (host.endsWith('.')) host = host.replace(/\.+$/, '');
  if (host === '' || host.includes(':') || host.includes('[')) return null;
  for (let i = 0; i < host.length; i++) {
    if (host.charCodeAt(i) >= 128) {
      // What the browser would look up: IDNA mapping, which also folds fullwidth and other compatibility forms.
      host = domainToASCII(host);
      return host === '' ? null : host;
    }
  }
  return host;
}

function buildIndex(domains: readonly string[], options: IndexOptions): LookalikeIndex {
  const domainSet = new Set<string>();
  const byLabel = new Map<string, LabelOwner>();
  const bySkeleton = new Map<string, Target>();
  const byFlat = new Map<string, Target>();
  const typos: EditBuckets = { one: [], two: [], swaps: [] };
  const skeletonTypos: EditBuckets = { one: [], two: [], swaps: [] };
  const keywords: [string, Target][] = [];
  const seenKeywords = new Set<string>();
  const addKeyword = (word: string, target: Target): void => {
    if (seenKeywords.has(word)) return;
    seenKeywords.add(word);
    keywords.push([word, target]);
  };
  const targetByDomain = new Map<string, Target>();

  for (const raw of domains) {
    const host = normalizeHost(raw);
    if (host === null) continue;
    // A brand that is itself a private suffix (googleapis.com: storage.googleapis.com serves anyone's bucket) is
    // still a name to imitate, so it is taken as the ICANN registrable domain it is.
    let parsed = parse(host, TLDTS_OPTIONS);
    if (parsed.domain === null) parsed = parse(host, ICANN_OPTIONS);
    const domain = parsed.domain;
    const label = parsed.domainWithoutSuffix;
    const suffix = parsed.publicSuffix;
    if (parsed.isIp === true || domain === null || label === null || label === '' || suffix === null || domainSet.has(domain)) continue;
    domainSet.add(domain);

    const generic = options.generic.has(label);
    const text = unicodeLabel(label);
    const labelSkeleton = skeleton(text);
    const target: Target = {
      domain,
      label,
      skeleton: labelSkeleton,
      mask: letterMask(text),
      skeletonMask: letterMask(labelSkeleton),
      maxDistance: generic || text.length < MIN_EDIT_LENGTH ? 0 : text.length >= MIN_DISTANCE_TWO_LENGTH ? 2 : 1,
      transpositionOnly: generic && text.length >= MIN_EDIT_LENGTH,
      generic,
    };
    targetByDomain.set(domain, target);
    const dotless = flatten(`${text}${suffix.replaceAll('.', '')}`);
    if (!byFlat.has(dotless)) byFlat.set(dotless, target);
    const owner = byLabel.get(label);
    if (owner !== undefined) {
      // Same label under another suffix (stripe.com, stripe.network): one owner with both suffixes; the first listed
      // domain is the one reported for the label.
      owner.suffixes.add(suffix);
      continue;
    }
    byLabel.set(label, {
      target,
      suffixes: new Set([suffix, ...(options.alsoOwns[label] ?? [])]),
      countrySites: options.countrySites.has(label),
      generic,
    });
    if (!bySkeleton.has(labelSkeleton)) bySkeleton.set(labelSkeleton, target);
    const flat = flatten(text);
    if (!byFlat.has(flat)) byFlat.set(flat, target);
    if (target.transpositionOnly) (typos.swaps[text.length] ??= []).push(target);
    else if (target.maxDistance > 0) {
      const group = target.maxDistance === 1 ? 'one' : 'two';
      (typos[group][text.length] ??= []).push(target);
      (skeletonTypos[group][labelSkeleton.length] ??= []).push(target);
    }
    const minimum = options.payment.has(label) ? options.paymentMinEmbedded : options.minEmbedded;
    if (!generic && text.length >= minimum) {
      addKeyword(text, target);
      addKeyword(labelSkeleton, target);
    }
  }
  for (const [word, domain] of Object.entries(options.extraKeywords)) {
    const target = targetByDomain.get(domain);
    if (target === undefined) continue;
    addKeyword(word, target);
    addKeyword(skeleton(word), target);
  }
  return { domains: domainSet, byLabel, bySkeleton, byFlat, typos, skeletonTypos, keywords: new KeywordMatcher(keywords) };
}

const BRANDS = buildIndex(BRAND_DOMAINS, {
  generic: GENERIC_LABELS,
  payment: PAYMENT_LABELS,
  extraKeywords: EXTRA_KEYWORDS,
  countrySites: COUNTRY_SITE_LABELS,
  alsoOwns: ALSO_OWNS,
  minEmbedded: MIN_EMBEDDED,
  paymentMinEmbedded: PAYMENT_MIN_EMBEDDED,
});

const NOTHING: ReadonlySet<string> = new Set();
const OWN_OPTIONS: IndexOptions = {
  generic: NOTHING,
  payment: NOTHING,
  extraKeywords: {},
  countrySites: NOTHING,
  alsoOwns: {},
  minEmbedded: OWN_MIN_EMBEDDED,
  paymentMinEmbedded: OWN_MIN_EMBEDDED,
};

/** Own-domain indexes: by array identity (the usual case, one configuration array), else by content. */
const ownByArray = new WeakMap<readonly string[], LookalikeIndex>();
const ownByKey = new Map<string, LookalikeIndex>();
const OWN_CACHE_LIMIT = 32;

function ownIndex(ownDomains: readonly string[]): LookalikeIndex {
  let index = ownByArray.get(ownDomains);
  if (index !== undefined) return index;
  const key = ownDomains.join('\n');
  index = ownByKey.get(key);
  if (index === undefined) {
    index = buildIndex(ownDomains, OWN_OPTIONS);
    if (ownByKey.size >= OWN_CACHE_LIMIT) ownByKey.clear();
    ownByKey.set(key, index);
  }
  ownByArray.set(ownDomains, index);
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

/** True when a private suffix is, or is under, a listed domain. */
function listedSuffix(index: LookalikeIndex, suffix: string): boolean {
  for (let name = suffix; ; name = name.slice(name.indexOf('.') + 1)) {
    if (index.domains.has(name)) return true;
    if (!name.includes('.')) return false;
  }
}

function ownsSuffix(owner: LabelOwner, suffix: string): boolean {
  return owner.suffixes.has(suffix) || (owner.countrySites && COUNTRY_SUFFIX.test(suffix));
}

const NO_TARGETS: readonly Target[] = [];

/**
 * The closest target within its allowed distance, comparing raw labels or skeletons. A single edit is the closest
 * possible (equal labels were dealt with before), so the first one found is the answer.
 */
function nearest(buckets: EditBuckets, text: string, mask: number, skeletons: boolean): { target: Target; distance: number } | null {
  const n = text.length;
  // Generic words: a swapped pair (segmnet, chekcout) is a typo; any other edit may well be another word.
  for (const target of buckets.swaps[n] ?? NO_TARGETS) if (isTransposition(text, target.label)) return { target, distance: 1 };
  for (let length = n - 1; length <= n + 1; length++) {
    for (const target of buckets.one[length] ?? NO_TARGETS) {
      if (popcount(mask ^ (skeletons ? target.skeletonMask : target.mask)) > 2) continue;
      if (boundedDistance(text, skeletons ? target.skeleton : target.label, 1) === 1) return { target, distance: 1 };
    }
  }
  let best: Target | null = null;
  for (let length = n - 2; length <= n + 2; length++) {
    for (const target of buckets.two[length] ?? NO_TARGETS) {
      if (popcount(mask ^ (skeletons ? target.skeletonMask : target.mask)) > 4) continue;
      const distance = boundedDistance(text, skeletons ? target.skeleton : target.label, 2);
      if (distance === 1) return { target, distance };
      if (distance === 2) best ??= target;
    }
  }
  return best === null ? null : { target: best, distance: 2 };
}

/** Two-character beginnings and endings of the affix words: most labels fail this test and skip the affix loops. */
const pairKey = (text: string, at: number): number => ((text.charCodeAt(at) & 0xff) << 8) | (text.charCodeAt(at + 1) & 0xff);
const PREFIX_STARTS = new Uint8Array(1 << 16);
const SUFFIX_ENDS = new Uint8Array(1 << 16);
for (const prefix of AFFIX_PREFIXES) PREFIX_STARTS[pairKey(prefix, 0)] = 1;
for (const suffix of AFFIX_SUFFIXES) SUFFIX_ENDS[pairKey(suffix, suffix.length - 2)] = 1;

/** A non-generic target whose label, hyphens ignored, is `core`. */
function coreTarget(index: LookalikeIndex, core: string): Target | null {
  const target = index.byFlat.get(flatten(core));
  return target !== undefined && !target.generic ? target : null;
}

/** `head` with a tech word cut from its end (stripe-js → stripe, jquerycdn → jquery), if that is a target. */
function withoutSuffixWord(index: LookalikeIndex, head: string): Target | null {
  if (head.length < 5 || SUFFIX_ENDS[pairKey(head, head.length - 2)] === 0) return null;
  for (const suffix of AFFIX_SUFFIXES) {
    if (head.length > suffix.length + 2 && head.endsWith(suffix)) {
      const cut = head.length - suffix.length;
      const found = coreTarget(index, head.slice(0, head.charCodeAt(cut - 1) === 45 ? cut - 1 : cut));
      if (found !== null) return found;
    }
  }
  return null;
}

/** A target reached by cutting a tech word from the start, the end, or both (secure-paypal-api → paypal). */
function affixTarget(index: LookalikeIndex, text: string): Target | null {
  const found = withoutSuffixWord(index, text);
  if (found !== null || text.length < 5 || PREFIX_STARTS[pairKey(text, 0)] === 0) return found;
  for (const prefix of AFFIX_PREFIXES) {
    if (text.length > prefix.length + 2 && text.startsWith(prefix)) {
      const head = text.slice(text.charCodeAt(prefix.length) === 45 ? prefix.length + 1 : prefix.length);
      const target = coreTarget(index, head) ?? withoutSuffixWord(index, head);
      if (target !== null) return target;
    }
  }
  return null;
}

function matchLabel(index: LookalikeIndex, subject: Subject): Impersonation | null {
  const { label, text } = subject;

  // TLD swap: the brand's exact label under a suffix it does not own (googletagmanager.cc, stripe.top, and for the
  // shop itself acme-store.com.co). Generic words are skipped: checkout.de is somebody else's checkout.
  const owner = index.byLabel.get(label);
  if (owner !== undefined && !owner.generic) return { target: owner.target.domain, technique: 'tld-swap' };

  // Homoglyph: reads the same once confusables are folded (g00gle-analytics, paypa1, Cyrillic gооgle, rnixpanel).
  const lookalike = index.bySkeleton.get(subject.skeleton);
  if (lookalike !== undefined && lookalike.label !== label) return { target: lookalike.domain, technique: 'homoglyph' };

  // Hyphenation: hyphens added or dropped (googleanalytics, goo-gle), the dot turned into a hyphen (facebook-net), or
  // a tech word stuck on either side (jquery-min, stripe-js, cdnjs-cloudflare, wwwgoogletagmanager). Affixes are not
  // applied to generic words: secure-checkout and segment-analytics are everyday names.
  const flat = index.byFlat.get(subject.flat);
  if (flat !== undefined && flat.label !== label) return { target: flat.domain, technique: 'hyphenation' };
  const affixed = affixTarget(index, text);
  if (affixed !== null) return { target: affixed.domain, technique: 'hyphenation' };

  // Typos: one slip in a name of 5+ characters, two in a name of 10+ (googletagmanagr, strpie, gogletagmanagr). A
  // typo that also needs a confusable to line up (g0ogletagmanagr) counts as a homoglyph, and two characters added
  // around an intact brand name (mygoogletagmanager) is the brand embedded.
  const typo = nearest(index.typos, text, subject.mask, false);
  if (typo !== null) {
    const { target, distance } = typo;
    const technique: Technique =
      distance === 1 && isTransposition(text, target.label) ? 'transposition' : distance === 2 && text.includes(target.label) ? 'brand-embedded' : 'edit-distance';
    return { target: target.domain, technique };
  }
  // Compared skeleton to skeleton even when the label is plain (strlpee: an l for the i, and an extra e).
  const folded = nearest(index.skeletonTypos, subject.skeleton, subject.skeletonMask, true);
  if (folded !== null) return { target: folded.target.domain, technique: 'homoglyph' };

  // Brand embedded: a distinctive brand word inside a longer name (mygoogletagmanager, jqueryupdate, paypal-verify).
  const embedded = index.keywords.longest(text) ?? (subject.skeleton !== text ? index.keywords.longest(subject.skeleton) : null);
  if (embedded !== null) return { target: embedded.domain, technique: 'brand-embedded' };
  return null;
}

/** A brand's (or the shop's) full domain used as leading labels of someone else's: googletagmanager.com.evil.top. */
function matchSubdomain(index: LookalikeIndex, labels: readonly string[]): Impersonation | null {
  for (let start = 0; start < labels.length - 1; start++) {
    let name = labels[start] as string;
    for (let end = start + 1; end < labels.length && end <= start + 3; end++) {
      name = `${name}.${labels[end] as string}`;
      if (index.domains.has(name)) return { target: name, technique: 'subdomain-brand' };
    }
  }
  return null;
}

/**
 * What, if anything, `host` impersonates: a brand from brands.ts or one of `ownDomains` (the site's own domains or
 * hosts, in any spelling; their registrable domains are used). Returns null for the brands and own domains
 * themselves and all their subdomains, for a brand's country sites (google.de), for IP addresses and for hosts
 * without a registrable domain (github.io). `host` is a host name, as in `new URL(url).hostname`.
 */
export function impersonation(host: string, ownDomains?: readonly string[]): Impersonation | null {
  const name = normalizeHost(host);
  if (name === null) return null;
  const parsed = parse(name, TLDTS_OPTIONS);
  const domain = parsed.domain;
  const label = parsed.domainWithoutSuffix;
  const suffix = parsed.publicSuffix;
  if (parsed.isIp === true || domain === null || label === null || label === '' || suffix === null) return null;

  const own = ownDomains === undefined || ownDomains.length === 0 ? null : ownIndex(ownDomains);
  // Never flag the real thing, nor a brand's label under a suffix the brand owns (google.co.uk, cloudflare.net), nor a
  // site under a brand that is a private suffix (fonts.googleapis.com, whose suffix is googleapis.com).
  if (BRANDS.domains.has(domain) || own?.domains.has(domain) === true) return null;
  if (parsed.isPrivate === true && (listedSuffix(BRANDS, suffix) || (own !== null && listedSuffix(own, suffix)))) return null;
  const brandOwner = BRANDS.byLabel.get(label);
  if (brandOwner !== undefined && ownsSuffix(brandOwner, suffix)) return null;

  const text = unicodeLabel(label);
  const labelSkeleton = skeleton(text);
  const subject: Subject = {
    label,
    text,
    skeleton: labelSkeleton,
    flat: text.includes('-') ? flatten(text) : labelSkeleton,
    mask: letterMask(text),
    skeletonMask: letterMask(labelSkeleton),
  };
  // The shop's own name first: a near copy of it is the classic exfiltration domain.
  const found = (own === null ? null : matchLabel(own, subject)) ?? matchLabel(BRANDS, subject);
  if (found !== null) return found;

  const subdomain = parsed.subdomain;
  if (subdomain === null || !subdomain.includes('.')) return null;
  const labels = subdomain.split('.');
  return (own === null ? null : matchSubdomain(own, labels)) ?? matchSubdomain(BRANDS, labels);
}
