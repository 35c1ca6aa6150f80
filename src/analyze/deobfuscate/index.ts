/**
 * The deobfuscator: turns what an obfuscator or packer shipped into the code that actually runs, readable and
 * re-parseable, so that obfuscation neither hides a skimmer from the analysis nor, by itself, condemns a benign
 * script. Steps (steps/*.ts, registered in steps/index.ts) run in order, repeatedly, until a round changes nothing
 * or a budget runs out; a script over budget is returned with what was recovered.
 *
 * Pure: no network, no disk. The two effects it needs come in as arguments: the sandbox that runs decoders
 * (sandbox.ts) and a clock for the time budget.
 */
import { parse } from '@babel/parser';
import traverse from '@babel/traverse';
import { generate } from '@babel/generator';
import type * as t from '@babel/types';
import type { Sandbox } from '../sandbox.ts';
import type { DeobfuscationStep, StepContext, Visitor } from './step.ts';
import { steps as defaultSteps } from './steps/index.ts';
import { LocationMap } from './location-map.ts';

/** Decoded layers (eval of eval of …) followed; real packers use a handful, more is a decompression-bomb pattern. */
export const MAX_LAYER_DEPTH = 10;
/** Rounds of all steps; each round must change something to earn the next, so this only stops ping-pong rewrites. */
export const MAX_ROUNDS = 25;
/** Output may grow to this many times the input plus MAX_GROWTH_SLACK: decoding layers grows code, bombs grow it without end. */
export const MAX_GROWTH_FACTOR = 10;
export const MAX_GROWTH_SLACK = 1024 * 1024;
/**
 * Time for one script (when a clock is given): beyond this the recovered part is returned, marked over budget. It
 * grows with the script, since every step walks the whole tree: an obfuscated 400 KB bundle needs 15-20 s of Babel
 * where a 10 KB skimmer needs a fraction of a second, and a fixed 10 s left such bundles with their strings still
 * encoded. The cap bounds what one hostile script can cost.
 */
export const DEOBFUSCATION_TIME_LIMIT_MS = 10_000;
export const DEOBFUSCATION_TIME_PER_KB_MS = 25;
export const DEOBFUSCATION_MAX_TIME_LIMIT_MS = 30_000;

/** The time budget for a script of `characters` characters. */
export function deobfuscationTimeLimit(characters: number): number {
  return Math.min(DEOBFUSCATION_MAX_TIME_LIMIT_MS, DEOBFUSCATION_TIME_LIMIT_MS + Math.floor(characters / 1024) * DEOBFUSCATION_TIME_PER_KB_MS);
}

export interface DeobfuscateOptions {
  /** Runs decoders that are code (rc4 string decoders, custom ciphers). Without it those steps do nothing. */
  sandbox?: Sandbox | null;
  /** A monotonic clock in ms, for the time budget; without one, only the round and size budgets apply. */
  now?: () => number;
  timeLimitMs?: number;
  steps?: readonly DeobfuscationStep[];
}

/**
 * `step_failed`: a step threw (a shape of code it did not expect). The rounds stop there and the tree as the
 * earlier rewrites left it is returned: a bug in one rewrite must not cost the analysis of the whole script.
 */
export type DeobfuscationStatus = 'ok' | 'over_budget' | 'parse_error' | 'step_failed';

export interface DeobfuscationResult {
  code: string;
  status: DeobfuscationStatus;
  /** Why the status is not `ok`. */
  error?: string;
  /** Changes per step name; only steps that changed something are listed. */
  changes: Record<string, number>;
  /** Steps among `changes` whose results rest on assumptions an attacker could break. */
  unsafe: string[];
  /** Encoders and obfuscators recognized in the input (e.g. "javascript-obfuscator", "packer", "jsfuck"). */
  recognized: string[];
  layers: number;
  rounds: number;
  /** Maps a position in `code` back to the input, where the code there came from the input. */
  locations: LocationMap;
}

const PARSE_OPTIONS = {
  sourceType: 'unambiguous',
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  errorRecovery: true,
} as const;

function parseProgram(code: string): t.File {
  return parse(code, PARSE_OPTIONS) as unknown as t.File;
}

/** Groups consecutive visitor steps so that each group costs one traversal. */
function groupSteps(list: readonly DeobfuscationStep[]): DeobfuscationStep[][] {
  const groups: DeobfuscationStep[][] = [];
  for (const step of list) {
    const last = groups[groups.length - 1];
    const mergeable = (candidate: DeobfuscationStep | undefined): boolean => Boolean(candidate?.create && !candidate.run && !candidate.meta.usesBindings);
    if (mergeable(step) && last && mergeable(last[0])) last.push(step);
    else groups.push([step]);
  }
  return groups;
}

export function deobfuscate(source: string, options: DeobfuscateOptions = {}): DeobfuscationResult {
  const sandbox = options.sandbox ?? null;
  const now = options.now;
  const started = now?.() ?? 0;
  const timeLimit = options.timeLimitMs ?? deobfuscationTimeLimit(source.length);
  const changes: Record<string, number> = {};
  const recognized = new Set<string>();
  let ast: t.File;
  try {
    ast = parseProgram(source);
  } catch (error) {
    return {
      code: source, status: 'parse_error', error: `the script does not parse: ${error instanceof Error ? error.message : String(error)}`,
      changes, unsafe: [], recognized: [], layers: 0, rounds: 0, locations: LocationMap.identity(),
    };
  }
  let layers = 0;
  let status: DeobfuscationStatus = 'ok';
  let error: string | undefined;
  const context = (name: string): StepContext => ({
    ast,
    source,
    sandbox,
    changed(n = 1) {
      if (n > 0) changes[name] = (changes[name] ?? 0) + n;
    },
    parseLayer(code) {
      try {
        return parseProgram(code).program.body;
      } catch {
        return null;
      }
    },
    layerDepth: () => layers,
    enterLayer() {
      if (layers >= MAX_LAYER_DEPTH) {
        status = 'over_budget';
        error = `more than ${MAX_LAYER_DEPTH} nested layers of decoded code; the deeper ones were left encoded`;
        return false;
      }
      layers++;
      return true;
    },
    recognize(what) {
      recognized.add(what);
    },
  });
  const total = (): number => Object.values(changes).reduce((sum, n) => sum + n, 0);
  const groups = groupSteps(options.steps ?? defaultSteps);
  let rounds = 0;
  traverse.cache.clear(); // trees of earlier calls
  let crawledAt = total();
  for (; rounds < MAX_ROUNDS; rounds++) {
    const before = total();
    for (const group of groups) {
      // Earlier steps replaced nodes: scopes and bindings are rebuilt from the current tree. Only then, though: on
      // a large bundle each rebuild is a full crawl, and most steps find nothing to change in ordinary code.
      if (total() !== crawledAt) {
        traverse.cache.clear();
        crawledAt = total();
      }
      try {
        if (group.length === 1 && group[0]?.run) {
          group[0].run(context(group[0].meta.name));
        } else {
          const visitors = group.map((step) => (step.create as (c: StepContext) => Visitor)(context(step.meta.name)));
          traverse(ast, visitors.length === 1 ? (visitors[0] as Visitor) : traverse.visitors.merge(visitors));
        }
      } catch (failure) {
        status = 'step_failed';
        error = `${group.map((step) => step.meta.name).join(', ')} failed: ${failure instanceof Error ? failure.message : String(failure)}; what was recovered before is shown`;
        break;
      }
      if (now && now() - started > timeLimit) {
        status = 'over_budget';
        error = `deobfuscation took longer than ${timeLimit / 1000} s; what was recovered so far is shown`;
        break;
      }
    }
    if (status !== 'ok') break;
    if (total() === before) break;
  }
  let output: ReturnType<typeof generate>;
  try {
    output = generate(ast, { jsescOption: { minimal: true }, comments: true, sourceMaps: true, sourceFileName: 'input.js' }, source);
  } catch (failure) {
    // Only a step that left a malformed tree gets here; the input is all that can be trusted.
    const reason = `the rewritten code could not be printed: ${failure instanceof Error ? failure.message : String(failure)}; the input is returned`;
    return { code: source, status: 'step_failed', error: reason, changes, unsafe: unsafeOf(changes, options.steps ?? defaultSteps), recognized: [...recognized].sort(), layers, rounds, locations: LocationMap.identity() };
  }
  if (output.code.length > source.length * MAX_GROWTH_FACTOR + MAX_GROWTH_SLACK) {
    status = 'over_budget';
    error = `decoded output grew to ${output.code.length} characters from ${source.length}; the input is returned`;
    return { code: source, status, error, changes, unsafe: unsafeOf(changes, options.steps ?? defaultSteps), recognized: [...recognized], layers, rounds, locations: LocationMap.identity() };
  }
  if (rounds === MAX_ROUNDS && status === 'ok') {
    status = 'over_budget';
    error = `still changing after ${MAX_ROUNDS} rounds; what was recovered so far is shown`;
  }
  return {
    code: output.code,
    status,
    ...(error ? { error } : {}),
    changes,
    unsafe: unsafeOf(changes, options.steps ?? defaultSteps),
    recognized: [...recognized].sort(),
    layers,
    rounds: rounds + (rounds < MAX_ROUNDS ? 1 : 0),
    locations: LocationMap.fromMappings(output.rawMappings ?? []),
  };
}

function unsafeOf(changes: Record<string, number>, list: readonly DeobfuscationStep[]): string[] {
  return list.filter((step) => !step.meta.safe && changes[step.meta.name]).map((step) => step.meta.name);
}

export { LocationMap };
export type { DeobfuscationStep, StepContext };
