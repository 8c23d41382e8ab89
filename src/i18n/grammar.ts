/**
 * The grammatical gender of a German organisation's name, for the article in a sentence ("Die
 * Agentur für kommunalen Klimaschutz lädt Sie ein", "Das Zentrum KlimaAnpassung …"). Read from the
 * ending of the name's first word, the head noun; a name that starts otherwise (an adjective as in
 * "Deutsches Institut …", an unknown word) is `other`, and the catalogue then uses a sentence that
 * needs no article.
 */
export type GermanGender = 'feminine' | 'neuter' | 'masculine' | 'other';

const endings: [string, GermanGender][] = (
  [
    ['ur', 'feminine'],
    ['ung', 'feminine'],
    ['ion', 'feminine'],
    ['tät', 'feminine'],
    ['heit', 'feminine'],
    ['keit', 'feminine'],
    ['schaft', 'feminine'],
    ['ei', 'feminine'],
    ['ie', 'feminine'],
    ['ik', 'feminine'],
    ['anz', 'feminine'],
    ['enz', 'feminine'],
    ['stelle', 'feminine'],
    ['kammer', 'feminine'],
    ['behörde', 'feminine'],
    ['anstalt', 'feminine'],
    ['initiative', 'feminine'],
    ['zentrale', 'feminine'],
    ['gruppe', 'feminine'],
    ['stadt', 'feminine'],
    ['gemeinde', 'feminine'],
    ['um', 'neuter'],
    ['ment', 'neuter'],
    ['amt', 'neuter'],
    ['institut', 'neuter'],
    ['büro', 'neuter'],
    ['werk', 'neuter'],
    ['forum', 'neuter'],
    ['kolleg', 'neuter'],
    ['team', 'neuter'],
    ['haus', 'neuter'],
    ['land', 'neuter'],
    ['referat', 'neuter'],
    ['dezernat', 'neuter'],
    ['verband', 'masculine'],
    ['verein', 'masculine'],
    ['bund', 'masculine'],
    ['rat', 'masculine'],
    ['dienst', 'masculine'],
    ['kreis', 'masculine'],
    ['ausschuss', 'masculine'],
    ['betrieb', 'masculine'],
    ['fonds', 'masculine'],
  ] as [string, GermanGender][]
).sort((a, b) => b[0].length - a[0].length);

export function germanGender(name: string): GermanGender {
  const first = name.trim().split(/[\s(]/)[0] ?? '';
  // A head noun is capitalised; its last part decides ("Klimaschutz-Agentur", "Energieagentur").
  if (!/^\p{Lu}/u.test(first)) return 'other';
  const word = first.toLowerCase().replace(/[^\p{L}]+$/u, '');
  return endings.find(([ending]) => word.endsWith(ending))?.[1] ?? 'other';
}
