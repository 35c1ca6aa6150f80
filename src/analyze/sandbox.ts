/**
 * Where skimguard runs pieces of an analysed script that cannot be decoded by reading them (obfuscator.io's rc4
 * string decoders and array rotations, custom ciphers, packers, JSFuck): a QuickJS interpreter compiled to
 * WebAssembly (quickjs-emscripten).
 *
 * Why this and not the alternatives:
 * - `node:vm` shares the host's heap and builtins; `this.constructor.constructor("return process")()` leaves it.
 *   It is not a security boundary and is never used for this.
 * - isolated-vm is a real V8 isolate, but a native addon tied to V8's ABI, and its memory limit is checked after the
 *   fact (a large allocation can still take the host down).
 * - QuickJS runs inside WebAssembly linear memory: the analysed code can only reach what the interpreter was given,
 *   and we give it nothing but the language's own builtins (no console, no modules, no timers, no host functions).
 *   Its allocator enforces the memory limit before allocating, its interrupt handler enforces the time limit on every
 *   backward jump and call, and its stack limit stops runaway recursion, each as a catchable status.
 *
 * The interpreter is slower than V8's JIT, which is fine: decoders are small and are called once per string.
 * Every run gets a fresh runtime, so nothing one script does (prototype pollution, globals) leaks into the next.
 *
 * This module holds the deobfuscator's only effect, the clock behind the time limit; the pure analysis code receives
 * a Sandbox as an argument.
 */
import { newQuickJSWASMModuleFromVariant, shouldInterruptAfterDeadline, type QuickJSSyncVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';

/** Wall time one run may take; decoder batches finish in milliseconds, so this only stops loops and bombs. */
export const SANDBOX_TIME_LIMIT_MS = 2_000;
/** Heap one run may allocate: string tables of real obfuscated bundles need a few MB; more is a memory bomb. */
export const SANDBOX_MEMORY_LIMIT_BYTES = 64 * 1024 * 1024;
/** Interpreter stack: deep enough for real decoders, shallow enough that unbounded recursion ends quickly. */
export const SANDBOX_STACK_LIMIT_BYTES = 256 * 1024;
/** Longest result text taken back out of the sandbox (a decoded layer); longer output is refused, not truncated. */
export const SANDBOX_MAX_RESULT_CHARS = 16 * 1024 * 1024;

export interface SandboxLimits {
  timeMs?: number;
  memoryBytes?: number;
}

export type SandboxOutcome =
  | { status: 'ok'; value: string }
  | { status: 'error'; error: string }
  | { status: 'timeout'; error: string }
  | { status: 'out_of_memory'; error: string };

export interface Sandbox {
  /**
   * Runs `code` as a classic script in a fresh, empty global scope and returns its completion value, which must be a
   * string (callers serialize with JSON.stringify inside the sandbox). Never throws for anything the code does.
   */
  run(code: string, limits?: SandboxLimits): SandboxOutcome;
  /** How many runs ended each way, for `deobfuscate --stats`. */
  readonly counts: Readonly<Record<SandboxOutcome['status'], number>>;
}

function describe(dumped: unknown): string {
  if (dumped && typeof dumped === 'object') {
    const { name, message } = dumped as { name?: unknown; message?: unknown };
    if (typeof message === 'string') return typeof name === 'string' ? `${name}: ${message}` : message;
  }
  return String(dumped);
}

function loadModule(): Promise<QuickJSWASMModule> {
  // The variant package is CommonJS: its namespace's default is the variant (the core unwraps it either way).
  return newQuickJSWASMModuleFromVariant(releaseSync as unknown as QuickJSSyncVariant);
}

class QuickJsSandbox implements Sandbox {
  readonly counts = { ok: 0, error: 0, timeout: 0, out_of_memory: 0 };
  #module: QuickJSWASMModule | null;
  /** A second interpreter instance, loaded ahead, that replaces one left unusable (see #discardModule). */
  #spare: QuickJSWASMModule | null = null;
  constructor(module: QuickJSWASMModule, spare: QuickJSWASMModule) {
    this.#module = module;
    this.#spare = spare;
  }

  #loadSpare(): void {
    loadModule().then((module) => {
      if (this.#module) this.#spare = module;
      else this.#module = module;
    }, () => { /* no spare: a poisoned sandbox fails closed (runs nothing, decodes nothing) */ });
  }

  /**
   * An exception from the host (not from the interpreted code) means the wasm stack unwound through the interpreter
   * mid-operation, e.g. JSON.parse of deeply nested text overflowing the host's stack before QuickJS's own limit.
   * That instance's memory may be inconsistent, so it is never used again.
   */
  #discardModule(): void {
    this.#module = this.#spare;
    this.#spare = null;
    this.#loadSpare();
  }

  run(code: string, limits: SandboxLimits = {}): SandboxOutcome {
    const outcome = this.#run(code, limits);
    this.counts[outcome.status]++;
    return outcome;
  }

  #run(code: string, limits: SandboxLimits): SandboxOutcome {
    const timeMs = limits.timeMs ?? SANDBOX_TIME_LIMIT_MS;
    if (!this.#module) return { status: 'error', error: 'the sandbox is reloading after a failure; nothing was run' };
    const runtime = this.#module.newRuntime();
    let poisoned = false;
    try {
      runtime.setMemoryLimit(limits.memoryBytes ?? SANDBOX_MEMORY_LIMIT_BYTES);
      runtime.setMaxStackSize(SANDBOX_STACK_LIMIT_BYTES);
      const deadline = Date.now() + timeMs;
      let interrupted = false;
      const pastDeadline = shouldInterruptAfterDeadline(deadline);
      runtime.setInterruptHandler((rt) => (interrupted = pastDeadline(rt) === true));
      const context = runtime.newContext();
      try {
        const result = context.evalCode(code, 'analysed.js');
        if (result.error) {
          const error = describe(context.dump(result.error));
          result.error.dispose();
          if (interrupted) return { status: 'timeout', error: `stopped after ${timeMs} ms` };
          if (/out of memory/i.test(error)) return { status: 'out_of_memory', error };
          return { status: 'error', error };
        }
        const handle = result.value;
        const type = context.typeof(handle);
        if (type !== 'string') {
          handle.dispose();
          return { status: 'error', error: `the sandboxed code returned a ${type}, not a string` };
        }
        const value = context.getString(handle);
        handle.dispose();
        if (value.length > SANDBOX_MAX_RESULT_CHARS) return { status: 'out_of_memory', error: `result of ${value.length} characters is over the limit` };
        return { status: 'ok', value };
      } finally {
        context.dispose();
      }
    } catch (error) {
      // The interpreter itself failing (host stack overflow, wasm memory exhausted) is the analysed code's doing.
      poisoned = true;
      const message = error instanceof Error ? error.message : String(error);
      return /memory/i.test(message) ? { status: 'out_of_memory', error: message } : { status: 'error', error: message };
    } finally {
      if (poisoned) this.#discardModule();
      else runtime.dispose();
    }
  }
}

/** Loads an interpreter and returns a sandbox around it. */
export async function createSandbox(): Promise<Sandbox> {
  const [module, spare] = await Promise.all([loadModule(), loadModule()]);
  return new QuickJsSandbox(module, spare);
}
