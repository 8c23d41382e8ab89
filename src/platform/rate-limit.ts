import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { HttpError } from './errors.ts';

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit that keeps its counters in PostgreSQL, so that limits hold
 * across several app instances and restarts. `clock` lets tests move past a window.
 */
export function pgRateLimitStore(db: Db, clock: () => Date) {
  return class PgStore {
    readonly prefix: string;
    constructor(options: { groupId?: string; routeInfo?: { method?: string; url?: string } } = {}) {
      const route = options.routeInfo?.url ? `${options.routeInfo.method} ${options.routeInfo.url}` : '';
      this.prefix = options.groupId ?? route;
    }

    incr(key: string, cb: Callback, timeWindow: number) {
      const now = clock().getTime();
      const k = `${this.prefix}|${key}`;
      db.execute(sql`
        INSERT INTO rate_limits (key, count, window_start) VALUES (${k}, 1, ${now})
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_limits.window_start + ${timeWindow} <= ${now} THEN 1 ELSE rate_limits.count + 1 END,
          window_start = CASE WHEN rate_limits.window_start + ${timeWindow} <= ${now} THEN ${now} ELSE rate_limits.window_start END
        RETURNING count, window_start`)
        .then((r) => {
          const row = (r as unknown as { rows: { count: number; window_start: string }[] }).rows[0]!;
          cb(null, { current: Number(row.count), ttl: Number(row.window_start) + timeWindow - now });
        })
        .catch((err: Error) => cb(err));
    }

    /** The current count without counting this request (for limits on failures only). */
    read(key: string, cb: Callback, timeWindow: number) {
      const now = clock().getTime();
      db.execute(sql`SELECT count, window_start FROM rate_limits WHERE key = ${`${this.prefix}|${key}`}`)
        .then((r) => {
          const row = (r as unknown as { rows: { count: number; window_start: string }[] }).rows[0];
          if (!row || Number(row.window_start) + timeWindow <= now) return cb(null, { current: 0, ttl: 0 });
          cb(null, { current: Number(row.count), ttl: Number(row.window_start) + timeWindow - now });
        })
        .catch((err: Error) => cb(err));
    }

    child(options: object) {
      return new PgStore(options as { groupId?: string; routeInfo?: { method?: string; url?: string } });
    }
  };
}

export class TooManyRequests extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'error.tooManyRequests');
  }
}

/** Rate limits every instance shares; times in milliseconds. */
export const limits = {
  /**
   * Login (ADR 0013): failed attempts per address and IP, so that guessing from elsewhere never locks
   * the owner out; every attempt per IP (however many addresses it tries); and failed attempts per
   * address from anywhere, beyond which each attempt at that address waits `delayMs` but is not refused.
   */
  loginPerAccountAndIp: { max: 5, timeWindow: 15 * 60_000 },
  loginPerIp: { max: 20, timeWindow: 15 * 60_000 },
  loginPerAccountSlowdown: { max: 20, timeWindow: 15 * 60_000, delayMs: 1_000 },
  /** The second step: failed codes per pending user (only someone with the password gets there). */
  mfaPerUser: { max: 5, timeWindow: 15 * 60_000 },
  /** Public forms that send mail or create data: sign-up, reset, resend, setup. */
  forms: { max: 20, timeWindow: 15 * 60_000 },
  /** The registration's steps: a person posts each step once or twice. */
  steps: { max: 120, timeWindow: 15 * 60_000 },
  /** Posting in the community area (questions, answers, comments, reports), per person. */
  posting: { max: 15, timeWindow: 15 * 60_000 },
  /** Reports of posts in the community area, per person (counted from the reports themselves). */
  reporting: { max: 10, timeWindow: 60 * 60_000 },
};

export const ipKey = (req: FastifyRequest) => req.ip;

/** Route config for a public form: at most `limits.forms` posts per IP, route and window. */
export const formRateLimit = {
  rateLimit: { ...limits.forms, hook: 'preHandler', keyGenerator: ipKey },
} as const;

type Limiter = (
  req: FastifyRequest,
) => Promise<{ isAllowed: true } | { isAllowed: false; isExceeded: boolean; ttlInSeconds: number }>;

/** Route config for the steps of a long form. */
export const stepRateLimit = {
  rateLimit: { ...limits.steps, hook: 'preHandler', keyGenerator: ipKey },
} as const;

/** Route config for posting as a signed-in person: at most `limits.posting` per person, route and window. */
export const postingRateLimit = {
  rateLimit: {
    ...limits.posting,
    hook: 'preHandler',
    keyGenerator: (req: FastifyRequest) => (req.actor.kind === 'anonymous' ? req.ip : req.actor.userId),
  },
} as const;

type CountingLimiter = (
  req: FastifyRequest,
  options?: { increment: boolean },
) => Promise<{ isAllowed: true } | { isAllowed: false; remaining: number; ttlInSeconds: number }>;

/** Refuses the request when a limit that counts only failures is used up (see `countFailure`). */
export async function enforceFailureLimit(req: FastifyRequest, limiter: CountingLimiter) {
  const state = await limiter(req, { increment: false });
  if (!state.isAllowed && state.remaining === 0) throw new TooManyRequests(state.ttlInSeconds);
}

/** Whether a limit that counts only failures is used up, without counting this request. */
export async function failureLimitReached(req: FastifyRequest, limiter: CountingLimiter) {
  const state = await limiter(req, { increment: false });
  return !state.isAllowed && state.remaining === 0;
}

/** Applies several limits to one request (e.g. per IP and per account); throws 429 when one is exceeded. */
export async function enforceLimits(req: FastifyRequest, limiters: Limiter[]) {
  for (const limiter of limiters) {
    const result = await limiter(req);
    if (!result.isAllowed && result.isExceeded) throw new TooManyRequests(result.ttlInSeconds);
  }
}
