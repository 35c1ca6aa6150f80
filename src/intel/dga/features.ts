/**
 * Character statistics of a host's registrable label (`evil` in `a.b.evil.co.uk`), the part a DGA operator chooses
 * and registers. Pure: the n-gram table comes from the model file, built from benign names at training time.
 *
 * Only the registrable label is scored: subdomains are chosen freely by any site (hashes, build ids) and say nothing
 * about who registered the name, and the suffix is not a character statistic.
 */
import { parse } from 'tldts';
import { hostCandidates } from '../domains.ts';

const TLDTS_OPTIONS = { allowPrivateDomains: true } as const;

/** Marks the start and end of a label in n-grams, so that "starts with x" and "ends with y" are statistics too. */
const START = '^';
const END = '$';
/** Characters a label can hold (LDH rule, lower case); anything else is not scored. */
const LABEL = /^[a-z0-9-]+$/;
/** Outcomes an n-gram can continue with: the 37 label characters and the end mark. */
const OUTCOMES = 38;
/** Add-k smoothing: an n-gram never seen among benign names still has a (small) probability. */
const SMOOTHING = 0.5;

const VOWELS = new Set('aeiou');
const HEX = /^[0-9a-f]+$/;
/** Below this length a label that happens to be hex ("cafe", "add") is a word, not a digest. */
const HEX_MIN_LENGTH = 8;
/**
 * Shorter labels are not scored. There are only 1,332 labels of one or two characters under a suffix, long since
 * registered by people, so no DGA can use them; and statistics over two or three n-grams say little: `a.com`,
 * `i.am` and `hj.se` from the benign lists scored as high as random strings.
 */
const MIN_LABEL_LENGTH = 3;

/**
 * The label a DGA would have generated, or null when the host has none worth scoring:
 *  - an IP address, or a host with no registrable domain;
 *  - a name under a private suffix (`d2zihajmogu5jn.cloudfront.net`, `someone.github.io`): platforms hand those out,
 *    often as hashes by design, and DGA operators register names at registrars instead;
 *  - an internationalized label (`xn--...`): punycode looks random to letter statistics whatever the name says;
 *  - a label of one or two characters (see MIN_LABEL_LENGTH);
 *  - a label with characters outside LDH.
 */
export function registrableLabel(rawHost: string): string | null {
  const candidates = hostCandidates(rawHost);
  if (candidates === null || candidates.ip || candidates.registrable === null) return null;
  const parsed = parse(candidates.registrable, TLDTS_OPTIONS);
  if (parsed.isPrivate === true || parsed.publicSuffix === null || parsed.domain !== candidates.registrable) return null;
  const label = candidates.registrable.slice(0, candidates.registrable.length - parsed.publicSuffix.length - 1);
  if (label.length < MIN_LABEL_LENGTH || !LABEL.test(label) || label.startsWith('xn--')) return null;
  return label;
}

/**
 * Counts of n-grams over benign labels, each label padded as `^label$`. `contexts` counts every padded character
 * except the final `$` (what a bigram can start from); a bigram's count is also its count as a trigram context,
 * because a bigram not ending in `$` is always followed by something.
 */
export interface NgramCounts {
  labels: number;
  contexts: Record<string, number>;
  bigrams: Record<string, number>;
  trigrams: Record<string, number>;
}

function bump(table: Record<string, number>, key: string, by = 1): void {
  table[key] = (Object.hasOwn(table, key) ? (table[key] as number) : 0) + by;
}

function countOf(table: Readonly<Record<string, number>>, key: string): number {
  return Object.hasOwn(table, key) ? (table[key] as number) : 0;
}

function addLabel(counts: NgramCounts, label: string): void {
  const padded = `${START}${label}${END}`;
  counts.labels++;
  for (let i = 0; i + 1 < padded.length; i++) {
    bump(counts.contexts, padded[i] as string);
    bump(counts.bigrams, padded.slice(i, i + 2));
    if (i + 2 < padded.length) bump(counts.trigrams, padded.slice(i, i + 3));
  }
}

/** The table for a list of benign labels, its keys sorted so that the model file is the same for the same list. */
export function countNgrams(labels: Iterable<string>): NgramCounts {
  const counts: NgramCounts = { labels: 0, contexts: {}, bigrams: {}, trigrams: {} };
  for (const label of labels) addLabel(counts, label);
  const sorted = (table: Record<string, number>): Record<string, number> =>
    Object.fromEntries(Object.keys(table).sort().map((key) => [key, table[key] as number]));
  return { labels: counts.labels, contexts: sorted(counts.contexts), bigrams: sorted(counts.bigrams), trigrams: sorted(counts.trigrams) };
}

export interface NgramScores {
  /** Mean natural-log probability per character of the letters alone (rare letters such as q, x, z pull it down). */
  unigramLogProbability: number;
  /** Mean natural-log probability per character under the bigram model (higher = more like benign names). */
  bigramLogProbability: number;
  trigramLogProbability: number;
  /** Share of the label's bigrams (trigrams) that no benign name contains. */
  unseenBigramShare: number;
  unseenTrigramShare: number;
  /** Summed trigram log-probability: a long improbable name is more surprising in total than a short one. */
  trigramSurprise: number;
}

/**
 * How benign-like the label's letter sequences are. With `excludeSelf`, the label's own n-grams are taken out of the
 * counts first: training scores each benign name as if the table had been built without it, otherwise benign names
 * would look more familiar in training than unseen benign names do in use, and the model would lean on these
 * features more than they deserve.
 */
export function ngramScores(label: string, counts: NgramCounts, excludeSelf = false): NgramScores {
  const padded = `${START}${label}${END}`;
  const own: NgramCounts | null = excludeSelf ? { labels: 0, contexts: {}, bigrams: {}, trigrams: {} } : null;
  if (own) addLabel(own, label);
  const count = (table: 'contexts' | 'bigrams' | 'trigrams', key: string): number =>
    countOf(counts[table], key) - (own ? countOf(own[table], key) : 0);

  // Every padded character but the final mark is a context: their total is the unigram denominator.
  let contextTotal = 0;
  for (const key of Object.keys(counts.contexts)) if (key !== START) contextTotal += countOf(counts.contexts, key);
  if (own) contextTotal -= label.length;
  let unigramSum = 0;
  for (const char of label) unigramSum += Math.log((count('contexts', char) + SMOOTHING) / (contextTotal + SMOOTHING * OUTCOMES));
  let bigramSum = 0;
  let unseenBigrams = 0;
  let trigramSum = 0;
  let unseenTrigrams = 0;
  const bigramTotal = padded.length - 1;
  const trigramTotal = padded.length - 2;
  for (let i = 0; i < bigramTotal; i++) {
    const bigram = padded.slice(i, i + 2);
    const seen = count('bigrams', bigram);
    if (seen === 0) unseenBigrams++;
    bigramSum += Math.log((seen + SMOOTHING) / (count('contexts', padded[i] as string) + SMOOTHING * OUTCOMES));
    if (i < trigramTotal) {
      const trigram = padded.slice(i, i + 3);
      const seenTrigram = count('trigrams', trigram);
      if (seenTrigram === 0) unseenTrigrams++;
      trigramSum += Math.log((seenTrigram + SMOOTHING) / (seen + SMOOTHING * OUTCOMES));
    }
  }
  return {
    unigramLogProbability: unigramSum / label.length,
    bigramLogProbability: bigramSum / bigramTotal,
    trigramLogProbability: trigramSum / trigramTotal,
    unseenBigramShare: unseenBigrams / bigramTotal,
    unseenTrigramShare: unseenTrigrams / trigramTotal,
    trigramSurprise: -trigramSum,
  };
}

/** Shannon entropy of the label's character distribution, in bits per character. */
export function entropy(label: string): number {
  const frequencies = new Map<string, number>();
  for (const char of label) frequencies.set(char, (frequencies.get(char) ?? 0) + 1);
  let bits = 0;
  for (const frequency of frequencies.values()) {
    const p = frequency / label.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const isLetter = (char: string): boolean => char >= 'a' && char <= 'z';
const isDigit = (char: string): boolean => char >= '0' && char <= '9';

/** Longest run of consecutive consonant letters (a digit or hyphen ends a run, as a vowel does). */
export function longestConsonantRun(label: string): number {
  let longest = 0;
  let run = 0;
  for (const char of label) {
    run = isLetter(char) && !VOWELS.has(char) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

export const DGA_FEATURE_NAMES = [
  'length',
  'entropy',
  'vowel_ratio',
  'digit_ratio',
  'hyphens',
  'longest_consonant_run',
  'consonant_run_share',
  'hex_only',
  'distinct_char_share',
  'letter_digit_switches',
  'unigram_log_probability',
  'bigram_log_probability',
  'trigram_log_probability',
  'unseen_bigram_share',
  'unseen_trigram_share',
  'trigram_surprise',
] as const;

export type DgaFeatureVector = number[];

/** The feature vector of a label, in DGA_FEATURE_NAMES order. */
export function labelFeatures(label: string, counts: NgramCounts, excludeSelf = false): DgaFeatureVector {
  let letters = 0;
  let vowels = 0;
  let digits = 0;
  let hyphens = 0;
  let switches = 0;
  let previousKind = '';
  for (const char of label) {
    const kind = isLetter(char) ? 'letter' : isDigit(char) ? 'digit' : 'other';
    if (kind === 'letter') {
      letters++;
      if (VOWELS.has(char)) vowels++;
    } else if (kind === 'digit') digits++;
    else hyphens++;
    // Letters and digits interleaved ("a5d2e4f9") is typical of digests and rare in chosen names ("web3", "24x7").
    if ((kind === 'letter' && previousKind === 'digit') || (kind === 'digit' && previousKind === 'letter')) switches++;
    previousKind = kind;
  }
  const length = label.length;
  const run = longestConsonantRun(label);
  const ngrams = ngramScores(label, counts, excludeSelf);
  return [
    length,
    entropy(label),
    letters === 0 ? 0 : vowels / letters,
    digits / length,
    hyphens,
    run,
    run / length,
    length >= HEX_MIN_LENGTH && HEX.test(label) ? 1 : 0,
    new Set(label).size / length,
    switches / length,
    ngrams.unigramLogProbability,
    ngrams.bigramLogProbability,
    ngrams.trigramLogProbability,
    ngrams.unseenBigramShare,
    ngrams.unseenTrigramShare,
    ngrams.trigramSurprise,
  ];
}
