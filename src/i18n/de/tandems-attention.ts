/** Stalled tandems and the coordinators' tandem overview without contents. */
export const tandemsAttention = {
  'tandems.attention.title': 'Tandems',
  'tandems.attention.lead':
    'Der Stand der Tandems Ihrer Programme: Termine, Zahlen und erfasste Zeit. Inhalte der Tandems sind vertraulich und hier nie zu sehen.',
  'tandems.attention.noProgrammes': 'Sie koordinieren kein Programm.',
  'tandems.attention.summary':
    '{open, plural, one {# laufendes Tandem} other {# laufende Tandems}} und {ended, plural, one {# beendetes} other {# beendete}}; {celebrated, plural, one {# gefeierter Erfolg} other {# gefeierte Erfolge}}.',
  'tandems.attention.link.settings': 'Tandem-Einstellungen',
  'tandems.attention.link.support': 'Unterstützungsanfragen',
  'tandems.attention.link.time': 'Mentoring-Zeit der Mentor*innen',
  'tandems.attention.link.feedback': 'Rückmeldungen nach dem Ende',
  'tandems.attention.needsTitle': 'Braucht Aufmerksamkeit ({count})',
  'tandems.attention.needsNone':
    'Kein Tandem braucht gerade Aufmerksamkeit. Tandems erscheinen hier, wenn sie nach der Erinnerung weiterhin kein Treffen hatten oder geplant haben.',
  'tandems.attention.needsCaption': 'Tandems in {programme}, die Aufmerksamkeit brauchen',
  'tandems.attention.allTitle': 'Alle Tandems ({count})',
  'tandems.attention.allCaption': 'Alle Tandems in {programme}, die neuesten zuerst',
  'tandems.attention.none': 'Noch keine Tandems.',
  'tandems.attention.pair': '{mentee} mit {mentor}',
  'tandems.attention.col.pair': 'Mentee mit Mentor*in',
  'tandems.attention.col.status': 'Stand',
  'tandems.attention.col.since': 'Seit',
  'tandems.attention.col.attentionSince': 'Auf der Liste seit',
  'tandems.attention.col.lastMeeting': 'Letztes Treffen',
  'tandems.attention.col.nextMeeting': 'Nächstes Treffen',
  'tandems.attention.col.held': 'Treffen',
  'tandems.attention.col.openTodos': 'Offene Aufgaben',
  'tandems.attention.col.time': 'Erfasste Zeit',
  'tandems.attention.col.case': 'Unterstützung',
  'tandems.attention.case.open': 'Fall ansehen',
  'tandems.attention.case.new': 'Fall anlegen',
  'tandems.attention.col.lastActivity': 'Letzte Aktivität',
  'tandems.attention.filter.legend': 'Tandems filtern',
  'tandems.attention.filter.all': 'Alle',
  'tandems.attention.filter.submit': 'Filter anwenden',
  'tandems.attention.filteredTitle': 'Tandems mit Stand „{status}“ ({count})',
  'tandems.attention.priority.marker': 'Vorrang (neu zu vermitteln)',
  'tandems.attention.priority.caption':
    'Mentees im Matching-Pool: zuerst die mit Vorrang nach einer Neuvermittlung, dann in der Reihenfolge ihrer Anmeldung',
  'tandems.attention.mail.subject': 'Wie geht es Ihrem Tandem?',
  'tandems.attention.mail.body':
    'in Ihrem Tandem im Programm {programme} hat seit einigen Wochen kein Treffen stattgefunden, und es ist keines geplant.',
  'tandems.attention.mail.advice':
    'Der Kontakt schläft ein? Das ist nicht schlimm und kann passieren. Sprechen Sie Probleme frühzeitig an und verabreden Sie am Ende eines Gesprächs gleich den nächsten Termin.',
  'tandems.attention.mail.help':
    'Sie können jederzeit auch die Koordination um Unterstützung bitten – im Tandem unter „Unterstützung anfragen“.',
  'tandems.attention.mail.confidential': 'Diese E-Mail enthält keine Inhalte Ihres Tandems.',
  'tandems.attention.mail.action': 'Zum Tandem',
} as const;
