/** `skimguard deobfuscate <file|url> [--stats] [--allow-private]` */
import { parseArgs } from 'node:util';
import { deobfuscate, type DeobfuscationResult } from '../../analyze/deobfuscate/index.ts';
import { steps } from '../../analyze/deobfuscate/steps/index.ts';
import { createSandbox } from '../../analyze/sandbox.ts';
import { collectTargets } from '../targets.ts';
import { UsageError, type CommandIo } from '../io.ts';

export const deobfuscateUsage = `usage: skimguard deobfuscate <file|url> [--stats] [--allow-private]

Prints the code a script actually runs: string tables decoded, proxies inlined, control flow unflattened, dead
branches and anti-debugging guards removed, eval/Function/packer layers unpacked. The output is JavaScript that
parses again. Decoders that are code run in a WebAssembly sandbox with no access to this machine.
  --stats   also print, on stderr, what was recognized and how often each step changed something
Exit code: 0 printed, 2 usage or I/O error.`;

function formatStats(target: string, result: DeobfuscationResult, sandboxCounts: Record<string, number>): string {
  const lines = [`${target}: ${result.status}${result.error ? ` (${result.error})` : ''}`];
  lines.push(`  recognized: ${result.recognized.length > 0 ? result.recognized.join(', ') : 'nothing'}`);
  lines.push(`  rounds: ${result.rounds}, layers unpacked: ${result.layers}, sandbox runs: ${Object.entries(sandboxCounts).map(([status, n]) => `${status} ${n}`).join(', ')}`);
  const safety = new Map(steps.map((step) => [step.meta.name, step.meta.safe]));
  const changed = Object.entries(result.changes).sort((a, b) => b[1] - a[1]);
  if (changed.length === 0) lines.push('  no step changed anything');
  for (const [name, count] of changed) lines.push(`  ${String(count).padStart(7)}  ${name}${safety.get(name) === false ? '  (unsafe: rests on an assumption, see docs/deobfuscation.md)' : ''}`);
  return `${lines.join('\n')}\n`;
}

export async function deobfuscateCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      stats: { type: 'boolean', default: false },
      'allow-private': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${deobfuscateUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('deobfuscate takes exactly one file or URL');
  const sandbox = await createSandbox();
  let failed = false;
  let count = 0;
  for await (const target of collectTargets(positionals, { fetch: { allowPrivate: values['allow-private'] } })) {
    count++;
    if (target.status || target.source === undefined) {
      io.stderr(`skimguard: ${target.target}: ${target.error ?? target.status ?? 'cannot read'}\n`);
      failed = true;
      continue;
    }
    const before = { ...sandbox.counts };
    const result = deobfuscate(target.source, { sandbox, now: () => performance.now() });
    // An HTML page holds several scripts: say which one each block of output is.
    if (count > 1 || target.origin) io.stdout(`// ---- ${target.target} ----\n`);
    io.stdout(result.code.endsWith('\n') ? result.code : `${result.code}\n`);
    const runs = Object.fromEntries(Object.entries(sandbox.counts).map(([status, n]) => [status, n - (before[status as keyof typeof before] ?? 0)]));
    if (values.stats) io.stderr(formatStats(target.target, result, runs));
    else if (result.status !== 'ok') io.stderr(`skimguard: ${target.target}: ${result.error ?? result.status}\n`);
  }
  return failed ? 2 : 0;
}
