import * as t from '@babel/types';
import { defineStep } from '../step.ts';

/** `{ a(); { b(); } }` → `{ a(); b(); }`: what unflattening and dead-branch removal leave behind. */
export default defineStep({
  meta: { name: 'flatten-blocks', description: 'splice nested blocks without lexical declarations into their parent', safe: true },
  create(context) {
    return {
      BlockStatement: {
        exit(path) {
          if (!(path.parentPath.isBlockStatement() || path.parentPath.isProgram())) return;
          const lexical = path.node.body.some((statement) => t.isClassDeclaration(statement) || t.isFunctionDeclaration(statement) || (t.isVariableDeclaration(statement) && statement.kind !== 'var'));
          if (lexical) return;
          path.replaceWithMultiple(path.node.body);
          context.changed();
        },
      },
    };
  },
});
