/**
 * The one storage contract of the service. Two implementations sit behind it (SQLite, the default, and PostgreSQL,
 * both through Kysely) and one contract test suite holds them to the same behaviour (test/store/contract.ts).
 * Field names follow Cloudflare Page Shield's API where the API shows them, so the routes map rows one to one.
 */

export type ResourceKind = 'script' | 'connection';

/** What a site id may be: it is a path segment of `/reports/:site`, `/api/v1/sites/:site` and of the header's URL. */
export const SITE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';

/**
 * `infrequent`: fewer than INFREQUENT_REPORTS reports so far (a one-off, e.g. one visitor's odd browser);
 * `active`: reported often enough and recently; `inactive`: no report for INACTIVE_AFTER_DAYS.
 */
export type InventoryStatus = 'infrequent' | 'active' | 'inactive';
export const INVENTORY_STATUSES: readonly InventoryStatus[] = ['infrequent', 'active', 'inactive'];

export interface Site {
  /** Short name used in `/reports/:site` and `/api/v1/sites/:site` (letters, digits, `-`, `_`). */
  id: string;
  name: string;
  /** Host names of the site's pages; `*.shop.example` covers its subdomains. */
  hostnames: string[];
  /** Keep connection URLs (without query and fragment) instead of only their hosts. */
  useConnectionUrlPath: boolean;
  /** Keep the query string of page URLs (off by default: they carry personal data). */
  keepPageQuery: boolean;
  /** Share of page views that get the report-only header, 0 < rate ≤ 1 (used by `skimguard header`). */
  samplingRate: number;
  createdAt: string;
  updatedAt: string;
}

export interface SiteInput {
  id: string;
  name: string;
  hostnames: string[];
  useConnectionUrlPath?: boolean;
  keepPageQuery?: boolean;
  samplingRate?: number;
}

export type SitePatch = Partial<Omit<SiteInput, 'id'>>;

/**
 * Every report of one (site, kind, resource) received since the last write, folded into one row: the database
 * sees one upsert per resource per batch, whatever the traffic.
 */
export interface ObservationAggregate {
  siteId: string;
  kind: ResourceKind;
  /** Script URL or keyword (`inline`, `eval`…); connection host, or URL when the site keeps paths. */
  resource: string;
  /** True when `resource` is a keyword rather than a URL or host. */
  keyword: boolean;
  /** ISO-8601 UTC times of the first and last report in the batch. */
  firstSeenAt: string;
  lastSeenAt: string;
  reports: number;
  /** Page of the batch's first report. */
  firstPageUrl: string;
  /** Distinct pages of the batch, oldest first, each with the time it was last seen. */
  pages: { url: string; seenAt: string }[];
  /** Connections: URLs of the scripts that made them, when the browser said. */
  initiatorUrls: string[];
  /** The last inline/eval sample reported, if any. */
  sample: string | null;
}

/** Reports counted under a name: `accepted` or a drop reason. `siteId` is null for reports to no known site. */
export interface ReportCount {
  siteId: string | null;
  counter: string;
  count: number;
}

export interface IngestBatch {
  aggregates: ObservationAggregate[];
  counts: ReportCount[];
  /** The journal segment up to which this batch holds every record; written in the same transaction. */
  checkpoint?: { journal: string; segment: number };
}

/** A script or connection as the API shows it. */
export interface Resource {
  id: string;
  kind: ResourceKind;
  url: string;
  host: string | null;
  keyword: boolean;
  added_at: string;
  first_seen_at: string;
  last_seen_at: string;
  first_page_url: string;
  /** The last PAGE_URLS_KEPT pages, most recent first. */
  page_urls: string[];
  report_count: number;
  status: InventoryStatus;
  sample: string | null;
  hash: string | null;
  fetched_at: string | null;
  js_integrity_score: number | null;
  magecart_score: number | null;
  malware_score: number | null;
  cryptomining_score: number | null;
  url_reported_malicious: boolean;
  domain_reported_malicious: boolean;
  malicious_url_categories: string[];
  malicious_domain_categories: string[];
  /** Connections: ids of the scripts that made them (those in the inventory). */
  initiator_script_ids?: string[];
}

export type OrderBy = 'first_seen_at' | 'last_seen_at' | 'url' | 'report_count';

export interface ResourceQuery {
  /** Exact host names. */
  hosts?: string[];
  /** Page URL patterns, `*` matching anything; a resource matches when one of its kept pages does. */
  pageUrl?: string;
  /** URL patterns (`*` wildcards; without one, a substring); any may match. */
  urls?: string[];
  excludeUrls?: string[];
  status?: InventoryStatus[];
  /** Resources judged malicious first (reported URLs and domains, scores below the threshold), lowest score first. */
  prioritizeMalicious?: boolean;
  /** JS integrity scores below this are malicious (default 50). */
  maliciousBelow?: number;
  orderBy?: OrderBy;
  direction?: 'asc' | 'desc';
  /** 1-based. */
  page?: number;
  perPage?: number;
}

export interface ResourcePage {
  items: Resource[];
  total: number;
}

/** What the status job changed. */
export interface StatusChanges {
  activated: number;
  inactivated: number;
  deleted: number;
}

export interface Store {
  /** `sqlite` or `postgres`: for messages and metrics, never for branching outside the store. */
  readonly dialect: 'sqlite' | 'postgres';
  /** Brings the schema to the newest version; safe to run on every start and from several processes. */
  migrate(): Promise<void>;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;

  createSite(input: SiteInput): Promise<Site>;
  getSite(id: string): Promise<Site | undefined>;
  listSites(): Promise<Site[]>;
  updateSite(id: string, patch: SitePatch): Promise<Site | undefined>;
  /** Deletes the site with its whole inventory; false when there was none. */
  deleteSite(id: string): Promise<boolean>;

  /** Applies a batch in one transaction: all of it, or nothing. Aggregates of unknown sites are skipped. */
  applyBatch(batch: IngestBatch): Promise<void>;
  /** The last segment of `journal` whose records are all in the store; -1 when none. */
  checkpoint(journal: string): Promise<number>;
  /** Cumulative report counters of a site (null: reports to no known site). */
  reportCounts(siteId: string | null): Promise<Record<string, number>>;

  listResources(siteId: string, kind: ResourceKind, query: ResourceQuery): Promise<ResourcePage>;
  getResource(siteId: string, kind: ResourceKind, id: string): Promise<Resource | undefined>;
  /** Applies the inventory rules as of `now` (see src/store/rules.ts). */
  applyStatusRules(now: Date): Promise<StatusChanges>;

  /** SHA-256 hex digests of the API tokens. */
  apiTokenHashes(): Promise<string[]>;
  addApiTokenHash(hash: string, label: string): Promise<void>;
}
