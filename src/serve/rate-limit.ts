/**
 * Fixed-window request counting for the report endpoint. Written here rather than taken from @fastify/rate-limit
 * because that plugin applies at most one limit to a request (it marks the request after the first), and the report
 * endpoint needs two at once: per client address and per site.
 */
import ipaddr from 'ipaddr.js';

/** Keys remembered at most: past this, expired windows are swept, and if that is not enough all are forgotten (fail open: a flood of addresses must not lock real visitors out). */
const MAX_KEYS = 200_000;

export class FixedWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #windows = new Map<string, { start: number; count: number }>();

  constructor(limit: number, windowMs: number, now: () => number = Date.now) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Counts one request under `key`; false when the key is over its limit in the current window. */
  take(key: string): boolean {
    const now = this.#now();
    let window = this.#windows.get(key);
    if (!window || now - window.start >= this.#windowMs) {
      if (!window && this.#windows.size >= MAX_KEYS) this.#sweep(now);
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    return window.count <= this.#limit;
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) if (now - window.start >= this.#windowMs) this.#windows.delete(key);
    if (this.#windows.size >= MAX_KEYS) this.#windows.clear();
  }
}

/**
 * The key of a client address: IPv4 as it is, IPv6 by its /64 network, since one host gets a whole /64 and could
 * otherwise rotate addresses to escape its limit.
 */
export function clientKey(address: string): string {
  // The common case, a socket's dotted IPv4 address, needs no parsing (IPv4-mapped IPv6 has colons and is parsed).
  if (!address.includes(':')) return address;
  try {
    const parsed = ipaddr.process(address);
    if (parsed.kind() === 'ipv4') return parsed.toString();
    const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
    return `${parts.join(':')}::/64`;
  } catch {
    return address;
  }
}
