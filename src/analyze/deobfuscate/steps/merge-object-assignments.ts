import * as t from '@babel/types';
import { defineStep } from '../step.ts';
import { memberName, someNode } from '../babel.ts';

function mentionsName(node: t.Node, name: string): boolean {
  return someNode(node, (inner) => t.isIdentifier(inner) && inner.name === name);
}

/**
 * `const o = {}; o["a"] = 1; o["b"] = f;` → `const o = {a: 1, b: f};` (transformObjectKeys, and the way
 * control-flow flattening builds its proxy objects). Only assignments that directly follow the declaration, in
 * order, whose values do not mention the object, so nothing runs in a different order.
 */
export default defineStep({
  meta: { name: 'merge-object-assignments', description: 'fold property assignments that follow an object literal into it', safe: true },
  create(context) {
    return {
      VariableDeclaration(path) {
        if (path.node.declarations.length !== 1 || !(path.parentPath.isBlockStatement() || path.parentPath.isProgram())) return;
        const declarator = path.node.declarations[0] as t.VariableDeclarator;
        if (!t.isIdentifier(declarator.id) || !t.isObjectExpression(declarator.init)) return;
        const name = declarator.id.name;
        const object = declarator.init;
        let merged = 0;
        for (let next = path.getSibling((path.key as number) + 1); next.node; next = path.getSibling((path.key as number) + 1)) {
          if (!next.isExpressionStatement()) break;
          const assignment = next.node.expression;
          if (!t.isAssignmentExpression(assignment) || assignment.operator !== '=' || !t.isMemberExpression(assignment.left)) break;
          const target = assignment.left;
          const key = memberName(target);
          if (!t.isIdentifier(target.object) || target.object.name !== name || key === null || key === '__proto__') break;
          if (mentionsName(assignment.right, name)) break;
          // A key assigned twice keeps the last value, as the assignments would.
          const existing = object.properties.findIndex((property) => t.isObjectProperty(property) && !property.computed && (t.isIdentifier(property.key) ? property.key.name : t.isStringLiteral(property.key) ? property.key.value : null) === key);
          const property = t.objectProperty(t.stringLiteral(key), assignment.right);
          if (existing >= 0) object.properties.splice(existing, 1);
          object.properties.push(property);
          next.remove();
          merged++;
        }
        context.changed(merged);
      },
    };
  },
});
