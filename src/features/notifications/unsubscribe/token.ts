import { createHmac, hkdfSync } from 'node:crypto';
import { isUuid } from '../../../platform/forms.ts';
import { safeEqual } from '../../../platform/tokens.ts';

/** What an unsubscribe link may switch off; one purpose so far: all mail of the community area. */
export const UNSUBSCRIBE_PURPOSES = ['austausch'] as const;
export type UnsubscribePurpose = (typeof UNSUBSCRIBE_PURPOSES)[number];

/**
 * The key of unsubscribe links, derived from SESSION_SECRET (as `secretBox` derives its key, with a
 * purpose of its own), so nothing new has to be configured or stored.
 */
const keyOf = (sessionSecret: string) =>
  Buffer.from(hkdfSync('sha256', sessionSecret, 'klimatandem', 'unsubscribe-link-v1', 32));

const macOf = (key: Buffer, purpose: string, userId: string) =>
  createHmac('sha256', key).update(`unsubscribe|${purpose}|${userId}`).digest('base64url');

/**
 * A one-click unsubscribe token: `<user id>.<purpose>.<HMAC-SHA256 of both>`. It needs no login and
 * no row: whoever holds it may switch off exactly that person's mails of that purpose, which is what
 * the mail it came in offers anyway. It does not expire (old mails keep working); a new SESSION_SECRET
 * invalidates all of them.
 */
export function unsubscribeToken(sessionSecret: string, userId: string, purpose: UnsubscribePurpose) {
  return `${userId}.${purpose}.${macOf(keyOf(sessionSecret), purpose, userId)}`;
}

/** The person and purpose a token names, or null for a malformed or tampered one. */
export function readUnsubscribeToken(
  sessionSecret: string,
  token: string,
): { userId: string; purpose: UnsubscribePurpose } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [userId, purpose, mac] = parts as [string, string, string];
  if (!isUuid(userId) || !(UNSUBSCRIBE_PURPOSES as readonly string[]).includes(purpose)) return null;
  if (!safeEqual(mac, macOf(keyOf(sessionSecret), purpose, userId))) return null;
  return { userId, purpose: purpose as UnsubscribePurpose };
}
