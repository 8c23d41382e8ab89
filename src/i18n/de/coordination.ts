/** The coordination area: its header entry, sub-navigation and landing page. */
export const coordination = {
  'nav.coordination': 'Koordination',
  'nav.coordinationOverview': 'Übersicht',
  'nav.supportCases': 'Unterstützung',
  'nav.coordinationTime': 'Mentoring-Zeit',
  'nav.feedbackFigures': 'Rückmeldungen',
  'layout.subNav': 'Koordination und Verwaltung',

  'coordination.title': 'Koordination',
  'coordination.lead': 'Die Seiten, die Sie für Ihre Programme nutzen können.',
  'coordination.section.coordination': 'Programme koordinieren',
  'coordination.section.admin': 'Verwaltung',
  'coordination.about.intake':
    'Neue Anmeldungen sichten, Kennenlerngespräche festhalten und über die Aufnahme entscheiden.',
  'coordination.about.matching':
    'Passende Mentor*innen für Mentees finden: Vorschläge mit Begründung oder eine ganze Matching-Runde.',
  'coordination.about.tandems':
    'Alle Tandems mit Stand, Terminen und Zahlen, ohne Inhalte – wer Aufmerksamkeit braucht, steht oben.',
  'coordination.about.support': 'Unterstützungsanfragen der Tandems bearbeiten und ihr Ergebnis festhalten.',
  'coordination.about.time':
    'Die Mentoring-Zeit jeder Mentorin und jedes Mentors im Jahr, neben der Pflicht.',
  'coordination.about.feedback':
    'Die Rückmeldungen nach dem Ende eines Tandems, ab fünf Antworten ausgewertet.',
  'coordination.about.import':
    'Bestehende Listen von Mentor*innen und Mentees aus CSV- oder Excel-Dateien übernehmen.',
  'coordination.about.programmes': 'Programmtexte, Anmeldung, Förderoptionen und Koordinator*innen pflegen.',
  'coordination.about.accounts': 'Konten finden und den zweiten Faktor einer Person zurücksetzen.',
  'coordination.about.pages': 'Impressum, Datenschutz, Barrierefreiheit und Leichte Sprache bearbeiten.',
} as const;
