import * as t from '@babel/types';
import { defineStep } from '../step.ts';

/**
 * `const r = _0x3f2a; … r(0x1b4)` → `_0x3f2a(0x1b4)`: obfuscator.io gives every function a local alias of the string
 * decoder, which hides the calls from decode-string-arrays. Only aliases that are never reassigned, of bindings that
 * are never reassigned, and only where the original name still means the same binding.
 */
export default defineStep({
  meta: { name: 'inline-aliases', description: 'replace constant aliases of functions and constants by the original name', safe: true, usesBindings: true },
  create(context) {
    return {
      VariableDeclarator(path) {
        const { id, init } = path.node;
        if (!t.isIdentifier(id) || !t.isIdentifier(init) || id.name === init.name) return;
        const alias = path.scope.getBinding(id.name);
        const target = path.scope.getBinding(init.name);
        if (!alias || !target || !alias.constant || !target.constant || alias.path !== path) return;
        if (!['hoisted', 'const', 'let', 'var', 'param'].includes(target.kind) || target.kind === 'param') return;
        let replaced = 0;
        for (const reference of [...alias.referencePaths]) {
          if (reference.scope.getBinding(init.name) !== target) continue;
          reference.replaceWith(t.identifier(init.name));
          replaced++;
        }
        if (replaced === alias.referencePaths.length) {
          path.remove();
          replaced++;
        }
        context.changed(replaced);
      },
    };
  },
});
