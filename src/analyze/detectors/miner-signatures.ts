import type { Node } from '../ast.ts';
import { defineDetector } from './detector.ts';

// Vocabulary of in-browser Monero miners (CoinHive-era APIs and their clones): throttle and thread settings,
// hash-rate reporting, site keys, pool job fields.
const MINER_WORDS: readonly [string, RegExp][] = [
  ['cryptonight', /cryptonight|cn\/r|cn-lite|randomx|argon2d/i],
  ['hash rate', /hashes_?per_?second|getHashesPerSecond|hashrate|hash_rate|getTotalHashes|acceptedHashes/i],
  ['miner object', /\bminer\b|\.Anonymous\b|coinhive|coin-hive|cryptoloot|crypto-loot|webminer|jsecoin|deepminer|coinimp|minero/i],
  ['throttle/threads', /^(?:throttle|threads)$/],
  // Method names of the CoinHive-era miner API (publicly documented), kept by its many clones.
  ['miner API', /^(?:setThrottle|getThrottle|setNumThreads|getNumThreads|autoThreads|forceASMJS|getAcceptedHashes)$/],
  ['site key', /^site_?key$/i],
  ['coin/wallet', /monero|\bxmr\b|wallet|\bpool\b|\bshares?\b/i],
  ['job fields', /^(?:job_id|blob|target|nonce|seed_hash)$/],
];

/** Any of the patterns, case-insensitively: one test rules out nearly every string before the eight precise ones. */
const ANY_MINER_WORD = new RegExp(MINER_WORDS.map(([, pattern]) => pattern.source).join('|'), 'i');

export default defineDetector({
  meta: { id: 'miner-signatures', classes: ['cryptomining'], severity: 'high', description: 'names and settings typical of in-browser cryptocurrency miners' },
  create(context) {
    const hits = new Map<string, Node>();
    const seen = new Set<string>(); // bundles repeat the same identifiers thousands of times
    const look = (text: string, node: Node): void => {
      if (text.length < 3 || text.length > 200 || seen.has(text)) return;
      seen.add(text);
      if (!ANY_MINER_WORD.test(text)) return;
      for (const [label, pattern] of MINER_WORDS) if (!hits.has(label) && pattern.test(text)) hits.set(label, node);
    };
    return {
      Literal(node) { if (typeof node.value === 'string') look(node.value, node); },
      finish() {
        for (const [name, node] of context.facts.names) look(name, node);
        // Generic words (threads, target, wallet…) only count next to a miner-specific one.
        const specific = hits.has('cryptonight') || hits.has('hash rate') || hits.has('miner object') || hits.has('miner API');
        if (!specific || hits.size < 2) return;
        const [first] = hits.values();
        if (!first) return;
        context.report({ node: first, severity: hits.size >= 3 ? 'high' : 'medium', message: `miner vocabulary: ${[...hits.keys()].join(', ')}` });
      },
    };
  },
});
