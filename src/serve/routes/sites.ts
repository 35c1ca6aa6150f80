/** Sites (`/api/v1/sites`) and their settings (`/api/v1/sites/:site/settings`), with report counters. */
import type { FastifyInstance } from 'fastify';
import type { ReportIngestor } from '../../collect/ingest.ts';
import { SkimguardError } from '../../errors.ts';
import type { Site, SitePatch, Store } from '../../store/types.ts';
import { ok } from '../envelope.ts';
import { envelope, errorEnvelope, errorResponses, settingsSchema, SITE_ID_PATTERN, siteParams, siteSchema, siteWritable } from '../schemas/common.ts';

interface SiteBody {
  id?: string;
  name?: string;
  hostnames?: string[];
  use_connection_url_path?: boolean;
  keep_page_query?: boolean;
  sampling_rate?: number;
}

export function siteView(site: Site): Record<string, unknown> {
  return {
    id: site.id, name: site.name, hostnames: site.hostnames, use_connection_url_path: site.useConnectionUrlPath,
    keep_page_query: site.keepPageQuery, sampling_rate: site.samplingRate, created_at: site.createdAt, updated_at: site.updatedAt,
  };
}

function settingsView(site: Site): Record<string, unknown> {
  return { use_connection_url_path: site.useConnectionUrlPath, keep_page_query: site.keepPageQuery, sampling_rate: site.samplingRate, updated_at: site.updatedAt };
}

function patchOf(body: SiteBody): SitePatch {
  const patch: SitePatch = {};
  if (body.name !== undefined) patch.name = body.name;
  if (body.hostnames !== undefined) patch.hostnames = [...new Set(body.hostnames.map((host) => host.toLowerCase()))];
  if (body.use_connection_url_path !== undefined) patch.useConnectionUrlPath = body.use_connection_url_path;
  if (body.keep_page_query !== undefined) patch.keepPageQuery = body.keep_page_query;
  if (body.sampling_rate !== undefined) patch.samplingRate = body.sampling_rate;
  return patch;
}

const countsSchema = {
  type: 'object',
  properties: {
    accepted: { type: 'integer', description: 'Reports kept' },
    dropped: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Reports not kept, by reason' },
  },
} as const;

function countsView(counts: Record<string, number>): { accepted: number; dropped: Record<string, number> } {
  const { accepted = 0, ...dropped } = counts;
  return { accepted, dropped };
}

export async function siteRoutes(app: FastifyInstance, options: { store: Store; ingestor: ReportIngestor }): Promise<void> {
  const { store, ingestor } = options;
  const mustGet = async (id: string): Promise<Site> => {
    const site = await store.getSite(id);
    if (!site) throw new SkimguardError('SG_NOT_FOUND', `no site "${id}"`);
    return site;
  };
  /** PATCH /sites/:site and PUT /sites/:site/settings: the same change, shown two ways. */
  const mustUpdate = async (id: string, body: SiteBody): Promise<Site> => {
    const site = await store.updateSite(id, patchOf(body));
    if (!site) throw new SkimguardError('SG_NOT_FOUND', `no site "${id}"`);
    ingestor.siteChanged(site);
    return site;
  };
  const tags = ['sites'];
  const security = [{ bearer: [] }];

  app.get('/sites', { schema: { summary: 'List sites', tags, security, response: { 200: envelope({ type: 'array', items: siteSchema }), ...errorResponses } } },
    async () => ok((await store.listSites()).map(siteView)));

  app.post<{ Body: SiteBody }>('/sites', {
    schema: {
      summary: 'Create a site', tags, security,
      body: { type: 'object', additionalProperties: false, required: ['id', 'name', 'hostnames'], properties: { id: { type: 'string', pattern: SITE_ID_PATTERN }, ...siteWritable } },
      response: { 201: envelope(siteSchema), 409: errorEnvelope, ...errorResponses },
    },
  }, async (request, reply) => {
    const body = request.body;
    const site = await store.createSite({ id: body.id as string, name: body.name as string, hostnames: [], ...patchOf(body) } as Parameters<Store['createSite']>[0]);
    ingestor.siteChanged(site);
    return reply.code(201).send(ok(siteView(site)));
  });

  app.get<{ Params: { site: string } }>('/sites/:site', { schema: { summary: 'Get a site', tags, security, params: siteParams, response: { 200: envelope(siteSchema), ...errorResponses } } },
    async (request) => ok(siteView(await mustGet(request.params.site))));

  app.patch<{ Params: { site: string }; Body: SiteBody }>('/sites/:site', {
    schema: {
      summary: 'Change a site', tags, security, params: siteParams,
      body: { type: 'object', additionalProperties: false, minProperties: 1, properties: siteWritable },
      response: { 200: envelope(siteSchema), ...errorResponses },
    },
  }, async (request) => ok(siteView(await mustUpdate(request.params.site, request.body))));

  app.delete<{ Params: { site: string } }>('/sites/:site', {
    schema: { summary: 'Delete a site and its whole inventory', tags, security, params: siteParams, response: { 200: envelope({ type: 'object', properties: { id: { type: 'string' } } }), ...errorResponses } },
  }, async (request) => {
    if (!(await store.deleteSite(request.params.site))) throw new SkimguardError('SG_NOT_FOUND', `no site "${request.params.site}"`);
    ingestor.siteChanged({ id: request.params.site, deleted: true });
    return ok({ id: request.params.site });
  });

  app.get<{ Params: { site: string } }>('/sites/:site/settings', {
    schema: { summary: 'Get a site\'s collection settings', tags, security, params: siteParams, response: { 200: envelope(settingsSchema), ...errorResponses } },
  }, async (request) => ok(settingsView(await mustGet(request.params.site))));

  app.put<{ Params: { site: string }; Body: SiteBody }>('/sites/:site/settings', {
    schema: {
      summary: 'Change a site\'s collection settings', tags, security, params: siteParams,
      body: {
        type: 'object', additionalProperties: false, minProperties: 1,
        properties: { use_connection_url_path: siteWritable.use_connection_url_path, keep_page_query: siteWritable.keep_page_query, sampling_rate: siteWritable.sampling_rate },
      },
      response: { 200: envelope(settingsSchema), ...errorResponses },
    },
  }, async (request) => ok(settingsView(await mustUpdate(request.params.site, request.body))));

  app.get<{ Params: { site: string } }>('/sites/:site/report_stats', {
    schema: { summary: 'Reports kept and dropped (by reason) for a site, as of the last batch write', tags, security, params: siteParams, response: { 200: envelope(countsSchema), ...errorResponses } },
  }, async (request) => {
    await mustGet(request.params.site);
    return ok(countsView(await store.reportCounts(request.params.site)));
  });

  app.get('/report_stats', {
    schema: { summary: 'Reports dropped before any site was known (unknown site ids)', tags, security, response: { 200: envelope(countsSchema), ...errorResponses } },
  }, async () => ok(countsView(await store.reportCounts(null))));
}
