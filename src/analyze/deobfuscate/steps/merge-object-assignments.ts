import * as t from '@babel/types';
import { defineStep } from '../step.ts';
import { memberName, someNode } from '../babel.ts';

function mentionsName(node: t.Node, name: string): boolean {
  return someNode(node, (inner) => t.isIdentifier(inner) && inner.name === name);
}

/** The key of a plain (non-computed, non-spread) property, or null. */
function plainKey(property: t.ObjectExpression['properties'][number]): string | null {
  if (!t.isObjectProperty(property) || property.computed) return null;
  return t.isIdentifier(property.key) ? property.key.name : t.isStringLiteral(property.key) ? property.key.value : null;
}

/**
 * The object literal an assignment target writes into and the key it writes: `o.k` writes into `o`'s literal, and
 * `o.a.k` into the literal `{}` that `o`'s literal holds under `a` (transformObjectKeys empties nested literals too).
 */
function literalTarget(target: t.MemberExpression, name: string, root: t.ObjectExpression): { object: t.ObjectExpression; key: string } | null {
  const key = memberName(target);
  if (key === null || key === '__proto__') return null;
  if (t.isIdentifier(target.object)) return target.object.name === name ? { object: root, key } : null;
  if (!t.isMemberExpression(target.object)) return null;
  const outer = literalTarget(target.object, name, root);
  if (!outer) return null;
  const holder = outer.object.properties.filter((property) => plainKey(property) === outer.key).pop();
  if (!holder || !t.isObjectProperty(holder) || !t.isObjectExpression(holder.value)) return null;
  return { object: holder.value, key };
}

/**
 * `const o = {}; o["a"] = 1; o["b"] = f;` → `const o = {a: 1, b: f};` (transformObjectKeys, and the way
 * control-flow flattening builds its proxy objects), also when the object is the last of several declarations and
 * for literals nested in it (`o.labels = {}; o.labels.de = "…"`). Only assignments that directly follow the
 * declaration, in order, whose values do not mention the object, so nothing runs in a different order.
 */
export default defineStep({
  meta: { name: 'merge-object-assignments', description: 'fold property assignments that follow an object literal into it', safe: true },
  create(context) {
    return {
      VariableDeclaration(path) {
        if (!(path.parentPath.isBlockStatement() || path.parentPath.isProgram())) return;
        // The last declarator: nothing else is evaluated between its literal and the statements that follow.
        const declarator = path.node.declarations[path.node.declarations.length - 1] as t.VariableDeclarator;
        if (!t.isIdentifier(declarator.id) || !t.isObjectExpression(declarator.init)) return;
        const name = declarator.id.name;
        const root = declarator.init;
        let merged = 0;
        for (let next = path.getSibling((path.key as number) + 1); next.node; next = path.getSibling((path.key as number) + 1)) {
          if (!next.isExpressionStatement()) break;
          const assignment = next.node.expression;
          if (!t.isAssignmentExpression(assignment) || assignment.operator !== '=' || !t.isMemberExpression(assignment.left)) break;
          const target = literalTarget(assignment.left, name, root);
          if (!target || mentionsName(assignment.right, name)) break;
          const { object, key } = target;
          // A key assigned twice keeps the last value, as the assignments would.
          const existing = object.properties.findIndex((property) => plainKey(property) === key);
          if (existing >= 0) object.properties.splice(existing, 1);
          object.properties.push(t.objectProperty(t.stringLiteral(key), assignment.right));
          next.remove();
          merged++;
        }
        context.changed(merged);
      },
    };
  },
});
