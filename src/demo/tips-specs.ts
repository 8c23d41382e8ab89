import type { Tip } from '../access/index.ts';
import type { TipState } from '../db/schema/index.ts';

/*
 * The demo's Praxistipps, one or more in each review state, so that every screen of the review shows
 * something. Authors by demo e-mail; topics by their position in the programme's topic list.
 */

export interface DemoTip {
  programme: string | null;
  author: string;
  state: TipState;
  title: string;
  summary: string;
  body: string;
  topics: number[];
  context: Pick<Tip, 'bundesland' | 'organisationType' | 'sizeClass'>;
  reviewNote?: string;
  /** For a proposal: the question whose solution it comes from, and who proposed it. */
  fromQuestion?: { title: string; proposedBy: string };
  helpfulBy: string[];
  daysAgo: number;
}

const d = (name: string) => `${name}@demo.klimatandem.example`;

export const demoTips: DemoTip[] = [
  {
    programme: 'klimaschutz',
    author: d('mentorin.berg'),
    state: 'published',
    title: 'Klimaschutzkonzept: mit Förderquote und Energiekosten überzeugen',
    summary:
      'Eine Gegenüberstellung von Förderquote, Eigenanteil und eingesparten Energiekosten hat unseren Gemeinderat überzeugt. Ein Besuch in der Nachbarkommune tat den Rest.',
    body: '## So sind wir vorgegangen\n\n1. Eigenanteil nach Förderung ausgerechnet (bei uns 30 %).\n2. Die Energiekosten der Liegenschaften der letzten drei Jahre daneben gestellt.\n3. Die Klimaschutzmanagerin der Nachbarkommune in den Ausschuss eingeladen.\n\n## Was wir wieder so machen würden\n\nDie Zahlen **auf einer Seite**: Mehr liest im Rat niemand vor der Sitzung.',
    topics: [0, 1],
    context: { bundesland: 'BY', organisationType: 'gemeinde', sizeClass: '5000_20000' },
    helpfulBy: [d('mentee.nowak'), d('mentee.fischer'), d('mentor.yilmaz')],
    daysAgo: 9,
  },
  {
    programme: null,
    author: d('mentor.wagner'),
    state: 'published',
    title: 'Hitze-Aktionsplan: zuerst die Betroffenheitsanalyse',
    summary:
      'Bevor Sie Maßnahmen sammeln: Wer ist von Hitze am stärksten betroffen, und wo? Eine einfache Karte mit Pflegeheimen, Kitas und versiegelten Flächen reicht für den Anfang.',
    body: 'Die Karte haben wir mit dem Gesundheitsamt und dem Sozialamt in zwei Terminen erstellt. Daraus wurden die ersten fünf Maßnahmen, etwa ein **Hitzetelefon** und Trinkwasserbrunnen an drei Plätzen.',
    topics: [],
    context: { bundesland: 'NW', organisationType: 'stadt', sizeClass: '100000_500000' },
    helpfulBy: [d('mentee.okafor')],
    daysAgo: 20,
  },
  {
    programme: 'klimaschutz',
    author: d('mentee.fischer'),
    state: 'submitted',
    title: 'Wärmeplanung: den Förderantrag in drei Wochen stellen',
    summary:
      'Mit einer Checkliste und einem festen Termin beim Projektträger war unser Antrag in drei Wochen fertig.',
    body: 'Die Checkliste: Beschluss, Angebot eines Dienstleisters, Zeitplan, Eigenanteil im Haushalt. Der Termin beim Projektträger hat zwei Rückfragen erspart.',
    topics: [3],
    context: { bundesland: 'NI', organisationType: 'stadt', sizeClass: '20000_50000' },
    helpfulBy: [],
    daysAgo: 2,
  },
  {
    programme: 'klimaschutz',
    author: d('mentee.nowak'),
    state: 'returned',
    title: 'Energiemonitoring in Liegenschaften',
    summary: 'Wie wir die Zählerstände unserer Liegenschaften monatlich erfassen.',
    body: 'Die Hausmeister*innen lesen die Zähler ab und tragen sie in eine Tabelle ein.',
    topics: [4],
    context: { bundesland: 'BY', organisationType: 'gemeinde', sizeClass: '5000_20000' },
    reviewNote:
      'Danke! Bitte ergänzen Sie, welche Tabelle oder welches Programm Sie nutzen und was die Auswertung im ersten Jahr ergeben hat.',
    helpfulBy: [],
    daysAgo: 5,
  },
  {
    programme: 'klimaschutz',
    author: d('mentee.nowak'),
    state: 'draft',
    title: 'Bürgerbeteiligung im ländlichen Raum (Entwurf)',
    summary: 'Noch in Arbeit: Erfahrungen mit einem Klimastammtisch.',
    body: 'Stichpunkte: Termin im Dorfgemeinschaftshaus, Einladung über das Amtsblatt, …',
    topics: [],
    context: { bundesland: null, organisationType: null, sizeClass: null },
    helpfulBy: [],
    daysAgo: 1,
  },
  {
    programme: null,
    author: d('mentee.okafor'),
    state: 'rejected',
    title: 'Unser Dienstleister für Gründächer',
    summary: 'Eine Empfehlung für eine Firma, mit der wir gute Erfahrungen gemacht haben.',
    body: 'Die Firma hat schnell und günstig gearbeitet.',
    topics: [],
    context: { bundesland: null, organisationType: null, sizeClass: null },
    reviewNote:
      'Empfehlungen einzelner Firmen veröffentlichen wir nicht. Gern aber Ihre Erfahrungen mit der Ausschreibung als neuen Praxistipp.',
    helpfulBy: [],
    daysAgo: 15,
  },
  {
    programme: 'klimaschutz',
    author: d('mentorin.berg'),
    state: 'proposed',
    title: 'Wie überzeuge ich den Gemeinderat von einem Klimaschutzkonzept?',
    summary: 'Bei uns hat geholfen, die Förderquote und die eingesparten Energiekosten gegenüberzustellen.',
    body: 'Bei uns hat geholfen, die **Förderquote** und die eingesparten Energiekosten gegenüberzustellen. Laden Sie eine Nachbarkommune ein, die schon ein Konzept umsetzt.',
    topics: [0, 1],
    context: { bundesland: null, organisationType: null, sizeClass: null },
    fromQuestion: {
      title: 'Wie überzeuge ich den Gemeinderat von einem Klimaschutzkonzept?',
      proposedBy: d('mentee.nowak'),
    },
    helpfulBy: [],
    daysAgo: 3,
  },
];
