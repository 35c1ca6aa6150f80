/**
 * Hand-written encoders for the wrapper-style obfuscation that skimmers use besides javascript-obfuscator: packer,
 * eval(atob), Function(String.fromCharCode), XOR loops and nested eval. Each returns a script that runs the same
 * code as its input (see the notes on scope below) and is deterministic, so the disk cache stays valid.
 */
import { createHash } from 'node:crypto';

/** Bump when an encoder's output changes, so cached outputs of the old version are not reused. */
export const ENCODERS_VERSION = '1';

/**
 * atob/btoa work on one byte per character. Characters above U+00FF are rewritten as \uXXXX escapes, which mean the
 * same character in string literals, templates (cooked value), identifiers, regular expressions and comments; the only
 * visible change is String.raw of a template. A backslash already escaping such a character (`"\€"`, an identity
 * escape) is dropped, since `\` followed by `\u20ac` would spell a backslash and the letters instead.
 */
export function escapeAboveLatin1(source: string): string {
  if (!/[\u0100-\uffff]/.test(source)) return source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code <= 0xff) {
      out += source[i];
      continue;
    }
    let backslashes = 0;
    while (backslashes < out.length && out[out.length - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) out = out.slice(0, -1);
    out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return out;
}

const base64 = (latin1: string): string => Buffer.from(latin1, 'latin1').toString('base64');

/** `eval(atob("..."))`: the most common one-layer wrapper in injected skimmers. */
export function evalBase64(source: string): string {
  return `eval(atob(${JSON.stringify(base64(escapeAboveLatin1(source)))}));\n`;
}

/** Every character as `%XX` (or `%uXXXX`), the form `unescape` reads back; loaders use it to hide all text. */
function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code <= 0xff ? `%${code.toString(16).padStart(2, '0').toUpperCase()}` : `%u${code.toString(16).padStart(4, '0').toUpperCase()}`;
  }
  return out;
}

/**
 * Three layers: eval(atob(eval(unescape(eval(atob(source)))))), written out as nested wrappers. Top-level direct eval
 * runs its text as global code, and so does a direct eval inside that text, so declarations stay global.
 */
export function nestedEval(source: string): string {
  const inner = `eval(atob(${JSON.stringify(base64(escapeAboveLatin1(source)))}));`;
  const middle = `eval(unescape(${JSON.stringify(percentEncode(inner))}));`;
  return `eval(atob(${JSON.stringify(base64(middle))}));\n`;
}

/** V8 refuses a call with more than 65535 literal arguments, so long texts are built from several calls. */
const CHAR_CODES_PER_CALL = 8192;

/**
 * `new Function(String.fromCharCode(...))()`. Unlike eval, the code runs as a function body, so its top-level `var`
 * and function declarations are local to that call rather than globals; scripts that only act (skimmers) or export
 * through `this`/`window` (UMD bundles) behave the same.
 */
export function functionFromCharCode(source: string): string {
  const calls: string[] = [];
  for (let start = 0; start < source.length; start += CHAR_CODES_PER_CALL) {
    const codes: number[] = [];
    for (let i = start; i < Math.min(source.length, start + CHAR_CODES_PER_CALL); i++) codes.push(source.charCodeAt(i));
    calls.push(`String.fromCharCode(${codes.join(',')})`);
  }
  return `new Function(${calls.length > 0 ? calls.join('+') : '""'})();\n`;
}

/** A key and helper names derived from the input, so that outputs differ per file but not per run. */
function digest(source: string): Buffer {
  return createHash('sha256').update(source).digest();
}

/**
 * A constant array of UTF-16 code units XORed with a repeating byte key, decoded in a loop and handed to eval. The
 * loop runs at top level (no wrapping function) so that eval is a direct eval in global scope, like the original.
 */
export function xorLoop(source: string): string {
  const hash = digest(source);
  const key = [...hash.subarray(0, 7)].map((byte) => byte | 1); // never 0: a zero byte would leave text in clear
  const data: number[] = [];
  for (let i = 0; i < source.length; i++) data.push(source.charCodeAt(i) ^ (key[i % key.length] as number));
  const tag = hash.subarray(7, 10).toString('hex');
  const [k, d, s, i] = ['k', 'd', 's', 'i'].map((name) => `_${name}${tag}`) as [string, string, string, string];
  return (
    `var ${k}=[${key.join(',')}],${d}=[${data.join(',')}],${s}="";\n` +
    `for(var ${i}=0;${i}<${d}.length;${i}++){${s}+=String.fromCharCode(${d}[${i}]^${k}[${i}%${k}.length]);}\n` +
    `eval(${s});\n`
  );
}

/** Digits of the packer's word codes: 0-9, a-z, then A-Z (the decoder maps 36..61 to String.fromCharCode(n + 29)). */
const BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function toBase62(n: number): string {
  let out = '';
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out;
}

/** A JavaScript single-quoted string literal for `text`, escaping what would end or break the literal. */
function singleQuoted(text: string): string {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (ch) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' })[ch] as string)}'`;
}

/**
 * The decoder that packed scripts carry, in the shape packer emits and tools recognize: e(c) spells word index c in
 * base a; with a working String.replace callback, every word of the payload is looked up in a dictionary in one pass.
 */
const PACKER_DECODER =
  "function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?String.fromCharCode(c+29):c.toString(36))};" +
  "if(!''.replace(/^/,String)){while(c--){d[e(c)]=k[c]||e(c)}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};" +
  "while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}";

/**
 * Dean Edwards' packer, "Base62 encode" mode: every run of word characters becomes the base-62 index of that word in
 * a keyword list ordered by frequency (so common words get short codes), and the decoder puts the words back before
 * eval. The dictionary lookup restores every code, so any word may sit at any index.
 */
export function packer(source: string): string {
  const counts = new Map<string, number>();
  for (const [word] of source.matchAll(/\w+/g)) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Most frequent first; ties keep first-appearance order (Map order), so the output is stable.
  const words = [...counts.entries()].map(([word, count], order) => ({ word, count, order })).sort((a, b) => b.count - a.count || a.order - b.order).map((entry) => entry.word);
  const codeOf = new Map(words.map((word, index) => [word, toBase62(index)]));
  const payload = source.replace(/\w+/g, (word) => codeOf.get(word) as string);
  return `eval(${PACKER_DECODER}(${singleQuoted(payload)},62,${words.length},${singleQuoted(words.join('|'))}.split('|'),0,{}))\n`;
}
