/**
 * `skimguard serve`: the report endpoint, the API and the inventory's status job, on an embedded SQLite file unless
 * told otherwise. Runs until SIGINT/SIGTERM, then writes what it holds and stops.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ReportIngestor } from '../../collect/ingest.ts';
import { buildApp } from '../../serve/app.ts';
import { newApiToken, tokenHash } from '../../serve/auth.ts';
import { ServiceMetrics } from '../../serve/metrics.ts';
import { UsageError, type CommandIo } from '../io.ts';
import { openServiceStore, takeServiceOptions } from '../service-options.ts';

export const serveUsage = `usage: skimguard serve [--config F] [--db URL] [--port N] [--host H]

Starts the CSP report endpoint (POST /reports/SITE), the API (/api/v1, bearer token), /healthz, /readyz, /metrics
and /openapi.json. The database is ./skimguard.db (SQLite) unless --db, server.database or SKIMGUARD_DATABASE_URL
names another (postgres://… for PostgreSQL). Listens on 127.0.0.1:8080 unless told otherwise. On the first start
without server.api_token or SKIMGUARD_API_TOKEN, it creates an API token and prints it once.`;

/** How often the inventory's status rules run (infrequent/active/inactive, deletions): they work in days. */
const STATUS_JOB_INTERVAL_MS = 3_600_000;

export async function serveCommand(args: string[], io: CommandIo, signals: NodeJS.EventEmitter = process): Promise<number> {
  const { config, rest } = takeServiceOptions(args);
  const { values } = parseArgs({
    args: rest,
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(`${serveUsage}\n`);
    return 0;
  }
  const server = config.server;
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65_535) throw new UsageError('--port must be a port number (0 picks a free one)');
    server.port = Number(values.port);
  }
  if (values.host !== undefined) server.host = values.host;

  const store = await openServiceStore(config);
  const hashes = new Set(await store.apiTokenHashes());
  if (server.apiToken !== undefined) hashes.add(tokenHash(server.apiToken));
  if (hashes.size === 0) {
    const token = newApiToken();
    await store.addApiTokenHash(tokenHash(token), 'created on first start');
    hashes.add(tokenHash(token));
    io.stderr(`skimguard: created an API token. It is shown this once and only its digest is kept:\n\n  ${token}\n\nUse it as "Authorization: Bearer <token>".\n\n`);
  }

  // A dead pipeline thread stops the service (with exit code 1) rather than leave it acknowledging reports that
  // nothing writes; whatever supervises it restarts it, and the start replays the journal.
  let pipelineFailed = false;
  let stopFailed = (): void => {};
  const fatal = (): void => {
    pipelineFailed = true;
    stopFailed();
  };
  const metrics = new ServiceMetrics({ processMetrics: true });
  const ingestor = new ReportIngestor({
    store, journalDir: join(config.stateDir, 'journal', server.journalId), journalId: server.journalId,
    fsync: server.fsync, flushIntervalMs: server.flushIntervalMs,
    // Reports are read and written to the database in a thread of their own (an in-memory database has no second door).
    pipelineDatabase: /^(sqlite:)?:memory:$/i.test(server.database) ? undefined : server.database,
    onFatal: (error) => {
      io.stderr(`skimguard: the ingest pipeline failed; stopping (the journal keeps every acknowledged report for the next start): ${error.message}\n`);
      fatal();
    },
    onFlush: (error, ms) => {
      metrics.batchWrites.inc({ result: error ? 'error' : 'ok' });
      metrics.batchSeconds.observe(ms / 1000);
      if (error) io.stderr(`skimguard: writing a batch of reports failed (kept, retried): ${(error as Error).message}\n`);
    },
  });
  metrics.countReportsFrom(() => ingestor.countedSoFar());
  const recovered = await ingestor.start();
  if (recovered.replayedLines > 0 || recovered.damagedLines > 0) {
    io.stderr(`skimguard: replayed ${recovered.replayedLines} journal lines left by the previous run${recovered.damagedLines ? ` (${recovered.damagedLines} torn or damaged, skipped)` : ''}\n`);
  }
  const app = await buildApp({
    store, ingestor, metrics, apiTokenHashes: hashes, rateLimits: server.rateLimits, trustProxy: server.trustProxy,
    logger: false,
  });
  const runStatusRules = (): void => {
    store.applyStatusRules(new Date()).catch((error: unknown) => io.stderr(`skimguard: the inventory status job failed: ${(error as Error).message}\n`));
  };
  runStatusRules();
  const statusJob = setInterval(runStatusRules, STATUS_JOB_INTERVAL_MS);
  statusJob.unref();

  const address = await app.listen({ port: server.port, host: server.host });
  io.stderr(`skimguard: listening on ${address} (database: ${store.dialect}${store.dialect === 'sqlite' ? ` ${server.database}` : ''})\n`);

  const failed = await new Promise<boolean>((resolve) => {
    const stop = (): void => {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
      resolve(false);
    };
    signals.on('SIGINT', stop);
    signals.on('SIGTERM', stop);
    stopFailed = () => {
      resolve(true);
      stop();
    };
    if (pipelineFailed) stopFailed();
  });
  io.stderr('skimguard: stopping: writing the last batch\n');
  clearInterval(statusJob);
  await app.close();
  await ingestor.stop();
  await store.close();
  return failed ? 1 : 0;
}
