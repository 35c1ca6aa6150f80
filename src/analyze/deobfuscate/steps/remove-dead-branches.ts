import * as t from '@babel/types';
import type { NodePath } from '@babel/traverse';
import { defineStep } from '../step.ts';
import { literalValue, NOT_LITERAL } from '../babel.ts';

/** Statements of a block that can be spliced into the enclosing one without changing what their names mean. */
function spliceable(block: t.Statement): t.Statement[] | null {
  if (!t.isBlockStatement(block)) return [block];
  const lexical = block.body.some((statement) => t.isClassDeclaration(statement) || t.isFunctionDeclaration(statement) || (t.isVariableDeclaration(statement) && statement.kind !== 'var'));
  return lexical ? null : block.body;
}

function replaceByBranch(path: NodePath<t.IfStatement>, branch: t.Statement | null | undefined): void {
  if (!branch) {
    path.remove();
    return;
  }
  const statements = path.parentPath.isBlockStatement() || path.parentPath.isProgram() ? spliceable(branch) : null;
  if (statements) path.replaceWithMultiple(statements);
  else path.replaceWith(branch);
}

/**
 * Removes branches that can never run: `if ("xYz" !== "xYz") { junk } else { code }` (dead-code injection and
 * opaque predicates, once fold-constants has reduced the test to a literal), `while (false) …`.
 */
export default defineStep({
  meta: { name: 'remove-dead-branches', description: 'drop if/else branches and loops whose test is a constant', safe: true },
  create(context) {
    return {
      IfStatement: {
        exit(path) {
          const value = literalValue(path.node.test);
          if (value === NOT_LITERAL) return;
          replaceByBranch(path, value ? path.node.consequent : path.node.alternate);
          context.changed();
        },
      },
      WhileStatement(path) {
        const value = literalValue(path.node.test);
        if (value === NOT_LITERAL || value) return;
        path.remove();
        context.changed();
      },
      EmptyStatement(path) {
        if (!path.parentPath.isBlockStatement() && !path.parentPath.isProgram()) return;
        path.remove();
      },
    };
  },
});
