/** Prometheus metrics of one app instance (its own registry, so tests can build many apps in one process). */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ReportCount } from '../store/types.ts';

export class ServiceMetrics {
  readonly registry = new Registry();
  /** Read when the metrics are scraped (see countReportsFrom). */
  #reportSource: () => Iterable<ReportCount> = () => [];
  readonly reports = new Counter({
    name: 'skimguard_reports_total',
    help: 'CSP reports received, by site and outcome: accepted, or the named reason it was dropped',
    labelNames: ['site', 'outcome'] as const,
    registers: [this.registry],
    collect: () => {
      this.reports.reset();
      for (const { siteId, counter, count } of this.#reportSource()) this.reports.inc({ site: siteId ?? '', outcome: counter }, count);
    },
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

  /**
   * Where the report counts come from. They are pulled at scrape time rather than pushed per report: a labelled
   * increment builds and hashes a label key on every call, and the report endpoint is the service's hot path.
   */
  countReportsFrom(source: () => Iterable<ReportCount>): void {
    this.#reportSource = source;
  }
}
