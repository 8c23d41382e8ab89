/*
 * The demo's community area: questions with and without a solution and a discussion, in each
 * programme's space and in the shared one. Authors by demo e-mail; topics by their position in the
 * programme's topic list. The people of the browser journeys have written here before, so their
 * new posts need no approval (a new account's first two posts wait for the moderators).
 */

export interface DemoThread {
  programme: string | null;
  kind: 'question' | 'discussion';
  author: string;
  title: string;
  body: string;
  topics: number[];
  daysAgo: number;
  answers: { author: string; body: string; solution?: boolean }[];
}

const d = (name: string) => `${name}@demo.klimatandem.example`;

export const demoThreads: DemoThread[] = [
  {
    programme: 'klimaschutz',
    kind: 'question',
    author: d('mentee.nowak'),
    title: 'Wie überzeuge ich den Gemeinderat von einem Klimaschutzkonzept?',
    body: 'In unserer Gemeinde (ca. 9.000 Einwohner*innen) gibt es Vorbehalte wegen der Kosten.\n\n- Welche Argumente haben bei Ihnen gezogen?\n- Gibt es gute Beispiele aus ähnlich großen Kommunen?',
    topics: [0, 1],
    daysAgo: 12,
    answers: [
      {
        author: d('mentorin.berg'),
        body: 'Bei uns hat geholfen, die **Förderquote** und die eingesparten Energiekosten gegenüberzustellen. Laden Sie eine Nachbarkommune ein, die schon ein Konzept umsetzt.',
        solution: true,
      },
      {
        author: d('mentor.yilmaz'),
        body: 'Zeigen Sie früh, welche Maßnahmen ohnehin anstehen (Sanierung, Straßenbeleuchtung) und wie das Konzept sie bündelt.',
      },
    ],
  },
  {
    programme: 'klimaschutz',
    kind: 'question',
    author: d('mentee.fischer'),
    title: 'Fördermittel für kommunale Wärmeplanung: Erfahrungen mit der Antragstellung?',
    body: 'Wir bereiten den Antrag gerade vor. Welche Fristen und Unterlagen haben Sie unterschätzt?',
    topics: [2],
    daysAgo: 3,
    answers: [
      {
        author: d('mentorin.keller'),
        body: 'Planen Sie für die Bestandsaufnahme der Wärmeversorgung mehr Zeit ein, als Sie denken: Die Daten der Schornsteinfeger*innen kommen oft spät.',
      },
      {
        author: d('mentee.schmidt'),
        body: 'Uns hat ein Beratungsgespräch bei der Landesenergieagentur vor dem Antrag viel Arbeit erspart.',
      },
    ],
  },
  {
    programme: 'klimaanpassung',
    kind: 'question',
    author: d('mentee.okafor'),
    title: 'Hitzeaktionsplan für eine soziale Einrichtung – womit anfangen?',
    body: 'Unsere Pflegeeinrichtung möchte einen Hitze-Aktionsplan aufstellen. Wer hat Erfahrung mit Maßnahmen für Bewohner*innen und Personal?',
    topics: [0],
    daysAgo: 8,
    answers: [
      {
        author: d('mentorin.schulz'),
        body: 'Beginnen Sie mit einer Liste der besonders gefährdeten Personen und einem Hitzewarnsystem. Der Aktionsplan gegen Hitze unserer Stadt ist öffentlich, ich schicke Ihnen gern den Link.',
      },
    ],
  },
  {
    programme: null,
    kind: 'discussion',
    author: d('mentor.wagner'),
    title: 'Vernetzung: Wer arbeitet an Klimaanpassungskonzepten für Landkreise?',
    body: 'Ich würde gern einen regelmäßigen Online-Austausch zu Klimaanpassungskonzepten auf Kreisebene beginnen. Wer ist dabei?',
    topics: [],
    daysAgo: 5,
    answers: [
      { author: d('mentorin.keller'), body: 'Sehr gern, unser Landkreis beginnt gerade damit.' },
      {
        author: d('mentee.schmidt'),
        body: 'Wir wären auch gern dabei, auch wenn wir noch am Anfang stehen.',
      },
    ],
  },
];
