import { de } from './de.ts';
import { en } from './en.ts';

export type Locale = 'de' | 'en';
export type MessageKey = keyof typeof de;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const locales: readonly Locale[] = ['de', 'en'];
export const catalogues: Record<Locale, Record<MessageKey, string>> = { de, en };

export const isLocale = (value: unknown): value is Locale => value === 'de' || value === 'en';

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, vars) => {
    const message = catalogue[key] ?? de[key] ?? key;
    if (!vars) return message;
    return message.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    );
  };
}
