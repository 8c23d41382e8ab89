/** To-dos and the private calendar feed. */
export const tandemsTodos = {
  'tandems.todos.owner.mentee': 'Mentee',
  'tandems.todos.owner.mentor': 'Mentor*in',
  'tandems.todos.owner.both': 'Beide',
  'tandems.todos.none': 'Zurzeit sind keine Aufgaben offen.',
  'tandems.todos.section.title': 'Offene Aufgaben',
  'tandems.todos.section.all': 'Alle Aufgaben ansehen und neue festhalten',
  'tandems.todos.section.view': 'Alle Aufgaben ansehen',
  'tandems.todos.section.mostUrgent': 'Die {shown} dringendsten von {total} offenen Aufgaben:',
  'tandems.todos.page.title': 'Aufgaben',
  'tandems.todos.page.lead':
    'Konkrete Aufgaben, die Sie bis zum nächsten Treffen umsetzen. Offene Aufgaben stehen auf der Tagesordnung des nächsten Treffens.',
  'tandems.todos.page.open': 'Offene Aufgaben ({count})',
  'tandems.todos.page.done': 'Erledigte Aufgaben ({count})',
  'tandems.todos.page.noneDone': 'Noch keine Aufgabe erledigt.',
  'tandems.todos.add.title': 'Neue Aufgabe',
  'tandems.todos.add.submit': 'Aufgabe festhalten',
  'tandems.todos.field.title': 'Aufgabe',
  'tandems.todos.field.titleHint': 'Zum Beispiel: Förderaufruf lesen und Fragen notieren',
  'tandems.todos.field.owner': 'Zuständig',
  'tandems.todos.field.due': 'Fällig am',
  'tandems.todos.field.dueHint': 'Zum Beispiel 15.12.2026',
  'tandems.todos.item.owner': 'Zuständig: {owner}',
  'tandems.todos.item.due': 'fällig am {date}',
  'tandems.todos.item.overdue': 'Überfällig seit {date}',
  'tandems.todos.item.done': 'erledigt am {date}',
  'tandems.todos.item.doneShort': 'erledigt',
  'tandems.todos.item.markDone': 'Als erledigt markieren',
  'tandems.todos.item.reopen': 'Wieder öffnen',
  'tandems.todos.live.done': 'Aufgabe erledigt: {title}',
  'tandems.todos.live.reopened': 'Aufgabe wieder offen: {title}',
  'tandems.todos.flash.added': 'Die Aufgabe ist festgehalten.',
  'tandems.todos.flash.done': 'Aufgabe erledigt.',
  'tandems.todos.flash.reopened': 'Die Aufgabe ist wieder offen.',
  'tandems.todos.error.toggle':
    'Diese Änderung der Aufgabe konnten wir nicht speichern. Bitte versuchen Sie es noch einmal.',
  'tandems.todos.error.title.required': 'Bitte beschreiben Sie die Aufgabe.',
  'tandems.todos.error.title.tooLong': 'Die Aufgabe darf höchstens 300 Zeichen lang sein.',
  'tandems.todos.error.owner.required': 'Bitte wählen Sie, wer für die Aufgabe zuständig ist.',
  'tandems.todos.error.due.invalid':
    'Bitte geben Sie das Fälligkeitsdatum im Format TT.MM.JJJJ ein, zum Beispiel 15.12.2026, oder lassen Sie es leer.',

  'tandems.calendar.page.title': 'Treffen im eigenen Kalender',
  'tandems.calendar.page.lead':
    'Abonnieren Sie Ihre Tandem-Treffen in Outlook, Thunderbird oder einem anderen Kalenderprogramm. Neue, geänderte und abgesagte Treffen erscheinen dort von selbst.',
  'tandems.calendar.page.back': 'Zurück zu Ihren Tandems',
  'tandems.calendar.page.address': 'Ihre persönliche Kalender-Adresse',
  'tandems.calendar.page.addressLabel': 'Adresse zum Abonnieren',
  'tandems.calendar.page.addressHint': 'Markieren und kopieren Sie die ganze Adresse.',
  'tandems.calendar.page.secret':
    'Behandeln Sie diese Adresse wie ein Passwort: Wer sie kennt, sieht Ihre Treffen mit Ort und Namen Ihrer Tandem-Partner*innen. Geben Sie sie nicht weiter.',
  'tandems.calendar.page.refresh':
    'Kalenderprogramme fragen in eigenen Abständen nach, oft stündlich. Eine Änderung kann deshalb etwas später erscheinen.',
  'tandems.calendar.outlook.title': 'In Outlook abonnieren',
  'tandems.calendar.outlook.step1': 'Kopieren Sie die Adresse oben.',
  'tandems.calendar.outlook.step2':
    'Öffnen Sie in Outlook den Kalender und wählen Sie „Kalender hinzufügen“ und dann „Aus dem Internet abonnieren“ (in älteren Versionen: „Kalender öffnen“ › „Aus dem Internet“).',
  'tandems.calendar.outlook.step3':
    'Fügen Sie die Adresse ein, geben Sie dem Kalender einen Namen und bestätigen Sie.',
  'tandems.calendar.thunderbird.title': 'In Thunderbird abonnieren',
  'tandems.calendar.thunderbird.step1': 'Kopieren Sie die Adresse oben.',
  'tandems.calendar.thunderbird.step2': 'Wählen Sie im Kalender „Neuer Kalender“ und dann „Im Netzwerk“.',
  'tandems.calendar.thunderbird.step3':
    'Fügen Sie die Adresse als „Adresse“ ein, wählen Sie „Weiter“ und abonnieren Sie den gefundenen Kalender.',
  'tandems.calendar.renew.title': 'Adresse erneuern',
  'tandems.calendar.renew.hint':
    'Haben Sie die Adresse versehentlich weitergegeben? Erneuern Sie sie: Die bisherige Adresse funktioniert sofort nicht mehr, und Sie müssen die neue in Ihrem Kalenderprogramm eintragen.',
  'tandems.calendar.renew.submit': 'Adresse erneuern',
  'tandems.calendar.flash.renewed':
    'Ihre Kalender-Adresse ist erneuert. Die bisherige Adresse funktioniert nicht mehr; bitte tragen Sie die neue in Ihrem Kalenderprogramm ein.',
  'tandems.calendar.ics.feedName': 'Tandem-Treffen (klimatandem)',
  'tandems.calendar.ics.meetingName': 'Tandem-Treffen',
  'tandems.calendar.ics.filename': 'treffen-{day}.ics',
  'tandems.calendar.ics.summary': 'Tandem-Treffen mit {name}',
  'tandems.calendar.ics.description': 'Tagesordnung, Vorbereitung und Protokoll: {url}',
} as const;
