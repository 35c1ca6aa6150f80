import * as t from '@babel/types';
import traverse, { type NodePath, type Binding } from '@babel/traverse';
import { generate } from '@babel/generator';
import { defineStep, type StepContext } from '../step.ts';
import { literalValue, NOT_LITERAL, replaceKeepingLocation, someNode, valueToNode } from '../babel.ts';

/** Fewest strings that make an array worth treating as a string table (real ones hold dozens to thousands). */
const MIN_TABLE_STRINGS = 2;
/** Decoder calls evaluated per sandbox run; one run per batch keeps the decoder's warm cache (rc4 keys). */
const CALLS_PER_BATCH = 5_000;
/**
 * A batch's time limit grows with its size: an rc4 decoder interpreted by QuickJS needs about a millisecond a call,
 * twice that on a loaded machine, so a fixed 2 s limit failed whole tables of the high-obfuscation preset (1,300
 * calls) whenever the machine was busy, and decoded nothing.
 */
const BATCH_BASE_MS = 2_000;
const BATCH_MS_PER_CALL = 3;
/**
 * Sandbox time one table may lose to runs that time out: bounds a decoder that loops forever (every batch would
 * time out) to one long run instead of one per batch and half-batch. The pure core has no clock, so only the limits
 * of runs that timed out, which they used up whole, are counted.
 */
const TABLE_SANDBOX_BUDGET_MS = 8_000;
/** Calls that ran out of time on their own: later rounds leave them be instead of losing the same time again. */
const hangingCalls = new WeakSet<t.Node>();

interface StringTable {
  /**
   * What builds the table, rotates it and defines its decoders, in source order: top-level statements, or for the
   * rotation, one expression of a top-level sequence (the obfuscator joins it with the program's own code as
   * `(rotate(T, 0x8a593), (function () { … })())`, so the whole statement is not setup).
   */
  setup: NodePath[];
  decoders: Binding[];
}

function isStringArray(node: t.Node | null | undefined): node is t.ArrayExpression {
  return t.isArrayExpression(node) && node.elements.length >= MIN_TABLE_STRINGS && node.elements.every((element) => t.isStringLiteral(element));
}

/** Whether the code under `path` reads `name` (property keys of the same spelling are not reads). */
function mentions(path: NodePath, name: string): boolean {
  return someNode(path.node, (node, parent, key) => t.isIdentifier(node) && node.name === name
    && !(parent && key === 'property' && t.isMemberExpression(parent) && !parent.computed)
    && !(parent && key === 'key' && t.isObjectProperty(parent) && !parent.computed));
}

/** Whether the code under `path` names both `push` and `shift` (as properties or strings): the rotation loop. */
function rotates(path: NodePath): boolean {
  let push = false;
  let shift = false;
  someNode(path.node, (node) => {
    const name = t.isStringLiteral(node) ? node.value
      : t.isMemberExpression(node) ? (t.isIdentifier(node.property) && !node.computed ? node.property.name : t.isStringLiteral(node.property) ? node.property.value : '')
        : '';
    if (name === 'push') push = true;
    if (name === 'shift') shift = true;
    return push && shift;
  });
  return push && shift;
}

/**
 * The rotation is a function run with the table itself as an argument: `(function (T, sum) { … }(_0x5d6c, 0x8a593))`,
 * possibly as `!function …` or one part of a sequence. A bundle's own wrapper (`!function (e, t) {…}(this, …)`)
 * also mentions the table and spells `push` and `shift` somewhere inside; taking it for the rotation removed the
 * whole program once the table was decoded.
 */
function isRotationCall(node: t.Node, tableName: string): boolean {
  let expression: t.Node = t.isExpressionStatement(node) ? node.expression : node;
  if (t.isUnaryExpression(expression)) expression = expression.argument;
  if (!t.isCallExpression(expression) || !(t.isFunctionExpression(expression.callee) || t.isArrowFunctionExpression(expression.callee))) return false;
  return expression.arguments.some((argument) => t.isIdentifier(argument, { name: tableName }));
}

/** Position of a setup part: its top-level statement's index, then its offset within that statement. */
function sourceOrder(body: readonly NodePath[], path: NodePath): number {
  const statement = path.find((ancestor) => ancestor.parentPath?.isProgram() === true) ?? path;
  return body.indexOf(statement) * 1e9 + (path.node.start ?? 0) - (statement.node.start ?? 0);
}

/**
 * Finds the string tables of javascript-obfuscator (obfuscator.io) and its look-alikes:
 * - the table: `function T() { const a = ["…", …]; T = function () { return a; }; return T(); }` (current
 *   versions) or `var a = ["…", …]` (older ones);
 * - the rotation: a top-level call that receives the table and a checksum and loops `a.push(a.shift())` until a sum
 *   of `parseInt(decoder(i))` matches (it changes the table's order, so it must run before any lookup);
 * - decoders: top-level functions that read the table (index minus an offset, optionally base64 or rc4 decoding
 *   with a per-call key).
 */
function findTables(program: NodePath<t.Program>): StringTable[] {
  const tables: StringTable[] = [];
  const body = program.get('body');
  for (const statement of body) {
    let tableName: string | null = null;
    if (statement.isFunctionDeclaration() && statement.node.id) {
      const declaresArray = statement.node.body.body.some((inner) => t.isVariableDeclaration(inner) && inner.declarations.some((declarator) => isStringArray(declarator.init)));
      if (declaresArray) tableName = statement.node.id.name;
    } else if (statement.isVariableDeclaration() && statement.node.declarations.length === 1) {
      const declarator = statement.node.declarations[0] as t.VariableDeclarator;
      if (t.isIdentifier(declarator.id) && isStringArray(declarator.init)) tableName = declarator.id.name;
    }
    if (!tableName) continue;
    const tableBinding = program.scope.getBinding(tableName);
    if (!tableBinding) continue;
    const setup: NodePath[] = [statement];
    const decoders: Binding[] = [];
    // Decoders read the table directly; wrappers of decoders are inlined by other steps, not run here.
    for (const other of body) {
      if (other === statement) continue;
      const functionName = other.isFunctionDeclaration() && other.node.id ? other.node.id.name
        : other.isVariableDeclaration() && other.node.declarations.length === 1 && t.isIdentifier(other.node.declarations[0]?.id) && t.isFunctionExpression(other.node.declarations[0]?.init) ? (other.node.declarations[0]?.id as t.Identifier).name
          : null;
      const params = other.isFunctionDeclaration() ? other.node.params.length : ((other.node as t.VariableDeclaration).declarations?.[0]?.init as t.FunctionExpression | undefined)?.params?.length ?? 0;
      if (functionName && params > 0 && mentions(other, tableName)) {
        const binding = program.scope.getBinding(functionName);
        if (binding) {
          decoders.push(binding);
          setup.push(other);
        }
      }
    }
    if (decoders.length === 0) continue;
    // The rotation: a top-level expression statement that hands the table to a `push(shift())` loop. Other
    // statements that use the table are the program's own and stay where they are.
    for (const other of body) {
      if (!other.isExpressionStatement() || setup.includes(other)) continue;
      const expression = other.get('expression');
      const parts: NodePath[] = expression.isSequenceExpression() ? expression.get('expressions') : [other];
      for (const part of parts) if (isRotationCall(part.node, tableName as string) && rotates(part)) setup.push(part);
    }
    setup.sort((a, b) => sourceOrder(body, a) - sourceOrder(body, b));
    tables.push({ setup, decoders });
  }
  return tables;
}

/** The text of a setup statement as the obfuscator wrote it (self-defending decoders test their own text). */
function setupText(path: NodePath, source: string): string {
  const { node } = path;
  if (typeof node.start === 'number' && typeof node.end === 'number' && !node.loc?.identifierName) {
    const text = source.slice(node.start, node.end);
    if (text.length > 0) return text;
  }
  return generate(node, { compact: true }).code;
}

interface PendingCall { path: NodePath<t.CallExpression>; text: string }

function pendingCalls(decoders: readonly Binding[]): PendingCall[] {
  const calls: PendingCall[] = [];
  for (const decoder of decoders) {
    for (const reference of decoder.referencePaths) {
      const call = reference.parentPath;
      if (!call?.isCallExpression() || call.node.callee !== reference.node) continue;
      if (!call.node.arguments.every((argument) => literalValue(argument) !== NOT_LITERAL)) continue;
      const args = call.node.arguments.map((argument) => JSON.stringify(literalValue(argument) ?? null));
      calls.push({ path: call, text: `${decoder.identifier.name}(${args.join(',')})` });
    }
  }
  return calls;
}

/** Replaces what it can of the table's pending calls; returns how many. */
function decodeTable(table: StringTable, context: StepContext): number {
  const sandbox = context.sandbox;
  if (!sandbox) return 0;
  const calls = pendingCalls(table.decoders).filter((call) => !hangingCalls.has(call.path.node) && !table.setup.some((statement) => call.path.isDescendant(statement)));
  if (calls.length === 0) return 0;
  let replaced = 0;
  const setup = table.setup.map((part) => setupText(part, context.source)).join(';\n');
  const batches: (typeof calls)[] = [];
  for (let first = 0; first < calls.length; first += CALLS_PER_BATCH) batches.push(calls.slice(first, first + CALLS_PER_BATCH));
  let allowance = TABLE_SANDBOX_BUDGET_MS;
  for (let batch = batches.shift(); batch; batch = batches.shift()) {
    // Each call is tried on its own: a decoder that throws for one index must not cost the others.
    const code = `${setup}\n;(function () { var out = []; ${batch.map((call) => `try { out.push([${call.text}]); } catch (e) { out.push(0); }`).join('\n')} return JSON.stringify(out); })()`;
    const timeMs = Math.min(allowance, BATCH_BASE_MS + BATCH_MS_PER_CALL * batch.length);
    if (timeMs <= 0) break;
    const outcome = sandbox.run(code, { timeMs });
    if (outcome.status === 'timeout') allowance -= timeMs;
    if (outcome.status === 'timeout' && batch.length > 1) {
      // Slower than expected, or one index that loops: the halves are tried on their own, within the allowance.
      const half = Math.ceil(batch.length / 2);
      batches.unshift(batch.slice(0, half), batch.slice(half));
      continue;
    }
    if (outcome.status === 'timeout') hangingCalls.add((batch[0] as (typeof calls)[number]).path.node);
    if (outcome.status !== 'ok') continue;
    let results: unknown[];
    try {
      results = JSON.parse(outcome.value) as unknown[];
    } catch {
      continue;
    }
    batch.forEach((call, index) => {
      const result = results[index];
      if (!Array.isArray(result) || result.length !== 1 || typeof result[0] !== 'string') return;
      replaceKeepingLocation(call.path, valueToNode(result[0]));
      context.changed();
      replaced++;
    });
  }
  return replaced;
}

/** Drops the table, its rotation and its decoders once no code outside them uses a decoder any more. */
function removeIfUnused(table: StringTable, context: StepContext): void {
  const outside = (binding: Binding): boolean => binding.referencePaths.some((reference) => !table.setup.some((statement) => reference.isDescendant(statement)));
  if (table.decoders.some(outside)) return;
  for (const statement of table.setup) {
    if (!statement.removed) statement.remove();
  }
  context.changed(table.setup.length);
}

/**
 * Replaces each call of a string-table decoder that has literal arguments (`_0x3f2a(0x1b4, "Xk#d")`) with the string
 * it returns. The table, its rotation and the decoder are run in the sandbox, from their original text, because
 * their exact behaviour (offset, rotation count, base64/rc4 variant, caching) varies between obfuscator versions
 * and options; re-implementing one version would miss the next. Aliases and wrapper functions around decoders are
 * inlined by inline-aliases and inline-proxy-functions, which expose more direct calls on the next round.
 */
export default defineStep({
  meta: { name: 'decode-string-arrays', description: 'evaluate string-table decoders (obfuscator.io) in the sandbox', safe: true },
  run(context) {
    let program: NodePath<t.Program> | null = null;
    traverse(context.ast, { Program(path) { program = path; path.stop(); } });
    if (!program) return;
    const tables = findTables(program);
    if (tables.length === 0) return;
    context.recognize('javascript-obfuscator');
    for (const table of tables) {
      if (decodeTable(table, context) === 0) {
        // Nothing replaced: the references the table was found with are still the tree's.
        removeIfUnused(table, context);
        continue;
      }
      // Bindings changed under the replacements; recount references before deciding what is unused.
      (program as NodePath<t.Program>).scope.crawl();
      const fresh = findTables(program).find((candidate) => candidate.setup[0]?.node === table.setup[0]?.node);
      if (fresh) removeIfUnused(fresh, context);
    }
  },
});
