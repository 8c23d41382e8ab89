import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADERS } from '../../../test/support/imports-sample.ts';
import { applyMapping, columnLetter, readMappingForm, suggestMapping } from './mapping.ts';

describe('suggestMapping', () => {
  it('assigns German headers by name', () => {
    const m = suggestMapping(SAMPLE_HEADERS);
    expect(m).toMatchObject({
      name: 0,
      email: 1,
      role: 2,
      organisationName: 3,
      organisationType: 4,
      bundesland: 5,
      sizeClass: 6,
      position: 7,
      inRoleSince: 8,
      funding: 9,
      topics: 10,
      capacity: 11,
      languages: 12,
      phone: 13,
      firstName: null,
      lastName: null,
    });
  });

  it('understands English and decorated headers, and never gives one column twice', () => {
    const m = suggestMapping(['Full name', 'E-Mail (dienstlich)', 'Role', 'Organization', 'State', 'Notes']);
    expect(m).toMatchObject({ name: 0, email: 1, role: 2, organisationName: 3, bundesland: 4, phone: null });
    const used = Object.values(m).filter((c) => c !== null);
    expect(new Set(used).size).toBe(used.length);
  });

  it('takes first and last name from two columns', () => {
    const m = suggestMapping(['Vorname', 'Nachname', 'Mail']);
    expect(m).toMatchObject({ name: null, firstName: 0, lastName: 1, email: 2 });
  });
});

describe('readMappingForm', () => {
  const headers = ['Name', 'E-Mail', 'Rolle', 'Organisation'];

  it('accepts a complete mapping', () => {
    const form = readMappingForm(
      { spalte_name: '0', spalte_email: '1', spalte_role: '2', spalte_organisationName: '3' },
      4,
    );
    expect(form.ok).toBe(true);
    expect(form.mapping.phone).toBeNull();
  });

  it('names a missing required field and a column chosen twice', () => {
    const form = readMappingForm(
      { spalte_name: '0', spalte_email: '1', spalte_role: '1', spalte_topics: '9' },
      headers.length,
    );
    expect(form.ok).toBe(false);
    if (form.ok) return;
    expect(form.errors).toEqual({
      organisationName: 'imports.mapping.error.required',
      role: 'imports.mapping.error.twice',
    });
    // A column beyond the file counts as "not in the file".
    expect(form.mapping.topics).toBeNull();
  });

  it('lets first and last name stand in for the name', () => {
    const form = readMappingForm(
      {
        spalte_firstName: '0',
        spalte_lastName: '4',
        spalte_email: '1',
        spalte_role: '2',
        spalte_organisationName: '3',
      },
      5,
    );
    expect(form.ok).toBe(true);
  });
});

describe('applyMapping and columnLetter', () => {
  it('reads a row by field, trimmed, empty where unmapped', () => {
    const m = suggestMapping(['Name', 'E-Mail']);
    expect(applyMapping(['  Anna ', 'a@example.org'], m)).toMatchObject({
      name: 'Anna',
      email: 'a@example.org',
      role: '',
    });
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
