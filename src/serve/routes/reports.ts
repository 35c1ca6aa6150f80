/**
 * `POST /reports/:site`: where visitors' browsers send CSP reports. Public by necessity (a browser has no secret to
 * send), so it is bounded instead: unknown sites are refused before the body is read, bodies over 64 KB are refused,
 * and each client address and each site has a rate limit. Every refusal is counted under a named reason. It answers
 * 204 only after the reports are in the journal (src/collect/journal.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ReportIngestor } from '../../collect/ingest.ts';
import { clientKey, FixedWindowLimiter } from '../rate-limit.ts';

/** Largest report body: a Reporting API batch of a few dozen reports is a few KB; more is not a browser's. */
export const MAX_REPORT_BODY_BYTES = 64 * 1024;

export interface RateLimits {
  /** Bodies per minute from one client address: a page view sends a few; a flood from one host is not visitors. */
  perClientPerMinute: number;
  /** Bodies per minute to one site: bounds what one site's traffic (or a forged flood) can cost the service. */
  perSitePerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perClientPerMinute: 120, perSitePerMinute: 60_000 };

type ReportRequest = FastifyRequest<{ Params: { site: string } }>;

export async function reportRoutes(app: FastifyInstance, options: { ingestor: ReportIngestor; limits?: Partial<RateLimits> | undefined }): Promise<void> {
  const { ingestor } = options;
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.limits };

  // Every content type is read as text: the parser decides what a CSP report is, and counts what is not.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: MAX_REPORT_BODY_BYTES }, (_request, body, done) => done(null, body));

  const siteOf = (request: FastifyRequest): string => (request.params as { site: string }).site;
  const perClient = new FixedWindowLimiter(limits.perClientPerMinute, 60_000);
  const perSite = new FixedWindowLimiter(limits.perSitePerMinute, 60_000);

  // Report delivery through the Reporting API is a CORS request with a preflight (its content type is not one a form
  // could send), so every answer must say that any origin may post here; it holds nothing a response could leak. Set
  // on arrival, it stays on every answer, refusals and errors included. (Synchronous hooks here and below: this is
  // the hot path, and an async hook costs a promise per request.)
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.header('access-control-allow-origin', '*');
    done();
  });
  app.setErrorHandler(async (error: Error & { code?: string; statusCode?: number }, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      ingestor.countDrop(siteOf(request), 'oversize_body');
      return reply.code(413).send();
    }
    request.log.error(error);
    return reply.code(error.statusCode ?? 500).send();
  });

  app.options('/reports/:site', { schema: { hide: true } }, async (_request, reply) => {
    await reply.code(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400')
      .send();
  });

  app.post<{ Params: { site: string } }>('/reports/:site', {
    bodyLimit: MAX_REPORT_BODY_BYTES,
    schema: {
      summary: 'Receive CSP violation reports (application/csp-report, application/reports+json, application/json)',
      tags: ['reports'],
      params: { type: 'object', properties: { site: { type: 'string' } }, required: ['site'] },
      response: {
        204: { type: 'null', description: 'Kept (reports that were not CSP reports of the site are counted, not kept)' },
        400: { type: 'null', description: 'The body is not JSON' },
        404: { type: 'null', description: 'No such site' },
        413: { type: 'null', description: 'The body is over 64 KB' },
        429: { type: 'null', description: 'Rate-limited (per client address or per site)' },
      },
    },
    // Before the body is read: a report to no site, or over a limit, costs nothing more than this.
    onRequest: (request: ReportRequest, reply: FastifyReply, done: () => void) => {
      const site = request.params.site;
      if (!ingestor.hasSite(site)) {
        ingestor.countDrop(null, 'unknown_site');
        void reply.code(404).send();
        return;
      }
      // The client's limit first, so that one noisy address does not use up its site's allowance.
      if (!perClient.take(clientKey(request.ip)) || !perSite.take(site)) {
        ingestor.countDrop(site, 'rate_limited');
        void reply.code(429).header('retry-after', '60').send();
        return;
      }
      done();
    },
  }, async (request: ReportRequest, reply) => {
    const body = typeof request.body === 'string' ? request.body : '';
    const result = await ingestor.receive(request.params.site, request.headers['content-type'], body);
    return reply.code(result.status).send();
  });
}
