/**
 * Child process that runs one slow or fragile tool on code sent by the parent (see workers.ts), so that a hang, a
 * crash or a runaway allocation costs one file, not the whole evaluation. Role from argv: `obfuscate`
 * (javascript-obfuscator), `webcrack`, `restringer`, or `skimguard` (its deobfuscator is new code under active work,
 * so it gets the same protection, and a second child lets it use a second core).
 */
import type { ObfuscatorOptions } from 'javascript-obfuscator';
import type { SkimguardCheck, SkimguardFile } from './skimguard.ts';

export type Role = 'obfuscate' | 'webcrack' | 'restringer' | 'skimguard';

export interface Job { id: number; code: string; options?: ObfuscatorOptions; check?: SkimguardCheck }

/** What a job produced: output code, or (role skimguard) the figures for one file, computed in the child. */
export interface Produced { code: string; check?: SkimguardFile }

export type ChildMessage =
  | { type: 'ready'; detail: string }
  | { type: 'unavailable'; error: string }
  | ({ type: 'result'; id: number; ok: true; ms: number } & Produced)
  | { type: 'result'; id: number; ok: false; error: string; ms: number };

type Runner = (job: Job) => Promise<Produced> | Produced;

/** The part of restringer's untyped API used here (index.js: REstringer, preloadSandboxProvider). */
interface RestringerModule {
  REstringer: new (script: string, options?: { sandbox?: { provider: string } }) => { script: string; deobfuscate(): boolean; logger: { setLogLevelNone(): void } };
  preloadSandboxProvider(config: { provider: string }): Promise<void>;
}

const send = (message: ChildMessage): void => {
  process.send?.(message);
};

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]?.slice(0, 300) ?? '';

async function load(role: Role): Promise<{ run: Runner; detail: string }> {
  if (role === 'obfuscate') {
    const { default: obfuscator } = await import('javascript-obfuscator');
    return { run: (job) => ({ code: obfuscator.obfuscate(job.code, job.options).getObfuscatedCode() }), detail: `javascript-obfuscator ${obfuscator.version}` };
  }
  if (role === 'skimguard') {
    const { skimguardChecker } = await import('./skimguard.ts');
    const check = await skimguardChecker();
    return { run: (job) => ({ code: '', check: check(job.code, job.check as SkimguardCheck) }), detail: 'skimguard (QuickJS sandbox)' };
  }
  if (role === 'webcrack') {
    const { webcrack } = await import('webcrack');
    // unpack only splits bundles into modules after `code` is generated, and jsx rewrites createElement calls into
    // JSX (strings into JSX text); neither is deobfuscation, both cost time, so both are off.
    return { run: async (job) => ({ code: (await webcrack(job.code, { unpack: false, jsx: false })).code }), detail: 'webcrack (isolated-vm sandbox)' };
  }
  // A variable specifier: restringer ships no types, and this keeps TypeScript from resolving it.
  const specifier: string = 'restringer';
  const restringer = (await import(specifier)) as RestringerModule;
  // isolated-vm (webcrack's sandbox too) rather than restringer's default of a Node subprocess per session: five
  // times faster here, and a timed-out subprocess outlived its session in trials.
  let provider = 'isolated-vm';
  let detail = 'restringer (isolated-vm sandbox)';
  try {
    await restringer.preloadSandboxProvider({ provider });
  } catch (error) {
    provider = 'process';
    detail = `restringer (Node subprocess sandbox; isolated-vm failed: ${describe(error)})`;
  }
  return {
    run: (job) => {
      const instance = new restringer.REstringer(job.code, { sandbox: { provider } });
      instance.logger.setLogLevelNone();
      instance.deobfuscate();
      return { code: instance.script };
    },
    detail,
  };
}

async function main(): Promise<void> {
  const role = process.argv[2] as Role;
  let runner: Runner;
  try {
    const loaded = await load(role);
    runner = loaded.run;
    send({ type: 'ready', detail: loaded.detail });
  } catch (error) {
    send({ type: 'unavailable', error: describe(error) });
    process.disconnect?.();
    return;
  }
  // The parent going away (finished, interrupted) closes the channel: nothing is left to do.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (job: Job) => {
    const started = performance.now();
    Promise.resolve()
      .then(() => runner(job))
      .then(
        (produced) => send({ type: 'result', id: job.id, ok: true, ...produced, ms: performance.now() - started }),
        (error: unknown) => send({ type: 'result', id: job.id, ok: false, error: describe(error), ms: performance.now() - started }),
      );
  });
}

await main();
