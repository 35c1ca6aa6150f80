/**
 * The lookup structure built from feed snapshots: what `check` and the service ask "is this URL or domain reported,
 * and as what?". Allow rules (feed exceptions and the user's allow-list) win over every feed. Pure: built from data,
 * serialized to bytes; the caller does the disk and the clock.
 *
 * Layout. Everything lives in a few typed arrays (the approach of ghostery/adblocker's engine): a table of hosts,
 * each with the entries listed for it exactly, the entries that cover its subdomains and the URL paths listed under
 * it; a string pool; and an open-addressing hash table over the hosts. The serialized index is those arrays end to
 * end, so loading a million entries is reading a file and checking a checksum, not parsing JSON and rebuilding maps
 * (which measured 2.5 s). A lookup walks the host once from the right with a rolling hash and probes the table at
 * each dot, which finds every listed parent domain, and the host's listed URLs, without cutting a single substring.
 */
import { crc32 } from 'node:zlib';
import { canonicalizeUrl, lookupPaths, urlExpression, type CanonicalUrl } from '../canonicalize.ts';
import { CATEGORIES, type Category } from '../categories.ts';
import { hostCandidates, readTarget } from '../domains.ts';

/** Bumped whenever the serialized layout changes: an index file of another version is rebuilt, not misread. */
export const INDEX_VERSION = 2;

export interface IndexEntry {
  feed: string;
  kind: 'url' | 'domain' | 'ip';
  /** The indicator as the feed spelled it (for evidence). */
  indicator: string;
  categories: Category[];
}

/** One indicator of one feed, in force: what the index is built from. */
export interface Assertion extends IndexEntry {
  /** Domain indicators: subdomains match too. */
  subdomains?: boolean;
  /** An allow rule (feed exception or the user's allow-list). */
  allow?: boolean;
}

export interface CheckResult {
  input: string;
  url_reported_malicious: boolean;
  domain_reported_malicious: boolean;
  malicious_url_categories: Category[];
  malicious_domain_categories: Category[];
  matches: { feed: string; kind: IndexEntry['kind']; indicator: string }[];
}

const KINDS = ['url', 'domain', 'ip'] as const;
/** Host names in URLs seen on pages are looked up under at most this many suffixes (Safe Browsing: five components). */
const MAX_URL_HOST_COMPONENTS = 5;

// Strides of the fixed-size records.
/** entries: feed number, kind number, category bits, indicator offset, indicator length */
const ENTRY = 5;
/** hosts: key offset, key length, first entry, exact-host entries, covering entries (after them), first path, paths, allow flags */
const HOST = 8;
/** paths: text offset, text length (path and query, as a lookup expression spells it after the host), first entry, entries, allow */
const PATH = 5;
const ALLOW_EXACT = 1;
const ALLOW_COVERING = 2;

/** The arrays an index is made of; `build` makes them and `deserialize` finds them in a file. */
interface Sections {
  entries: Int32Array;
  hosts: Int32Array;
  paths: Int32Array;
  /**
   * Open-addressing table, two numbers per slot: host number + 1 (0 = empty), and the host's hash (side by side, so
   * that a probe touches one cache line).
   */
  slots: Int32Array;
  /** Keys and paths are ASCII (canonical forms); indicators are UTF-8. */
  text: Uint8Array;
}
const SECTION_NAMES = ['entries', 'hosts', 'paths', 'slots', 'text'] as const;

const MULTIPLIER = 0x01000193;
/** Makes the filter's bit for a hash independent of the hash's slot. */
const FILTER_SALT = 0x5bd1e995;
/** Spreads the polynomial hash over the low bits that pick a slot. */
function slotOf(hash: number, mask: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) & mask;
}
/**
 * The hash the lookup walk computes for a suffix: Horner's rule over the characters from the right, so that walking
 * a host right to left yields the hash of every suffix on the way, one multiplication per character.
 */
function hashOf(key: string): number {
  let hash = 0;
  for (let i = key.length - 1; i >= 0; i--) hash = (Math.imul(hash, MULTIPLIER) + key.charCodeAt(i)) | 0;
  return hash;
}

function categoryBits(categories: readonly Category[]): number {
  let bits = 0;
  for (const category of categories) bits |= 1 << CATEGORIES.indexOf(category);
  return bits;
}

/** Every set of categories as a sorted list, by its bits (256 of them), computed once. */
const CATEGORY_LISTS: readonly (readonly Category[])[] = Array.from({ length: 1 << CATEGORIES.length }, (_, bits) => CATEGORIES.filter((_, bit) => (bits & (1 << bit)) !== 0));
function categoriesOf(bits: number): Category[] {
  return (CATEGORY_LISTS[bits] as readonly Category[]).slice();
}

/** No character past 0x7f (canonical hosts and paths are ASCII: punycode and percent-escapes). */
const isAscii = (text: string): boolean => !/[^\p{ASCII}]/u.test(text);

interface EntryDraft {
  feed: number;
  kind: number;
  bits: number;
  indicator: string;
}

interface HostDraft {
  exact: EntryDraft[];
  covering: EntryDraft[];
  paths: Map<string, { entries: EntryDraft[]; allow: boolean }>;
  allow: number;
}

/** A string pool being written: UTF-8 bytes in one growing buffer. */
class TextPool {
  private bytes = Buffer.alloc(1 << 16);
  length = 0;

  /** Appends the text; returns its offset (its length in bytes is `length` minus the offset). */
  add(text: string): number {
    // a UTF-16 unit takes at most three bytes of UTF-8
    if (this.length + text.length * 3 > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(this.bytes.length * 2, this.length + text.length * 3));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    const offset = this.length;
    this.length += this.bytes.write(text, offset, 'utf8');
    return offset;
  }

  finish(): Uint8Array {
    return new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.length).slice();
  }
}

/** Collects assertions, then lays them out as Sections. */
class IndexBuilder {
  readonly feeds = new Map<string, number>();
  readonly hosts = new Map<string, HostDraft>();
  private entryCount = 0;
  private pathCount = 0;

  private host(key: string): HostDraft {
    let draft = this.hosts.get(key);
    if (!draft) {
      draft = { exact: [], covering: [], paths: new Map(), allow: 0 };
      this.hosts.set(key, draft);
    }
    return draft;
  }

  private entry(assertion: Assertion): EntryDraft {
    let feed = this.feeds.get(assertion.feed);
    if (feed === undefined) {
      feed = this.feeds.size;
      this.feeds.set(assertion.feed, feed);
    }
    this.entryCount++;
    return { feed, kind: KINDS.indexOf(assertion.kind), bits: categoryBits(assertion.categories), indicator: assertion.indicator };
  }

  /** False when the indicator does not canonicalize or is a public suffix. */
  insert(assertion: Assertion): boolean {
    if (assertion.kind === 'url') {
      const canonical = canonicalizeUrl(assertion.indicator);
      if (canonical === null || !isAscii(canonical.host)) return false;
      const path = urlExpression(canonical).slice(canonical.host.length);
      const paths = this.host(canonical.host).paths;
      let listed = paths.get(path);
      if (!listed) {
        listed = { entries: [], allow: false };
        paths.set(path, listed);
        this.pathCount++;
      }
      if (assertion.allow) listed.allow = true;
      else listed.entries.push(this.entry(assertion));
      return true;
    }
    const candidates = hostCandidates(assertion.indicator);
    // A public suffix (`co.uk`, or a private one such as `github.io`) is never an indicator: listed, it would flag
    // every site under it. Refused here, lookups can walk every parent of a host without asking where its
    // registrable domain starts.
    if (!candidates || (!candidates.ip && candidates.registrable === null) || !isAscii(candidates.host)) return false;
    const covers = assertion.kind === 'domain' && assertion.subdomains === true;
    const draft = this.host(candidates.host);
    if (assertion.allow) draft.allow |= covers ? ALLOW_COVERING : ALLOW_EXACT;
    else (covers ? draft.covering : draft.exact).push(this.entry(assertion));
    return true;
  }

  /**
   * Lays the drafts out. A host's entries are numbered consecutively (exact, covering, then those of each listed
   * path), so a host record points at a range of entries rather than at a list of entry numbers; and a domain
   * indicator spelled as its key shares the key's text. A hit then reads the slot, the host, its key and its
   * entries: four places in memory where separate tables of ids and indicators made six.
   */
  sections(): { sections: Sections; feeds: string[] } {
    const text = new TextPool();
    const entries = new Int32Array(this.entryCount * ENTRY);
    const hosts = new Int32Array(this.hosts.size * HOST);
    const paths = new Int32Array(this.pathCount * PATH);
    // at least twice as many slots as hosts, so that probes stay short and every probe ends at an empty slot
    let capacity = 16;
    while (capacity < this.hosts.size * 2) capacity *= 2;
    const slots = new Int32Array(capacity * 2);
    let entryNumber = 0;
    const addEntry = (entry: EntryDraft, key: string, keyOffset: number): void => {
      const base = entryNumber++ * ENTRY;
      const offset = entry.indicator === key ? keyOffset : text.add(entry.indicator);
      entries[base] = entry.feed;
      entries[base + 1] = entry.kind;
      entries[base + 2] = entry.bits;
      entries[base + 3] = offset;
      entries[base + 4] = entry.indicator === key ? key.length : text.length - offset;
    };
    let hostNumber = 0;
    let pathNumber = 0;
    for (const [key, draft] of this.hosts) {
      const keyOffset = text.add(key);
      const base = hostNumber * HOST;
      hosts[base] = keyOffset;
      hosts[base + 1] = key.length;
      hosts[base + 2] = entryNumber;
      hosts[base + 3] = draft.exact.length;
      hosts[base + 4] = draft.covering.length;
      hosts[base + 5] = pathNumber;
      hosts[base + 6] = draft.paths.size;
      hosts[base + 7] = draft.allow;
      for (const entry of draft.exact) addEntry(entry, key, keyOffset);
      for (const entry of draft.covering) addEntry(entry, key, keyOffset);
      for (const [path, listed] of draft.paths) {
        const pathBase = pathNumber++ * PATH;
        paths[pathBase] = text.add(path);
        paths[pathBase + 1] = path.length;
        paths[pathBase + 2] = entryNumber;
        paths[pathBase + 3] = listed.entries.length;
        paths[pathBase + 4] = listed.allow ? 1 : 0;
        for (const entry of listed.entries) addEntry(entry, key, keyOffset);
      }
      const hash = hashOf(key);
      let slot = slotOf(hash, capacity - 1);
      while (slots[slot * 2] !== 0) slot = (slot + 1) & (capacity - 1);
      slots[slot * 2] = hostNumber + 1;
      slots[slot * 2 + 1] = hash;
      hostNumber++;
    }
    return { sections: { entries, hosts, paths, slots, text: text.finish() }, feeds: [...this.feeds.keys()] };
  }
}

/** A copy of the array with twice the room (scratch arrays reused between lookups grow, rarely, this way). */
function doubled(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/**
 * Entries found by one lookup: their category bits, and the ranges of entry numbers they came from (a host's or a
 * path's entries are consecutive, and no entry belongs to two, so ranges never overlap). Reused between lookups
 * (check is synchronous): emptying it is setting two numbers, where emptying an array measured a fifth of a lookup.
 */
class Hits {
  bits = 0;
  ranges = new Int32Array(16);
  count = 0;

  reset(): void {
    this.bits = 0;
    this.count = 0;
  }

  add(entries: Int32Array, start: number, end: number): void {
    if (start >= end) return;
    for (let id = start; id < end; id++) this.bits |= entries[id * ENTRY + 2] as number;
    if (this.count + 2 > this.ranges.length) this.ranges = doubled(this.ranges);
    this.ranges[this.count++] = start;
    this.ranges[this.count++] = end;
  }
}

const MAGIC = 'SKIMGUARD-INDEX\n';

export class ThreatIndex {
  private readonly domainHits = new Hits();
  private readonly urlHits = new Hits();
  /** Hosts (numbers) with URL paths met on the walk. */
  private urlHosts = new Int32Array(8);
  private urlHostCount = 0;

  private readonly sections: Sections;
  private readonly feeds: readonly string[];

  /**
   * One bit per hash of every host (eight bits per host): a probe for a host that is not listed (nearly every
   * probe) is answered from this megabyte or so, which stays in cache, instead of from the slot table. Derived from
   * the slots, so not stored.
   */
  private readonly filter: Int32Array;
  private readonly filterMask: number;
  /** The string pool as a Buffer, whose native UTF-8 slicing decodes a short indicator several times faster than TextDecoder. */
  private readonly textBuffer: Buffer;

  private constructor(sections: Sections, feeds: readonly string[]) {
    this.sections = sections;
    this.feeds = feeds;
    this.textBuffer = Buffer.from(sections.text.buffer, sections.text.byteOffset, sections.text.length);
    const { slots } = sections;
    let bits = 1024;
    while (bits < (slots.length / 2) * 4) bits *= 2;
    this.filter = new Int32Array(bits / 32);
    this.filterMask = bits - 1;
    for (let slot = 0; slot < slots.length; slot += 2) {
      if (slots[slot] === 0) continue;
      const bit = slotOf((slots[slot + 1] as number) ^ FILTER_SALT, this.filterMask);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** Builds an index; assertions whose indicator does not canonicalize are returned as `rejected`. */
  static build(assertions: Iterable<Assertion>): { index: ThreatIndex; rejected: Assertion[] } {
    const builder = new IndexBuilder();
    const rejected: Assertion[] = [];
    for (const assertion of assertions) if (!builder.insert(assertion)) rejected.push(assertion);
    const { sections, feeds } = builder.sections();
    return { index: new ThreatIndex(sections, feeds), rejected };
  }

  /** Entries (feed indicators) in the index; allow rules are not entries. */
  get size(): number {
    return this.sections.entries.length / ENTRY;
  }

  /** Bytes the index holds in memory (its arrays and the lookup filter). */
  get byteLength(): number {
    return SECTION_NAMES.reduce((sum, name) => sum + this.sections[name].byteLength, this.filter.byteLength);
  }

  /** The host number whose key is `host.slice(from)` and hashes to `hash`, or -1. */
  private probe(host: string, from: number, hash: number): number {
    const filterBit = slotOf(hash ^ FILTER_SALT, this.filterMask);
    if ((this.filter[filterBit >>> 5]! & (1 << (filterBit & 31))) === 0) return -1;
    const { slots, hosts } = this.sections;
    const mask = slots.length / 2 - 1;
    const length = host.length - from;
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      const found = (slots[slot * 2] as number) - 1;
      if (found < 0) return -1;
      if (slots[slot * 2 + 1] === hash && hosts[found * HOST + 1] === length && this.textIs(hosts[found * HOST] as number, host, from)) return found;
    }
  }

  /** True when the pool holds `value.slice(from)` at `offset` (pooled keys and paths are ASCII: a byte per character). */
  private textIs(offset: number, value: string, from: number): boolean {
    const { text } = this.sections;
    for (let i = from; i < value.length; i++) if (text[offset + i - from] !== value.charCodeAt(i)) return false;
    return true;
  }

  /**
   * Walks the host's suffixes (the host itself, then each parent) and gathers what is listed under them: domain
   * entries into `domainHits`, hosts with URL paths into `urlHosts`. Returns true when an allow rule covers the host.
   */
  private walk(host: string, ip: boolean, forUrl: boolean): boolean {
    const { hosts } = this.sections;
    let allowed = false;
    let hash = 0;
    let dots = 0;
    for (let i = host.length - 1; i >= 0; i--) {
      hash = (Math.imul(hash, MULTIPLIER) + host.charCodeAt(i)) | 0;
      const whole = i === 0;
      if (!whole) {
        if (host.charCodeAt(i - 1) !== 0x2e) continue;
        dots++;
        // a top-level label alone is never a key (public suffixes are refused); an IP address is only itself
        if (dots === 1 || ip) continue;
      }
      const found = this.probe(host, i, hash);
      if (found < 0) continue;
      const base = found * HOST;
      const allow = hosts[base + 7] as number;
      if ((allow & ALLOW_COVERING) !== 0 || (whole && (allow & ALLOW_EXACT) !== 0)) allowed = true;
      const first = hosts[base + 2] as number;
      const exact = hosts[base + 3] as number;
      const covering = hosts[base + 4] as number;
      this.domainHits.add(this.sections.entries, whole ? first : first + exact, first + exact + covering);
      // URL indicators: the URL's own host and its suffixes of up to five components (Safe Browsing)
      if (forUrl && (hosts[base + 6] as number) > 0 && (whole || dots <= MAX_URL_HOST_COMPONENTS)) {
        if (this.urlHostCount === this.urlHosts.length) this.urlHosts = doubled(this.urlHosts);
        this.urlHosts[this.urlHostCount++] = found;
      }
    }
    return allowed;
  }

  /** True when the listed path `number` is `candidate`. */
  private pathIs(number: number, candidate: string): boolean {
    const { paths } = this.sections;
    return paths[number * PATH + 1] === candidate.length && this.textIs(paths[number * PATH] as number, candidate, 0);
  }

  /** Looks the URL's path expressions up under the hosts the walk found; false when an allow rule clears the URL. */
  private matchPaths(url: CanonicalUrl): boolean {
    const { hosts, paths } = this.sections;
    const candidates = lookupPaths(url);
    const found: number[] = [];
    for (let i = 0; i < this.urlHostCount; i++) {
      const host = this.urlHosts[i] as number;
      const first = hosts[host * HOST + 5] as number;
      const count = hosts[host * HOST + 6] as number;
      for (let path = first; path < first + count; path++) {
        if (!candidates.some((candidate) => this.pathIs(path, candidate))) continue;
        if (paths[path * PATH + 4] === 1) return false;
        found.push(path);
      }
    }
    for (const path of found) {
      const start = paths[path * PATH + 2] as number;
      this.urlHits.add(this.sections.entries, start, start + (paths[path * PATH + 3] as number));
    }
    return true;
  }

  /** The verdict for a URL or a bare domain, in the shape `check --json` prints. */
  check(target: string): CheckResult {
    const input = target.trim();
    const domainHits = this.domainHits;
    const urlHits = this.urlHits;
    domainHits.reset();
    urlHits.reset();
    this.urlHostCount = 0;
    // canonical hosts are ASCII (punycode, percent-escapes), as the keys they are compared with byte by byte
    const read = readTarget(input);
    const url = read?.url ?? null;
    const host = read?.host ?? null;
    const ip = read?.ip ?? false;
    if (host !== null) {
      // An allow rule for the host or a parent it covers clears the domain and every URL under it (a false
      // positive the user or a feed fixed).
      if (this.walk(host, ip, url !== null)) domainHits.reset();
      else if (url && this.urlHostCount > 0 && !this.matchPaths(url)) urlHits.reset();
    }
    const matches: CheckResult['matches'] = [];
    // domain and URL entries are distinct: a URL indicator is only ever a URL hit
    for (const hits of [domainHits, urlHits]) {
      for (let i = 0; i < hits.count; i += 2) {
        for (let id = hits.ranges[i] as number; id < (hits.ranges[i + 1] as number); id++) matches.push(this.matchOf(id));
      }
    }
    return {
      input,
      url_reported_malicious: urlHits.bits !== 0,
      domain_reported_malicious: domainHits.bits !== 0,
      malicious_url_categories: urlHits.bits === 0 ? [] : categoriesOf(urlHits.bits),
      malicious_domain_categories: domainHits.bits === 0 ? [] : categoriesOf(domainHits.bits),
      matches,
    };
  }

  private matchOf(id: number): CheckResult['matches'][number] {
    const { entries } = this.sections;
    const base = id * ENTRY;
    const offset = entries[base + 3] as number;
    return {
      feed: this.feeds[entries[base] as number] as string,
      kind: KINDS[entries[base + 1] as number] as IndexEntry['kind'],
      indicator: this.textBuffer.toString('utf8', offset, offset + (entries[base + 4] as number)),
    };
  }

  /**
   * The index as bytes: a magic line, a JSON header (version, feeds, section lengths, checksum), then the sections,
   * each starting at a multiple of four bytes so that it can be read in place.
   */
  serialize(): Uint8Array {
    const parts = SECTION_NAMES.map((name) => {
      const array = this.sections[name];
      return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    });
    const padded = (length: number): number => Math.ceil(length / 4) * 4;
    const body = new Uint8Array(parts.reduce((sum, part) => sum + padded(part.length), 0));
    let at = 0;
    for (const part of parts) {
      body.set(part, at);
      at += padded(part.length);
    }
    const header = {
      version: INDEX_VERSION,
      feeds: this.feeds,
      sections: Object.fromEntries(SECTION_NAMES.map((name) => [name, this.sections[name].length])),
      checksum: crc32(body),
    };
    const head = new TextEncoder().encode(`${MAGIC}${JSON.stringify(header)}\n`);
    const out = new Uint8Array(padded(head.length) + body.length);
    out.fill(0x20, head.length, padded(head.length));
    out.set(head);
    out.set(body, padded(head.length));
    return out;
  }

  /**
   * The index stored by `serialize`, or null when the bytes are of another version, truncated or damaged (rebuild
   * it then). The sections are views into `bytes` when it is aligned, so loading copies nothing.
   */
  static deserialize(bytes: Uint8Array): ThreatIndex | null {
    const magic = new TextEncoder().encode(MAGIC);
    if (bytes.length < magic.length || magic.some((byte, i) => bytes[i] !== byte)) return null;
    const newline = bytes.indexOf(0x0a, magic.length);
    if (newline < 0) return null;
    let header: { version?: unknown; feeds?: unknown; sections?: Record<string, unknown>; checksum?: unknown };
    try {
      header = JSON.parse(new TextDecoder().decode(bytes.subarray(magic.length, newline)));
    } catch {
      return null;
    }
    if (header?.version !== INDEX_VERSION || !Array.isArray(header.feeds) || typeof header.sections !== 'object' || header.sections === null) return null;
    const feeds = header.feeds.map(String);
    let at = Math.ceil((newline + 1) / 4) * 4;
    const bodyStart = at;
    // an unaligned buffer (a small file read into a shared pool) is copied once so that typed views can be made
    const source = (bytes.byteOffset + at) % 4 === 0 ? bytes : bytes.slice();
    const found: Partial<Sections> = {};
    for (const name of SECTION_NAMES) {
      const count = header.sections[name];
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
      const width = name === 'text' ? 1 : 4;
      if (at + count * width > source.length) return null;
      const view = width === 1 ? source.subarray(at, at + count) : new Int32Array(source.buffer, source.byteOffset + at, count);
      (found as Record<string, Uint8Array | Int32Array>)[name] = view;
      at += Math.ceil((count * width) / 4) * 4;
    }
    if (at !== source.length || crc32(source.subarray(bodyStart)) !== header.checksum) return null;
    const sections = found as Sections;
    // shapes the lookup relies on: whole records, and a power-of-two slot table (checked by the checksum otherwise)
    const slotCount = sections.slots.length / 2;
    if (sections.entries.length % ENTRY !== 0 || sections.hosts.length % HOST !== 0 || sections.paths.length % PATH !== 0) return null;
    if (slotCount < 1 || (slotCount & (slotCount - 1)) !== 0 || slotCount < (sections.hosts.length / HOST) * 2) return null;
    return new ThreatIndex(sections, feeds);
  }
}
