import * as t from '@babel/types';
import type { NodePath } from '@babel/traverse';
import { defineStep } from '../step.ts';
import { CopiedNames, inheritLocation, isDetached, isLiteral, memberName, propertyKeyName } from '../babel.ts';
import { expand, proxyBody } from './inline-proxy-functions.ts';

/**
 * Inlines the properties of objects that are only ever read: `const k = {a: "split", b: function (x, y) { return
 * x + y; }}; s[k.a]("|"); k.b(1, 2)` → `s["split"]("|"); 1 + 2`. Control-flow flattening and stringArrayCallsTransform
 * move literals and operators into such objects so that no single line shows them. An object that escapes (passed,
 * assigned to, enumerated) is left alone: its properties could change.
 */
export default defineStep({
  meta: { name: 'inline-constant-objects', description: 'inline literal and proxy-function properties of read-only objects', safe: true, usesBindings: true },
  create(context) {
    const copied = new CopiedNames();
    return {
      VariableDeclarator(path) {
        const { id, init } = path.node;
        if (!t.isIdentifier(id) || !t.isObjectExpression(init) || init.properties.length === 0) return;
        const binding = path.scope.getBinding(id.name);
        if (!binding || !binding.constant || binding.path !== path) return;
        const values = new Map<string, t.Expression>();
        for (const property of init.properties) {
          if (!t.isObjectProperty(property) || property.computed) return;
          const key = propertyKeyName(property);
          if (key === null || !t.isExpression(property.value)) return;
          const value = property.value;
          if (!(isLiteral(value) || ((t.isFunctionExpression(value) || t.isArrowFunctionExpression(value)) && t.isBlockStatement(value.body) && proxyBody(value)))) return;
          values.set(key, value);
        }
        const reads: { reference: NodePath; member: NodePath<t.MemberExpression>; key: string }[] = [];
        let unknownReads = 0;
        for (const reference of binding.referencePaths) {
          const member = reference.parentPath;
          if (!member?.isMemberExpression() || member.node.object !== reference.node) return;
          if (member.parentPath.isAssignmentExpression({ left: member.node }) || member.parentPath.isUpdateExpression() || member.parentPath.isUnaryExpression({ operator: 'delete' })) return;
          // A read under a key not (yet) known, e.g. one still behind a decoder call, is still only a read.
          const key = memberName(member.node);
          if (key === null || !values.has(key)) {
            unknownReads++;
            continue;
          }
          reads.push({ reference, member, key });
        }
        let replaced = 0;
        // Innermost first: `o.f(o.g(x))` expands `o.g` before `o.f`'s expansion copies its arguments.
        for (const { member, key } of [...reads].reverse()) {
          // A read an earlier expansion copied, or one inside code another step removed, is no longer in the tree.
          if (isDetached(member)) continue;
          const value = values.get(key) as t.Expression;
          if (isLiteral(value)) {
            const copy = t.cloneNode(value, true);
            inheritLocation(copy, member.node);
            member.replaceWith(copy);
            replaced++;
            continue;
          }
          const call = member.parentPath;
          if (!call.isCallExpression() || call.node.callee !== member.node) continue;
          const expanded = expand(call, path, proxyBody(value as t.Function) as NonNullable<ReturnType<typeof proxyBody>>);
          if (!expanded) continue;
          inheritLocation(expanded, call.node);
          copied.add(expanded);
          call.replaceWith(expanded);
          replaced++;
        }
        if (replaced === reads.length && replaced > 0 && unknownReads === 0 && !copied.has(id.name)) {
          path.remove();
          replaced++;
        }
        context.changed(replaced);
      },
    };
  },
});
