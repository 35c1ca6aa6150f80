/**
 * `npm run bench:ingest`: the CSP report endpoint of `skimguard serve` under load, against a bare `node:http`
 * server that only reads and JSON.parse's the body, measured in the same run (the ratio is the figure that matters:
 * this VM's speed varies). Then the check that matters more than speed: every report acknowledged with a 2xx is in
 * the database after a graceful stop — no more, no less. Run once with the default journal (write(2) before the
 * 204) and once with `fsync: true` (fdatasync before the 204).
 *
 * Environment: BENCH_DURATION (seconds per server, default 10), BENCH_WARMUP (seconds, default 2; its reports are
 * counted too), BENCH_CONNECTIONS (default 50), BENCH_CPU_PROF=DIR (run the serve children with --cpu-prof into DIR).
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
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
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

interface Load { rate: number; p50: number; p99: number; serverCpu: number; benchCpu: number; non2xx: number; errors: number; timeouts: number; codes: string; acknowledged: number }

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
async function load(url: string, seconds: number, serverPid: number): Promise<Load> {
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
    serverCpu = (cpuSeconds(serverPid) - serverCpuBefore) / seconds;
    const bench = process.cpuUsage(benchCpuBefore);
    benchCpu = (bench.user + bench.system) / 1e6 / seconds;
    for (const client of clients) client.responseMax = client.reqsMade;
  }, seconds * 1000);
  const results = await instance;
  clearTimeout(deadline);
  const elapsed = Math.min(performance.now() - started, seconds * 1000) / 1000;
  const codes = Object.entries(results.statusCodeStats).map(([code, { count }]) => `${code}×${count}`).join(' ');
  latencies.sort((a, b) => a - b);
  const percentile = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { rate: responses / elapsed, p50: percentile(50), p99: percentile(99), serverCpu, benchCpu, non2xx: results.non2xx, errors: results.errors, timeouts: results.timeouts, codes, acknowledged };
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

/** The warm-up (JIT, SQLite pages) is not timed, but its reports are acknowledged and stored too: they are added. */
async function warmAndTime(url: string, serverPid: number): Promise<Load> {
  const warm = WARMUP > 0 ? await load(url, WARMUP, serverPid) : null;
  const timed = await load(url, DURATION, serverPid);
  return { ...timed, acknowledged: timed.acknowledged + (warm?.acknowledged ?? 0) };
}

async function bare(): Promise<Load> {
  const { child, url } = await startChild([join(ROOT, 'bench/ingest/bare-server.ts')]);
  try {
    return await warmAndTime(url, child.pid!);
  } finally {
    await stop(child);
  }
}

interface Pass { load: Load; acknowledged: number; stored: number; resourceReports: number; otherCounters: string; exitCode: number | null }

/** One skimguard pass: fresh directory, site added with the CLI, serve loaded, stopped with SIGTERM, then the database read. */
async function skimguard(fsync: boolean): Promise<Pass> {
  const dir = mkdtempSync(join(tmpdir(), 'skimguard-bench-ingest-'));
  try {
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
    let result: Load;
    let exitCode: number | null = null;
    try {
      result = await warmAndTime(url, child.pid!);
    } finally {
      exitCode = await stop(child);
      if (exitCode !== 0) console.error(`serve exited with ${exitCode}:\n${log()}`);
    }
    // After the graceful stop the last batch is written: the database is the whole truth.
    const db = new Database(database, { readonly: true });
    const counters = db.prepare('select site_id, counter, count from report_counts order by site_id, counter').all() as { site_id: string; counter: string; count: number }[];
    const { total } = db.prepare("select coalesce(sum(report_count), 0) as total from resources where site_id = 'shop'").get() as { total: number };
    db.close();
    const stored = counters.find((row) => row.site_id === 'shop' && row.counter === 'accepted')?.count ?? 0;
    const otherCounters = counters.filter((row) => !(row.site_id === 'shop' && row.counter === 'accepted')).map((row) => `${row.site_id || '(no site)'}/${row.counter}=${row.count}`).join(', ');
    return { load: result, acknowledged: result.acknowledged, stored, resourceReports: total, otherCounters, exitCode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const cpu = (cores: number): string => `${(100 * cores).toFixed(0)} %`;
const line = (label: string, run: Load, baseline?: Load): string => [
  `  ${label.padEnd(30)} ${run.rate.toFixed(0).padStart(6)} req/s${baseline ? `  ratio ${(run.rate / baseline.rate).toFixed(2)}` : ''}  p50 ${ms(run.p50)}  p99 ${ms(run.p99)}`,
  `    non-2xx ${run.non2xx}, errors ${run.errors} (timeouts ${run.timeouts}), statuses ${run.codes}; CPU: server ${cpu(run.serverCpu)}, load generator ${cpu(run.benchCpu)}`,
].join('\n');

console.log(`skimguard ingest benchmark: ${DURATION} s per server after ${WARMUP} s warm-up, ${CONNECTIONS} connections, ${bodies.length} distinct bodies (${(totalReports / bodies.length).toFixed(2)} reports per body), Node ${process.version}`);
console.log(`  note: the load generator (autocannon, in this process) and each server share this machine's ${availableParallelism()} cores; CPU is % of one core over the timed part`);
const baseline = await bare();
console.log(line('bare node:http + JSON.parse', baseline));
let failed = false;
for (const fsync of [false, true]) {
  const pass = await skimguard(fsync);
  console.log(line(fsync ? 'skimguard serve, fsync on' : 'skimguard serve (goal ≥ 0.70)', pass.load, baseline));
  const equal = pass.acknowledged === pass.stored && pass.stored === pass.resourceReports;
  failed ||= !equal || pass.exitCode !== 0;
  console.log(`    reports acknowledged (2xx) ${pass.acknowledged}, stored (report_counts accepted) ${pass.stored}, resources report_count sum ${pass.resourceReports}: ${equal ? 'equal' : 'DIFFERENT'}`);
  if (pass.otherCounters) console.log(`    other counters: ${pass.otherCounters}`);
}
process.exitCode = failed ? 1 : 0;
