import * as t from '@babel/types';
import { generate } from '@babel/generator';
import { defineStep } from '../step.ts';
import { locateLayerAt } from '../babel.ts';
import { SANDBOX_PRELUDE } from './sandbox-prelude.ts';

/**
 * Encodings that build the Function constructor out of nothing and hand it the real program:
 * JSFuck (only `[]()!+`), aaencode (Japanese emoticons) and jjencode (`$=~[];$={___:++$,…}`). None has a call
 * site to read: the whole script is one expression that reaches `Function` through `(0).constructor.constructor`.
 */
const ENCODINGS: readonly { name: string; test: (source: string) => boolean }[] = [
  { name: 'jsfuck', test: (source) => source.length > 200 && /^[\s[\]()!+;]+$/.test(source) },
  { name: 'aaencode', test: (source) => /ﾟωﾟﾉ\s*=|\(ﾟДﾟ\)\s*\[/.test(source) },
  { name: 'jjencode', test: (source) => source.includes('~[]') && /([\w$]+)\s*=\s*~\s*\[\s*\]\s*;\s*\1\s*=\s*\{\s*___\s*:\s*\+\+\s*\1/.test(source) },
];

/**
 * Run in the sandbox: Function (reached through any constructor chain) records the code it is given instead of
 * compiling it, and returns a function that records what it is called with when the code was `return eval`
 * (JSFuck's eval mode). Nothing recorded is ever run.
 */
const CAPTURE = `
var __captured = [];
(function () {
  var record = function () {
    var code = String(arguments.length ? arguments[arguments.length - 1] : '');
    if (/^\\s*return\\s+eval\\s*;?\\s*$/.test(code)) return function (payload) { __captured.push(String(payload)); };
    __captured.push(code);
    return function () {};
  };
  Object.defineProperty(Function.prototype, 'constructor', { value: record, writable: true, configurable: true });
})();
`;

/**
 * Decodes JSFuck, aaencode and jjencode by running the script in the sandbox with the Function constructor
 * replaced by a recorder, then puts the recorded program in place of the script.
 */
export default defineStep({
  meta: { name: 'decode-self-running-encodings', description: 'recognize JSFuck, aaencode and jjencode and recover the program they carry', safe: true },
  run(context) {
    const program = context.ast.program;
    if (program.body.length === 0 || program.body.length > 12 || !program.body.every((statement) => t.isExpressionStatement(statement))) return;
    // After an earlier layer was unpacked the tree is no longer the input's text: print it.
    const source = program.body.every((statement) => typeof statement.start === 'number') ? context.source : generate(context.ast).code;
    const encoding = ENCODINGS.find((candidate) => candidate.test(source));
    if (!encoding) return;
    context.recognize(encoding.name);
    if (!context.sandbox) return;
    const outcome = context.sandbox.run(`${SANDBOX_PRELUDE}\n${CAPTURE}\ntry {\n${source}\n} catch (e) {}\nJSON.stringify(__captured)`);
    if (outcome.status !== 'ok') return;
    let captured: string[];
    try {
      captured = JSON.parse(outcome.value) as string[];
    } catch {
      return;
    }
    const code = captured.filter((text) => text.trim() !== '').join('\n;\n');
    if (code === '') return;
    const layer = context.parseLayer(code);
    if (!layer || !context.enterLayer()) return;
    const first = program.body[0] as t.Statement;
    locateLayerAt(layer, first);
    program.body = layer;
    context.changed();
  },
});
