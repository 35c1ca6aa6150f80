/**
 * Bearer tokens for everything under /api and /metrics. Tokens are random (256 bits) and only their SHA-256 digests
 * are kept, in the database or derived from the configuration: a copy of the database does not hand out access.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new token: `sg_` and 43 base64url characters (256 random bits). */
export function newApiToken(): string {
  return `sg_${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The digest of what the request presents, or null. Comparing digests by set lookup leaks nothing useful through
 * timing: an attacker controls the token, not its digest, so learning a digest's prefix does not help guess a token.
 */
export function presentedHash(authorization: string | undefined): string | null {
  const match = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{16,512})[ \t]*$/i.exec(authorization ?? '');
  return match ? tokenHash(match[1] as string) : null;
}
