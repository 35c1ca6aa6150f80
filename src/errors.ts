/**
 * Coded errors: every failure a user can cause has a stable code, so scripts and the API can branch on it
 * without parsing sentences. The message is for humans and names the offending input.
 */
export type ErrorCode =
  | 'SG_USAGE'
  | 'SG_CONFIG'
  | 'SG_IO'
  | 'SG_FETCH_BLOCKED'
  | 'SG_FETCH_FAILED'
  | 'SG_TOO_LARGE'
  | 'SG_TIMEOUT'
  | 'SG_NOT_FOUND'
  | 'SG_CONFLICT'
  | 'SG_VALIDATION'
  | 'SG_UNAUTHORIZED'
  | 'SG_RATE_LIMITED'
  | 'SG_PAYLOAD_TOO_LARGE'
  | 'SG_UNAVAILABLE';

export class SkimguardError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SkimguardError';
    this.code = code;
  }
}

export function isSkimguardError(value: unknown): value is SkimguardError {
  return value instanceof SkimguardError;
}
