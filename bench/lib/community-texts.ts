/*
 * German texts of the community area for the benchmarks: what municipal climate managers ask and
 * answer (Hitzeaktionsplan, Wärmeplanung, Fördermittel, Starkregen, Bürgerbeteiligung …), with
 * compounds and hyphenated forms, as the search meets them. Deterministic: the same seed, the same texts.
 */

/** The digest's subjects, questions and sentences (cases/community-digest.ts). */
export const SUBJECTS = [
  'Hitzeaktionsplan',
  'Wärmeplanung',
  'Fördermittel für Klimaschutzkonzepte',
  'Starkregenvorsorge',
  'Bürgerbeteiligung',
  'Energiemanagement in Schulen',
  'Radverkehrskonzept',
  'Entsiegelung von Schulhöfen',
  'Photovoltaik auf kommunalen Dächern',
  'Klimaanpassung im Bestand',
];
export const ASKS = ['Erfahrungen mit', 'Wie fangen wir an mit', 'Ausschreibung für', 'Beschluss im Rat zu'];
export const SENTENCES = [
  'Wir haben das im letzten Jahr im Bauausschuss vorgestellt und gute Rückmeldungen bekommen.',
  'Entscheidend war bei uns, die Kämmerei früh mit ins Boot zu holen.',
  'Die Förderquote lag bei 70 Prozent, der Eigenanteil kam aus dem Haushalt für Klimaschutz.',
  'Ein externes Büro hat die Bestandsaufnahme gemacht, die Maßnahmen haben wir selbst priorisiert.',
  'Hilfreich war eine Karte der Hitzeinseln, die der Kreis zur Verfügung gestellt hat.',
  'Ich kann Ihnen gern unsere Vorlage für den Ratsbeschluss schicken.',
];

/** More subjects, spelt as people spell them: joined, hyphenated, in two words. */
const MORE_SUBJECTS = [
  'Hitze-Aktionsplan',
  'Hitzeschutzplan',
  'kommunale Wärmeplanung',
  'Wärmeplan',
  'Wärmenetz im Neubaugebiet',
  'Klimaanpassungskonzept',
  'Klimaanpassungs-Konzept',
  'Klimaschutzkonzept',
  'integriertes Klimaschutzkonzept',
  'Starkregen-Gefahrenkarte',
  'Starkregenrisikomanagement',
  'Hochwasserschutz',
  'Bürger-Beteiligung',
  'Beteiligungsverfahren',
  'Jugendbeteiligung',
  'Fördermittelantrag',
  'Kommunalrichtlinie',
  'Treibhausgasbilanz',
  'Energiemanagement in Liegenschaften',
  'Schwammstadt-Prinzip',
  'Dachbegrünung',
  'Fassadenbegrünung',
  'Stadtbäume',
  'Mobilitätskonzept',
  'Sanierungsfahrplan',
  'Klimacheck für Ratsvorlagen',
  'Klimaanpassungsmanagement',
  'Hitzevorsorge in Kitas',
];
const ALL_SUBJECTS = [...SUBJECTS, ...MORE_SUBJECTS];

const TITLES = [
  (s: string) => `Erfahrungen mit ${s}?`,
  (s: string) => `Wie fangen wir an mit ${s}?`,
  (s: string) => `${s}: Wer hat eine Vorlage?`,
  (s: string) => `Fördermittel für ${s} – welche Programme passen?`,
  (s: string) => `Beschlussvorlage zu ${s} gesucht`,
  (s: string) => `${s} in einer kleinen Gemeinde`,
  (s: string) => `Ausschreibung für ${s}`,
  (s: string) => `${s} und Bürgerbeteiligung zusammendenken`,
];

const OPENINGS = [
  (s: string) => `Wir stehen bei ${s} noch ganz am Anfang und suchen Erfahrungen aus anderen Kommunen.`,
  (s: string) => `Der Gemeinderat hat uns beauftragt, bis zum Herbst einen Vorschlag für ${s} vorzulegen.`,
  (s: string) => `Bei uns liegt ${s} seit Monaten im Fachbereich, und es fehlt an Personal.`,
  (s: string) => `Hat jemand schon ${s} mit einem externen Büro ausgeschrieben?`,
  (s: string) => `Mich interessiert vor allem, wie Sie ${s} in der Verwaltung verankert haben.`,
];
const ASIDES = [
  'Welche Förderprogramme haben Sie genutzt, und wie hoch war der Eigenanteil?',
  'Wie haben Sie die Bürgerinnen und Bürger beteiligt, online oder mit Veranstaltungen vor Ort?',
  'Gab es Widerstand im Rat, und wie sind Sie damit umgegangen?',
  'Wie viel Personal braucht man dafür realistisch im Klimaschutzmanagement?',
  'Uns fehlen belastbare Daten zu Hitzeinseln und zum Starkregenrisiko.',
  'Die Fristen der Kommunalrichtlinie machen uns Sorgen.',
];
const ANSWERS = [
  (s: string) => `Wir haben ${s} im letzten Jahr abgeschlossen und teilen gern unsere Unterlagen.`,
  (s: string) => `Für ${s} hat bei uns die Klimaschutzmanagerin eine Arbeitsgruppe mit dem Bauamt gegründet.`,
  (s: string) => `Bei ${s} war die Abstimmung mit der Kämmerei der schwierigste Teil.`,
  (s: string) => `Schauen Sie sich das Vorgehen des Landkreises an, dort ist ${s} sehr gut dokumentiert.`,
  (s: string) => `Zu ${s} gibt es eine Arbeitshilfe des Landes, die uns viel Zeit gespart hat.`,
  (s: string) => `Unsere Erfahrung mit ${s}: klein anfangen, Erfolge sichtbar machen, dann ausweiten.`,
];
const DETAILS = [
  'Die Hitzeaktionsplanung haben wir mit dem Gesundheitsamt und den Pflegediensten abgestimmt.',
  'Für die Wärmeplanung haben wir die Daten der Schornsteinfeger und der Stadtwerke ausgewertet.',
  'Der Fördermittelantrag ging über die Kommunalrichtlinie, die Bewilligung dauerte vier Monate.',
  'Im Klimaanpassungskonzept stehen jetzt zwanzig Maßnahmen mit Zuständigkeiten und Kosten.',
  'Nach dem Starkregen im Juli hatten wir plötzlich die volle Aufmerksamkeit des Bürgermeisters.',
  'Die Bürgerbeteiligung lief über eine Online-Karte, auf der man Hitzeorte markieren konnte.',
  'Die Entsiegelung der Schulhöfe haben wir mit den Eltern und dem Grünflächenamt geplant.',
  'Trinkwasserbrunnen in der Innenstadt waren die Maßnahme, die am meisten gelobt wurde.',
  'Ein Kältebus für Obdachlose und Trinkpaten für ältere Menschen ergänzen den Hitze-Aktionsplan.',
  'Die Treibhausgasbilanz erstellen wir jährlich mit dem Klimaschutz-Planer.',
  'Photovoltaik auf allen kommunalen Dächern ist seit dem Ratsbeschluss Pflicht bei Sanierungen.',
  'Das Wärmenetz im Neubaugebiet wird von den Stadtwerken betrieben.',
  'Die Gefahrenkarte für Starkregen zeigt, welche Keller und Unterführungen zuerst volllaufen.',
  'Fassadenbegrünung fördern wir mit einem kleinen Zuschussprogramm für private Eigentümer.',
  'Beim Beteiligungsverfahren kamen mehr junge Menschen als erwartet.',
  'Das Schwammstadt-Prinzip setzen wir bei jeder Straßensanierung mit dem Tiefbauamt um.',
];
/** A word few texts contain: the rare query of the benchmark. */
export const RARE_WORD = 'Trinkbrunnenkataster';
const RARE = `Für die Standorte haben wir ein ${RARE_WORD} angelegt, das der Bauhof pflegt.`;
const CLOSINGS = [
  'Melden Sie sich gern, wenn Sie Fragen haben.',
  'Viele Grüße aus dem Klimaschutzmanagement.',
  'Ich schicke Ihnen gern die Unterlagen per Mail.',
  '',
];

/** A small, seeded random number generator (mulberry32): the same texts on every run. */
export function randomOf(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

export interface ThreadText {
  subject: string;
  title: string;
  body: string;
}

/** A question: a title and an opening text of two to four sentences. */
export function questionText(random: () => number, n: number): ThreadText {
  const subject = pick(random, ALL_SUBJECTS);
  const body = [pick(random, OPENINGS)(subject), pick(random, ASIDES)];
  if (random() < 0.5) body.push(pick(random, DETAILS));
  if (random() < 0.3) body.push(pick(random, ASIDES));
  return { subject, title: `${pick(random, TITLES)(subject)} (${n})`, body: body.join(' ') };
}

/** An answer to a question on `subject`: two to five sentences; one in a thousand names the rare word. */
export function answerText(random: () => number, subject: string, n: number): string {
  const body = [pick(random, ANSWERS)(random() < 0.6 ? subject : pick(random, ALL_SUBJECTS))];
  body.push(pick(random, DETAILS));
  if (random() < 0.6) body.push(pick(random, SENTENCES));
  if (random() < 0.4) body.push(pick(random, DETAILS));
  if (n % 1000 === 999) body.push(RARE);
  body.push(pick(random, CLOSINGS));
  return body.join(' ').trim();
}
