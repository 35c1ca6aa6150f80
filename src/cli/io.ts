import { createInterface } from 'node:readline';
/** What commands may do to the outside world; tests pass their own. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Rewrites one status line on a terminal (stderr); never used for --json output. */
  progress(text: string): void;
  isTty: boolean;
  analysisTimeoutMs?: number;
  /** Lines of standard input, read as they arrive (`check -`). */
  stdinLines?: () => AsyncIterable<string>;
}

export class UsageError extends Error {
  readonly code = 'SG_USAGE';
}

export function processIo(): CommandIo {
  // `skimguard scan … | head`: a reader that stops early is not an error; end quietly like other command-line tools.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    progress: (text) => process.stderr.write(`\r\x1b[2K${text.slice(0, (process.stderr.columns ?? 80) - 1)}`),
    isTty: !!process.stderr.isTTY,
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}
