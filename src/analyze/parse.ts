/**
 * Parsing: oxc (native, ESTree via raw transfer) first, then acorn-loose when the strict parse fails.
 * Skimmers are often truncated or deliberately malformed so that strict tooling gives up on them; the loose parser
 * recovers the statements it can and the caller keeps "did not parse strictly" as a signal.
 */
import { parseSync } from 'oxc-parser';
import { parse as looseParse } from 'acorn-loose';
import type { Node } from './ast.ts';

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
const MODULE_SYNTAX = /(?:^|[;}])[ \t]*(?:import[\s{*"']|export[\s{*])|\bimport\.meta\b/m;

function sourceTypesFor(source: string): [OxcSourceType, OxcSourceType] {
  return MODULE_SYNTAX.test(source) ? ['module', 'script'] : ['script', 'module'];
}

/** Parses with the fast strict parser only, as the pipeline's first attempt does; the benchmark's baseline. */
export function parseStrict(source: string): { program: Node; error: string | null } {
  return oxcParse(source, sourceTypesFor(source)[0]);
}

export function parseScript(source: string): ParseOutcome {
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
