import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en } from './en.ts';
import { germanGender } from './grammar.ts';
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

/** The index of the brace that closes the one at `open`. */
function closing(text: string, open: number) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/**
 * The set of placeholders a message shows, sorted: `{name}` and the numbers of plural forms
 * (`{count, plural, …}`). A select (`{agencyGender, select, …}`) steers one language's grammar and
 * need not appear in the other.
 */
function placeholders(message: string) {
  const found = new Set<string>();
  // The texts of a plural's or select's options, each `key {text}`.
  const options = (body: string) => {
    for (let open = body.indexOf('{'); open >= 0; open = body.indexOf('{', closing(body, open) + 1))
      scan(body.slice(open + 1, closing(body, open)));
  };
  const scan = (text: string) => {
    for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', closing(text, open) + 1)) {
      const m = /^(\w+)(?:,\s*(plural|select)\s*,([\s\S]*))?$/.exec(
        text.slice(open + 1, closing(text, open)),
      );
      if (!m) continue;
      if (m[2] !== 'select') found.add(m[1]!);
      if (m[3] !== undefined) options(m[3]);
    }
  };
  scan(message);
  return [...found].sort();
}

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

  it("picks singular and plural forms by the language's rules", () => {
    const de = translator('de');
    const en = translator('en');
    expect(de('imports.mapping.file', { file: 'a.csv', rows: 1, columns: 1, programme: 'P' })).toBe(
      'a.csv: 1 Zeile mit Daten, 1 Spalte, für das Programm P.',
    );
    expect(de('imports.mapping.file', { file: 'a.csv', rows: 1000, columns: 14, programme: 'P' })).toBe(
      'a.csv: 1000 Zeilen mit Daten, 14 Spalten, für das Programm P.',
    );
    expect(de('tandems.attention.summary', { open: 1, ended: 1, celebrated: 1 })).toBe(
      '1 laufendes Tandem und 1 beendetes; 1 gefeierter Erfolg.',
    );
    expect(de('tandems.attention.summary', { open: 2, ended: 0, celebrated: 3 })).toBe(
      '2 laufende Tandems und 0 beendete; 3 gefeierte Erfolge.',
    );
    expect(de('tandems.help.stats.answers', { count: 1 })).toBe('1 Rückmeldung');
    expect(de('tandems.help.stats.answers', { count: 5 })).toBe('5 Rückmeldungen');
    expect(en('tandems.help.stats.answers', { count: 1 })).toBe('1 answer');
    expect(de('form.errorSummary', { count: 1 })).toBe('Bitte korrigieren Sie 1 Angabe:');
    expect(en('form.errorSummary', { count: 2 })).toBe('Please correct 2 entries:');
    expect(de('imports.check.summary', { valid: 1, total: 5 })).toBe('1 von 5 Zeilen ist gültig.');
    expect(de('imports.check.summary', { valid: 3, total: 5 })).toBe('3 von 5 Zeilen sind gültig.');
    // Formatted numbers: "1,5" is plural, a thousand with its separator too.
    expect(de('tandems.time.duty.logged', { year: 2026, hours: '1,5' })).toBe(
      'Erfasst in 2026: 1,5 Stunden.',
    );
    expect(de('tandems.time.duty.logged', { year: 2026, hours: '1' })).toBe('Erfasst in 2026: 1 Stunde.');
    expect(de('tandems.time.duty.logged', { year: 2026, hours: '1.000' })).toBe(
      'Erfasst in 2026: 1.000 Stunden.',
    );
  });

  it('gives a German organisation its article, or a sentence that needs none', () => {
    const de = translator('de');
    const vars = (agency: string) => ({ agency, agencyGender: germanGender(agency), programme: 'P' });
    expect(de('imports.mail.body', vars('Agentur für kommunalen Klimaschutz'))).toMatch(
      /^Die Agentur für kommunalen Klimaschutz lädt Sie ein/,
    );
    expect(de('imports.mail.body', vars('Zentrum KlimaAnpassung'))).toMatch(
      /^Das Zentrum KlimaAnpassung lädt/,
    );
    expect(de('imports.mail.data', vars('Landesverband Nord'))).toMatch(
      /^Dafür hat der Landesverband Nord Ihre/,
    );
    expect(de('imports.mail.body', vars('Deutsches Institut für Urbanistik'))).toMatch(
      /^Die Programmkoordination \(Deutsches Institut für Urbanistik\) lädt Sie ein/,
    );
    expect(translator('en')('imports.mail.body', vars('Zentrum KlimaAnpassung'))).toMatch(
      /^Zentrum KlimaAnpassung invites you/,
    );
  });

  it('every plural and select has an "other" form', () => {
    for (const catalogue of [de, en])
      for (const [key, message] of Object.entries(catalogue))
        for (const m of message.matchAll(/\{\w+,\s*(plural|select)\s*,/g))
          expect(message.slice(m.index), key).toMatch(/^\{\w+,\s*\w+\s*,[\s\S]*\bother \{/);
  });

  it('leaves a variable it was not given visible', () => {
    expect(translator('en')('mail.greeting', { other: 'x' })).toBe('Hello {name},');
    expect(translator('en')('error.tooManyRequests.text', { count: 3 })).toContain('{minutes}');
    expect(translator('en')('error.code')).toBe('Error code {status}');
  });
});
