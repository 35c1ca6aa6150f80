import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { defineDetector, visitNamed } from './detector.ts';

// A loader that deletes its own <script> element leaves nothing for a DOM inspection to find.
export default defineDetector({
  meta: { id: 'self-removal', classes: ['magecart', 'cryptomining', 'malware'], severity: 'medium', description: 'the script removes its own script element' },
  create(context) {
    let done = false;
    return {
      ...visitNamed('CallExpression', ['remove', 'removeChild'], (node) => {
        if (done) return;
        const callee = unwrap(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        const objectName = dottedName(callee.object) ?? '';
        const argumentName = dottedName((node.arguments as Node[])[0] ?? callee) ?? '';
        const own = /currentScript/.test(objectName) || /currentScript/.test(argumentName);
        if (own) {
          done = true;
          context.report({ node, message: `the running script removes itself (${objectName || 'node'}.${method})` });
        }
      }),
    };
  },
});
