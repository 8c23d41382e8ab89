/** Meetings, preparation, records, to-dos and the calendar feed. */
export const tandemsMeetings = {
  'tandems.meetings.format.in_person': 'In Präsenz',
  'tandems.meetings.format.online': 'Online',
  'tandems.meetings.format.phone': 'Telefonisch',
  'tandems.meetings.format.email': 'Per E-Mail',
  'tandems.meetings.kind.meeting': 'Treffen',
  'tandems.meetings.kind.contact': 'Kontakt',
  'tandems.meetings.status.planned': 'Geplant',
  'tandems.meetings.status.held': 'Stattgefunden',
  'tandems.meetings.status.cancelled': 'Abgesagt',
  'tandems.meetings.minutes': '{minutes, plural, one {# Minute} other {# Minuten}}',
  'tandems.meetings.back': 'Zurück zum Tandem mit {name}',

  'tandems.meetings.field.date': 'Datum',
  'tandems.meetings.field.dateHint': 'Zum Beispiel 03.12.2026',
  'tandems.meetings.field.time': 'Uhrzeit',
  'tandems.meetings.field.timeHint': 'Deutsche Zeit, zum Beispiel 14:30',
  'tandems.meetings.field.duration': 'Dauer in Minuten',
  'tandems.meetings.field.durationHint': 'Zum Beispiel 60 für eine Stunde',
  'tandems.meetings.field.format': 'Wie treffen Sie sich?',
  'tandems.meetings.field.location': 'Ort oder Link',
  'tandems.meetings.field.locationHint':
    'Zum Beispiel Adresse und Raum oder der Link zur Videokonferenz. Nur Sie beide sehen diese Angabe; sie steht in keiner E-Mail.',

  'tandems.meetings.new.title': 'Treffen planen',
  'tandems.meetings.new.lead':
    'Verabreden Sie Datum, Uhrzeit und Form Ihres nächsten Treffens. Sie beide erhalten eine E-Mail mit dem Termin und am Vortag eine Erinnerung.',
  'tandems.meetings.new.formTitle': 'Nächstes Treffen',
  'tandems.meetings.new.submit': 'Treffen planen und E-Mail senden',
  'tandems.meetings.new.pastHint':
    'Liegt das Treffen schon zurück? Tragen Sie es hier mit Datum und Uhrzeit nach: Es zählt dann als stattgefunden, ohne E-Mail, und Sie halten gleich fest, was Sie besprochen haben.',
  'tandems.meetings.contact.title': 'Kontakt per Telefon oder E-Mail festhalten',
  'tandems.meetings.contact.hint':
    'Sie haben telefoniert oder sich per E-Mail ausgetauscht? Halten Sie den Kontakt hier in wenigen Worten fest – er erscheint im Verlauf Ihres Tandems.',
  'tandems.meetings.contact.format': 'Wie hatten Sie Kontakt?',
  'tandems.meetings.contact.summary': 'Kurze Zusammenfassung',
  'tandems.meetings.contact.summaryHint': 'Worum ging es? Nur Sie beide lesen diesen Text.',
  'tandems.meetings.contact.submit': 'Kontakt festhalten',

  'tandems.meetings.flash.planned': 'Das Treffen ist geplant. Sie beide erhalten eine E-Mail mit dem Termin.',
  'tandems.meetings.flash.changed':
    'Das Treffen ist geändert. Sie beide erhalten eine E-Mail mit dem neuen Termin.',
  'tandems.meetings.flash.unchanged': 'Sie haben nichts geändert.',
  'tandems.meetings.flash.cancelled': 'Das Treffen ist abgesagt. Sie beide erhalten eine E-Mail.',
  'tandems.meetings.flash.prepared': 'Ihre Vorbereitung ist gespeichert.',
  'tandems.meetings.flash.recorded': 'Das Protokoll ist gespeichert.',
  'tandems.meetings.flash.recordedPast':
    'Das Treffen ist nachgetragen. Halten Sie jetzt fest, was Sie besprochen haben.',
  'tandems.meetings.flash.recordedNext':
    'Das Protokoll ist gespeichert und das nächste Treffen geplant. Sie beide erhalten eine E-Mail mit dem Termin.',
  'tandems.meetings.flash.contact': 'Der Kontakt ist festgehalten.',

  'tandems.meetings.page.title': 'Treffen am {date}',
  'tandems.meetings.page.contactTitle': 'Kontakt am {date}',
  'tandems.meetings.page.details': 'Termin',
  'tandems.meetings.page.contactDetails': 'Kontakt',
  'tandems.meetings.page.when': 'Datum und Uhrzeit',
  'tandems.meetings.page.whenValue': '{date}, {time} Uhr',
  'tandems.meetings.page.duration': 'Dauer',
  'tandems.meetings.page.format': 'Form',
  'tandems.meetings.page.location': 'Ort oder Link',
  'tandems.meetings.page.noLocation': 'Nicht angegeben',
  'tandems.meetings.page.status': 'Stand',
  'tandems.meetings.page.ics': 'Termin in den eigenen Kalender übernehmen (.ics-Datei)',
  'tandems.meetings.page.feed': 'Alle Treffen im eigenen Kalender abonnieren',
  'tandems.meetings.page.cancelled': 'Dieses Treffen wurde abgesagt.',
  'tandems.meetings.page.overdue':
    'Dieses Treffen hat begonnen. Halten Sie danach fest, was Sie besprochen haben – dann zählt es als stattgefunden.',
  'tandems.meetings.page.recordLink': 'Protokoll festhalten',

  'tandems.meetings.agenda.title': 'Tagesordnung',
  'tandems.meetings.agenda.topics': 'Themen, die Sie sich beim letzten Treffen vorgenommen haben',
  'tandems.meetings.agenda.noTopics': 'Beim letzten Treffen wurden keine Themen für dieses Treffen notiert.',
  'tandems.meetings.agenda.todos': 'Offene Aufgaben ({count})',
  'tandems.meetings.agenda.allTodos': 'Alle Aufgaben ansehen',

  'tandems.meetings.prep.title': 'Vorbereitung',
  'tandems.meetings.prep.hint':
    'Zehn Minuten Vorbereitung können einen großen Unterschied machen: Notieren Sie sich Fragen und Themen und überlegen Sie, wie sich die Dinge seit dem letzten Gespräch entwickelt haben. Ihre Notizen sehen Sie beide – Sie und Ihre Tandem-Partner*in – auf dieser Seite.',
  'tandems.meetings.prep.yours': 'Ihre Vorbereitung',
  'tandems.meetings.prep.partners': 'Vorbereitung von {name}',
  'tandems.meetings.prep.none': '{name} hat noch nichts notiert.',
  'tandems.meetings.prep.noneOwn': 'Sie haben nichts notiert.',
  'tandems.meetings.prep.questions': 'Fragen',
  'tandems.meetings.prep.topics': 'Themen',
  'tandems.meetings.prep.changes': 'Was hat sich seit dem letzten Treffen verändert?',
  'tandems.meetings.prep.submit': 'Vorbereitung speichern',

  'tandems.meetings.edit.title': 'Treffen ändern oder absagen',
  'tandems.meetings.edit.open': 'Termin ändern',
  'tandems.meetings.edit.hint':
    'Sie beide erhalten eine E-Mail mit dem neuen Termin. Kalender, die Ihre Treffen abonniert haben, übernehmen die Änderung.',
  'tandems.meetings.edit.submit': 'Änderung speichern und E-Mail senden',
  'tandems.meetings.cancel.title': 'Treffen absagen',
  'tandems.meetings.cancel.hint':
    'Sie beide erhalten eine E-Mail. Das abgesagte Treffen bleibt im Verlauf sichtbar. Verabreden Sie am besten gleich einen neuen Termin.',
  'tandems.meetings.cancel.submit': 'Treffen absagen',
  'tandems.meetings.cancel.question': 'Möchten Sie das Treffen am {date} um {time} Uhr wirklich absagen?',
  'tandems.meetings.cancel.confirm': 'Ja, Treffen absagen',
  'tandems.meetings.cancel.back': 'Nein, zurück zum Treffen',

  'tandems.meetings.record.title': 'Protokoll',
  'tandems.meetings.record.recap': 'Besprochene Themen',
  'tandems.meetings.record.learnings': 'Erkenntnisse',
  'tandems.meetings.record.nextTopics': 'Themen für das nächste Treffen',
  'tandems.meetings.record.todos': 'Aufgaben aus diesem Treffen',
  'tandems.meetings.record.noTodos': 'Aus diesem Treffen sind keine Aufgaben festgehalten.',
  'tandems.meetings.record.nothing': 'Nichts notiert.',
  'tandems.meetings.record.by': 'Festgehalten am {date} von {name}',
  'tandems.meetings.record.at': 'Festgehalten am {date}',
  'tandems.meetings.record.edit': 'Protokoll bearbeiten oder Aufgaben ergänzen',
  'tandems.meetings.record.logTime': 'Zeit für dieses Treffen erfassen',

  'tandems.meetings.recordPage.title': 'Protokoll des Treffens am {date}',
  'tandems.meetings.recordPage.back': 'Zurück zum Treffen',
  'tandems.meetings.recordPage.lead':
    'Halten Sie nach dem Treffen fest, was Sie besprochen haben – so wie es die Checkliste des Leitfadens empfiehlt. Nur Sie beide lesen das Protokoll.',
  'tandems.meetings.recordPage.future':
    'Dieses Treffen liegt noch in der Zukunft. Sie können das Protokoll festhalten, sobald es begonnen hat.',
  'tandems.meetings.recordPage.existingTodos': 'Bereits festgehaltene Aufgaben aus diesem Treffen',
  'tandems.meetings.recordPage.recapHint': 'Rekapitulieren Sie die Themen des Treffens.',
  'tandems.meetings.recordPage.learningsHint': 'Was nehmen Sie aus dem Gespräch mit?',
  'tandems.meetings.recordPage.todosLegend': 'Aufgaben bis zum nächsten Treffen',
  'tandems.meetings.recordPage.todosHint':
    'Formulieren Sie konkrete Aufgaben, die bis zum nächsten Treffen umgesetzt werden. Leere Zeilen werden nicht gespeichert; weitere Aufgaben können Sie jederzeit unter „Aufgaben“ ergänzen.',
  'tandems.meetings.recordPage.todoTitle': 'Was ist zu tun?',
  'tandems.meetings.recordPage.todoLegend': 'Aufgabe {n}',
  'tandems.meetings.recordPage.nextTopicsHint': 'Was möchten Sie beim nächsten Mal besprechen?',
  'tandems.meetings.recordPage.nextLegend': 'Nächster Termin',
  'tandems.meetings.recordPage.nextHint':
    'Haben Sie den nächsten Termin schon verabredet? Dann tragen Sie ihn hier ein: Er wird mit dem Protokoll geplant, und Sie beide erhalten eine E-Mail. Lassen Sie die Felder leer, wenn noch kein Termin feststeht.',
  'tandems.meetings.recordPage.submit': 'Protokoll speichern',
  'tandems.meetings.recordPage.cancelled':
    'Dieses Treffen wurde abgesagt. Für ein abgesagtes Treffen gibt es kein Protokoll.',

  'tandems.meetings.next.title': 'Nächstes Treffen',
  'tandems.meetings.next.when': '{date}, {time} Uhr · {format}',
  'tandems.meetings.next.location': 'Ort oder Link: {location}',
  'tandems.meetings.next.overdue': 'Dieses Treffen hat schon begonnen.',
  'tandems.meetings.next.open': 'Treffen ansehen und vorbereiten',
  'tandems.meetings.next.view': 'Treffen ansehen',
  'tandems.meetings.next.later': 'Danach geplant',
  'tandems.meetings.next.none':
    'Zurzeit ist kein Treffen geplant. Der Leitfaden empfiehlt, am Ende jedes Gesprächs gleich den nächsten Termin zu verabreden.',
  'tandems.meetings.next.plan': 'Treffen planen',
  'tandems.meetings.next.contact': 'Kontakt per Telefon oder E-Mail festhalten',

  'tandems.meetings.history.title': 'Bisherige Treffen und Kontakte',
  'tandems.meetings.history.none': 'Noch keine Treffen oder Kontakte festgehalten.',
  'tandems.meetings.history.caption': 'Bisherige Treffen und Kontakte, die neuesten zuerst ({count})',
  'tandems.meetings.history.captionLatest':
    'Die letzten {shown} von {total} Treffen und Kontakten, die neuesten zuerst',
  'tandems.meetings.history.all': 'Alle {total} Treffen und Kontakte ansehen',
  'tandems.meetings.historyPage.title': 'Alle Treffen und Kontakte mit {name}',
  'tandems.meetings.historyPage.back': 'Zurück zum Tandem',
  'tandems.meetings.history.date': 'Datum',
  'tandems.meetings.history.kind': 'Art',
  'tandems.meetings.history.format': 'Form',
  'tandems.meetings.history.status': 'Stand',
  'tandems.meetings.history.when': '{date}, {time} Uhr',

  'tandems.meetings.ended.title': 'Dieses Tandem ist beendet',
  'tandems.meetings.ended.text':
    'In einem beendeten Tandem können keine Treffen mehr geplant, protokolliert oder Aufgaben abgehakt werden. Sie können alles weiterhin nachlesen.',
  'tandems.meetings.ended.back': 'Zurück zum Tandem',
  'tandems.meetings.conflict.title': 'Dieses Treffen kann nicht mehr geändert werden',
  'tandems.meetings.conflict.text':
    'Das Treffen wurde inzwischen abgesagt oder hat stattgefunden – vielleicht von Ihrer Tandem-Partner*in. Ihre Änderung wurde nicht gespeichert.',
  'tandems.meetings.conflict.back': 'Zum Treffen',

  'tandems.meetings.error.date.required': 'Bitte geben Sie das Datum des Treffens ein.',
  'tandems.meetings.error.date.invalid':
    'Bitte geben Sie das Datum des Treffens im Format TT.MM.JJJJ ein, zum Beispiel 03.12.2026.',
  'tandems.meetings.error.date.past':
    'Dieser Termin liegt in der Vergangenheit. Bitte wählen Sie einen Termin in der Zukunft.',
  'tandems.meetings.error.time.required': 'Bitte geben Sie die Uhrzeit des Treffens ein.',
  'tandems.meetings.error.time.invalid':
    'Bitte geben Sie die Uhrzeit des Treffens im Format HH:MM ein, zum Beispiel 14:30.',
  'tandems.meetings.error.duration.invalid':
    'Bitte geben Sie die Dauer des Treffens in ganzen Minuten ein, zwischen 1 und 1440.',
  'tandems.meetings.error.format.required': 'Bitte wählen Sie, wie Sie sich treffen.',
  'tandems.meetings.error.location.tooLong': 'Ort oder Link darf höchstens 500 Zeichen lang sein.',
  'tandems.meetings.error.questions.tooLong': 'Ihre Fragen dürfen höchstens 5000 Zeichen lang sein.',
  'tandems.meetings.error.topics.tooLong': 'Ihre Themen dürfen höchstens 5000 Zeichen lang sein.',
  'tandems.meetings.error.changes.tooLong':
    'Ihre Notiz zu Veränderungen darf höchstens 5000 Zeichen lang sein.',
  'tandems.meetings.error.contactDate.required': 'Bitte geben Sie das Datum des Kontakts ein.',
  'tandems.meetings.error.contactDate.invalid':
    'Bitte geben Sie das Datum des Kontakts im Format TT.MM.JJJJ ein, zum Beispiel 03.12.2026.',
  'tandems.meetings.error.contactDate.future':
    'Dieser Kontakt liegt in der Zukunft. Bitte geben Sie an, wann Sie Kontakt hatten.',
  'tandems.meetings.error.contactTime.invalid':
    'Bitte geben Sie die Uhrzeit des Kontakts im Format HH:MM ein, zum Beispiel 14:30, oder lassen Sie das Feld leer.',
  'tandems.meetings.error.contactDuration.invalid':
    'Bitte geben Sie die Dauer des Kontakts in ganzen Minuten ein, zwischen 1 und 1440.',
  'tandems.meetings.error.contactFormat.required':
    'Bitte wählen Sie, ob Sie telefoniert oder geschrieben haben.',
  'tandems.meetings.error.summary.required': 'Bitte fassen Sie den Kontakt kurz zusammen.',
  'tandems.meetings.error.summary.tooLong': 'Die Zusammenfassung darf höchstens 2000 Zeichen lang sein.',
  'tandems.meetings.error.recap.tooLong': 'Die besprochenen Themen dürfen höchstens 5000 Zeichen lang sein.',
  'tandems.meetings.error.learnings.tooLong': 'Die Erkenntnisse dürfen höchstens 5000 Zeichen lang sein.',
  'tandems.meetings.error.nextTopics.tooLong':
    'Die Themen für das nächste Treffen dürfen höchstens 5000 Zeichen lang sein.',
  'tandems.meetings.error.record.future':
    'Dieses Treffen hat noch nicht stattgefunden. Sie können das Protokoll festhalten, sobald es begonnen hat.',
  'tandems.meetings.error.todo1.title':
    'Aufgabe 1: Bitte beschreiben Sie die Aufgabe in höchstens 300 Zeichen.',
  'tandems.meetings.error.todo1.owner': 'Aufgabe 1: Bitte wählen Sie, wer zuständig ist.',
  'tandems.meetings.error.todo1.due':
    'Aufgabe 1: Bitte geben Sie das Fälligkeitsdatum im Format TT.MM.JJJJ ein oder lassen Sie es leer.',
  'tandems.meetings.error.todo2.title':
    'Aufgabe 2: Bitte beschreiben Sie die Aufgabe in höchstens 300 Zeichen.',
  'tandems.meetings.error.todo2.owner': 'Aufgabe 2: Bitte wählen Sie, wer zuständig ist.',
  'tandems.meetings.error.todo2.due':
    'Aufgabe 2: Bitte geben Sie das Fälligkeitsdatum im Format TT.MM.JJJJ ein oder lassen Sie es leer.',
  'tandems.meetings.error.todo3.title':
    'Aufgabe 3: Bitte beschreiben Sie die Aufgabe in höchstens 300 Zeichen.',
  'tandems.meetings.error.todo3.owner': 'Aufgabe 3: Bitte wählen Sie, wer zuständig ist.',
  'tandems.meetings.error.todo3.due':
    'Aufgabe 3: Bitte geben Sie das Fälligkeitsdatum im Format TT.MM.JJJJ ein oder lassen Sie es leer.',
  'tandems.meetings.error.todo4.title':
    'Aufgabe 4: Bitte beschreiben Sie die Aufgabe in höchstens 300 Zeichen.',
  'tandems.meetings.error.todo4.owner': 'Aufgabe 4: Bitte wählen Sie, wer zuständig ist.',
  'tandems.meetings.error.todo4.due':
    'Aufgabe 4: Bitte geben Sie das Fälligkeitsdatum im Format TT.MM.JJJJ ein oder lassen Sie es leer.',
  'tandems.meetings.error.nextDate.required': 'Nächster Termin: Bitte geben Sie das Datum ein.',
  'tandems.meetings.error.nextDate.invalid':
    'Nächster Termin: Bitte geben Sie das Datum im Format TT.MM.JJJJ ein, zum Beispiel 03.12.2026.',
  'tandems.meetings.error.nextDate.past':
    'Nächster Termin: Dieser Termin liegt in der Vergangenheit. Bitte wählen Sie einen Termin in der Zukunft.',
  'tandems.meetings.error.nextTime.required': 'Nächster Termin: Bitte geben Sie die Uhrzeit ein.',
  'tandems.meetings.error.nextTime.invalid':
    'Nächster Termin: Bitte geben Sie die Uhrzeit im Format HH:MM ein, zum Beispiel 14:30.',
  'tandems.meetings.error.nextDuration.invalid':
    'Nächster Termin: Bitte geben Sie die Dauer in ganzen Minuten ein, zwischen 1 und 1440.',
  'tandems.meetings.error.nextFormat.required': 'Nächster Termin: Bitte wählen Sie, wie Sie sich treffen.',
  'tandems.meetings.error.nextLocation.tooLong':
    'Nächster Termin: Ort oder Link darf höchstens 500 Zeichen lang sein.',

  'tandems.meetings.mail.action': 'Treffen ansehen',
  'tandems.meetings.mail.confidential':
    'Zum Schutz Ihres Tandems enthält diese E-Mail keine Inhalte. Ort, Vorbereitung und Tagesordnung finden Sie nach der Anmeldung auf der Seite des Treffens.',
  'tandems.meetings.mail.planned.subject': 'Neues Tandem-Treffen am {date}',
  'tandems.meetings.mail.planned.body':
    'in Ihrem Tandem im Programm „{programme}“ ist ein Treffen geplant: am {date} um {time} Uhr.',
  'tandems.meetings.mail.changed.subject': 'Geändert: Tandem-Treffen am {date}',
  'tandems.meetings.mail.changed.body':
    'ein Treffen in Ihrem Tandem im Programm „{programme}“ wurde geändert. Es findet jetzt am {date} um {time} Uhr statt.',
  'tandems.meetings.mail.cancelled.subject': 'Abgesagt: Tandem-Treffen am {date}',
  'tandems.meetings.mail.cancelled.body':
    'das Treffen in Ihrem Tandem im Programm „{programme}“ am {date} um {time} Uhr wurde abgesagt.',
  'tandems.meetings.mail.cancelled.next': 'Verabreden Sie am besten gleich einen neuen Termin.',
  'tandems.meetings.mail.reminder.subject': 'Erinnerung: Ihr Tandem-Treffen morgen um {time} Uhr',
  'tandems.meetings.mail.reminder.body':
    'morgen, am {date} um {time} Uhr, findet Ihr Treffen im Tandem im Programm „{programme}“ statt.',
  'tandems.meetings.mail.reminder.prepare':
    'Zehn Minuten Vorbereitung können einen großen Unterschied machen: Notieren Sie sich Fragen und Themen und überlegen Sie, wie sich die Dinge seit dem letzten Gespräch entwickelt haben. Ihre Notizen können Sie auf der Seite des Treffens festhalten.',
} as const;
