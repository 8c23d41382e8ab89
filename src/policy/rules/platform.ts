import type { Actor } from '../actor.ts';
import type { Rules } from './rule.ts';

/** Rules for the platform's own pages: public pages, accounts, administration, developer tools. */
export const platformRules = {
  /** Public pages and forms: start page, legal pages, language switch, health. */
  'public.view': () => true,
  /** Login, sign-up and password reset forms: only for people who are not signed in. */
  'session.start': (actor: Actor) => actor.kind === 'anonymous',
  /** The second login step, between password and one-time code. */
  'session.mfa': (actor: Actor) => actor.kind === 'anonymous' && actor.pendingMfaUserId !== undefined,
  'session.end': (actor: Actor) => actor.kind !== 'anonymous',
  /** Own account settings, including enrolling the second factor. */
  'account.manage': (actor: Actor) => actor.kind !== 'anonymous',
  'admin.pages.edit': (actor: Actor) => actor.kind === 'admin',
  /** Finding accounts and resetting a person's second factor (a lost phone). */
  'admin.accounts': (actor: Actor) => actor.kind === 'admin',
  'admin.setup': (actor: Actor) => actor.kind === 'anonymous',
  /** The outbox viewer; the route only exists in development and demo mode. */
  'dev.mails.view': () => true,
} satisfies Rules;
