import { describe, expect, it } from 'vitest';
import { candidateParts, fold, operand, queryWords, splitCompound } from './terms.ts';

describe('German compound words', () => {
  it('splits a compound into known stems with their linking letters', () => {
    const known = new Set(['hitz', 'aktionsplan', 'klimaanpassung', 'konzept']);
    expect(splitCompound('hitzeaktionsplan', known)).toEqual(['hitz', 'aktionsplan']);
    expect(splitCompound('klimaanpassungskonzept', known)).toEqual(['klimaanpassung', 'konzept']);
    expect(splitCompound('hitzeschutz', known)).toBeNull();
    expect(splitCompound('konzept', known)).toBeNull();
  });

  it('reads the words of a query as the stemmer does', () => {
    expect(queryWords('Förderung  für Hitze-Aktionsplan, förderung')).toEqual([
      'förderung',
      'für',
      'hitze',
      'aktionsplan',
    ]);
    expect(fold('Fördermaßnahme'.toLowerCase())).toBe('fordermassnahme');
    expect(candidateParts('abcd')).toEqual(['abc', 'bcd']);
  });

  it('quotes a lexeme so that no query syntax gets through', () => {
    expect(operand("o'neil\\", true)).toBe("'o''neil\\\\':*");
  });
});
