import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { storeContract } from './contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'skimguard-store-'));
storeContract('SQLite', () => Promise.resolve(openSqliteStore(join(dir, 'test.db'))), () => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
