/** The API's response envelope and its coded errors (Page Shield's `{result, success, errors, messages, result_info}`). */
import type { ErrorCode } from '../errors.ts';

export interface ResultInfo {
  page: number;
  per_page: number;
  count: number;
  total_count: number;
  total_pages: number;
}

export function ok<T>(result: T, resultInfo?: ResultInfo): { result: T; success: true; errors: []; messages: []; result_info?: ResultInfo } {
  return { result, success: true, errors: [], messages: [], ...(resultInfo ? { result_info: resultInfo } : {}) };
}

export function failure(code: ErrorCode | 'SG_INTERNAL', message: string): { result: null; success: false; errors: { code: string; message: string }[]; messages: [] } {
  return { result: null, success: false, errors: [{ code, message }], messages: [] };
}

/** HTTP status of each coded error the API answers with. */
export const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  SG_USAGE: 400, SG_VALIDATION: 400, SG_CONFIG: 400, SG_UNAUTHORIZED: 401, SG_NOT_FOUND: 404, SG_CONFLICT: 409,
  SG_PAYLOAD_TOO_LARGE: 413, SG_RATE_LIMITED: 429, SG_UNAVAILABLE: 503,
};
