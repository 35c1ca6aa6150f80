/** The tables, as Kysely sees them. Both databases hold the same columns: times are ISO-8601 UTC text (which sorts in time order), flags 0/1, lists JSON text. */
import type { Generated } from 'kysely';

export interface SitesTable {
  id: string;
  name: string;
  hostnames: string;
  use_connection_url_path: number;
  keep_page_query: number;
  sampling_rate: number;
  created_at: string;
  updated_at: string;
}

export interface ResourcesTable {
  id: string;
  site_id: string;
  kind: string;
  url: string;
  host: string | null;
  keyword: number;
  added_at: string;
  first_seen_at: string;
  last_seen_at: string;
  first_page_url: string;
  report_count: number | string;
  status: string;
  sample: string | null;
  hash: string | null;
  fetched_at: string | null;
  js_integrity_score: number | null;
  magecart_score: number | null;
  malware_score: number | null;
  cryptomining_score: number | null;
  url_reported_malicious: Generated<number>;
  domain_reported_malicious: Generated<number>;
  malicious_url_categories: Generated<string>;
  malicious_domain_categories: Generated<string>;
}

export interface ResourcePagesTable {
  resource_id: string;
  page_url: string;
  seen_at: string;
}

export interface ConnectionInitiatorsTable {
  resource_id: string;
  script_url: string;
}

export interface ReportCountsTable {
  /** '' for reports to no known site. */
  site_id: string;
  counter: string;
  count: number | string;
}

export interface IngestCheckpointsTable {
  journal: string;
  segment: number | string;
}

export interface ApiTokensTable {
  hash: string;
  label: string;
  created_at: string;
}

export interface Database {
  sites: SitesTable;
  resources: ResourcesTable;
  resource_pages: ResourcePagesTable;
  connection_initiators: ConnectionInitiatorsTable;
  report_counts: ReportCountsTable;
  ingest_checkpoints: IngestCheckpointsTable;
  api_tokens: ApiTokensTable;
}
