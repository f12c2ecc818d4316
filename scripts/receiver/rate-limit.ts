// A token bucket per client: `perMinute` requests in a burst, refilled at perMinute/60 a second.
// Full buckets are forgotten when the table grows, so a flood of addresses cannot grow memory.

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until one request is allowed again (when not allowed). */
  retryAfterS: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const PRUNE_AT = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(client: string): RateDecision {
    if (this.perMinute <= 0) return { allowed: true, retryAfterS: 0 };
    const now = this.now();
    const perMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    if (!this.buckets.has(client)) {
      if (this.buckets.size >= PRUNE_AT) this.prune(now, perMs);
      this.buckets.set(client, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterS: 0 };
    }
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  private prune(now: number, perMs: number): void {
    for (const [client, b] of this.buckets) {
      if (b.tokens + (now - b.at) * perMs >= this.perMinute) this.buckets.delete(client);
    }
  }
}
