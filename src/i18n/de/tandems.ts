/** The tandem workspace: list, overview page, shared words of the tandem. */
export const tandems = {
  'nav.tandems': 'Tandems',
  'nav.coordinationTandems': 'Tandems',

  'tandems.status.kickoff_pending': 'Kick-off steht aus',
  'tandems.status.active': 'Aktiv',
  'tandems.status.ended': 'Beendet',
  'tandems.endKind.planned': 'wie geplant',
  'tandems.endKind.early': 'vorzeitig',
  'tandems.endKind.rematch': 'neue Vermittlung',
  'tandems.endKind.coordination': 'durch die Koordination',
  'tandems.side.mentee': 'Mentee',
  'tandems.side.mentor': 'Mentor*in',

  'tandems.list.title': 'Ihre Tandems',
  'tandems.list.lead':
    'Hier finden Sie alle Tandems, in denen Sie mitwirken – als Mentee, als Mentor*in oder in beiden Rollen.',
  'tandems.list.none':
    'Sie sind noch in keinem Tandem. Sobald Sie und Ihre Tandem-Partner*in einen Matching-Vorschlag angenommen haben, erscheint das Tandem hier.',
  'tandems.list.with': 'Tandem mit {name}',
  'tandems.list.programme': 'Programm',
  'tandems.list.role': 'Ihre Rolle',
  'tandems.list.status': 'Stand',
  'tandems.list.calendar': 'Treffen im eigenen Kalender abonnieren',
  'tandems.list.time': 'Mentoring-Zeit erfassen und nachweisen (für Mentor*innen)',
  'tandems.list.since': 'Zeitraum',

  'tandems.workspace.title': 'Tandem mit {name}',
  'tandems.workspace.back': 'Zurück zu Ihren Tandems',
  'tandems.workspace.summary': '{programme} · Ihre Rolle: {role} · Stand: {status} · seit {since}',
  'tandems.workspace.ended': 'Dieses Tandem wurde am {at} beendet. Sie können alles weiterhin nachlesen.',
  'tandems.workspace.confidential':
    'Vertraulich: Was Sie hier festhalten, lesen nur Sie beide. Die Koordination sieht nur den Stand, die Termine der Treffen, die Zahl offener Aufgaben und die erfasste Zeit – nie Inhalte.',
  'tandems.workspace.partner': 'Ihre Tandem-Partner*in ({role})',
  'tandems.workspace.name': 'Name',
  'tandems.workspace.email': 'E-Mail',
  'tandems.workspace.phone': 'Telefon',
} as const;
