import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en } from './en.ts';
import { catalogues, translator } from './index.ts';

type Catalogue = Readonly<Record<string, string>>;

/** Keys of `source` that `target` lacks. */
const missingKeys = (source: Catalogue, target: Catalogue) =>
  Object.keys(source).filter((k) => !Object.hasOwn(target, k));

/** Keys whose message is empty or only whitespace. */
const emptyValues = (catalogue: Catalogue) =>
  Object.entries(catalogue)
    .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
    .map(([k]) => k);

/** The set of `{name}` placeholders of a message, sorted. */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Keys present in both catalogues whose placeholder sets differ, with both sets. */
function placeholderMismatches(source: Catalogue, target: Catalogue) {
  return Object.keys(source)
    .filter((k) => Object.hasOwn(target, k))
    .map((k) => ({ key: k, source: placeholders(source[k]!), target: placeholders(target[k]!) }))
    .filter((m) => m.source.join(',') !== m.target.join(','));
}

/** Multi-word messages left in German: a sign of a copied, untranslated catalogue. */
const untranslated = (source: Catalogue, target: Catalogue) =>
  Object.keys(source).filter((k) => target[k] === source[k] && /\s/.test(source[k]!.trim()));

describe('the checks themselves', () => {
  const good = { a: 'Hallo {name}', b: 'Tschüss' };

  it('find a missing key by name', () => {
    expect(missingKeys(good, { a: 'Hello {name}' })).toEqual(['b']);
    expect(missingKeys(good, { a: 'Hello {name}', b: 'Bye' })).toEqual([]);
  });

  it('find empty and blank messages', () => {
    expect(emptyValues({ a: '', b: '  ', c: 'ok' })).toEqual(['a', 'b']);
  });

  it('find a renamed, dropped or added placeholder', () => {
    expect(placeholderMismatches(good, { a: 'Hello {nme}', b: 'Bye' })).toEqual([
      { key: 'a', source: ['name'], target: ['nme'] },
    ]);
    expect(placeholderMismatches(good, { a: 'Hello', b: 'Bye {name}' }).map((m) => m.key)).toEqual([
      'a',
      'b',
    ]);
    expect(placeholderMismatches(good, { a: 'Hello {name}, {name}', b: 'Bye' })).toEqual([]);
  });

  it('find a copied German message', () => {
    expect(untranslated({ a: 'Guten Tag', b: 'Name' }, { a: 'Guten Tag', b: 'Name' })).toEqual(['a']);
  });
});

describe('the catalogues', () => {
  it('have every German key in English', () => {
    expect(missingKeys(de, en), 'keys missing in en.ts').toEqual([]);
  });

  it('have no English key that German lacks', () => {
    expect(missingKeys(en, de), 'keys in en.ts that de.ts does not have').toEqual([]);
  });

  it('have no empty message', () => {
    expect(emptyValues(de), 'empty messages in de.ts').toEqual([]);
    expect(emptyValues(en), 'empty messages in en.ts').toEqual([]);
  });

  it('use the same placeholders in German and English', () => {
    expect(placeholderMismatches(de, en), 'messages whose {placeholders} differ').toEqual([]);
  });

  it('translate the English catalogue rather than copy the German one', () => {
    expect(untranslated(de, en), 'English messages identical to the German').toEqual([]);
  });

  it('are the ones the translator uses', () => {
    expect(catalogues.en).toBe(en);
    expect(catalogues.de).toBe(de);
  });
});

describe('translator', () => {
  it('gives the English text for English', () => {
    expect(translator('en')('login.title')).toBe('Sign in');
    expect(translator('de')('login.title')).toBe('Anmelden');
  });

  it('fills in known variables', () => {
    expect(translator('en')('error.code', { status: 404 })).toBe('Error code 404');
    expect(translator('de')('error.code', { status: 404 })).toBe('Fehlercode 404');
  });

  it('leaves a variable it was not given visible', () => {
    expect(translator('en')('mail.greeting', { other: 'x' })).toBe('Hello {name},');
    expect(translator('en')('error.tooManyRequests.text', { count: 3 })).toContain('{minutes}');
    expect(translator('en')('error.code')).toBe('Error code {status}');
  });
});
