/** `/healthz` (the process answers), `/readyz` (the database answers and batches are being written), `/metrics`, `/openapi.json`. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ReportIngestor } from '../../collect/ingest.ts';
import type { Store } from '../../store/types.ts';
import type { ServiceMetrics } from '../metrics.ts';

interface OperationsOptions {
  store: Store;
  ingestor: ReportIngestor;
  metrics: ServiceMetrics;
  requireToken: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

const statusSchema = { type: 'object', properties: { status: { type: 'string' }, reason: { type: 'string' } } } as const;

export async function operationsRoutes(app: FastifyInstance, options: OperationsOptions): Promise<void> {
  const tags = ['operations'];
  app.get('/healthz', { schema: { summary: 'The process is up', tags, response: { 200: statusSchema } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { summary: 'The database answers and report batches are being written', tags, response: { 200: statusSchema, 503: statusSchema } } }, async (_request, reply) => {
    try {
      await options.store.ping();
    } catch (error) {
      return reply.code(503).send({ status: 'unavailable', reason: `database: ${(error as Error).message}` });
    }
    const flushError = options.ingestor.lastFlushError;
    if (flushError) return reply.code(503).send({ status: 'unavailable', reason: `report batches are not being written: ${(flushError as Error).message ?? String(flushError)}` });
    return { status: 'ok' };
  });

  // Site ids and report volumes are not for everyone: Prometheus sends the token with `authorization` in its scrape config.
  app.get('/metrics', { onRequest: options.requireToken, schema: { summary: 'Prometheus metrics (bearer token)', tags, security: [{ bearer: [] }] } }, async (_request, reply) => {
    return reply.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
