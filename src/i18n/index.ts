import { de } from './de.ts';
import { en } from './en.ts';

export type Locale = 'de' | 'en';
export type MessageKey = keyof typeof de;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const locales: readonly Locale[] = ['de', 'en'];
export const catalogues: Record<Locale, Record<MessageKey, string>> = { de, en };

export const isLocale = (value: unknown): value is Locale => value === 'de' || value === 'en';

type Vars = Record<string, string | number>;

/** The options of a plural or select: `one {…} other {…}`, each text with its braces balanced. */
function options(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const key = body.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < body.length && depth > 0; j++) {
      if (body[j] === '{') depth++;
      else if (body[j] === '}') depth--;
    }
    found.set(key, body.slice(open + 1, j - 1));
    i = j;
  }
  return found;
}

/**
 * A number from a variable: a number as it is, a string of digits read as one. A formatted number
 * ("1,5", "1.000") has separators and takes the `other` form, as it does in German and English.
 */
const numberOf = (value: string | number) =>
  typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;

/**
 * Plural and select forms, as in ICU MessageFormat: `{count, plural, one {# Angabe} other {# Angaben}}`
 * picks the form by the language's rules (Intl.PluralRules; `=0` for an exact number), `#` is the
 * number; `{kind, select, a {…} other {…}}` picks by a variable's value. Without the variable,
 * `other` is shown with the variable's placeholder, so a missing value stays visible.
 */
function expandForms(message: string, vars: Vars, rules: Intl.PluralRules): string {
  const start = /\{(\w+),\s*(plural|select)\s*,/g;
  let out = '';
  let from = 0;
  for (let m = start.exec(message); m; m = start.exec(message)) {
    let depth = 1;
    let j = m.index + m[0].length;
    for (; j < message.length && depth > 0; j++) {
      if (message[j] === '{') depth++;
      else if (message[j] === '}') depth--;
    }
    const [, name, kind] = m as unknown as [string, string, 'plural' | 'select'];
    const forms = options(message.slice(m.index + m[0].length, j - 1));
    const value = vars[name];
    let form: string | undefined;
    if (value === undefined) form = forms.get('other');
    else if (kind === 'select') form = forms.get(String(value)) ?? forms.get('other');
    else {
      const n = numberOf(value);
      form =
        forms.get(`=${n}`) ??
        (Number.isNaN(n) ? undefined : forms.get(rules.select(n))) ??
        forms.get('other');
    }
    const text =
      kind === 'plural'
        ? (form ?? '').replace(/#/g, value === undefined ? `{${name}}` : String(value))
        : (form ?? '');
    out += message.slice(from, m.index) + expandForms(text, vars, rules);
    from = j;
    start.lastIndex = j;
  }
  return out + message.slice(from);
}

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  const rules = new Intl.PluralRules(locale);
  return (key, vars) => {
    let message: string = catalogue[key] ?? de[key] ?? key;
    if (message.includes(', plural') || message.includes(', select'))
      message = expandForms(message, vars ?? {}, rules);
    if (!vars) return message;
    return message.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    );
  };
}
