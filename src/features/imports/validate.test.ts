import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADERS, sampleRecords } from '../../../test/support/imports-sample.ts';
import { translator } from '../../i18n/index.ts';
import { suggestMapping } from './mapping.ts';
import { validateRows } from './validate.ts';
import { readBundesland, readRole, readSizeClass, readYear } from './values.ts';

const topics = [
  { id: 't1', label: 'Wärmeplanung' },
  { id: 't2', label: 'Mobilität' },
  { id: 't3', label: '„Spielregeln“ und Strukturen der Verwaltung' },
];
const ctx = { topics, fundingOptions: ['Erstvorhaben', 'Anschlussvorhaben'], currentYear: 2026 };
const mapping = suggestMapping(SAMPLE_HEADERS);

/** One data row (row 2) from field values by header; the rest from a valid sample row. */
function check(values: Record<string, string>) {
  const [, base] = sampleRecords(1, { topics: topics.map((t) => t.label) });
  const cells = SAMPLE_HEADERS.map((h, i) => values[h] ?? base![i]!);
  return validateRows([{ row: 2, cells }], mapping, ctx);
}

const de = translator('de');
const messages = (v: ReturnType<typeof check>) =>
  v.issues.map((i) => `${i.row}/${i.field}: ${de(i.message, i.vars)}`);

describe('validateRows', () => {
  it('accepts a complete row and reads every value', () => {
    const v = check({
      Rolle: 'beides',
      Themen: 'wärmeplanung;  Mobilität ',
      Kapazität: '3',
      Sprachen: 'Deutsch, en',
    });
    expect(v.issues).toEqual([]);
    expect(v.valid[0]).toMatchObject({
      row: 2,
      email: 'person1@kommune.example',
      roles: ['mentee', 'mentor'],
      organisationType: 'gemeinde',
      bundesland: 'HE',
      sizeClass: 'unter_5000',
      inRoleSince: 2010,
      funding: 'Erstvorhaben',
      topicIds: ['t1', 't2'],
      capacity: 3,
      languages: ['de', 'en'],
    });
  });

  it('reports missing required values in German, per field', () => {
    const v = check({ Name: '', 'E-Mail': '', Rolle: '', Organisation: ' ' });
    expect(v.valid).toEqual([]);
    expect(v.invalidRows).toBe(1);
    expect(messages(v)).toEqual([
      '2/name: Diese Angabe fehlt; sie ist Pflicht.',
      '2/email: Diese Angabe fehlt; sie ist Pflicht.',
      '2/role: Diese Angabe fehlt; sie ist Pflicht.',
      '2/organisationName: Diese Angabe fehlt; sie ist Pflicht.',
    ]);
  });

  it('names the unreadable value and what would be right', () => {
    const v = check({
      'E-Mail': 'anna(at)example.org',
      Rolle: 'Chefin',
      Bundesland: 'Bayernland',
      Einwohnerzahl: 'ziemlich groß',
      'In der Rolle seit': '1899',
      Förderung: 'Sonderprogramm',
      Themen: 'Wärmeplanung; Raumfahrt',
      Kapazität: '7',
      Sprachen: 'Klingonisch',
      Telefon: 'bitte anrufen',
      Organisationstyp: 'Raumstation',
    });
    expect(messages(v)).toEqual([
      '2/email: „anna(at)example.org“ ist keine gültige E-Mail-Adresse.',
      '2/role: „Chefin“ ist keine bekannte Rolle. Möglich sind Mentee, Mentor*in und beides.',
      '2/organisationType: „Raumstation“ ist kein bekannter Organisationstyp. Möglich sind Gemeinde, Stadt, Landkreis, soziale Einrichtung und Sonstige.',
      '2/bundesland: „Bayernland“ ist kein Bundesland.',
      '2/sizeClass: „ziemlich groß“ ist weder eine Einwohnerzahl noch eine bekannte Größenklasse.',
      '2/inRoleSince: „1899“ ist kein Jahr zwischen 1980 und heute.',
      '2/phone: „bitte anrufen“ ist keine Telefonnummer.',
      '2/funding: „Sonderprogramm“ ist keine Förderung dieses Programms. Möglich: Erstvorhaben, Anschlussvorhaben.',
      '2/topics: Diese Themen gibt es im Programm nicht: Raumfahrt.',
      '2/languages: Diese Sprachen sind nicht bekannt: Klingonisch.',
    ]);
  });

  it('splits list cells on comma, semicolon and line break', () => {
    for (const Themen of ['Wärmeplanung, Mobilität', 'Wärmeplanung;Mobilität', 'Wärmeplanung\r\nMobilität']) {
      const v = check({ Themen, Sprachen: 'Deutsch\nEnglisch; fr' });
      expect(v.issues).toEqual([]);
      expect(v.valid[0]).toMatchObject({ topicIds: ['t1', 't2'], languages: ['de', 'en', 'fr'] });
    }
  });

  it('keeps a topic whose own label has a comma whole', () => {
    const withComma = [...topics, { id: 't4', label: 'Energie, Wärme und Gebäude' }];
    const [, base] = sampleRecords(1, { topics: [] });
    const cells = SAMPLE_HEADERS.map((h, i) =>
      h === 'Themen' ? 'Energie, Wärme und Gebäude, Mobilität' : base![i]!,
    );
    const v = validateRows([{ row: 2, cells }], mapping, { ...ctx, topics: withComma });
    expect(v.issues).toEqual([]);
    expect(v.valid[0]?.topicIds).toEqual(['t4', 't2']);
  });

  it('checks the capacity of mentors only', () => {
    expect(check({ Rolle: 'Mentor*in', Kapazität: '4' }).issues.map((i) => i.field)).toEqual(['capacity']);
    expect(check({ Rolle: 'Mentee', Kapazität: '4' }).issues).toEqual([]);
  });

  it('refuses the same person twice and points to the first row', () => {
    const [, row] = sampleRecords(1, { topics: [] });
    const other = [...row!];
    other[1] = other[1]!.toUpperCase();
    const v = validateRows(
      [
        { row: 2, cells: row! },
        { row: 7, cells: other },
      ],
      mapping,
      ctx,
    );
    expect(v.valid.map((r) => r.row)).toEqual([2]);
    expect(messages(v)).toEqual([
      '7/email: Diese E-Mail-Adresse steht schon in Zeile 2. Jede Person darf nur einmal vorkommen; für Mentee und Mentor*in zugleich schreiben Sie „beides“.',
    ]);
  });

  it('builds the name from first and last name', () => {
    const m = suggestMapping(['Vorname', 'Nachname', 'E-Mail', 'Rolle', 'Organisation']);
    const v = validateRows(
      [{ row: 2, cells: ['Anna', 'Beispiel', 'a@example.org', 'mentee', 'Stadt X'] }],
      m,
      ctx,
    );
    expect(v.valid[0]?.name).toBe('Anna Beispiel');
  });

  it('has every message in English too', () => {
    const v = check({ Rolle: 'Chefin' });
    expect(translator('en')(v.issues[0]!.message, v.issues[0]!.vars)).toBe(
      '“Chefin” is not a known role. Possible are mentee, mentor and both.',
    );
  });
});

describe('value readers', () => {
  it('read roles in German and English spellings', () => {
    expect(
      ['Mentee', 'Mentor*in', 'Mentor:in', 'mentorin', 'MENTOR', 'both', 'Beides', 'Mentee/Mentor'].map(
        readRole,
      ),
    ).toEqual([
      ['mentee'],
      ['mentor'],
      ['mentor'],
      ['mentor'],
      ['mentor'],
      ['mentee', 'mentor'],
      ['mentee', 'mentor'],
      ['mentee', 'mentor'],
    ]);
  });

  it('read Bundesländer by name, English name or code', () => {
    expect(
      ['Baden-Württemberg', 'Baden-Wuerttemberg', 'bavaria', 'NRW', 'nw', 'Thüringen', 'Saxony-Anhalt'].map(
        readBundesland,
      ),
    ).toEqual(['BW', 'BW', 'BY', 'NW', 'NW', 'TH', 'ST']);
  });

  it('read size classes from labels and inhabitant counts', () => {
    expect(readSizeClass('unter 5.000 Einwohner*innen')).toBe('unter_5000');
    expect(readSizeClass('4.999')).toBe('unter_5000');
    expect(readSizeClass('5000')).toBe('5000_20000');
    expect(readSizeClass('1.250.000')).toBe('ueber_500000');
    expect(readSizeClass('50,000 to 100,000 inhabitants')).toBe('50000_100000');
  });

  it('read years from years and dates', () => {
    expect(readYear('2019', 2026)).toBe(2019);
    expect(readYear('01.03.2021', 2026)).toBe(2021);
    expect(readYear('2020-03-01', 2026)).toBe(2020);
    expect(readYear('2027', 2026)).toBeNull();
  });
});
