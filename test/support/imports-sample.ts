/** Generated spreadsheets for the tests and the benchmark: fictitious people, German headers. */

export const SAMPLE_HEADERS = [
  'Name',
  'E-Mail',
  'Rolle',
  'Organisation',
  'Organisationstyp',
  'Bundesland',
  'Einwohnerzahl',
  'Position',
  'In der Rolle seit',
  'Förderung',
  'Themen',
  'Kapazität',
  'Sprachen',
  'Telefon',
];

const roles = ['Mentee', 'Mentor*in', 'beides', 'mentee', 'Mentorin'];
const types = ['Gemeinde', 'Stadt', 'Landkreis', 'soziale Einrichtung', 'Sonstige'];
const states = ['Hessen', 'BY', 'Nordrhein-Westfalen', 'SN', 'Baden-Württemberg', 'Thüringen', 'HH'];

export interface SampleOptions {
  /** Labels of the programme's topics; two of them per row. */
  topics: string[];
  funding?: string;
  /** A different e-mail domain makes different people. */
  domain?: string;
  /** Changes per row, e.g. to break some. */
  change?: (index: number, row: Record<string, string>) => void;
}

/** The rows (header first) of a list of `count` people. */
export function sampleRecords(count: number, options: SampleOptions): string[][] {
  const records = [SAMPLE_HEADERS];
  for (let i = 0; i < count; i++) {
    const role = roles[i % roles.length]!;
    const row: Record<string, string> = {
      Name: `Person ${i + 1} Beispiel`,
      'E-Mail': `person${i + 1}@${options.domain ?? 'kommune.example'}`,
      Rolle: role,
      Organisation: `Gemeinde Musterstadt ${i + 1}`,
      Organisationstyp: types[i % types.length]!,
      Bundesland: states[i % states.length]!,
      Einwohnerzahl: String(2_000 + ((i * 7_919) % 600_000)),
      Position: 'Klimaschutzmanager*in',
      'In der Rolle seit': String(2010 + (i % 15)),
      Förderung: options.funding ?? 'Erstvorhaben',
      Themen: [options.topics[i % options.topics.length], options.topics[(i + 3) % options.topics.length]]
        .filter(Boolean)
        .join('; '),
      Kapazität: role === 'Mentee' || role === 'mentee' ? '' : String(1 + (i % 3)),
      Sprachen: i % 4 === 0 ? 'Deutsch, Englisch' : 'de',
      Telefon: `030 ${100_000 + i}`,
    };
    options.change?.(i, row);
    records.push(SAMPLE_HEADERS.map((h) => row[h] ?? ''));
  }
  return records;
}

/** The same as CSV text: semicolons, quoted where needed, as German Excel writes it. */
export function sampleCsv(count: number, options: SampleOptions, delimiter: ';' | ',' = ';'): string {
  const quote = (cell: string) => (/["\n\r;,]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${sampleRecords(count, options)
    .map((r) => r.map(quote).join(delimiter))
    .join('\r\n')}\r\n`;
}
