/**
 * skimguard on one obfuscated file, as run in a child process (child.ts role `skimguard`): the deobfuscator alone,
 * for string recovery and its own time, then the analysis the way `skimguard scan` runs it (inspectSource with a
 * sandbox deobfuscates scripts that look obfuscated), scored by the model of the sample's fold.
 */
import { inspectSource, scoreInspection } from '../../src/analyze/pipeline.ts';
import { detectors } from '../../src/analyze/detectors/index.ts';
import { createSandbox, type Sandbox } from '../../src/analyze/sandbox.ts';
import { deobfuscate, type DeobfuscationResult } from '../../src/analyze/deobfuscate/index.ts';
import type { Model } from '../../src/analyze/score/model.ts';
import { indexOutput, recovered, type Expected } from './strings.ts';

export interface SkimguardCheck { expected: Expected[]; model: Model }

export interface SkimguardFile {
  found: number;
  unparsed: boolean;
  /** deobfuscate() threw; the obfuscated input then stands as its output. */
  failure?: string;
  status: DeobfuscationResult['status'] | 'threw';
  recognized: string[];
  deobfuscateMs: number;
  inspectMs: number;
  /** Null when the analysis threw (`inspectError`): counted as not flagged. */
  score: number | null;
  inspectError?: string;
  /** The analysis deobfuscated the file first (it showed marks of obfuscation). */
  deobfuscatedBeforeAnalysis: boolean;
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '';

export async function skimguardChecker(): Promise<(code: string, check: SkimguardCheck) => SkimguardFile> {
  const sandbox: Sandbox = await createSandbox();
  const now = (): number => performance.now();
  return (code, check) => {
    let result: DeobfuscationResult | null = null;
    let failure: string | undefined;
    const t0 = performance.now();
    try {
      result = deobfuscate(code, { sandbox, now });
    } catch (error) {
      failure = `threw ${firstLine(error)}`;
    }
    const deobfuscateMs = performance.now() - t0;
    const output = indexOutput(result?.code ?? code);

    const t1 = performance.now();
    let score: number | null = null;
    let inspectError: string | undefined;
    let deobfuscatedBeforeAnalysis = false;
    try {
      // The analysis deobfuscates exactly as above; it is handed that result instead of computing it twice.
      const inspection = inspectSource(code, detectors, { sandbox, now, ...(result ? { deobfuscated: result } : {}) });
      deobfuscatedBeforeAnalysis = inspection.deobfuscation !== undefined;
      score = scoreInspection(inspection, check.model).score;
    } catch (error) {
      inspectError = firstLine(error);
    }
    return {
      found: recovered(check.expected, output),
      unparsed: !output.parsed,
      ...(failure ? { failure } : {}),
      status: result?.status ?? 'threw',
      recognized: result?.recognized ?? [],
      deobfuscateMs,
      // What scan spends on the file: the deobfuscation (done once, above) and the analysis.
      inspectMs: deobfuscateMs + (performance.now() - t1),
      score,
      ...(inspectError ? { inspectError } : {}),
      deobfuscatedBeforeAnalysis,
    };
  };
}
