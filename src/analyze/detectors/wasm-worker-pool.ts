import type { Node } from '../ast.ts';
import { dottedName } from '../ast.ts';
import { defineDetector, visitNamed } from './detector.ts';

const INTERESTING = new Set(['instantiate', 'compile', 'instantiateStreaming', 'Module', 'Instance', 'hardwareConcurrency', 'createObjectURL']);

// Miners spawn one worker per core (navigator.hardwareConcurrency), often from a Blob URL, and run a WebAssembly
// hashing core in each.
export default defineDetector({
  meta: { id: 'wasm-worker-pool', classes: ['cryptomining'], severity: 'medium', description: 'WebAssembly plus a worker per CPU core' },
  create(context) {
    const signals = new Map<string, Node>();
    return {
      ...visitNamed('MemberExpression', INTERESTING, (node) => {
        if (node.computed) return;
        const name = dottedName(node);
        if (!name) return;
        if (/WebAssembly\.(?:instantiate|compile|instantiateStreaming|Module|Instance)$/.test(name)) signals.set('WebAssembly', node);
        if (/hardwareConcurrency$/.test(name)) signals.set('hardwareConcurrency', node);
        if (/URL\.createObjectURL$/.test(name)) signals.set('blob URL', node);
      }),
      ...visitNamed('NewExpression', ['Worker', 'SharedWorker'], (node) => {
        const name = dottedName(node.callee);
        if (name === 'Worker' || name === 'window.Worker' || name === 'SharedWorker') signals.set('Worker', node);
      }),
      finish() {
        const hasWorkers = signals.has('Worker');
        const hasCores = signals.has('hardwareConcurrency');
        if (!(hasWorkers && (hasCores || signals.has('WebAssembly')))) return;
        const first = signals.get('Worker') as Node;
        // Without WebAssembly a worker pool is ordinary parallelism (crypto libraries, image decoders).
        context.report({ node: first, severity: signals.has('WebAssembly') && signals.size >= 3 ? 'medium' : 'low', message: `worker pool: ${[...signals.keys()].join(', ')}` });
      },
    };
  },
});
