/**
 * The room's limits on how fast things may come: an allowance that is spent
 * by each request and comes back with time (a token bucket), for each page and
 * for each seat; and the wrong join codes an address has tried, which shut it
 * out for a while past a number.
 */

/** An allowance of `burst` requests, coming back at `perSecond`; `now` is the clock (milliseconds). */
export class Allowance {
  private left: number;
  private lastRefill: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.left = burst;
    this.lastRefill = now;
  }

  /** Spends one request if the allowance has one; false when the requests come faster than it comes back. */
  take(now: number): boolean {
    this.left = Math.min(this.burst, this.left + ((now - this.lastRefill) / 1000) * this.perSecond);
    this.lastRefill = now;
    if (this.left < 1) return false;
    this.left -= 1;
    return true;
  }
}

/** The wrong codes tried from each address: past `limit` within `forMs`, the address is shut out until then. */
export class WrongCodes {
  private readonly tried = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly limit: number,
    private readonly forMs: number,
  ) {}

  count(address: string, now: number): void {
    const tries = this.tried.get(address);
    this.tried.set(address, tries && now - tries.since <= this.forMs ? { count: tries.count + 1, since: tries.since } : { count: 1, since: now });
  }

  shutOut(address: string, now: number): boolean {
    const tries = this.tried.get(address);
    if (!tries) return false;
    if (now - tries.since > this.forMs) {
      this.tried.delete(address);
      return false;
    }
    return tries.count >= this.limit;
  }
}
