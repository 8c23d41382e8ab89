import type { MessageKey } from '../i18n/index.ts';

/**
 * The one shape of a service's answer when a write may be refused for a reason the user should
 * read (a stale version, a state that no longer allows it): `ok(value)` or `refused(reason)`.
 * A refusal may name the form field and message to show (a 422 on the form); other refusals are
 * the route's to turn into a page (often a 409). Bugs and bad ids stay exceptions.
 */
export type Result<T = undefined, R extends string = string> =
  | { ok: true; value: T }
  | { ok: false; reason: R; field?: { name: string; message: MessageKey } };

export const ok = <T = undefined>(value?: T): { ok: true; value: T } => ({ ok: true, value: value as T });

export const refused = <R extends string>(
  reason: R,
  field?: { name: string; message: MessageKey },
): { ok: false; reason: R; field?: { name: string; message: MessageKey } } =>
  field ? { ok: false, reason, field } : { ok: false, reason };
