/** Scripts and connections of a site: `/api/v1/sites/:site/scripts[/:id]` and `/connections[/:id]`. */
import type { FastifyInstance } from 'fastify';
import { SkimguardError } from '../../errors.ts';
import { MAX_PER_PAGE } from '../../store/kysely-store.ts';
import { INVENTORY_STATUSES, type InventoryStatus, type OrderBy, type Resource, type ResourceKind, type ResourceQuery, type Store } from '../../store/types.ts';
import { ok } from '../envelope.ts';
import { envelope, errorResponses, listQuery, resourceSchema, siteParams } from '../schemas/common.ts';

/** Rows in one CSV export: a whole inventory, bounded so one request cannot hold the database for minutes. */
const MAX_EXPORT_ROWS = 100_000;

interface ListQuery {
  hosts?: string;
  page_url?: string;
  urls?: string;
  exclude_urls?: string;
  status?: string;
  prioritize_malicious?: boolean;
  order_by?: OrderBy;
  direction?: 'asc' | 'desc';
  page?: number;
  per_page?: number;
  export?: 'csv';
}

const list = (text: string | undefined): string[] | undefined => {
  const items = text?.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return items && items.length > 0 ? items : undefined;
};

export function resourceQueryOf(query: ListQuery, maliciousBelow: number | undefined): ResourceQuery {
  const status = list(query.status);
  for (const item of status ?? []) {
    if (!INVENTORY_STATUSES.includes(item as InventoryStatus)) throw new SkimguardError('SG_VALIDATION', `status "${item}" is not one of ${INVENTORY_STATUSES.join(', ')}`);
  }
  const result: ResourceQuery = {};
  const hosts = list(query.hosts);
  const urls = list(query.urls);
  const excludeUrls = list(query.exclude_urls);
  if (hosts) result.hosts = hosts;
  if (urls) result.urls = urls;
  if (excludeUrls) result.excludeUrls = excludeUrls;
  if (status) result.status = status as InventoryStatus[];
  if (query.page_url !== undefined && query.page_url !== '') result.pageUrl = query.page_url;
  if (query.prioritize_malicious) result.prioritizeMalicious = true;
  if (maliciousBelow !== undefined) result.maliciousBelow = maliciousBelow;
  if (query.order_by) result.orderBy = query.order_by;
  if (query.direction) result.direction = query.direction;
  result.page = query.page ?? 1;
  result.perPage = query.per_page ?? 25;
  return result;
}

const CSV_COLUMNS = [
  'id', 'url', 'host', 'status', 'first_seen_at', 'last_seen_at', 'report_count', 'first_page_url', 'page_urls',
  'js_integrity_score', 'url_reported_malicious', 'domain_reported_malicious', 'malicious_url_categories', 'malicious_domain_categories',
] as const;

/**
 * One CSV field. URLs come from visitors' browsers, so from anyone: a value starting with `=`, `+`, `-`, `@` (or a
 * tab/CR) would run as a formula when the export is opened in a spreadsheet, so it is prefixed with `'`.
 */
export function csvField(value: unknown): string {
  let text = Array.isArray(value) ? value.join(' ') : value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(resource: Resource): string {
  return CSV_COLUMNS.map((column) => csvField(resource[column])).join(',');
}

export async function inventoryRoutes(app: FastifyInstance, options: { store: Store; maliciousBelow?: number | undefined }): Promise<void> {
  const { store } = options;
  const security = [{ bearer: [] }];
  for (const [kind, path] of [['script', 'scripts'], ['connection', 'connections']] as [ResourceKind, string][]) {
    const tags = [path];
    app.get<{ Params: { site: string }; Querystring: ListQuery }>(`/sites/:site/${path}`, {
      schema: {
        summary: `List the ${path} seen on a site's pages`, tags, security, params: siteParams, querystring: listQuery,
        response: { 200: envelope({ type: 'array', items: resourceSchema }, true), ...errorResponses },
      },
    }, async (request, reply) => {
      const site = await store.getSite(request.params.site);
      if (!site) throw new SkimguardError('SG_NOT_FOUND', `no site "${request.params.site}"`);
      const query = resourceQueryOf(request.query, options.maliciousBelow);
      if (request.query.export === 'csv') {
        const lines = [CSV_COLUMNS.join(',')];
        for (let page = 1; (page - 1) * MAX_PER_PAGE < MAX_EXPORT_ROWS; page += 1) {
          const { items } = await store.listResources(site.id, kind, { ...query, page, perPage: MAX_PER_PAGE });
          lines.push(...items.map(csvRow));
          if (items.length < MAX_PER_PAGE) break;
        }
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${site.id}-${path}.csv"`).send(`${lines.join('\r\n')}\r\n`);
      }
      const { items, total } = await store.listResources(site.id, kind, query);
      const perPage = query.perPage ?? 25;
      return ok(items, { page: query.page ?? 1, per_page: perPage, count: items.length, total_count: total, total_pages: Math.ceil(total / perPage) });
    });

    app.get<{ Params: { site: string; id: string } }>(`/sites/:site/${path}/:id`, {
      schema: {
        summary: `Get one of a site's ${path}`, tags, security,
        params: { type: 'object', properties: { ...siteParams.properties, id: { type: 'string', pattern: '^[0-9a-f]{32}$' } }, required: ['site', 'id'] },
        response: { 200: envelope(resourceSchema), ...errorResponses },
      },
    }, async (request) => {
      const resource = await store.getResource(request.params.site, kind, request.params.id);
      if (!resource) throw new SkimguardError('SG_NOT_FOUND', `no ${kind} ${request.params.id} on site "${request.params.site}"`);
      return ok(resource);
    });
  }
}
