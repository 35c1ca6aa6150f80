/**
 * A cheap first look, over the text only, that decides whether a script goes through the deobfuscator at all.
 * The deobfuscator parses with Babel, several times slower than the analysis parser, so ordinary (even minified)
 * bundles must not pay for it; obfuscated ones carry marks that no minifier leaves.
 */

/** obfuscator.io's default names (`_0x3f2a1b`): a handful can be chance, dozens are the tool. */
const HEX_NAME = /_0x[0-9a-f]{4,}\b/y;
const MIN_HEX_NAMES = 10;
/** Hex escapes hiding ordinary text (unicodeEscapeSequence, hand-written droppers). */
const MIN_ESCAPE_SHARE = 0.02;
const MIN_ESCAPES = 20;

/**
 * Each mark has a plain substring that must be present before its pattern is tried: a regular expression that starts
 * with an alternation is tried at every position of a multi-megabyte bundle, while indexOf is not.
 */
const MARKS: readonly { name: string; needle: string; pattern: RegExp }[] = [
  // the string table's rotation: `a.push(a.shift())` / `a["push"](a["shift"]())`
  { name: 'string-array-rotation', needle: 'shift', pattern: /(?:\.push|\[\s*['"]push['"]\s*\])\(\s*[\w$]+(?:\.shift|\[\s*['"]shift['"]\s*\])\(\)\s*\)/ },
  { name: 'packer', needle: 'eval', pattern: /eval\s*\(\s*function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[dr]\s*\)/ },
  { name: 'decoded-eval', needle: '(', pattern: /\b(?:eval|Function)\s*\(\s*(?:window\.)?(?:atob|unescape|decodeURIComponent|escape|String\.fromCharCode)\s*\(/ },
  // The global eval only (also as window.eval / self.eval ...): a method of that name, like AngularJS's
  // `scope.$eval(expr)`, evaluates the framework's expressions, not code strings, and would send every AngularJS
  // bundle through the deobfuscator.
  { name: 'eval-of-variable', needle: 'eval', pattern: /(?:^|[^\w$.]|\b(?:window|self|globalThis|top|parent)\.)eval\s*\(\s*[\w$]+\s*\)/ },
  { name: 'jsfuck', needle: '[]', pattern: /^[\s[\]()!+;]{200,}$/ },
  { name: 'aaencode', needle: 'ﾟ', pattern: /ﾟωﾟﾉ\s*=|\(ﾟДﾟ\)\s*\[/ },
  { name: 'jjencode', needle: '~[]', pattern: /([\w$]+)\s*=\s*~\s*\[\s*\]\s*;\s*\1\s*=\s*\{\s*___\s*:/ },
];

/** The marks of obfuscation found in `source` (empty when it looks like ordinary code). */
export function obfuscationMarks(source: string): string[] {
  const marks: string[] = [];
  let hexNames = 0;
  for (let at = source.indexOf('_0x'); at >= 0 && hexNames < MIN_HEX_NAMES; at = source.indexOf('_0x', at + 3)) {
    HEX_NAME.lastIndex = at;
    const match = HEX_NAME.exec(source);
    if (match && match.index === at) hexNames++;
  }
  if (hexNames >= MIN_HEX_NAMES) marks.push('hex-identifiers');
  const enough = Math.max(MIN_ESCAPES, (source.length * MIN_ESCAPE_SHARE) / 4);
  let escapes = 0;
  for (let at = source.indexOf('\\x'); at >= 0 && escapes < enough; at = source.indexOf('\\x', at + 2)) {
    if (/^[0-9a-fA-F]{2}$/.test(source.slice(at + 2, at + 4))) escapes++;
  }
  if (escapes >= enough) marks.push('hex-escapes');
  for (const { name, needle, pattern } of MARKS) if (source.includes(needle) && pattern.test(source)) marks.push(name);
  return marks;
}
