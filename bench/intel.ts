/**
 * `npm run bench:intel`: a threat index built from 1,000,000 generated feed entries — build time and memory, load
 * time from its serialized form, and `check` lookups per second through the real canonicalizer for bare domains and
 * full URLs, next to a plain `tldts.getDomain` loop over the same hosts measured in the same run.
 */
import { getDomain } from 'tldts';
import { ThreatIndex, type Assertion } from '../src/intel/index/threat-index.ts';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 500_000);
const TLDS = ['com', 'net', 'org', 'example', 'co.uk', 'io', 'ru', 'xyz', 'top', 'info'];

// A deterministic generator (mulberry32): the same feeds and lookups on every run.
let seed = 0x5eed;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const word = (length: number): string => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
const domain = (): string => `${word(6 + Math.floor(random() * 8))}.${TLDS[Math.floor(random() * TLDS.length)] as string}`;

const assertions: Assertion[] = [];
const listedDomains: string[] = [];
const listedUrls: string[] = [];
for (let i = 0; i < ENTRIES; i++) {
  if (i % 4 === 3) {
    const url = `http://${domain()}/${word(5)}/${word(8)}.php?id=${i}`;
    listedUrls.push(url);
    assertions.push({ feed: 'urls', kind: 'url', indicator: url, categories: ['Malware'] });
  } else {
    const host = domain();
    listedDomains.push(host);
    assertions.push({ feed: 'domains', kind: 'domain', indicator: host, subdomains: true, categories: ['Malware'] });
  }
}
// Lookups: half listed (or under a listed domain), half not.
const domainTargets = Array.from({ length: LOOKUPS }, (_, i) => (i % 2 === 0 ? `cdn.${listedDomains[i % listedDomains.length] as string}` : `www.${domain()}`));
const urlTargets = Array.from({ length: LOOKUPS }, (_, i) => (i % 2 === 0 ? (listedUrls[i % listedUrls.length] as string) : `https://www.${domain()}/static/js/${word(6)}.js?v=${i}`));

let start = performance.now();
const { index } = ThreatIndex.build(assertions);
const buildMs = performance.now() - start;
assertions.length = 0;
const indexMb = index.byteLength / 1024 / 1024;

start = performance.now();
const serialized = index.serialize();
const serializeMs = performance.now() - start;
start = performance.now();
const loaded = ThreatIndex.deserialize(serialized);
const loadMs = performance.now() - start;
if (!loaded) throw new Error('the serialized index did not load');

const rate = (targets: readonly string[], fn: (target: string) => unknown): number => {
  for (let i = 0; i < Math.min(20_000, targets.length); i++) fn(targets[i] as string); // warm-up
  const begin = performance.now();
  for (const target of targets) fn(target);
  return targets.length / ((performance.now() - begin) / 1000);
};
let matched = 0;
const domainRate = rate(domainTargets, (target) => { if (loaded.check(target).domain_reported_malicious) matched++; });
const urlRate = rate(urlTargets, (target) => { if (loaded.check(target).url_reported_malicious) matched++; });
const tldtsRate = rate(domainTargets, (target) => getDomain(target));

const perSecond = (value: number): string => `${(value / 1e6).toFixed(2)} M/s`;
console.log(`skimguard intel benchmark: ${ENTRIES.toLocaleString('en')} feed entries, ${LOOKUPS.toLocaleString('en')} lookups of each kind, Node ${process.version}`);
console.log(`  index build:           ${(buildMs / 1000).toFixed(2)} s, ${indexMb.toFixed(0)} MB in memory`);
console.log(`  serialized:            ${(serialized.length / 1024 / 1024).toFixed(1)} MB in ${(serializeMs / 1000).toFixed(2)} s; loaded in ${(loadMs / 1000).toFixed(2)} s`);
console.log(`  check, bare domains:   ${perSecond(domainRate)}  (${(domainRate / tldtsRate).toFixed(2)}x a plain tldts.getDomain loop: ${perSecond(tldtsRate)})`);
console.log(`  check, full URLs:      ${perSecond(urlRate)}`);
console.log(`  matches:               ${matched.toLocaleString('en')} (about half of the lookups are listed)`);
