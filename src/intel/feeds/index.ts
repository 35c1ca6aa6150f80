/** The feed formats by configuration name: a new format is a new file added here, nothing else changes. */
import type { FeedFormat } from './feed.ts';
import adblock from './adblock.ts';
import domainList from './domain-list.ts';
import hosts from './hosts.ts';
import misp from './misp.ts';
import mispFeed from './misp-feed.ts';
import openphish from './openphish.ts';
import phishtankCsv from './phishtank-csv.ts';
import phishtankJson from './phishtank-json.ts';
import stix from './stix.ts';
import taxii from './taxii.ts';
import threatfoxCsv from './threatfox-csv.ts';
import threatfoxJson from './threatfox-json.ts';
import urlList from './url-list.ts';
import urlhausCsv from './urlhaus-csv.ts';
import urlhausJson from './urlhaus-json.ts';

export const feedFormats: readonly FeedFormat[] = [
  domainList, urlList, hosts, adblock, urlhausCsv, urlhausJson, threatfoxCsv, threatfoxJson, openphish, phishtankCsv,
  phishtankJson, stix, taxii, misp, mispFeed,
];

const byId = new Map(feedFormats.map((format) => [format.meta.id, format]));

export function feedFormat(id: string): FeedFormat | undefined {
  return byId.get(id);
}
