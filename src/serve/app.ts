/**
 * The HTTP service: `buildApp()` returns a Fastify instance that tests drive with `inject()` and `skimguard serve`
 * listens with. Layers: the report endpoint (public, rate-limited, no secret: browsers post to it), the management
 * API under /api/v1 (bearer token), and operations (/healthz, /readyz public; /metrics with the token).
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import { isSkimguardError } from '../errors.ts';
import type { ReportIngestor } from '../collect/ingest.ts';
import type { Store } from '../store/types.ts';
import { presentedHash } from './auth.ts';
import { failure, STATUS_OF } from './envelope.ts';
import type { ServiceMetrics } from './metrics.ts';
import { inventoryRoutes } from './routes/inventory.ts';
import { operationsRoutes } from './routes/operations.ts';
import { reportRoutes, type RateLimits } from './routes/reports.ts';
import { siteRoutes } from './routes/sites.ts';

export interface AppOptions {
  store: Store;
  ingestor: ReportIngestor;
  metrics: ServiceMetrics;
  /** SHA-256 digests of the accepted API tokens; the set may change while the app runs. */
  apiTokenHashes: Set<string>;
  rateLimits?: Partial<RateLimits>;
  /** JS integrity scores below this are malicious (for `prioritize_malicious`). */
  maliciousBelow?: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run: anyone can send the header). */
  trustProxy?: boolean;
  logger?: boolean;
  version?: string;
}

/** Body limit of every management request: site settings are small. */
const API_BODY_LIMIT = 64 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: API_BODY_LIMIT,
    // Query strings like `?status=active,inactive` stay strings; list parsing is the routes' job.
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: false } },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'skimguard API', version: options.version ?? '0.1.0',
        description: 'Scripts and connections seen by visitors\' browsers (CSP reports), per site. Field names follow Cloudflare Page Shield.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });

  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(failure('SG_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0] ?? ''}`));
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isSkimguardError(error)) return reply.code(STATUS_OF[error.code] ?? 400).send(failure(error.code, error.message));
    if (error.validation) return reply.code(400).send(failure('SG_VALIDATION', `${error.validationContext ?? 'request'}${error.message.replace(/^(body|querystring|params|headers)/, '')}`));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(failure('SG_PAYLOAD_TOO_LARGE', 'the request body is too large'));
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(status).send(failure('SG_VALIDATION', error.message));
    request.log.error(error);
    return reply.code(500).send(failure('SG_INTERNAL', 'internal error; the server log has the details'));
  });

  const requireToken = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const hash = presentedHash(request.headers.authorization);
    if (hash === null || !options.apiTokenHashes.has(hash)) {
      await reply.code(401).header('www-authenticate', 'Bearer realm="skimguard"').send(failure('SG_UNAUTHORIZED', 'this needs "Authorization: Bearer <token>" with a valid API token'));
    }
  };

  await app.register(reportRoutes, { ingestor: options.ingestor, limits: options.rateLimits });
  await app.register(async (api) => {
    api.addHook('onRequest', requireToken);
    await api.register(siteRoutes, { store: options.store, ingestor: options.ingestor });
    await api.register(inventoryRoutes, { store: options.store, maliciousBelow: options.maliciousBelow });
  }, { prefix: '/api/v1' });
  await app.register(operationsRoutes, { store: options.store, ingestor: options.ingestor, metrics: options.metrics, requireToken });
  return app;
}
