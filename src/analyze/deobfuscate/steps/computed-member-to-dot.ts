import * as t from '@babel/types';
import { isValidIdentifier } from '@babel/types';
import { defineStep } from '../step.ts';

/** `a["value"]` → `a.value`, `{"key": 1}` → `{key: 1}`: obfuscators hide every property name in a string. */
export default defineStep({
  meta: { name: 'computed-member-to-dot', description: 'turn constant computed property names into plain ones', safe: true },
  create(context) {
    return {
      'MemberExpression|OptionalMemberExpression'(path) {
        const node = path.node as t.MemberExpression;
        if (!node.computed || !t.isStringLiteral(node.property) || !isValidIdentifier(node.property.value, false)) return;
        node.property = t.identifier(node.property.value);
        (node as { computed: boolean }).computed = false;
        context.changed();
      },
      'ObjectProperty|ObjectMethod|ClassMethod|ClassProperty'(path) {
        const node = path.node as t.ObjectProperty;
        if (!t.isStringLiteral(node.key) || !isValidIdentifier(node.key.value, false)) return;
        if (node.key.value === '__proto__' || node.key.value === 'constructor') return; // the quoted forms mean something else
        node.key = t.identifier(node.key.value);
        node.computed = false;
        context.changed();
      },
    };
  },
});
