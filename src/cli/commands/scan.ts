/** `skimguard scan <file|dir|url>... [--json] [--threshold N] [--allow-private]` */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { AnalysisResult, EvidenceItem } from '../../analyze/pipeline.ts';
import { Analyzer } from '../analyzer.ts';
import { collectTargets, type ScriptTarget } from '../targets.ts';
import { UsageError, type CommandIo } from '../io.ts';

export const DEFAULT_THRESHOLD = 50;

export type ScanStatus = 'analyzed' | 'parse_error' | 'too_large' | 'timeout' | 'not_javascript' | 'fetch_failed';

export interface ScanRecord {
  target: string;
  sha256: string | null;
  bytes: number;
  status: ScanStatus;
  score: number | null;
  malicious: boolean;
  threshold: number;
  scores: AnalysisResult['scores'] | null;
  evidence: { kind: string; line: number; column: number; message: string; severity: string; detector: string; snippet?: string }[];
  error?: string;
}

export const scanUsage = `usage: skimguard scan <file|dir|url>... [--json] [--threshold N] [--allow-private]

Classifies scripts (.js .mjs .cjs; HTML pages: every inline and linked script) and prints the JS integrity
score: 1 = definitely malicious, 99 = definitely benign; below the threshold (default ${DEFAULT_THRESHOLD}) is malicious.
Exit code: 0 nothing malicious, 1 something malicious, 2 usage or I/O error.`;

/** Evidence positions in the file the user gave: inline scripts are shifted to their place in the page. */
function evidenceOf(items: readonly EvidenceItem[], origin: ScriptTarget['origin']): ScanRecord['evidence'] {
  return items.map((item) => ({
    kind: item.kind,
    line: origin ? origin.line + item.line - 1 : item.line,
    column: origin && item.line === 1 ? origin.column + item.column - 1 : item.column, message: item.message, severity: item.severity, detector: item.detector,
    ...(item.snippet ? { snippet: item.snippet } : {}),
  }));
}

function failedRecord(target: ScriptTarget, threshold: number, status: ScanStatus, error: string): ScanRecord {
  return { target: target.target, sha256: null, bytes: target.bytes, status, score: null, malicious: false, threshold, scores: null, evidence: [], error };
}

function formatHuman(record: ScanRecord): string {
  const score = record.score === null ? '  -' : String(record.score).padStart(3);
  const verdict = record.status !== 'analyzed' && record.status !== 'parse_error' ? record.status : record.malicious ? 'MALICIOUS' : 'ok';
  const lines = [`${score}  ${verdict.padEnd(14)} ${record.target}`];
  if (record.error) lines.push(`       ${record.error}`);
  if (record.scores && record.malicious) lines.push(`       scores: magecart ${record.scores.magecart}, cryptomining ${record.scores.cryptomining}, malware ${record.scores.malware}`);
  if (record.malicious) {
    for (const item of record.evidence.slice(0, 6)) {
      lines.push(`       line ${item.line}:${item.column}  [${item.severity}] ${item.message}`);
      if (item.snippet) lines.push(`         ${item.snippet}`);
    }
  }
  return lines.join('\n');
}

export async function scanCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      threshold: { type: 'string' },
      'allow-private': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${scanUsage}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('scan needs at least one file, directory or URL');
  let threshold = DEFAULT_THRESHOLD;
  if (values.threshold !== undefined) {
    threshold = Number(values.threshold);
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > 99) throw new UsageError(`--threshold must be an integer from 1 to 99, got "${values.threshold}"`);
  }
  const analyzer = new Analyzer(io.analysisTimeoutMs);
  let malicious = false;
  let ioError = false;
  let count = 0;
  try {
    for await (const target of collectTargets(positionals, { fetch: { allowPrivate: values['allow-private'] } })) {
      count++;
      if (io.isTty && !values.json) io.progress(`scanning ${count}: ${target.target}`);
      let record: ScanRecord;
      if (target.status === 'missing') {
        ioError = true;
        record = failedRecord(target, threshold, 'fetch_failed', target.error ?? 'cannot read');
      } else if (target.status || target.source === undefined) {
        record = failedRecord(target, threshold, target.status === 'too_large' ? 'too_large' : target.status === 'not_javascript' ? 'not_javascript' : 'fetch_failed', target.error ?? '');
      } else {
        const outcome = await analyzer.analyze(target.source);
        const sha256 = createHash('sha256').update(target.source).digest('hex');
        if (!outcome.ok) {
          record = { ...failedRecord(target, threshold, outcome.reason === 'too_large' ? 'too_large' : 'timeout', outcome.error), sha256 };
        } else {
          const result = outcome.result;
          record = {
            target: target.target, sha256, bytes: target.bytes,
            status: result.strict ? 'analyzed' : 'parse_error',
            score: result.score, malicious: result.score < threshold, threshold, scores: result.scores,
            evidence: evidenceOf(result.evidence, target.origin),
            ...(result.strict ? {} : { error: `the script does not parse (${result.parseError ?? 'syntax error'}); scored from what a tolerant parser recovered` }),
          };
        }
      }
      malicious ||= record.malicious;
      if (values.json) {
        io.stdout(`${JSON.stringify(record)}\n`);
      } else {
        if (io.isTty) io.progress('');
        io.stdout(`${formatHuman(record)}\n`);
      }
    }
  } finally {
    await analyzer.close();
  }
  if (ioError) return 2;
  return malicious ? 1 : 0;
}
