/**
 * Loads the evaluation corpus: malicious samples written for this project (test/corpus/malicious/<family>/) and
 * benign browser bundles of real npm packages, read from node_modules as listed in data/benign-corpus.json.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoreClass } from '../src/analyze/detectors/detector.ts';

export interface Sample {
  id: string;
  /** Malicious family id, or the package name for benign samples: the unit of leave-out splits. */
  group: string;
  malicious: boolean;
  scoreClass: ScoreClass | null;
  source: string;
}

interface FamilyMeta { id: string; class: ScoreClass }
interface BenignManifest { packages: { name: string; files: string[] }[] }

const ROOT = new URL('..', import.meta.url).pathname;
const MALICIOUS_DIR = join(ROOT, 'test/corpus/malicious');
/**
 * Families written by someone who never saw the analyser, kept out of training and out of detector work: their
 * recall is the honest measure of how detection generalises to techniques nobody tuned for. Once a holdout
 * family's misses are studied to change the analyser, it belongs in test/corpus/malicious and a fresh one is written.
 */
const HOLDOUT_DIR = join(ROOT, 'test/corpus/holdout');

export function loadHoldout(): Sample[] {
  return loadMalicious(HOLDOUT_DIR);
}

export function loadMalicious(dir: string = MALICIOUS_DIR): Sample[] {
  const families = new Map<string, FamilyMeta>();
  for (const file of readdirSync(dir).filter((name) => /^families-.*\.json$/.test(name)).sort()) {
    for (const family of JSON.parse(readFileSync(join(dir, file), 'utf8')) as FamilyMeta[]) families.set(family.id, family);
  }
  const samples: Sample[] = [];
  for (const family of [...families.keys()].sort()) {
    const familyDir = join(dir, family);
    if (!statSync(familyDir, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const file of readdirSync(familyDir).filter((name) => name.endsWith('.js')).sort()) {
      samples.push({
        id: `${family}/${file}`,
        group: family,
        malicious: true,
        scoreClass: (families.get(family) as FamilyMeta).class,
        source: readFileSync(join(familyDir, file), 'utf8'),
      });
    }
  }
  return samples;
}

/**
 * Every TRUNCATED_EVERY-th benign file is also added cut short (as a broken download or a partial CSP sample would
 * be), so that "did not parse strictly" is seen on both sides and the model cannot learn it as a label.
 */
const TRUNCATED_EVERY = 4;
const TRUNCATE_AT = 0.6;

function truncated(source: string): string {
  const cut = source.lastIndexOf('\n', Math.floor(source.length * TRUNCATE_AT));
  return source.slice(0, cut > 0 ? cut : Math.floor(source.length * TRUNCATE_AT));
}

export function loadBenign(): Sample[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'data/benign-corpus.json'), 'utf8')) as BenignManifest;
  const samples: Sample[] = [];
  for (const entry of manifest.packages) {
    for (const file of entry.files) {
      const path = join(ROOT, 'node_modules', entry.name, file);
      const source = readFileSync(path, 'utf8');
      samples.push({ id: `${entry.name}/${file}`, group: entry.name, malicious: false, scoreClass: null, source });
      if (samples.length % TRUNCATED_EVERY === 0) {
        samples.push({ id: `${entry.name}/${file}#truncated`, group: entry.name, malicious: false, scoreClass: null, source: truncated(source) });
      }
    }
  }
  return samples;
}
