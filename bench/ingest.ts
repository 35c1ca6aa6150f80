/**
 * `npm run bench:ingest`: the CSP report endpoint of `skimguard serve` under load, against a bare `node:http`
 * server that only reads and JSON.parse's the body, measured in the same run (the ratio is the figure that matters:
 * this VM's speed varies). Then the check that matters more than speed: every report acknowledged with a 2xx is in
 * the database after a graceful stop — no more, no less. Two skimguard servers run: one with the default journal
 * (write(2) before the 204) and one with `fsync: true` (fdatasync before the 204).
 *
 * This VM's speed drifts by a third within a minute, so the servers are not measured one after the other: all three
 * run at once and are loaded in turn, in short slices, round after round (the order reversed every other round), and
 * each round gives a ratio of slices measured seconds apart. The median of those ratios is the figure.
 *
 * Environment: BENCH_DURATION (timed seconds per server, default 10), BENCH_ROUNDS (slices it is cut into, default
 * 5), BENCH_WARMUP (seconds per server, default 2; its reports are counted too), BENCH_CONNECTIONS (default 50), BENCH_CPU_PROF=DIR (run the serve children with --cpu-prof into DIR), BENCH_FSYNC=both|off|on (the skimguard
 * passes to run).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parseCspReports } from '../src/collect/csp/parse.ts';
import { reportBodies, SITE_HOST } from './ingest/reports.ts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** `both` (default), `off` or `on`: which skimguard passes to run. */
const FSYNC_PASSES = { both: [false, true], off: [false], on: [true] }[process.env.BENCH_FSYNC ?? 'both'] ?? [false, true];
const CPU_PROF = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
const ROOT = join(import.meta.dirname, '..');
const TOKEN = 'bench-ingest-token-0123456789';

// autocannon ships no types; only what this file uses.
interface Results { non2xx: number; errors: number; timeouts: number; statusCodeStats: Record<string, { count: number }> }
interface AutocannonClient { reqsMade: number; responseMax: number }
interface AutocannonRequest { method?: string; path?: string; headers?: Record<string, string>; body?: string }
interface Instance extends Promise<Results> { on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void }
const autocannon = createRequire(import.meta.url)('autocannon') as (options: Record<string, unknown>) => Instance;

const bodies = reportBodies(4_096);
const totalReports = bodies.reduce((sum, body) => sum + body.reports, 0);
// Every report must be one the parser keeps, or "acknowledged" and "stored accepted" would differ by design.
for (const { contentType, body, reports } of bodies) {
  const parsed = parseCspReports(contentType, body, { hostnames: [SITE_HOST], useConnectionUrlPath: false });
  if (parsed.observations.length !== reports || Object.keys(parsed.dropped).length > 0) throw new Error(`a generated body is not fully accepted: ${body}`);
}

/** What one timed slice of load measured. */
interface Slice {
  responses: number;
  seconds: number;
  latencies: number[];
  /** CPU seconds the server and this process used during the slice. */
  serverCpu: number;
  benchCpu: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  acknowledged: number;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux; NaN elsewhere). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ, 100 on Linux)
  } catch {
    return Number.NaN;
  }
}

/**
 * Loads `url` for `seconds`. Acknowledged reports are counted per response: `setupRequest` picks the next body and
 * notes its report count in the connection's context, `onResponse` adds it when the status is 2xx (one request in
 * flight per connection, so the context is that request's). At the deadline the run is drained, not cut: autocannon's
 * own `duration` destroys connections with a request in flight, whose reports the server may keep without the bench
 * seeing the 204, so each client is told (through `responseMax`, the field behind `amount`) to stop after the
 * response it awaits. The rate counts responses up to the deadline only.
 */
async function load(url: string, seconds: number, serverPid: number): Promise<Slice> {
  let next = 0;
  let acknowledged = 0;
  let responses = 0;
  let draining = false;
  const clients: AutocannonClient[] = [];
  const started = performance.now();
  const serverCpuBefore = cpuSeconds(serverPid);
  const benchCpuBefore = process.cpuUsage();
  const instance = autocannon({
    url, connections: CONNECTIONS, duration: seconds + 60, timeout: 10,
    setupClient: (client: AutocannonClient) => clients.push(client),
    requests: [{
      method: 'POST', path: '/reports/shop',
      setupRequest: (request: AutocannonRequest, context: { reports?: number }) => {
        const body = bodies[next++ % bodies.length]!;
        context.reports = body.reports;
        return { ...request, headers: { 'content-type': body.contentType }, body: body.body };
      },
      onResponse: (status: number, _body: string, context: { reports?: number }) => {
        if (status >= 200 && status < 300) acknowledged += context.reports ?? 0;
      },
    }],
  });
  // autocannon's own latency histogram has whole-millisecond buckets; these loopback latencies are below that.
  const latencies: number[] = [];
  instance.on('response', (_client, _status, _bytes, responseMs) => {
    if (draining) return;
    responses += 1;
    latencies.push(responseMs);
  });
  // Busy time of each process over the timed part, to tell a CPU-bound server from one starved by the load generator.
  let serverCpu = Number.NaN;
  let benchCpu = Number.NaN;
  const deadline = setTimeout(() => {
    draining = true;
    serverCpu = cpuSeconds(serverPid) - serverCpuBefore;
    const bench = process.cpuUsage(benchCpuBefore);
    benchCpu = (bench.user + bench.system) / 1e6;
    for (const client of clients) client.responseMax = client.reqsMade;
  }, seconds * 1000);
  const results = await instance;
  clearTimeout(deadline);
  const elapsed = Math.min(performance.now() - started, seconds * 1000) / 1000;
  const statuses = Object.fromEntries(Object.entries(results.statusCodeStats).map(([code, { count }]) => [code, count]));
  return { responses, seconds: elapsed, latencies, serverCpu, benchCpu, non2xx: results.non2xx, errors: results.errors, timeouts: results.timeouts, statuses, acknowledged };
}

/** A child process that prints "listening on http://…" on stderr; resolves with the address and its stderr so far. */
async function startChild(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before listening:\n${stderr}`)));
  });
  return { child, url, log: () => stderr };
}

/** SIGTERM, as an operator would stop it; a server still running 60 s later is killed and reported as failed. */
async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const [code] = (await exited) as [number | null];
  clearTimeout(killer);
  return code;
}

/** A server under test and everything measured on it so far. */
interface Server {
  label: string;
  child: ChildProcess;
  url: string;
  log: () => string;
  /** Timed slices only. */
  slices: Slice[];
  /** Every 2xx-acknowledged report, warm-up included: all of them must be stored. */
  acknowledged: number;
  /** skimguard's database file and working directory; absent for the bare server. */
  database?: string;
  dir?: string;
}

async function startBare(): Promise<Server> {
  const { child, url, log } = await startChild([join(ROOT, 'bench/ingest/bare-server.ts')]);
  return { label: 'bare node:http + JSON.parse', child, url, log, slices: [], acknowledged: 0 };
}

/** A skimguard server in a fresh directory, its site added with the CLI. */
async function startSkimguard(fsync: boolean): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'skimguard-bench-ingest-'));
  const config = join(dir, 'config.json');
  const database = join(dir, 'skimguard.db');
  writeFileSync(config, JSON.stringify({
    state_dir: join(dir, 'state'),
    server: {
      host: '127.0.0.1', port: 0, database, api_token: TOKEN, fsync,
      // Far above what 2 cores can send in a minute: this measures ingestion, not the limiter's refusals.
      rate_limits: { per_client_per_minute: 100_000_000, per_site_per_minute: 100_000_000 },
    },
  }));
  // SKIMGUARD_* variables would override the file.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SKIMGUARD_')));
  execFileSync(process.execPath, ['bin/skimguard.js', 'sites', 'add', '--id', 'shop', '--name', 'Shop', '--host', SITE_HOST, '--config', config], { cwd: ROOT, env, stdio: 'pipe' });
  const profile = CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`, `--cpu-prof-name=serve-${fsync ? 'fsync' : 'default'}-${Date.now()}.cpuprofile`] : [];
  const { child, url, log } = await startChild([...profile, 'bin/skimguard.js', 'serve', '--config', config], env);
  const label = fsync ? 'skimguard serve, fsync on' : 'skimguard serve (goal ≥ 0.70)';
  return { label, child, url, log, slices: [], acknowledged: 0, database, dir };
}

interface Stored { stored: number; resourceReports: number; otherCounters: string; exitCode: number | null }

/** Stops a skimguard server with SIGTERM (it writes its last batch) and reads what its database holds. */
async function stopAndCount(server: Server): Promise<Stored> {
  try {
    const exitCode = await stop(server.child);
    if (exitCode !== 0) console.error(`${server.label} exited with ${exitCode}:\n${server.log()}`);
    const db = new Database(server.database!, { readonly: true });
    const counters = db.prepare('select site_id, counter, count from report_counts order by site_id, counter').all() as { site_id: string; counter: string; count: number }[];
    const { total } = db.prepare("select coalesce(sum(report_count), 0) as total from resources where site_id = 'shop'").get() as { total: number };
    db.close();
    const stored = counters.find((row) => row.site_id === 'shop' && row.counter === 'accepted')?.count ?? 0;
    const otherCounters = counters.filter((row) => !(row.site_id === 'shop' && row.counter === 'accepted')).map((row) => `${row.site_id || '(no site)'}/${row.counter}=${row.count}`).join(', ');
    return { stored, resourceReports: total, otherCounters, exitCode };
  } finally {
    rmSync(server.dir!, { recursive: true, force: true });
  }
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const rateOf = (slice: Slice): number => slice.responses / slice.seconds;

function summary(server: Server, baseline?: Server): string {
  const { slices } = server;
  const responses = sum(slices.map((slice) => slice.responses));
  const seconds = sum(slices.map((slice) => slice.seconds));
  const latencies = slices.flatMap((slice) => slice.latencies).sort((a, b) => a - b);
  const percentile = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  const serverCpu = sum(slices.map((slice) => slice.serverCpu));
  const benchCpu = sum(slices.map((slice) => slice.benchCpu));
  const statuses = new Map<string, number>();
  for (const slice of slices) for (const [code, count] of Object.entries(slice.statuses)) statuses.set(code, (statuses.get(code) ?? 0) + count);
  let ratio = '';
  if (baseline) {
    const ratios = slices.map((slice, round) => rateOf(slice) / rateOf(baseline.slices[round]!));
    ratio = `  ratio ${median(ratios).toFixed(2)} (median of ${ratios.length} rounds; ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
  }
  const perSlice = slices.map((slice) => rateOf(slice).toFixed(0)).join(', ');
  return [
    `  ${server.label.padEnd(30)} ${(responses / seconds).toFixed(0).padStart(6)} req/s${ratio}  p50 ${ms(percentile(50))}  p99 ${ms(percentile(99))}`,
    `    req/s per round ${perSlice}; non-2xx ${sum(slices.map((slice) => slice.non2xx))}, errors ${sum(slices.map((slice) => slice.errors))} (timeouts ${sum(slices.map((slice) => slice.timeouts))}), statuses ${[...statuses].map(([code, count]) => `${code}×${count}`).join(' ')}`,
    `    CPU: server ${(100 * serverCpu / seconds).toFixed(0)} % of a core (${(1e6 * serverCpu / responses).toFixed(1)} µs a request), load generator ${(100 * benchCpu / seconds).toFixed(0)} %`,
  ].join('\n');
}

console.log(`skimguard ingest benchmark: ${DURATION} s per server in ${ROUNDS} rounds after ${WARMUP} s warm-up, ${CONNECTIONS} connections, ${bodies.length} distinct bodies (${(totalReports / bodies.length).toFixed(2)} reports per body), Node ${process.version}`);
console.log(`  note: the load generator (autocannon, in this process) and the server under load share this machine's ${availableParallelism()} cores; CPU is over the timed slices`);
const baseline = await startBare();
const servers: Server[] = [baseline];
let failed = false;
try {
  for (const fsync of FSYNC_PASSES) servers.push(await startSkimguard(fsync));
  // The warm-up (JIT, SQLite pages) is not timed, but its reports are acknowledged and stored too: they are added.
  if (WARMUP > 0) for (const server of servers) server.acknowledged += (await load(server.url, WARMUP, server.child.pid!)).acknowledged;
  const slice = DURATION / ROUNDS;
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const server of order) {
      const measured = await load(server.url, slice, server.child.pid!);
      server.slices.push(measured);
      server.acknowledged += measured.acknowledged;
    }
  }
  console.log(summary(baseline));
  for (const server of servers.slice(1)) {
    console.log(summary(server, baseline));
    const { stored, resourceReports, otherCounters, exitCode } = await stopAndCount(server);
    const equal = server.acknowledged === stored && stored === resourceReports;
    failed ||= !equal || exitCode !== 0;
    console.log(`    reports acknowledged (2xx) ${server.acknowledged}, stored (report_counts accepted) ${stored}, resources report_count sum ${resourceReports}: ${equal ? 'equal' : 'DIFFERENT'}`);
    if (otherCounters) console.log(`    other counters: ${otherCounters}`);
  }
} finally {
  for (const server of servers) await stop(server.child);
}
process.exitCode = failed ? 1 : 0;
