/**
 * Verdicts no feed has to list: a domain that looks machine-generated (`DGA domain`) or that imitates a service
 * scripts are loaded from, or the site itself (`Typosquatting & Impersonation`). Added to a feed verdict as matches
 * of their own, so that evidence says which signal spoke. Pure: the model comes in as an argument.
 */
import { sortCategories, type Category } from './categories.ts';
import { dgaProbability, type DgaModel } from './dga/model.ts';
import { readTarget } from './domains.ts';
import type { CheckResult } from './index/threat-index.ts';
import { impersonation } from './typosquat/index.ts';

export interface LocalSignalOptions {
  dgaModel?: DgaModel;
  /** The site's own domains: look-alikes of them are the classic skimmer drop. */
  ownDomains?: readonly string[];
}

export function withLocalSignals(result: CheckResult, options: LocalSignalOptions): CheckResult {
  const target = readTarget(result.input);
  if (target === null || target.ip) return result;
  const host = target.host;
  const added: Category[] = [];
  const matches = [...result.matches];
  const lookAlike = impersonation(host, options.ownDomains);
  if (lookAlike) {
    added.push('Typosquatting & Impersonation');
    matches.push({ feed: 'typosquat', kind: 'domain', indicator: `${host} imitates ${lookAlike.target} (${lookAlike.technique})` });
  }
  if (options.dgaModel) {
    const probability = dgaProbability(host, options.dgaModel);
    if (probability !== null && probability >= options.dgaModel.threshold) {
      added.push('DGA domain');
      matches.push({ feed: 'dga', kind: 'domain', indicator: `${host} (p = ${probability.toFixed(3)})` });
    }
  }
  if (added.length === 0) return result;
  return {
    ...result,
    domain_reported_malicious: true,
    malicious_domain_categories: sortCategories([...result.malicious_domain_categories, ...added]),
    matches,
  };
}
