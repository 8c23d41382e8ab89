import type { LibraryAudience, LibraryCategory, LibraryKind } from '../db/schema/index.ts';

/** A material of the demo; `programme` is a slug, null for both programmes. */
export interface DemoItem {
  key: string;
  programme: 'klimaschutz' | 'klimaanpassung' | null;
  kind: LibraryKind;
  category: LibraryCategory;
  audience: LibraryAudience;
  title: string;
  summary: string;
  body: string;
  url?: string;
  checklist?: string[];
  /** A document: the PDF's file name and the line it shows. */
  pdf?: { filename: string; line: string };
}

/** The programme's guide for tandems (seeds/000), the first material of the demo, with its checklist. */
const leitfaden: DemoItem = {
  key: 'leitfaden',
  programme: 'klimaschutz',
  kind: 'text',
  category: 'leitfaden',
  audience: 'all',
  title: 'Erfolgreiches Mentoring im Klimaschutzmanagement: Leitfaden für Mentees und Mentor*innen',
  summary:
    'Der Leitfaden der Agentur für kommunalen Klimaschutz: Kick-off, Organisation der Gespräche, Aufgabenverständnis, was tun, wenn es stockt, und eine Checkliste für Ihre Treffen.',
  body: `Dieser Leitfaden soll Ihnen den Einstieg in das Mentoring-Programm der Agentur für kommunalen Klimaschutz erleichtern. Ziel ist, Ihnen erste Ideen für die Organisation und Gestaltung Ihrer Austauschtreffen zu geben.

# Ziele des Mentorings

- Das Mentoring ist ein Format des gegenseitigen Austauschs. Erfahrenes Klimaschutzpersonal gibt Erfahrungen an Neueinsteiger*innen weiter. Das können neben Fachwissen auch Informationen über Strukturen oder beispielsweise „Spielregeln“ in der Verwaltung sein.
- Nicht nur Mentees profitieren, auch Mentor*innen können neue Perspektiven gewinnen und sich und ihre Arbeit durch den Austausch reflektieren.

# Ablauf und Zeitplanung – Wie läuft das Mentoring ab?

- In der gemeinsamen Gestaltung des Mentorings sind Sie frei; es sollte sich nach Ihren individuellen Bedarfen richten.
- Passen Sie die Dauer und die Frequenz der Treffen beliebig an.

## Kick-off-Termin (ca. eine Stunde)

- Vorbereitung durch den*die Mentee: Was möchten Sie durch das Mentoring lernen; was möchten Sie erreichen?
- Vorbereitung durch den*die Mentor*in: Welches Wissen und welche Erfahrungswerte können Sie weitergeben? Wo können Sie die*den Mentee vernetzen? Was möchten Sie selbst lernen?
- Beim Kick-off steht vor allem die gegenseitige Abstimmung im Mittelpunkt: Was sind Ihre Erwartungen, Bedarfe, Wünsche und Kapazitäten? Es kann helfen, gemeinsam konkrete Ziele zu formulieren.
- Organisatorische Fragen: Treffen Sie sich in Präsenz, online, telefonisch oder tauschen Sie sich per E-Mail aus? Halten Sie regelmäßig Kontakt oder nur nach Bedarf bei akuten Fragen?

Nach dem Kick-off: Geben Sie uns gerne Bescheid, falls Sie weitere Unterstützung benötigen!

# Grundsätzliches – Was sollten Sie beachten?

## Organisation der Mentoring-Gespräche

- Planen Sie etwas Zeit ein, um sich auf jedes Mentoring-Gespräch vorzubereiten. Zehn Minuten können einen großen Unterschied machen. Notieren Sie sich Fragen und Themen; überlegen Sie sich, wie sich die Dinge seit dem letzten Gespräch entwickelt haben.
- Es bietet sich an, am Ende eines jeden Gesprächs einen nächsten Termin zu verabreden.
- Häufig ist es hilfreich, in den Gesprächen konkrete To-dos und Aufgaben zu formulieren, die bis zum nächsten Treffen umgesetzt werden.
- Bleiben Sie bei Bedarf auch zwischen den Gesprächen in Kontakt. Weisen Sie zum Beispiel auf relevante Veranstaltungen oder Publikationen hin.
- Nehmen Sie sich auch Zeit, um Erfolge und erreichte Meilensteine gemeinsam zu feiern!

## Aufgabenverständnis

- Mentees und Mentor*innen begegnen sich auf Augenhöhe.
- Mentor*innen gestalten ihr Engagement entsprechend ihrer Fähigkeiten, Interessen und zeitlichen Kapazitäten.
- Verbindlichkeit: Im Umgang zwischen Mentees und Mentor*innen zählt Zuverlässigkeit – Termine und Absprachen sind verbindlich.
- Vertraulichkeit: Das Mentoring findet im geschützten Raum statt – gehen Sie daher vertraulich mit Inhalten um.

# Probleme – Was tun, wenn es stockt?

Der Kontakt schläft ein, Sie kommen inhaltlich nicht weiter oder Sie merken, dass die Vorstellungen zur Gestaltung des Mentorings doch nicht zueinander passen? Das ist nicht schlimm und kann passieren. So können Sie zum Beispiel damit umgehen:

- Probleme frühzeitig ansprechen. So können Sie gemeinsam Lösungen für Probleme finden. Sollte dies nicht gelingen, können Sie jederzeit auch die Agentur um Unterstützung bitten.
- Sie benötigen noch mehr Unterstützung in bestimmten Themengebieten? Wir vermitteln gerne den Kontakt zu neuen oder zusätzlichen Ansprechpartner*innen.

# Mentor*in werden

Sollten Sie die als Mentee gesammelten Erfahrungen teilen wollen, melden Sie sich gern per E-Mail über agentur@klimaschutz.de bei uns. Sie können auch in beiden Rollen (Mentee und Mentor*in) gleichzeitig aktiv sein, wenn Sie sowohl Wissen weitergeben als auch selbst noch dazulernen möchten.

# Vernetzungstreffen

Die Vernetzungstreffen sind ein Angebot der Agentur für kommunalen Klimaschutz und gute Anlässe, sich persönlich zu treffen sowie mit anderen Mentees und Mentor*innen in den Austausch zu kommen.

Herausgeber: Agentur für kommunalen Klimaschutz am Deutschen Institut für Urbanistik gGmbH (Difu), Berlin, August 2024.`,
  checklist: [
    'Themen des letzten Treffens rekapitulieren',
    'Learnings aus dem letzten Gespräch festhalten',
    'Termin für das nächste Gespräch vereinbaren',
    'To-dos aus dem Treffen erledigen',
    'Themen für das nächste Gespräch festhalten',
  ],
};

export const demoItems: DemoItem[] = [
  leitfaden,
  {
    key: 'kickoff',
    programme: null,
    kind: 'text',
    category: 'kick_off',
    audience: 'all',
    title: 'Den Kick-off vorbereiten: Fragen für Mentee und Mentor*in',
    summary: 'Zehn Minuten Vorbereitung für ein erstes Gespräch von etwa einer Stunde.',
    body: `Beim Kick-off stimmen Sie sich ab: Erwartungen, Bedarfe, Wünsche und Kapazitäten.

**Als Mentee:** Was möchten Sie durch das Mentoring lernen? Was möchten Sie erreichen?

**Als Mentor*in:** Welches Wissen und welche Erfahrungen können Sie weitergeben? Wo können Sie vernetzen? Was möchten Sie selbst lernen?

Klären Sie auch das Organisatorische: in Präsenz, online, telefonisch oder per E-Mail; regelmäßig oder nach Bedarf.`,
    checklist: [
      'Eigene Erwartungen notieren',
      'Zwei bis drei konkrete Ziele formulieren',
      'Format und Rhythmus der Treffen vorschlagen',
    ],
  },
  {
    key: 'zuhoeren',
    programme: null,
    kind: 'text',
    category: 'gespraechsfuehrung',
    audience: 'mentors',
    title: 'Gesprächsführung: aktiv zuhören und offene Fragen stellen',
    summary: 'Drei Techniken, mit denen Mentor*innen Gespräche auf Augenhöhe führen.',
    body: `1. **Offene Fragen** („Was hat Sie bisher daran gehindert?“) statt Ja-/Nein-Fragen.
2. **Zusammenfassen**: Geben Sie mit eigenen Worten wieder, was Sie verstanden haben.
3. **Erst fragen, dann raten**: Teilen Sie Ihre Erfahrung, wenn die Mentee sie sich wünscht, und nicht als fertige Lösung.

Das Mentoring findet im geschützten Raum statt: Was im Gespräch gesagt wird, bleibt zwischen Ihnen beiden.`,
  },
  {
    key: 'zielvorlage',
    programme: null,
    kind: 'document',
    category: 'zielvereinbarung',
    audience: 'all',
    title: 'Vorlage: Ziele für das Mentoring vereinbaren',
    summary:
      'Eine Seite zum Ausfüllen im Kick-off: Ziel, erster Schritt, bis wann, woran wir merken, dass es geklappt hat.',
    body: 'Drucken Sie die Vorlage aus oder füllen Sie sie gemeinsam am Bildschirm aus.',
    pdf: { filename: 'Vorlage-Zielvereinbarung.pdf', line: 'Vorlage: Ziele fuer das Mentoring vereinbaren' },
  },
  {
    key: 'kommunalrichtlinie',
    programme: 'klimaschutz',
    kind: 'link',
    category: 'foerderung',
    audience: 'all',
    title: 'Die Kommunalrichtlinie: Förderung für den kommunalen Klimaschutz',
    summary:
      'Die Förderprogramme der Nationalen Klimaschutzinitiative für Kommunen: Erstvorhaben und Anschlussvorhaben.',
    body: 'Mit der Kommunalrichtlinie im Rahmen der Nationalen Klimaschutzinitiative (NKI) fördert der Bund seit 2008 Klimaschutzmaßnahmen im kommunalen Umfeld.',
    url: 'https://www.klimaschutz.de/de/foerderung/foerderprogramme/kommunalrichtlinie',
  },
  {
    key: 'haushalt',
    programme: 'klimaanpassung',
    kind: 'text',
    category: 'haushaltsplanung',
    audience: 'all',
    title: 'Wie funktioniert die kommunale Haushaltsplanung?',
    summary: 'Wann Mittel für die Klimaanpassung angemeldet werden müssen und wen Sie dafür früh einbinden.',
    body: `Der Haushalt einer Kommune wird meist im Herbst für das folgende Jahr beschlossen; die Fachämter melden ihren Bedarf Monate vorher an.

- Klären Sie mit der Kämmerei, bis wann Ihre Anmeldung vorliegen muss.
- Verknüpfen Sie Maßnahmen aus Ihrem Klimaanpassungskonzept mit bestehenden Haushaltsstellen.
- Fragen Sie Ihre Mentor*in, wie sie oder er die Politik im Ausschuss überzeugt hat.`,
  },
  {
    key: 'steuerungskreis',
    programme: 'klimaanpassung',
    kind: 'text',
    category: 'netzwerke',
    audience: 'mentors',
    title: 'Eine Arbeitsgruppe oder einen Steuerungskreis initiieren',
    summary: 'Wen Mentees von Beginn an einbinden sollten, und wie Sie sie dabei begleiten.',
    body: `Viele Mentees fragen: Wen sollte ich von Beginn an einbinden? Gehen Sie mit ihnen die Ämter durch, die von Hitze, Starkregen und Trockenheit betroffen sind (Grünflächen, Tiefbau, Gesundheit, Stadtplanung), und überlegen Sie gemeinsam, wer den ersten Termin einladen sollte.

Erzählen Sie von Ihrem eigenen Steuerungskreis: Was hat funktioniert, was würden Sie heute anders machen?`,
  },
  {
    key: 'zentrum',
    programme: 'klimaanpassung',
    kind: 'link',
    category: 'netzwerke',
    audience: 'all',
    title: 'Zentrum KlimaAnpassung: Beratung und Veranstaltungen',
    summary: 'Angebote des Zentrums KlimaAnpassung für Kommunen und soziale Einrichtungen.',
    body: '',
    url: 'https://zentrum-klimaanpassung.de',
  },
];

export interface DemoModule {
  programme: 'klimaschutz' | 'klimaanpassung' | null;
  title: string;
  description: string;
  published: boolean;
  items: string[];
  /** E-mail addresses of demo mentors who completed it. */
  completedBy: string[];
}

export const demoModules: DemoModule[] = [
  {
    programme: 'klimaschutz',
    title: 'Mentor*innen-Schulung 1: Gut ins Mentoring starten',
    description: 'Der Leitfaden, die Vorbereitung des Kick-offs und Gespräche auf Augenhöhe.',
    published: true,
    items: ['leitfaden', 'kickoff', 'zuhoeren'],
    completedBy: ['mentorin.berg@demo.klimatandem.example', 'mentor.yilmaz@demo.klimatandem.example'],
  },
  {
    programme: null,
    title: 'Mentor*innen-Schulung 2: Ziele vereinbaren und dranbleiben',
    description: 'Konkrete Ziele im Kick-off vereinbaren und im Lauf des Mentorings im Blick behalten.',
    published: true,
    items: ['zielvorlage', 'zuhoeren'],
    completedBy: ['mentorin.berg@demo.klimatandem.example'],
  },
  {
    programme: 'klimaanpassung',
    title: 'Mentor*innen-Schulung Klimaanpassung: Netzwerke in der Kommune',
    description: 'Wie Mentees Verbündete in Verwaltung und Politik finden.',
    published: true,
    items: ['steuerungskreis', 'zentrum', 'haushalt'],
    completedBy: ['mentorin.schulz@demo.klimatandem.example'],
  },
  {
    programme: 'klimaschutz',
    title: 'Entwurf: Wenn es im Tandem stockt',
    description: 'Noch in Arbeit: Probleme früh ansprechen und Unterstützung der Agentur holen.',
    published: false,
    items: ['leitfaden'],
    completedBy: [],
  },
];
