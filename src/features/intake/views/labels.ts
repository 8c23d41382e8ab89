import type { MessageKey, Translate } from '../../../i18n/index.ts';

/** Catalogue keys of registration data (the registration feature's labels, shared). */
export const statusKey = (s: string) => `participant.status.${s}` as MessageKey;
export const roleKey = (r: string) => `participant.role.${r}` as MessageKey;
export const bundeslandKey = (b: string) => `bundesland.${b}` as MessageKey;
export const organisationTypeKey = (o: string) => `organisation.type.${o}` as MessageKey;
export const sizeKey = (s: string) => `organisation.size.${s}` as MessageKey;
export const formatKey = (f: string) => `format.${f}` as MessageKey;
export const frequencyKey = (f: string) => `frequency.${f}` as MessageKey;

/** "de" → "Deutsch" from the registration's catalogue; a value it does not know is shown as stored. */
export function languageLabel(t: Translate, code: string) {
  const key = `language.${code}` as MessageKey;
  const label = t(key);
  return label === key ? code : label;
}

export const LIST_PATH = '/koordination/anmeldungen';
export const detailPath = (id: string) => `${LIST_PATH}/${id}`;

/** The list's address with these filters; empty values are left out. */
export function listUrl(values: Record<string, string | undefined>) {
  const params = new URLSearchParams();
  for (const key of ['programm', 'rolle', 'status', 'bundesland', 'seit', 'suche', 'seite']) {
    const v = values[key];
    if (v && !(key === 'seite' && v === '1')) params.set(key, v);
  }
  const qs = params.toString();
  return qs ? `${LIST_PATH}?${qs}` : LIST_PATH;
}

/** A return address from a form: only the list itself, with its query. */
export const safeListUrl = (value: unknown) =>
  typeof value === 'string' && /^\/koordination\/anmeldungen(\?[^\s#]*)?$/.test(value) ? value : LIST_PATH;
