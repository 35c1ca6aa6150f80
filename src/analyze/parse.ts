/**
 * Parsing: oxc (native, ESTree via raw transfer) first, then acorn-loose when the strict parse fails.
 * Skimmers are often truncated or deliberately malformed so that strict tooling gives up on them; the loose parser
 * recovers the statements it can and the caller keeps "did not parse strictly" as a signal.
 */
import { parseSync } from 'oxc-parser';
import { parse as looseParse } from 'acorn-loose';
import type { Node } from './ast.ts';
import { SkimguardError } from '../errors.ts';

export interface ParseOutcome {
  program: Node;
  /** True when a strict parser accepted the whole file. */
  strict: boolean;
  /** First strict-parser error, for the human sentence in `parse_error` results. */
  error: string | null;
  parser: 'oxc' | 'acorn-loose';
}

type OxcSourceType = 'script' | 'module';

function oxcParse(source: string, sourceType: OxcSourceType): { program: Node; error: string | null } {
  // `experimentalRawTransfer` (Node >= 22) hands over the AST through shared memory instead of JSON: the fastest
  // ESTree path measured here. It is missing from the package's option types, hence the cast.
  const options = { sourceType, lang: 'js', preserveParens: false, experimentalRawTransfer: true } as Parameters<typeof parseSync>[2];
  const result = parseSync('input.js', source, options);
  const first = result.errors[0];
  return { program: result.program as unknown as Node, error: first ? first.message : null };
}

/**
 * A statement starting with `import` or `export` (not `import(`), or `import.meta`: the file is most likely an ES
 * module, so it is parsed as one first. Guessing right matters on bundles: a wrong first guess costs a whole extra
 * parse. Minified modules put `export{…}` after a `;` or `}` rather than at a line start.
 */
export function looksLikeModule(source: string): boolean {
  // Scanned with indexOf rather than one regular expression (`(?:^|[;}])[ \t]*(?:import[\s{*"']|export[\s{*])|
  // \bimport\.meta\b`), which tries to match at every position of a multi-megabyte bundle: that was a visible share
  // of the analysis of a large file.
  for (const keyword of ['import', 'export']) {
    for (let at = source.indexOf(keyword); at >= 0; at = source.indexOf(keyword, at + keyword.length)) {
      const next = source.charAt(at + keyword.length);
      if (keyword === 'import' && !isWordChar(source.charAt(at - 1)) && source.startsWith('.meta', at + 6) && !isWordChar(source.charAt(at + 11))) return true;
      if (!(keyword === 'import' ? /^[\s{*"']$/ : /^[\s{*]$/).test(next)) continue;
      let before = at - 1;
      while (before >= 0 && (source[before] === ' ' || source[before] === '\t')) before--;
      if (before < 0 || /^[;}\n\r\u2028\u2029]$/.test(source.charAt(before))) return true;
    }
  }
  return false;
}

function isWordChar(char: string): boolean {
  return /^\w$/.test(char);
}

function sourceTypesFor(source: string): [OxcSourceType, OxcSourceType] {
  return looksLikeModule(source) ? ['module', 'script'] : ['script', 'module'];
}

/** Parses with the fast strict parser only, as the pipeline's first attempt does; the benchmark's baseline. */
export function parseStrict(source: string): { program: Node; error: string | null } {
  return oxcParse(source, sourceTypesFor(source)[0]);
}

/**
 * Deepest bracket nesting allowed before parsing. The native parser recurses on the thread's stack and crashes the
 * whole process (a segmentation fault, not an exception) on a few thousand nested functions in the main thread, or
 * on deeply nested template literals even in the analysis worker's large stack: a hostile script could stop a scan
 * with forty kilobytes of backticks. Real code nests a few dozen levels; past this limit the script is reported as
 * too deep to analyse before any parser sees it.
 */
export const MAX_NESTING = 2000;

/**
 * The deepest nesting of parentheses, brackets, braces and template substitutions, outside strings and comments,
 * or the first depth past `limit`. Regular expression literals are read as code (an unbalanced `/\(/` counts one
 * level), which only errs towards deeper. Written by hand: no package answers this without a full tokenizer, and a
 * full tokenizer is the recursion being guarded against.
 */
export function nestingDepth(source: string, limit: number = MAX_NESTING): number {
  const length = source.length;
  // depths at which open template substitutions (`${`) started: their `}` returns to template text
  const substitutions: number[] = [];
  let depth = 0;
  let deepest = 0;
  let i = 0;
  const openLevel = (): boolean => {
    depth++;
    if (depth > deepest) deepest = depth;
    return deepest > limit;
  };
  // Skips template text from `i` to its closing backtick, or into a substitution (true).
  const templateText = (): boolean => {
    while (i < length) {
      const c = source.charCodeAt(i);
      if (c === 0x5c) i += 2; // backslash escape
      else if (c === 0x60) { i++; return false; }
      else if (c === 0x24 && source.charCodeAt(i + 1) === 0x7b) { i += 2; return true; }
      else i++;
    }
    return false;
  };
  while (i < length) {
    const c = source.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) { // ( [ {
      i++;
      if (openLevel()) return deepest;
    } else if (c === 0x29 || c === 0x5d) { // ) ]
      i++;
      if (depth > 0) depth--;
    } else if (c === 0x7d) { // }
      i++;
      if (substitutions.length > 0 && substitutions[substitutions.length - 1] === depth) {
        substitutions.pop();
        depth--;
        if (templateText()) { if (openLevel()) return deepest; substitutions.push(depth); }
      } else if (depth > 0) depth--;
    } else if (c === 0x60) { // `
      i++;
      if (templateText()) { if (openLevel()) return deepest; substitutions.push(depth); }
    } else if (c === 0x22 || c === 0x27) { // " '
      i++;
      while (i < length) {
        const d = source.charCodeAt(i);
        if (d === 0x5c) i += 2;
        else { i++; if (d === c || d === 0x0a) break; } // an unterminated string ends with its line
      }
    } else if (c === 0x2f && source.charCodeAt(i + 1) === 0x2f) { // line comment
      const end = source.indexOf('\n', i);
      i = end < 0 ? length : end;
    } else if (c === 0x2f && source.charCodeAt(i + 1) === 0x2a) { // block comment
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? length : end + 2;
    } else i++;
  }
  return deepest;
}

export function parseScript(source: string): ParseOutcome {
  if (source.length > MAX_NESTING && nestingDepth(source) > MAX_NESTING) {
    throw new SkimguardError('SG_TOO_LARGE', `the script nests brackets more than ${MAX_NESTING} levels deep, too deep to analyse`);
  }
  // Browsers load both scripts and modules; sloppy-mode code (octal escapes, `with`) fails as a module, and
  // `import`/`export` or top-level await fail as a script.
  const [first, second] = sourceTypesFor(source);
  const firstTry = oxcParse(source, first);
  if (firstTry.error === null) return { program: firstTry.program, strict: true, error: null, parser: 'oxc' };
  const secondTry = oxcParse(source, second);
  if (secondTry.error === null) return { program: secondTry.program, strict: true, error: null, parser: 'oxc' };
  const program = looseParse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true }) as unknown as Node;
  const scriptError = first === 'script' ? firstTry.error : secondTry.error;
  return { program, strict: false, error: scriptError, parser: 'acorn-loose' };
}
