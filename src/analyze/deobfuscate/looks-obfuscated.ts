/**
 * A cheap first look, over the text only, that decides whether a script goes through the deobfuscator at all.
 * The deobfuscator parses with Babel, several times slower than the analysis parser, so ordinary (even minified)
 * bundles must not pay for it; obfuscated ones carry marks that no minifier leaves.
 */

/** obfuscator.io's default names (`_0x3f2a1b`): a handful can be chance, dozens are the tool. */
const HEX_NAME = /\b_0x[0-9a-f]{4,}\b/g;
const MIN_HEX_NAMES = 10;
/** Hex escapes hiding ordinary text (unicodeEscapeSequence, hand-written droppers). */
const HEX_ESCAPE = /\\x[0-9a-fA-F]{2}/g;
const MIN_ESCAPE_SHARE = 0.02;

const MARKS: readonly { name: string; pattern: RegExp }[] = [
  // the string table's rotation: `a.push(a.shift())` / `a["push"](a["shift"]())`
  { name: 'string-array-rotation', pattern: /(?:\.push|\[\s*['"]push['"]\s*\])\(\s*[\w$]+(?:\.shift|\[\s*['"]shift['"]\s*\])\(\)\s*\)/ },
  { name: 'packer', pattern: /eval\s*\(\s*function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[dr]\s*\)/ },
  { name: 'decoded-eval', pattern: /\b(?:eval|Function)\s*\(\s*(?:window\.)?(?:atob|unescape|decodeURIComponent|escape|String\.fromCharCode)\s*\(/ },
  { name: 'eval-of-variable', pattern: /\beval\s*\(\s*[\w$]+\s*\)/ },
  { name: 'jsfuck', pattern: /^[\s[\]()!+;]{200,}$/ },
  { name: 'aaencode', pattern: /ﾟωﾟﾉ\s*=|\(ﾟДﾟ\)\s*\[/ },
  { name: 'jjencode', pattern: /([\w$]+)\s*=\s*~\s*\[\s*\]\s*;\s*\1\s*=\s*\{\s*___\s*:/ },
];

/** The marks of obfuscation found in `source` (empty when it looks like ordinary code). */
export function obfuscationMarks(source: string): string[] {
  const marks: string[] = [];
  let hexNames = 0;
  for (HEX_NAME.lastIndex = 0; HEX_NAME.exec(source) !== null && hexNames < MIN_HEX_NAMES;) hexNames++;
  if (hexNames >= MIN_HEX_NAMES) marks.push('hex-identifiers');
  const escapes = source.match(HEX_ESCAPE)?.length ?? 0;
  if (escapes * 4 > source.length * MIN_ESCAPE_SHARE && escapes >= 20) marks.push('hex-escapes');
  for (const { name, pattern } of MARKS) if (pattern.test(source)) marks.push(name);
  return marks;
}
