/** Builds a whole service on a fresh SQLite file for a test: store, ingestor with its journal, app, a token. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ReportIngestor } from '../../src/collect/ingest.ts';
import { buildApp, type AppOptions } from '../../src/serve/app.ts';
import { tokenHash } from '../../src/serve/auth.ts';
import { ServiceMetrics } from '../../src/serve/metrics.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import type { Store } from '../../src/store/types.ts';

export const TOKEN = 'sg_test-token-0123456789abcdef';
export const auth = { authorization: `Bearer ${TOKEN}` };

export interface Service {
  app: FastifyInstance;
  store: Store;
  ingestor: ReportIngestor;
  dir: string;
  close(): Promise<void>;
}

export async function startService(overrides: Partial<AppOptions> = {}, dir = mkdtempSync(join(tmpdir(), 'skimguard-serve-'))): Promise<Service> {
  const store = openSqliteStore(join(dir, 'skimguard.db'));
  await store.migrate();
  const metrics = new ServiceMetrics();
  // A flush interval far beyond any test: tests flush when they choose.
  const ingestor = new ReportIngestor({
    store, journalDir: join(dir, 'journal'), journalId: 'main', flushIntervalMs: 3_600_000,
  });
  metrics.countReportsFrom(() => ingestor.countedSoFar());
  await ingestor.start();
  const app = await buildApp({ store, ingestor, metrics, apiTokenHashes: new Set([tokenHash(TOKEN)]), ...overrides });
  return {
    app, store, ingestor, dir,
    async close() {
      await app.close();
      await ingestor.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const legacyReport = (report: Record<string, unknown>): string => JSON.stringify({ 'csp-report': report });
