import { randomBytes } from 'node:crypto';
import { calendarFeeds } from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { feedOf } from './queries.ts';

/** 32 random bytes: the secret part of a feed's URL. */
const newToken = () => randomBytes(32).toString('base64url');

/** The person's feed, created on first use. */
export async function ensureFeed(deps: ServiceDeps, userId: string) {
  const existing = await feedOf(deps.database.db, userId);
  if (existing) return existing;
  await deps.database.db
    .insert(calendarFeeds)
    .values({ userId, token: newToken(), createdAt: deps.clock() })
    .onConflictDoNothing();
  return (await feedOf(deps.database.db, userId))!;
}

/** A new secret URL: the old one answers 404 from this moment on. */
export async function renewFeed(deps: ServiceDeps, userId: string) {
  const token = newToken();
  await deps.database.db
    .insert(calendarFeeds)
    .values({ userId, token, createdAt: deps.clock() })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { token, createdAt: deps.clock() } });
  return token;
}
