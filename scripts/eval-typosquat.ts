/**
 * `node scripts/eval-typosquat.ts`: how much of what squatters register does src/intel/typosquat catch, and what
 * does it flag that it should not. Look-alikes are generated here from every brand (the usual squatting moves:
 * omission, repetition, adjacent swap, keyboard slips, homoglyphs, hyphen games, tech affixes, cheap TLDs, bit
 * flips, the brand as a subdomain, the brand inside a longer name); the benign side is the brand list itself plus
 * the registrable domains of every homepage, repository, bugs and funding URL in the installed packages'
 * package.json files (node_modules, nested ones included), and the benign name lists the DGA signal trains on
 * (schools, e-mail providers, brand sites: about 29,000 domains from pinned npm packages). Deterministic: no
 * randomness, no network.
 */
import { BENIGN_LISTS, listDomains, upperBound95 } from './train-dga.ts';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import { parse } from 'tldts';
import { impersonation, type Impersonation } from '../src/intel/typosquat/index.ts';
import { BRAND_DOMAINS, GENERIC_LABELS } from '../src/intel/typosquat/brands.ts';

const ROOT = new URL('..', import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------------------------
// Benign domains

function packageDirs(modules: string, into: string[]): void {
  if (!existsSync(modules)) return;
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    if (entry.name.startsWith('.')) continue;
    const path = join(modules, entry.name);
    if (entry.name.startsWith('@')) {
      for (const scoped of readdirSync(path, { withFileTypes: true })) {
        if (scoped.isDirectory() || scoped.isSymbolicLink()) {
          into.push(join(path, scoped.name));
          packageDirs(join(path, scoped.name, 'node_modules'), into);
        }
      }
    } else {
      into.push(path);
      packageDirs(join(path, 'node_modules'), into);
    }
  }
}

/** Every URL-looking string in the fields of a package.json that point at the project's home on the web. */
function urlsOf(manifest: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value !== null && typeof value === 'object' && 'url' in value) add((value as { url: unknown }).url);
  };
  for (const key of ['homepage', 'repository', 'bugs', 'funding', 'author', 'contributors', 'maintainers']) add(manifest[key]);
  return out;
}

/** The host of a package.json URL in any of the spellings npm accepts (git+https://, git@host:, github:user/repo). */
function hostOf(reference: string): string | null {
  const text = reference.trim();
  const shorthand = /^(github|gitlab|bitbucket):/.exec(text);
  if (shorthand !== null) return { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[shorthand[1] as 'github'];
  const scp = /^(?:[\w.-]+@)?([a-z0-9.-]+\.[a-z]{2,}):(?!\/\/)/i.exec(text);
  if (scp !== null) return (scp[1] as string).toLowerCase();
  if (/^[\w-]+\/[\w.-]+$/.test(text)) return 'github.com'; // "user/repo" means GitHub
  try {
    return new URL(text.replace(/^git\+/, '')).hostname || null;
  } catch {
    return null;
  }
}

function benignDomains(): { domains: string[]; packages: number; fromPackages: number } {
  const dirs: string[] = [];
  packageDirs(join(ROOT, 'node_modules'), dirs);
  const found = new Set<string>();
  let packages = 0;
  for (const dir of dirs) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (manifest === null || typeof manifest !== 'object') continue;
    packages++;
    for (const url of urlsOf(manifest as Record<string, unknown>)) {
      const host = hostOf(url);
      const domain = host === null ? null : parse(host, { allowPrivateDomains: true }).domain;
      if (domain !== null && !parse(domain).isIp) found.add(domain);
    }
  }
  const fromPackages = found.size;
  for (const brand of BRAND_DOMAINS) found.add(brand);
  return { domains: [...found].sort(), packages, fromPackages };
}

// ---------------------------------------------------------------------------------------------------------------
// Look-alike generator

const QWERTY: readonly string[] = ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, string>();
QWERTY.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    let near = (row[c - 1] ?? '') + (row[c + 1] ?? '');
    for (const other of [QWERTY[r - 1], QWERTY[r + 1]]) if (other !== undefined) near += (other[c - 1] ?? '') + (other[c] ?? '') + (other[c + 1] ?? '');
    NEIGHBOURS.set(row[c] as string, near.replace('-', ''));
  }
});

/**
 * Single-character look-alikes a squatter would use: ASCII tricks, then Cyrillic and Greek letters. Only characters
 * that survive IDNA mapping are listed (the lunate sigma ϲ, say, is registered as σ, which no longer reads as c).
 */
const HOMOGLYPHS: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'α'], b: ['ь'], c: ['с'], d: ['cl', 'ԁ'], e: ['е'], g: ['ɡ'], h: ['һ'], i: ['l', '1', 'і', 'ı'], j: ['ј'],
  k: ['κ'], l: ['1', 'i', 'ӏ'], m: ['rn'], n: ['п'], o: ['0', 'о', 'ο'], p: ['р', 'ρ'], q: ['ԛ'], s: ['ѕ', '5'],
  u: ['υ'], v: ['ν'], w: ['vv', 'ԝ'], x: ['х'], y: ['у'],
};
const CHEAP_TLDS = ['top', 'xyz', 'cc', 'su', 'icu', 'pw', 'shop', 'online', 'site', 'live'];
const AFFIXES = ['-cdn', '-js', '-min', 'js', '-api', '-static', 'cdn'];
const PREFIXES = ['cdn-', 'js-', 'secure-', 'static-', 'www'];
const EMBEDDINGS = ['my{}', '{}-update', '{}loader', 'get{}now', 'login-{}-verify'];

type Family = 'omission' | 'repetition' | 'transposition' | 'keyboard' | 'homoglyph' | 'hyphenation' | 'affix' | 'tld-swap' | 'bitsquat' | 'subdomain' | 'embedded';

function variants(domain: string): Map<Family, Set<string>> {
  const parsed = parse(domain, { allowPrivateDomains: false });
  const label = parsed.domainWithoutSuffix as string;
  const suffix = parsed.publicSuffix as string;
  const out = new Map<Family, Set<string>>();
  const add = (family: Family, newLabel: string, newSuffix: string = suffix): void => {
    if (newLabel === '' || newLabel.startsWith('-') || newLabel.endsWith('-') || newLabel.includes('--')) return;
    const host = domainToASCII(`${newLabel}.${newSuffix}`);
    if (host === '' || host === domain) return;
    let set = out.get(family);
    if (set === undefined) out.set(family, (set = new Set()));
    set.add(host);
  };
  for (let i = 0; i < label.length; i++) {
    const char = label[i] as string;
    const before = label.slice(0, i);
    const after = label.slice(i + 1);
    add('omission', before + after);
    if (char !== '-') add('repetition', before + char + char + after);
    if (i + 1 < label.length && label[i + 1] !== char) add('transposition', before + (label[i + 1] as string) + char + label.slice(i + 2));
    for (const near of NEIGHBOURS.get(char) ?? '') add('keyboard', before + near + after);
    for (const glyph of HOMOGLYPHS[char] ?? []) add('homoglyph', before + glyph + after);
    if (i > 0 && char !== '-' && label[i - 1] !== '-') add('hyphenation', `${before}-${char}${after}`);
    if (char === '-') add('hyphenation', before + after);
    const code = char.charCodeAt(0);
    for (let bit = 0; bit < 8; bit++) {
      const flipped = String.fromCharCode(code ^ (1 << bit));
      if (/^[a-z0-9-]$/.test(flipped)) add('bitsquat', before + flipped + after);
    }
  }
  add('hyphenation', `${label}-${suffix.replaceAll('.', '-')}`);
  for (const affix of AFFIXES) add('affix', label + affix);
  for (const prefix of PREFIXES) add('affix', prefix + label);
  for (const tld of CHEAP_TLDS) add('tld-swap', label, tld);
  add('subdomain', `${domain}.assets-node`, 'top');
  add('subdomain', `www.${domain}.cdn-edge`, 'xyz');
  for (const pattern of EMBEDDINGS) add('embedded', pattern.replace('{}', label));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Run

const FAMILIES: readonly Family[] = ['omission', 'repetition', 'transposition', 'keyboard', 'homoglyph', 'hyphenation', 'affix', 'tld-swap', 'bitsquat', 'subdomain', 'embedded'];
const brandSet = new Set(BRAND_DOMAINS);
const labelOf = (domain: string): string => parse(domain, { allowPrivateDomains: false }).domainWithoutSuffix as string;
/** Brands whose label every rule applies to: not a generic word, 5+ characters. */
const fullyCovered = (domain: string): boolean => !GENERIC_LABELS.has(labelOf(domain)) && labelOf(domain).length >= 5;

interface Row { generated: number; excluded: number; detected: number; rightTarget: number; coveredGenerated: number; coveredDetected: number; misses: string[] }
const rows = new Map<Family, Row>(FAMILIES.map((family) => [family, { generated: 0, excluded: 0, detected: 0, rightTarget: 0, coveredGenerated: 0, coveredDetected: 0, misses: [] }]));
const generatedHosts: string[] = [];
const seen = new Set<string>();

for (const brand of BRAND_DOMAINS) {
  for (const [family, hosts] of variants(brand)) {
    const row = rows.get(family) as Row;
    for (const host of hosts) {
      const registrable = parse(host, { allowPrivateDomains: true }).domain;
      // A variant that is itself a listed brand (stripe.com from stripe.network by TLD swap, say) is not a squat.
      if (registrable !== null && brandSet.has(registrable)) {
        row.excluded++;
        continue;
      }
      row.generated++;
      if (!seen.has(host)) {
        seen.add(host);
        generatedHosts.push(host);
      }
      const covered = fullyCovered(brand);
      if (covered) row.coveredGenerated++;
      const found = impersonation(host);
      if (found !== null) {
        row.detected++;
        if (covered) row.coveredDetected++;
        if (found.target === brand || labelOf(found.target) === labelOf(brand)) row.rightTarget++;
      } else if (row.misses.length < 6) row.misses.push(host);
    }
  }
}

const { domains: benign, packages, fromPackages } = benignDomains();
const falsePositives: [string, Impersonation][] = [];
for (const domain of benign) {
  const found = impersonation(domain);
  if (found !== null) falsePositives.push([domain, found]);
}
// The larger benign lists the DGA signal trains on (scripts/train-dga.ts): real names of schools, e-mail providers
// and brands, tens of thousands of them, with no look-alike of the brands on purpose.
const listed = BENIGN_LISTS.map((list) => {
  const domains = listDomains(list, join(ROOT, 'node_modules')).filter((domain) => !BRAND_DOMAINS.includes(domain));
  const marked = domains.flatMap((domain) => {
    const found = impersonation(domain);
    return found === null ? [] : [[domain, found] as [string, Impersonation]];
  });
  return { list, domains, marked };
});

// Timing: the benign list (mostly non-matching), random made-up names (non-matching, the typical host), and the
// generated look-alikes (matching, the expensive path). Warmed up first; repeated until each run takes ≥ 300 ms.
function timePerHost(hosts: readonly string[], own?: readonly string[]): number {
  for (let i = 0; i < 3; i++) for (const host of hosts) impersonation(host, own);
  let rounds = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < 300) {
    for (const host of hosts) impersonation(host, own);
    rounds++;
    elapsed = performance.now() - started;
  }
  return (elapsed * 1000) / (rounds * hosts.length);
}
let seed = 0x7e57;
const random = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
const randomHosts = Array.from({ length: 5000 }, () => {
  const length = 6 + Math.floor(random() * 10);
  const label = Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  return `${random() < 0.5 ? 'www.' : 'cdn.'}${label}.${['com', 'net', 'io', 'co.uk', 'de'][Math.floor(random() * 5)] as string}`;
});
const OWN = ['acme-store.com', 'www.acme-store.de'];

const percent = (part: number, whole: number): string => (whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
console.log('Typosquatting & Impersonation: detection on generated look-alikes of every brand');
console.log(`${BRAND_DOMAINS.length} brands; "covered" = brands whose label is 5+ characters and not a generic word (${BRAND_DOMAINS.filter(fullyCovered).length} of them)\n`);
console.log(`${'technique'.padEnd(14)} ${'generated'.padStart(9)} ${'detected'.padStart(8)} ${'right target'.padStart(12)} ${'covered'.padStart(8)} ${'excluded'.padStart(8)}   missed, e.g.`);
let totalGenerated = 0;
let totalDetected = 0;
for (const family of FAMILIES) {
  const row = rows.get(family) as Row;
  totalGenerated += row.generated;
  totalDetected += row.detected;
  console.log(
    `${family.padEnd(14)} ${String(row.generated).padStart(9)} ${percent(row.detected, row.generated).padStart(8)} ${percent(row.rightTarget, row.detected).padStart(12)} ${percent(row.coveredDetected, row.coveredGenerated).padStart(8)} ${String(row.excluded).padStart(8)}   ${row.misses.slice(0, 4).join(' ')}`,
  );
}
console.log(`${'all'.padEnd(14)} ${String(totalGenerated).padStart(9)} ${percent(totalDetected, totalGenerated).padStart(8)}`);
console.log('(right target: share of detections naming the brand the variant was made from; excluded: variants that are themselves listed brands)\n');

console.log(`Benign: ${benign.length} registrable domains (${fromPackages} from the URLs of ${packages} installed package.json files, plus the ${BRAND_DOMAINS.length} brands)`);
console.log(`False positives: ${falsePositives.length} (${percent(falsePositives.length, benign.length).trim()})`);
for (const [domain, found] of falsePositives) console.log(`  ${domain} → ${found.target} (${found.technique})`);
for (const { list, domains, marked } of listed) {
  console.log(`Benign list ${list.package} (${list.what}): ${marked.length} of ${domains.length} marked (${percent(marked.length, domains.length).trim()})`);
  for (const [domain, found] of marked.slice(0, 8)) console.log(`  ${domain} → ${found.target} (${found.technique})`);
}
const allListed = listed.reduce((sum, { domains }) => sum + domains.length, 0);
const allMarked = listed.reduce((sum, { marked }) => sum + marked.length, 0);
console.log(`All benign lists: ${allMarked} of ${allListed} marked (${percent(allMarked, allListed).trim()}, 95 % upper bound ${(upperBound95(allMarked, allListed) * 100).toFixed(2)} %)`);

console.log('\nTime per host (µs):');
console.log(`  random made-up hosts, no own domains   ${timePerHost(randomHosts).toFixed(2)}`);
console.log(`  random made-up hosts, 2 own domains    ${timePerHost(randomHosts, OWN).toFixed(2)}`);
console.log(`  benign list                            ${timePerHost(benign).toFixed(2)}`);
console.log(`  generated look-alikes (${generatedHosts.length} unique)    ${timePerHost(generatedHosts).toFixed(2)}`);
