/**
 * Cryptocurrency addresses as code spells them: the patterns written to recognise one, and addresses held in
 * strings (after constant folding and decoding). Clipboard hijackers and wallet-drainer hooks carry the attacker's
 * addresses as constants; wallet UIs hold the same patterns, so these are evidence only next to a behaviour. Pure.
 */
/**
 * Regular expressions written to recognise a cryptocurrency address: an EVM `0x` + 40 hex digits, Bitcoin bech32
 * (`bc1…`) or legacy (`[13]…`), Litecoin, Tron, Monero, or anything spelled with the base58 alphabet. Wallet UIs and
 * validator libraries hold the same patterns, which is why a pattern alone is not a finding.
 */
export const ADDRESS_PATTERN = /0x\\?\[[^\]]*\]\{40\}|\bbc1|\bltc1|A-HJ-NP-Z|a-km-zA-HJ|\[13\]|\{9[34]\}|\{25,3[3-9]\}/;

/** A cryptocurrency address inside a string: EVM, bech32 (BTC/LTC), base58 legacy BTC/LTC, Tron, Monero. */
const ADDRESS = /(?<![0-9A-Za-z])(?:0x[0-9a-fA-F]{40}|(?:bc1|ltc1)[02-9ac-hj-np-z]{25,62}|[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}|[48][1-9A-HJ-NP-Za-km-z]{94})(?![0-9A-Za-z])/g;
/** Strings this long are blobs (fonts, data), not address tables. */
const MAX_TEXT = 16 * 1024;

/** An address-shaped match that is a real-looking address: not a run of one digit, base58 ones with mixed case and digits. */
function plausibleAddress(text: string): boolean {
  if (text.startsWith('0x')) return !/^0x(.)\1+$/i.test(text) && /[a-f]/i.test(text.slice(2)) && /\d/.test(text.slice(2));
  if (/^(?:bc1|ltc1)/.test(text)) return /\d/.test(text) && /[a-z]/.test(text.slice(4));
  return /[A-Z]/.test(text.slice(1)) && /[a-z]/.test(text) && /\d/.test(text.slice(1));
}

export function addressesIn(text: string): string[] {
  if (text.length < 26 || text.length > MAX_TEXT) return [];
  const found: string[] = [];
  ADDRESS.lastIndex = 0;
  for (let match = ADDRESS.exec(text); match !== null && found.length < 8; match = ADDRESS.exec(text)) {
    if (plausibleAddress(match[0])) found.push(match[0]);
  }
  return found;
}
