import * as t from '@babel/types';
import { defineStep } from '../step.ts';

/**
 * `var k = "localStorage"; … window[k]` → `window["localStorage"]` (and then `window.localStorage`): a property name
 * kept in a constant hides which API is called from anything that reads names. Only keys (not every use of the
 * constant, which would copy long strings around), only constants that are never reassigned, and only where the
 * name still means that binding.
 */
export default defineStep({
  meta: { name: 'inline-constant-keys', description: 'put the value of a constant string used as a computed property name in its place', safe: true, usesBindings: true },
  create(context) {
    return {
      'MemberExpression|OptionalMemberExpression'(path) {
        const node = path.node as t.MemberExpression;
        if (!node.computed || !t.isIdentifier(node.property)) return;
        const binding = path.scope.getBinding(node.property.name);
        if (!binding?.constant || !binding.path.isVariableDeclarator()) return;
        const init = binding.path.node.init;
        if (!t.isStringLiteral(init)) return;
        node.property = t.stringLiteral(init.value);
        context.changed();
      },
    };
  },
});
