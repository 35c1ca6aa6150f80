import { dottedName, unwrap, type Node } from '../ast.ts';
import { defineDetector, visitNamed } from './detector.ts';

const SIZE_PAIRS = /outer(?:Width|Height)/;
const CONSOLE_METHODS = ['log', 'warn', 'error', 'info', 'debug', 'table', 'clear'];

// Skimmers hide from people who open the developer tools: they measure the window for a docked devtools panel,
// loop on `debugger`, or clear and silence the console.
export default defineDetector({
  meta: { id: 'anti-analysis', classes: ['magecart', 'cryptomining', 'malware'], severity: 'medium', description: 'devtools detection, debugger traps or console tampering' },
  create(context) {
    const reasons = new Map<string, Node>();
    return {
      DebuggerStatement(node) { if (!reasons.has('debugger statement')) reasons.set('debugger statement', node); },
      'BinaryExpression:-'(node) {
        const left = dottedName(node.left) ?? '';
        const right = dottedName(node.right) ?? '';
        if (SIZE_PAIRS.test(left) && /inner(?:Width|Height)/.test(right) && !reasons.has('devtools size check')) {
          reasons.set('devtools size check', node);
        }
      },
      'CallExpression:clear'(node) {
        const name = dottedName(node.callee);
        if ((name === 'console.clear' || name === 'window.console.clear') && !reasons.has('console.clear()')) reasons.set('console.clear()', node);
      },
      ...visitNamed('AssignmentExpression', CONSOLE_METHODS, (node) => {
        const left = unwrap(node.left);
        if (left.type !== 'MemberExpression') return;
        const object = dottedName(left.object);
        if (object === 'console' || object === 'window.console') {
          if (!reasons.has('console method replaced')) reasons.set('console method replaced', node);
        }
      }),
      finish() {
        if (reasons.size === 0) return;
        const [first] = reasons.values();
        if (!first) return;
        // Replacing console methods alone is what logging and session-replay SDKs do to capture logs.
        const onlyConsole = reasons.size === 1 && reasons.has('console method replaced');
        context.report({ node: first, severity: reasons.size >= 2 ? 'high' : onlyConsole ? 'low' : 'medium', message: `anti-analysis: ${[...reasons.keys()].join(', ')}` });
      },
    };
  },
});
