import type { z } from 'zod';
import { catalogues, type MessageKey } from '../i18n/index.ts';
import type { FormErrors } from '../ui/context.ts';

/** A UUID as the database makes them; ids in paths and forms are checked before any query. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** An empty field of a GET form means "no filter". */
export const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Checkbox groups arrive as one string or several. */
export const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FormErrors; values: Record<string, string> };

/**
 * Field errors from zod issues: the first issue of each field, by the field's name (the error
 * summary names the field by its label). Schemas carry catalogue keys as messages; anything else
 * (a zod default) becomes a generic message.
 */
export function issueErrors(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '_form');
    errors[field] ??= issue.message in catalogues.de ? (issue.message as MessageKey) : 'form.invalid';
  }
  return errors;
}

/**
 * Parses a submitted form with its zod schema. Schemas carry catalogue keys as messages, so errors
 * are shown in the user's language; the submitted values come back to refill the form.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.output<S>> {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: issueErrors(result.error.issues), values: submittedValues(raw) };
}

const isSecretField = (name: string) =>
  name === '_csrf' || name.toLowerCase().includes('password') || name.includes('passwort');

/**
 * The one way to refill a form: the submitted fields that are strings, without the CSRF token and
 * passwords. A missing body, `null`, arrays and objects (a script's JSON, a field sent twice) give
 * nothing rather than a broken page.
 */
export function submittedValues(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(
    Object.entries(body).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && !isSecretField(e[0]),
    ),
  );
}
