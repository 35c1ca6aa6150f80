/**
 * The contract of a feed parser: one file per format, `{meta, parse}`, registered by name in feeds/index.ts. A
 * parser turns the text of a dump into indicators; it never throws on bad content. A malformed line or record is
 * counted and a few are kept as examples (a feed that changes its columns must be noticed, not crash the refresh).
 * Parsers are pure: no I/O, no clock (time-dependent fields are returned as they are, judged by the caller).
 */
import type { Category } from '../categories.ts';

export type IndicatorKind = 'url' | 'domain' | 'ip';

export interface Indicator {
  kind: IndicatorKind;
  /** As the feed spells it (trimmed); canonicalization happens when the index is built. */
  value: string;
  /**
   * Categories the record's own fields give (URLhaus `threat`, ThreatFox `threat_type`…); empty when the record says
   * nothing, and then the feed's configured categories (or the format's `defaultCategories`) apply.
   */
  categories: Category[];
  /** Domain rules: true when subdomains match too (`||evil.example^`, a plain domain list), false for exact hosts. */
  subdomains?: boolean;
  /** An allow rule (`@@||cdn.example^`): the indicator clears matches instead of making them. */
  exception?: boolean;
  /** Threat names or tags the feed gives (malware family, `cc_skimming`…), for evidence. */
  tags?: string[];
  /** The feed's own identifier of the record, when it has one (URLhaus id, STIX id…). */
  id?: string;
  /** ISO times from the feed, when it gives them. */
  firstSeen?: string;
  validFrom?: string;
  validUntil?: string;
  modified?: string;
  /** The feed withdrew the indicator (STIX `revoked`, a URLhaus `offline` status is *not* a withdrawal). */
  revoked?: boolean;
}

export interface BadRecord {
  /** 1-based line number (or record index for JSON formats). */
  line: number;
  text: string;
  reason: string;
}

export interface ParseResult {
  indicators: Indicator[];
  /** Number of malformed lines or records. */
  badCount: number;
  /** The first few of them (at most MAX_BAD_EXAMPLES). */
  bad: BadRecord[];
}

export interface FeedFormat {
  meta: {
    /** The `format` name in the configuration. */
    id: string;
    description: string;
    /** Categories of an indicator whose record says nothing more specific. */
    defaultCategories: Category[];
    /**
     * How the feed is collected when it is not one document: `taxii` polls a TAXII 2.1 collection (its `url`) and
     * parses the STIX objects it holds; `misp-feed` walks a MISP feed directory (`url` or `path`) and parses each
     * event file. Absent: the `url` or `path` is the dump.
     */
    collect?: 'taxii' | 'misp-feed';
  };
  parse(text: string): ParseResult;
}

/** Examples of bad records kept per parse: enough to see what changed, bounded for a feed that is all garbage. */
export const MAX_BAD_EXAMPLES = 5;
/** Longest bad record kept as an example. */
const MAX_EXAMPLE_LENGTH = 200;

/** Collects indicators and bad records; every parser builds its result with one. */
export class ResultBuilder {
  readonly indicators: Indicator[] = [];
  private readonly examples: BadRecord[] = [];
  private badCount = 0;

  add(indicator: Indicator): void {
    this.indicators.push(indicator);
  }

  bad(line: number, text: string, reason: string): void {
    this.badCount++;
    if (this.examples.length < MAX_BAD_EXAMPLES) this.examples.push({ line, text: text.slice(0, MAX_EXAMPLE_LENGTH), reason });
  }

  result(): ParseResult {
    return { indicators: this.indicators, badCount: this.badCount, bad: this.examples };
  }
}

export function defineFeedFormat(format: FeedFormat): FeedFormat {
  return format;
}
