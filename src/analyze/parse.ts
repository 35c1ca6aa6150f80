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

/** Parses with the fast strict parser only; used by the benchmark as the raw-parse baseline. */
export function parseStrict(source: string): { program: Node; error: string | null } {
  return oxcParse(source, 'script');
}

export function parseScript(source: string): ParseOutcome {
  const asScript = oxcParse(source, 'script');
  if (asScript.error === null) return { program: asScript.program, strict: true, error: null, parser: 'oxc' };
  // Browsers also load modules; `import`/`export` or top-level await make a script parse fail.
  const asModule = oxcParse(source, 'module');
  if (asModule.error === null) return { program: asModule.program, strict: true, error: null, parser: 'oxc' };
  const program = looseParse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true }) as unknown as Node;
  return { program, strict: false, error: asScript.error, parser: 'acorn-loose' };
}
