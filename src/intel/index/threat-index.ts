/**
 * The lookup structure built from feed snapshots: what `check` and the service ask "is this URL or domain reported,
 * and as what?". Domain rules are keyed by host (exact-host rules apart from rules that cover subdomains), URL
 * indicators by their canonical Safe Browsing expression, so that a lookup is a handful of Map reads whatever the
 * index size. Allow rules (feed exceptions and the user's allow-list) win over every feed. Pure: built from data,
 * serialized to data; the caller does the disk and the clock.
 */
import { canonicalIpv4, canonicalizeUrl, looksLikeUrl, lookupHosts, lookupPaths, urlExpression } from '../canonicalize.ts';
import { sortCategories, type Category } from '../categories.ts';
import { hostCandidates } from '../domains.ts';
import { SuffixTable } from './suffix-table.ts';

/** Bumped whenever the serialized layout changes: an index file of another version is rebuilt, not misread. */
export const INDEX_VERSION = 1;

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

interface SerializedIndex {
  version: number;
  entries: IndexEntry[];
  exact: [string, number[]][];
  covering: [string, number[]][];
  urls: [string, number[]][];
  allowExact: string[];
  allowCovering: string[];
  allowUrls: string[];
}

function add(map: Map<string, number[]>, key: string, entry: number): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** A URL indicator's key: its canonical `host/path?query`, as lookup expressions spell it. */
function urlKey(url: string): string | null {
  const canonical = canonicalizeUrl(url);
  return canonical ? urlExpression(canonical) : null;
}

/**
 * The host as the index keys it: lower case, no brackets or trailing dots, IPv4 as a dotted quad; null if empty.
 * Lighter than hostCandidates (no registrable domain): this runs for every lookup.
 */
function lookupHost(raw: string): { host: string; ip: boolean } | null {
  let host = raw.toLowerCase();
  if (host.startsWith('[') || host.endsWith(']') || host.endsWith('.')) host = host.replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  if (host === '') return null;
  const ipv4 = canonicalIpv4(host);
  return ipv4 !== null ? { host: ipv4, ip: true } : { host, ip: host.includes(':') };
}

export class ThreatIndex {
  private readonly entries: IndexEntry[] = [];
  private readonly exact = new SuffixTable<number[]>();
  private readonly covering = new SuffixTable<number[]>();
  private readonly urls = new Map<string, number[]>();
  private readonly allowExact = new SuffixTable<true>();
  private readonly allowCovering = new SuffixTable<true>();
  private readonly allowUrls = new Set<string>();
  /**
   * Hosts that have URL entries or URL allow rules: a URL whose lookup hosts have none (nearly every URL a page
   * loads) is answered without building its path expressions.
   */
  private readonly urlHosts = new SuffixTable<true>();

  /** Builds an index; assertions whose indicator does not canonicalize are returned as `rejected`. */
  static build(assertions: Iterable<Assertion>): { index: ThreatIndex; rejected: Assertion[] } {
    const index = new ThreatIndex();
    const rejected: Assertion[] = [];
    for (const assertion of assertions) if (!index.insert(assertion)) rejected.push(assertion);
    return { index, rejected };
  }

  private insert(assertion: Assertion): boolean {
    if (assertion.kind === 'url') {
      const key = urlKey(assertion.indicator);
      if (key === null) return false;
      this.urlHosts.set(key.slice(0, key.indexOf('/')), true);
      if (assertion.allow) this.allowUrls.add(key);
      else add(this.urls, key, this.entryOf(assertion));
      return true;
    }
    const candidates = hostCandidates(assertion.indicator);
    // A public suffix (`co.uk`, or a private one such as `github.io`) is never an indicator: listed, it would flag
    // every site under it. Refused here, lookups can walk every parent of a host without asking where its
    // registrable domain starts.
    if (!candidates || (!candidates.ip && candidates.registrable === null)) return false;
    const covers = assertion.kind === 'domain' && assertion.subdomains === true;
    if (assertion.allow) (covers ? this.allowCovering : this.allowExact).set(candidates.host, true);
    else {
      const table = covers ? this.covering : this.exact;
      const list = table.get(candidates.host);
      if (list) list.push(this.entryOf(assertion));
      else table.set(candidates.host, [this.entryOf(assertion)]);
    }
    return true;
  }

  private entryOf(assertion: Assertion): number {
    this.entries.push({ feed: assertion.feed, kind: assertion.kind, indicator: assertion.indicator, categories: sortCategories(assertion.categories) });
    return this.entries.length - 1;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The verdict for a URL or a bare domain, in the shape `check --json` prints. */
  check(target: string): CheckResult {
    const input = target.trim();
    const url = looksLikeUrl(input) ? canonicalizeUrl(input) : null;
    const subject = lookupHost(url ? url.host : input.startsWith('*.') ? input.slice(2) : input);
    // Entry ids found for the domain and for the URL; most lookups find none and allocate nothing more.
    let domainHits: number[] | null = null;
    let urlHits: number[] | null = null;
    if (subject !== null) {
      const { host, ip } = subject;
      // An allow rule for the host or a parent it covers clears the domain (a false positive the user or a feed fixed).
      let allowed = this.allowExact.size > 0 && this.allowExact.get(host) === true;
      if (!allowed && this.allowCovering.size > 0) {
        if (ip) allowed = this.allowCovering.get(host) === true;
        else this.allowCovering.forEachSuffix(host, () => { allowed = true; });
      }
      if (!allowed) {
        const exact = this.exact.get(host);
        if (exact) domainHits = [...exact];
        // Every parent up to the top-level label: no public suffix is in the index (see insert), so a parent found
        // there is a registrable domain or below it. An IP address covers only itself.
        if (ip) {
          const covering = this.covering.get(host);
          if (covering) (domainHits ??= []).push(...covering);
        } else {
          this.covering.forEachSuffix(host, (covering) => { (domainHits ??= []).push(...covering); });
        }
      }
    }
    if (url) {
      let anyUrlHost = false;
      if (this.urlHosts.size > 0) {
        if (url.ip) anyUrlHost = this.urlHosts.get(url.host) === true;
        else this.urlHosts.forEachSuffix(url.host, () => { anyUrlHost = true; });
      }
      const hosts = anyUrlHost ? lookupHosts(url).filter((candidate) => this.urlHosts.get(candidate) === true) : [];
      if (hosts.length > 0) {
        const paths = lookupPaths(url);
        const expressions = hosts.flatMap((host) => paths.map((path) => `${host}${path}`));
        if (!expressions.some((expression) => this.allowUrls.has(expression))) {
          for (const expression of expressions) {
            const found = this.urls.get(expression);
            if (found) (urlHits ??= []).push(...found);
          }
        }
      }
    }
    if (!domainHits && !urlHits) {
      return { input, url_reported_malicious: false, domain_reported_malicious: false, malicious_url_categories: [], malicious_domain_categories: [], matches: [] };
    }
    const matches: CheckResult['matches'] = [];
    const seen = new Set<number>();
    const categoriesOf = (ids: readonly number[] | null): Category[] => {
      if (!ids) return [];
      if (ids.length === 1) {
        // the common hit: one entry, whose categories are stored sorted
        const entry = this.entries[ids[0] as number] as IndexEntry;
        if (!seen.has(ids[0] as number)) {
          seen.add(ids[0] as number);
          matches.push({ feed: entry.feed, kind: entry.kind, indicator: entry.indicator });
        }
        return [...entry.categories];
      }
      const categories = new Set<Category>();
      for (const id of ids) {
        const entry = this.entries[id] as IndexEntry;
        for (const category of entry.categories) categories.add(category);
        if (!seen.has(id)) {
          seen.add(id);
          matches.push({ feed: entry.feed, kind: entry.kind, indicator: entry.indicator });
        }
      }
      return sortCategories(categories);
    };
    const domainCategories = categoriesOf(domainHits);
    const urlCategories = categoriesOf(urlHits);
    return {
      input,
      url_reported_malicious: urlCategories.length > 0,
      domain_reported_malicious: domainCategories.length > 0,
      malicious_url_categories: urlCategories,
      malicious_domain_categories: domainCategories,
      matches,
    };
  }

  serialize(): string {
    const data: SerializedIndex = {
      version: INDEX_VERSION,
      entries: this.entries,
      exact: [...this.exact.entries()],
      covering: [...this.covering.entries()],
      urls: [...this.urls],
      allowExact: [...this.allowExact.entries()].map(([key]) => key),
      allowCovering: [...this.allowCovering.entries()].map(([key]) => key),
      allowUrls: [...this.allowUrls],
    };
    return JSON.stringify(data);
  }

  /** The index stored by `serialize`, or null when the text is of another version or damaged (rebuild it then). */
  static deserialize(text: string): ThreatIndex | null {
    let data: SerializedIndex;
    try {
      data = JSON.parse(text) as SerializedIndex;
    } catch {
      return null;
    }
    if (data?.version !== INDEX_VERSION || !Array.isArray(data.entries)) return null;
    const index = new ThreatIndex();
    for (const entry of data.entries) index.entries.push(entry);
    for (const [key, ids] of data.exact) index.exact.set(key, ids);
    for (const [key, ids] of data.covering) index.covering.set(key, ids);
    for (const [key, ids] of data.urls) {
      index.urls.set(key, ids);
      index.urlHosts.set(key.slice(0, key.indexOf('/')), true);
    }
    for (const key of data.allowExact) index.allowExact.set(key, true);
    for (const key of data.allowCovering) index.allowCovering.set(key, true);
    for (const key of data.allowUrls) {
      index.allowUrls.add(key);
      index.urlHosts.set(key.slice(0, key.indexOf('/')), true);
    }
    return index;
  }
}
