#!/usr/bin/env node
// Runs the compiled CLI when the package was built (installed from a registry), or the TypeScript sources directly
// in a checkout: Node >= 22.18 strips types natively, so development needs no build step.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/index.js', import.meta.url);
const entry = existsSync(fileURLToPath(compiled)) ? compiled : new URL('../src/cli/index.ts', import.meta.url);
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
