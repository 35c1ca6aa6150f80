/**
 * The analysis pipeline for one script: parse → transforms (decode/normalize) → facts (scopes, bindings) →
 * sources and dataflow → detectors → features → scores. Constant code handed to eval/Function/setTimeout/
 * document.write/script.text is unpacked and analysed as a nested layer, whose findings count for the outer file.
 * Pure: no network, no disk, no clock; the model comes in as an argument.
 */
import { dottedName, propertyName, unwrap, type Node } from './ast.ts';
import { LineIndex } from './lines.ts';
import { SkimguardError } from '../errors.ts';
import { parseScript } from './parse.ts';
import { AnchorIndex } from './relevance.ts';
import { collectFacts, INDEXED_TYPES, namedNodes, nameOf, pushTo, type NamedType, type ProgramFacts } from './dataflow/facts.ts';
import { inlinePureHelpers } from './dataflow/inline-helpers.ts';
import { ElementOracle, findSources } from './dataflow/sources.ts';
import { propagate } from './dataflow/flow.ts';
import { constructedAs } from './dataflow/sinks.ts';
import { constantValue } from './dataflow/constants.ts';
import { detectors as allDetectors } from './detectors/index.ts';
import { NAMED_VISIT_TYPES, SCORE_CLASSES, type Detector, type DetectorVisitors, type Finding, type ScoreClass } from './detectors/detector.ts';
import { featuresFor, type FeatureVector } from './score/features.ts';
import { probability, toScore, type Model } from './score/model.ts';
import { deobfuscate, type DeobfuscationResult } from './deobfuscate/index.ts';
import { obfuscationMarks } from './deobfuscate/looks-obfuscated.ts';
import type { Sandbox } from './sandbox.ts';

/** Nested eval/Function layers followed; real packers use a handful, more is a decompression-bomb pattern. */
export const MAX_PAYLOAD_DEPTH = 10;
/** Total decoded payload text analysed per script, across all layers. */
export const MAX_PAYLOAD_BYTES = 8 * 1024 * 1024;
/** Scripts shorter than this are walked whole, without skipping functions (see relevance.ts). */
export const WALK_WHOLE_BELOW = 64 * 1024;
/** Payloads shorter than this cannot hold behaviour worth a layer (e.g. `eval("x")`). */
const MIN_PAYLOAD_LENGTH = 8;

export interface EvidenceItem {
  kind: 'flow' | 'behaviour';
  detector: string;
  classes: readonly ScoreClass[];
  severity: Finding['severity'];
  line: number;
  column: number;
  message: string;
  /** Set when the evidence sits in code decoded from a string: which layer and the decoded snippet. */
  layer?: number;
  snippet?: string;
}

export interface AnalysisResult {
  strict: boolean;
  parseError: string | null;
  score: number;
  scores: Record<ScoreClass, number>;
  evidence: EvidenceItem[];
  decodedLayers: number;
  transforms: Record<string, number>;
  /** True when a budget (passes, propagation steps, layers) ran out; the result covers what was analysed. */
  truncated: boolean;
  deobfuscation?: DeobfuscationSummary;
}

export interface AnalyzeOptions extends DeobfuscationOptions {
  model: Model;
  detectors?: readonly Detector[];
}

/**
 * Deobfuscation before analysis. Without a sandbox (undefined) scripts are analysed as written, as before this
 * stage existed; with one (or null, for the steps that need no sandbox), scripts that look obfuscated are
 * deobfuscated first and analysed as the code that runs.
 */
export interface DeobfuscationOptions {
  sandbox?: Sandbox | null;
  /** Clock for the deobfuscation time budget. */
  now?: () => number;
  /**
   * The deobfuscator's result for this very source, when the caller already has it (`npm run eval:deobfuscation`
   * times the deobfuscator on its own first); used only if the script shows marks of obfuscation, as always.
   */
  deobfuscated?: DeobfuscationResult;
}

/** What the deobfuscator did before the analysis, when it ran. */
export interface DeobfuscationSummary {
  marks: string[];
  status: DeobfuscationResult['status'];
  recognized: string[];
  changes: Record<string, number>;
  layers: number;
}

interface LayerOutput {
  /** `offset` is where the finding sits in the outermost source (for decoded layers: the call that runs them). */
  findings: { finding: Finding; line: number; column: number; offset: number; layer: number; snippet?: string }[];
  strict: boolean;
  parseError: string | null;
  layers: number;
  transforms: Record<string, number>;
  truncated: boolean;
}

interface Budget { bytes: number }

const EVALUATORS = new Set(['eval', 'window.eval', 'Function', 'window.Function', 'setTimeout', 'setInterval', 'execScript', 'window.setTimeout', 'window.setInterval']);
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)(?:<\/script\s*>|$)/gi;

/**
 * The code-running function a call invokes, if any: eval, Function, setTimeout/setInterval with a string, and
 * `anything.filter.constructor(code)` (a function's constructor is Function).
 */
function evaluatorName(call: Node): string | null {
  const name = dottedName(call.callee);
  if (name && EVALUATORS.has(name)) return name;
  const callee = unwrap(call.callee);
  if (callee.type === 'MemberExpression' && propertyName(callee) === 'constructor' && unwrap(callee.object).type === 'MemberExpression') return 'constructor';
  return null;
}

/** Last names of the calls that can run code or markup given as text (see evaluatorName and findPayloads). */
const PAYLOAD_CALL_NAMES = ['eval', 'Function', 'setTimeout', 'setInterval', 'execScript', 'constructor', 'write', 'writeln', 'insertAdjacentHTML', 'setAttribute'];

/** Constant code strings in the (already decoded) program, with the node that would run them. */
function findPayloads(facts: ProgramFacts): { node: Node; code: string }[] {
  const payloads: { node: Node; code: string }[] = [];
  const addInlineScripts = (node: Node, markup: string | null): void => {
    if (markup === null) return;
    for (const match of markup.matchAll(INLINE_SCRIPT)) {
      if (match[1] && match[1].trim().length > 0) payloads.push({ node, code: match[1] });
    }
  };
  for (const call of namedNodes(facts, ['CallExpression', 'NewExpression'], PAYLOAD_CALL_NAMES)) {
    const args = call.arguments as Node[];
    const name = evaluatorName(call);
    if (name) {
      const code = constantValue(name.endsWith('Function') || name.endsWith('constructor') ? args[args.length - 1] : args[0], facts);
      if (code !== null) payloads.push({ node: call, code });
      continue;
    }
    const callee = unwrap(call.callee);
    const method = callee.type === 'MemberExpression' ? propertyName(callee) : null;
    // `frame.setAttribute("srcdoc", markup)`: the frame runs the markup's scripts
    const srcdoc = method === 'setAttribute' && constantValue(args[0], facts)?.toLowerCase() === 'srcdoc';
    if (method === 'write' || method === 'writeln' || method === 'insertAdjacentHTML' || srcdoc) addInlineScripts(call, constantValue(args[args.length - 1], facts));
  }
  // `frame.srcdoc = markup` runs the markup's scripts; `script.text = code` runs the code
  for (const name of ['srcdoc', 'text', 'textContent', 'innerHTML', 'innerText']) {
    for (const member of facts.membersByName.get(name) ?? []) {
      const assignment = member.parent as Node | null;
      if (assignment?.type !== 'AssignmentExpression' || assignment.left !== member) continue;
      const code = constantValue(assignment.right, facts);
      if (name === 'srcdoc') addInlineScripts(assignment, code);
      else if (code !== null && constructedAs(member.object, facts)?.kind === 'script') payloads.push({ node: assignment, code });
    }
  }
  return payloads.filter((payload) => payload.code.length >= MIN_PAYLOAD_LENGTH);
}

function runDetectors(program: Node, source: string, facts: ProgramFacts, list: readonly Detector[]): { findings: Finding[]; truncated: boolean } {
  const oracle = new ElementOracle(facts);
  const sources = findSources(facts, oracle);
  const result = propagate(facts, sources, source);
  const findings: Finding[] = [];
  const instances: { detector: Detector; visitors: DetectorVisitors }[] = list.map((detector) => ({
    detector,
    visitors: detector.create({
      source,
      facts,
      flows: result.flows,
      staged: result.staged,
      sources,
      report(report) {
        findings.push({
          detector: detector.meta.id,
          classes: detector.meta.classes,
          severity: report.severity ?? detector.meta.severity,
          node: report.node,
          message: report.message,
          ...(report.flow ? { flow: report.flow } : {}),
        });
      },
    }),
  }));
  // Merge the visitors so that every detector shares one pass over the indexed nodes.
  const byType = new Map<string, ((node: Node) => void)[]>();
  const named = new Map<string, Map<string, ((node: Node) => void)[]>>();
  const typeOrder = new Set<string>(); // types in the order detectors first ask for them
  for (const { visitors } of instances) {
    for (const [key, visit] of Object.entries(visitors)) {
      if (key === 'finish' || !visit) continue;
      const colon = key.indexOf(':');
      const type = colon < 0 ? key : key.slice(0, colon);
      if (!INDEXED_TYPES.has(type)) throw new Error(`a detector visits ${type} nodes, which the facts walk does not index`);
      typeOrder.add(type);
      if (colon < 0) {
        pushTo(byType, type, visit as (node: Node) => void);
        continue;
      }
      if (!NAMED_VISIT_TYPES.has(type)) throw new Error(`${type} nodes cannot be visited by name`);
      let names = named.get(type);
      if (!names) named.set(type, (names = new Map()));
      pushTo(names, key.slice(colon + 1), visit as (node: Node) => void);
    }
  }
  for (const type of typeOrder) {
    const visits = byType.get(type);
    if (visits) {
      for (const node of facts.byType.get(type) ?? []) {
        if (node.type !== type) continue; // rewritten in place after it was indexed (alias inlining)
        for (const visit of visits) visit(node);
      }
    }
    // Named visitors read the walk's lists by name rather than every node of the type (see ProgramFacts.byName),
    // put back in the walk's order whatever the names: detectors that keep the first of several hits then report
    // the same one however their names are listed.
    const names = named.get(type);
    if (!names) continue;
    const candidates = namedNodes(facts, [type as NamedType], names.keys());
    for (const node of candidates) for (const visit of names.get(nameOf(node) as string) as ((node: Node) => void)[]) visit(node);
  }
  for (const { visitors } of instances) visitors.finish?.();
  return { findings, truncated: result.exhausted };
}

function analyzeLayer(source: string, list: readonly Detector[], depth: number, budget: Budget): LayerOutput {
  const parsed = parseScript(source);
  // Skipping anchor-less functions keeps multi-megabyte bundles cheap; a small script is walked whole, so that a
  // handler with no telling name of its own (`function () { ship(collect()); }`) still connects what it calls.
  const anchors = source.length > WALK_WHOLE_BELOW ? new AnchorIndex(source) : undefined;
  let facts = collectFacts(parsed.program, { anchors });
  const inlined = inlinePureHelpers(facts);
  if (inlined.needsRewalk) {
    // Inlined constants open new folds (`d[r("dIyBtnemelEteg")]` → `d.getElementById`): walk once more.
    const counts = facts.transforms;
    facts = collectFacts(parsed.program, { anchors });
    for (const [name, count] of Object.entries(counts)) facts.transforms[name] = (facts.transforms[name] ?? 0) + count;
  }
  if (inlined.count > 0) facts.transforms['inline-pure-helpers'] = inlined.count;
  const { findings, truncated } = runDetectors(parsed.program, source, facts, list);
  let lineIndex: LineIndex | null = null;
  const lines = { locate: (offset: number) => (lineIndex ??= new LineIndex(source)).locate(offset) };
  const output: LayerOutput = {
    findings: findings.map((finding) => ({ finding, ...lines.locate(finding.node.start), offset: finding.node.start, layer: 0 })),
    strict: parsed.strict,
    parseError: parsed.error,
    layers: 0,
    transforms: { ...facts.transforms },
    truncated,
  };
  if (depth >= MAX_PAYLOAD_DEPTH) {
    output.truncated = true;
    return output;
  }
  for (const payload of findPayloads(facts)) {
    if (budget.bytes + payload.code.length > MAX_PAYLOAD_BYTES) {
      output.truncated = true;
      break;
    }
    budget.bytes += payload.code.length;
    let inner: LayerOutput;
    try {
      inner = analyzeLayer(payload.code, list, depth + 1, budget);
    } catch (error) {
      // A payload nested too deeply to parse must not take the outer script's findings down with it (an attacker
      // would append one to any skimmer): the layer is skipped and the result marked as partial.
      if (!(error instanceof SkimguardError && error.code === 'SG_TOO_LARGE')) throw error;
      output.truncated = true;
      continue;
    }
    const at = lines.locate(payload.node.start);
    output.layers = Math.max(output.layers, inner.layers + 1);
    output.truncated ||= inner.truncated;
    for (const [name, count] of Object.entries(inner.transforms)) output.transforms[name] = (output.transforms[name] ?? 0) + count;
    const innerLines = new LineIndex(payload.code);
    const innerSource = payload.code.split(/\r?\n/);
    for (const item of inner.findings) {
      const local = innerLines.locate(item.finding.node.start);
      output.findings.push({
        finding: item.finding,
        line: at.line,
        column: at.column,
        offset: payload.node.start,
        layer: item.layer + 1,
        snippet: item.snippet ?? `line ${local.line} of decoded code: ${innerSource[local.line - 1]?.trim().slice(0, 160) ?? ''}`,
      });
    }
  }
  return output;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Everything the analysis found, before scoring: what training and evaluation work from. */
export interface Inspection {
  findings: Finding[];
  /** Offset of each finding in the analysed source (parallel to `findings`). */
  offsets: number[];
  evidence: EvidenceItem[];
  strict: boolean;
  parseError: string | null;
  decodedLayers: number;
  transforms: Record<string, number>;
  truncated: boolean;
  deobfuscation?: DeobfuscationSummary;
}

/**
 * Runs the deobfuscator when asked to and the script shows marks of obfuscation; returns the code to analyse and how
 * to send positions in it back to the input. Exported for `npm run bench`, which times this stage on its own.
 */
export function deobfuscateForAnalysis(source: string, options: DeobfuscationOptions): { code: string; result: DeobfuscationResult | null; summary?: DeobfuscationSummary } {
  if (options.sandbox === undefined) return { code: source, result: null };
  const marks = obfuscationMarks(source);
  if (marks.length === 0) return { code: source, result: null };
  const result = options.deobfuscated ?? deobfuscate(source, { sandbox: options.sandbox, ...(options.now ? { now: options.now } : {}) });
  const summary: DeobfuscationSummary = { marks, status: result.status, recognized: result.recognized, changes: result.changes, layers: result.layers };
  // Nothing changed, or the output is no better than the input: analyse what was given.
  if (result.status === 'parse_error' || Object.keys(result.changes).length === 0) return { code: source, result: null, summary };
  return { code: result.code, result, summary };
}

export function inspectSource(source: string, detectors: readonly Detector[] = allDetectors, options: DeobfuscationOptions = {}): Inspection {
  const prepared = deobfuscateForAnalysis(source, options);
  let layer: LayerOutput;
  try {
    layer = analyzeLayer(prepared.code, detectors, 0, { bytes: 0 });
  } catch (error) {
    // The parsers' tree builders recurse; nesting deeper than the stack allows (thousands of levels, only seen in
    // generated or hostile code) is reported rather than crashing the caller. The CLI's worker has a larger stack.
    if (error instanceof RangeError) throw new SkimguardError('SG_TOO_LARGE', 'the script nests too deeply to analyse', { cause: error });
    throw error;
  }
  const readable = prepared.result ? prepared.code.split(/\r?\n/) : null;
  const evidence: EvidenceItem[] = layer.findings
    .map((item) => {
      let { line, column } = item;
      let snippet = item.snippet;
      if (prepared.result && readable) {
        // Positions are in the deobfuscated code: point at the input where the code came from, and show the
        // decoded line, which is what a reader can check.
        const decodedLine = `line ${line} of deobfuscated code: ${readable[line - 1]?.trim().slice(0, 160) ?? ''}`;
        const original = prepared.result.locations.locate(line, column);
        if (original) ({ line, column } = original);
        snippet = snippet ? `${decodedLine}; ${snippet}` : decodedLine;
      }
      return {
        kind: item.finding.flow ? ('flow' as const) : ('behaviour' as const),
        detector: item.finding.detector,
        classes: item.finding.classes,
        severity: item.finding.severity,
        line,
        column,
        message: item.finding.message,
        ...(item.layer > 0 ? { layer: item.layer } : {}),
        ...(snippet ? { snippet } : {}),
      };
    })
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line);
  return {
    findings: layer.findings.map((item) => item.finding),
    offsets: layer.findings.map((item) => item.offset),
    evidence,
    strict: layer.strict,
    parseError: layer.parseError,
    // Layers the deobfuscator unpacked count like layers the analysis unpacks (the model was trained on the latter).
    decodedLayers: layer.layers + (prepared.result?.layers ?? 0),
    transforms: layer.transforms,
    truncated: layer.truncated || prepared.summary?.status === 'over_budget',
    ...(prepared.summary ? { deobfuscation: prepared.summary } : {}),
  };
}

export function classFeatures(inspection: Inspection): Record<ScoreClass, FeatureVector> {
  const result = {} as Record<ScoreClass, FeatureVector>;
  for (const scoreClass of SCORE_CLASSES) {
    result[scoreClass] = featuresFor(scoreClass, { findings: inspection.findings, offsets: inspection.offsets, strict: inspection.strict, decodedLayers: inspection.decodedLayers });
  }
  return result;
}

export function scoreInspection(inspection: Inspection, model: Model): AnalysisResult {
  const features = classFeatures(inspection);
  const scores = {} as Record<ScoreClass, number>;
  for (const scoreClass of SCORE_CLASSES) scores[scoreClass] = toScore(probability(model, features[scoreClass]));
  return {
    strict: inspection.strict,
    parseError: inspection.parseError,
    score: Math.min(...Object.values(scores)),
    scores,
    evidence: inspection.evidence,
    decodedLayers: inspection.decodedLayers,
    transforms: inspection.transforms,
    truncated: inspection.truncated,
    ...(inspection.deobfuscation ? { deobfuscation: inspection.deobfuscation } : {}),
  };
}

export function analyzeSource(source: string, options: AnalyzeOptions): AnalysisResult {
  const deobfuscation: DeobfuscationOptions = { ...(options.sandbox !== undefined ? { sandbox: options.sandbox } : {}), ...(options.now ? { now: options.now } : {}) };
  return scoreInspection(inspectSource(source, options.detectors, deobfuscation), options.model);
}
