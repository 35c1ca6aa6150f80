/**
 * Per-file outcomes of one tool on one preset, and the figures printed from them.
 */

export interface FileOutcome {
  id: string;
  malicious: boolean;
  /** Distinct string values of the plain sample, and how many of them the tool's output holds. */
  total: number;
  found: number;
  /** The output did not parse, so strings were searched in its text. */
  unparsed: boolean;
  /** Why the tool gave no output (timeout, crash, exception); the obfuscated input then stands as its output. */
  failure?: string;
  ms: number;
}

export interface Recovery { found: number; total: number }

export interface Summary {
  files: number;
  malicious: Recovery;
  benign: Recovery;
  all: Recovery;
  unparsed: number;
  failed: number;
  meanMs: number;
  p95Ms: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export const mean = (values: readonly number[]): number => (values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Micro-averages: every string of every file counts once, so large files weigh by how many strings they hold. */
export function summarize(outcomes: readonly FileOutcome[]): Summary {
  const add = (list: readonly FileOutcome[]): Recovery => ({ found: list.reduce((sum, o) => sum + o.found, 0), total: list.reduce((sum, o) => sum + o.total, 0) });
  const times = outcomes.map((o) => o.ms);
  return {
    files: outcomes.length,
    malicious: add(outcomes.filter((o) => o.malicious)),
    benign: add(outcomes.filter((o) => !o.malicious)),
    all: add(outcomes),
    unparsed: outcomes.filter((o) => o.unparsed).length,
    failed: outcomes.filter((o) => o.failure !== undefined).length,
    meanMs: mean(times),
    p95Ms: percentile(times, 95),
  };
}

export const ratio = (part: number, whole: number): number => (whole === 0 ? NaN : part / whole);
export const pct = (value: number): string => (Number.isNaN(value) ? '–' : `${(100 * value).toFixed(1)} %`);
export const share = (recovery: Recovery): string => pct(ratio(recovery.found, recovery.total));
export const ms = (value: number): string => (Number.isNaN(value) ? '–' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);

/** Left-aligned first column, right-aligned others, widths from the content. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  ').trimEnd()).join('\n');
}

/** "timed out after 30 s ×3, crashed (SIGKILL) ×1": failure reasons grouped, most common first. */
export function reasons(outcomes: readonly FileOutcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) if (o.failure) counts.set(o.failure, (counts.get(o.failure) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ×${n}`).join('; ');
}
