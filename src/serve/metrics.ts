/** Prometheus metrics of one app instance (its own registry, so tests can build many apps in one process). */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class ServiceMetrics {
  readonly registry = new Registry();
  readonly reports = new Counter({
    name: 'skimguard_reports_total',
    help: 'CSP reports received, by site and outcome: accepted, or the named reason it was dropped',
    labelNames: ['site', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly batchWrites = new Counter({
    name: 'skimguard_batch_writes_total',
    help: 'Batched inventory writes, by result (ok or error)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly batchSeconds = new Histogram({
    name: 'skimguard_batch_write_seconds',
    help: 'Time to write one batch of aggregated reports',
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }
}
