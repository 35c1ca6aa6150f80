/**
 * JSON schemas shared by the routes. Fastify validates requests and serializes responses with them (a response
 * field not in its schema is never sent), and /openapi.json is generated from them, so the docs cannot drift.
 */
import { MAX_PER_PAGE } from '../../store/kysely-store.ts';
import { INVENTORY_STATUSES, SITE_ID_PATTERN } from '../../store/types.ts';

export { SITE_ID_PATTERN };

export const errorItem = {
  type: 'object',
  properties: { code: { type: 'string' }, message: { type: 'string' } },
  required: ['code', 'message'],
} as const;

const messages = { type: 'array', items: { type: 'string' } } as const;

export const resultInfo = {
  type: 'object',
  properties: {
    page: { type: 'integer' }, per_page: { type: 'integer' }, count: { type: 'integer' },
    total_count: { type: 'integer' }, total_pages: { type: 'integer' },
  },
} as const;

/** The response envelope of every API answer (Page Shield's shape): `{result, success, errors, messages, result_info}`. */
export function envelope(result: object, withInfo = false): object {
  return {
    type: 'object',
    properties: {
      result, success: { type: 'boolean' }, errors: { type: 'array', items: errorItem }, messages,
      ...(withInfo ? { result_info: resultInfo } : {}),
    },
    required: ['result', 'success', 'errors', 'messages'],
  };
}

export const errorEnvelope = {
  type: 'object',
  properties: { result: { type: 'null' }, success: { type: 'boolean' }, errors: { type: 'array', items: errorItem }, messages },
  required: ['result', 'success', 'errors', 'messages'],
} as const;

/** Responses every protected route may give. */
export const errorResponses = { 400: errorEnvelope, 401: errorEnvelope, 404: errorEnvelope } as const;

export const siteParams = {
  type: 'object',
  properties: { site: { type: 'string', pattern: SITE_ID_PATTERN, description: 'The site id' } },
  required: ['site'],
} as const;

/** A host name, or `*.` and one for its subdomains; no scheme, port or path (pages are matched by host name). */
export const hostnamePattern = '^(\\*\\.)?[A-Za-z0-9_]([A-Za-z0-9_.-]{0,251}[A-Za-z0-9])?$';

const nullableString = { type: ['string', 'null'] } as const;
const nullableScore = { type: ['integer', 'null'], minimum: 1, maximum: 99 } as const;

export const resourceSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, url: { type: 'string' }, host: nullableString,
    keyword: { type: 'boolean', description: 'true for inline, eval, data: and blob: rather than a URL' },
    added_at: { type: 'string' }, first_seen_at: { type: 'string' }, last_seen_at: { type: 'string' },
    first_page_url: { type: 'string' }, page_urls: { type: 'array', items: { type: 'string' } },
    report_count: { type: 'integer' }, status: { type: 'string', enum: INVENTORY_STATUSES },
    sample: nullableString, hash: nullableString, fetched_at: nullableString,
    js_integrity_score: nullableScore, magecart_score: nullableScore, malware_score: nullableScore, cryptomining_score: nullableScore,
    url_reported_malicious: { type: 'boolean' }, domain_reported_malicious: { type: 'boolean' },
    malicious_url_categories: { type: 'array', items: { type: 'string' } },
    malicious_domain_categories: { type: 'array', items: { type: 'string' } },
    initiator_script_ids: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    hosts: { type: 'string', description: 'Comma-separated host names' },
    page_url: { type: 'string', description: 'A page URL the resource was seen on; * matches anything' },
    urls: { type: 'string', description: 'Comma-separated URL patterns (any may match); * matches anything, without * a substring' },
    exclude_urls: { type: 'string', description: 'Comma-separated URL patterns to leave out' },
    status: { type: 'string', description: 'Comma-separated statuses: infrequent, active, inactive' },
    prioritize_malicious: { type: 'boolean', description: 'Malicious resources first' },
    order_by: { type: 'string', enum: ['first_seen_at', 'last_seen_at', 'url', 'report_count'] },
    direction: { type: 'string', enum: ['asc', 'desc'] },
    page: { type: 'integer', minimum: 1, default: 1 },
    per_page: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: 25 },
    export: { type: 'string', enum: ['csv'], description: 'csv: every matching row as CSV instead of a page of JSON' },
  },
} as const;

export const siteSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, name: { type: 'string' }, hostnames: { type: 'array', items: { type: 'string' } },
    use_connection_url_path: { type: 'boolean' }, keep_page_query: { type: 'boolean' }, sampling_rate: { type: 'number' },
    created_at: { type: 'string' }, updated_at: { type: 'string' },
  },
} as const;

export const settingsSchema = {
  type: 'object',
  properties: {
    use_connection_url_path: { type: 'boolean' }, keep_page_query: { type: 'boolean' }, sampling_rate: { type: 'number' },
    updated_at: { type: 'string' },
  },
} as const;

/** Writable site fields, shared by create, update and settings. */
export const siteWritable = {
  name: { type: 'string', minLength: 1, maxLength: 200 },
  hostnames: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', pattern: hostnamePattern } },
  use_connection_url_path: { type: 'boolean' },
  keep_page_query: { type: 'boolean' },
  sampling_rate: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
} as const;
