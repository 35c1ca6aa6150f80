/**
 * A detector spreads several `visitNamed(type, names, …)` results into one visitor object; a name listed twice for
 * the same type would make the later spread silently replace the earlier visitor (which once switched a detector's
 * main check off). Checked statically over every detector file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseSync } from 'oxc-parser';
import { walk, type Node } from '../../src/analyze/ast.ts';

const DIR = new URL('../../src/analyze/detectors/', import.meta.url);

test('no detector lists the same named visitor twice in one visitor object', () => {
  for (const file of readdirSync(DIR).filter((name) => name.endsWith('.ts'))) {
    const program = parseSync(file, readFileSync(new URL(file, DIR), 'utf8'), { lang: 'ts' }).program as unknown as Node;
    walk(program, (node) => {
      if (node.type !== 'ObjectExpression') return;
      const seen = new Set<string>();
      for (const property of node.properties as Node[]) {
        const call = property.type === 'SpreadElement' ? (property.argument as Node) : null;
        if (call?.type !== 'CallExpression' || (call.callee as Node).name !== 'visitNamed') continue;
        const [type, names] = call.arguments as Node[];
        if (type?.type !== 'Literal' || names?.type !== 'ArrayExpression') continue;
        for (const name of names.elements as Node[]) {
          const key = `${String(type.value)}:${String(name.value)}`;
          assert.ok(!seen.has(key), `${file}: ${key} is visited twice; the second visitor replaces the first`);
          seen.add(key);
        }
      }
    });
  }
});
