/** Mentoring time against the programme duty, and the proof (PDF). */
export const tandemsTime = {
  'tandems.time.nav': 'Mentoring-Zeit',
  'tandems.time.title': 'Mentoring-Zeit',
  'tandems.time.lead':
    'Hier erfassen Sie die Zeit, die Sie als Mentor*in einsetzen – Treffen, Vorbereitung und weitere Mentoring-Aufgaben – und sehen sie neben Ihrer Mentoring-Pflicht. Den Nachweis für Ihren Verwendungsnachweis laden Sie als PDF herunter.',
  'tandems.time.back': 'Zurück zur Mentoring-Zeit',
  'tandems.time.backToTandems': 'Zu Ihren Tandems',
  'tandems.time.notMentor.title': 'Die Zeiterfassung ist für Mentor*innen',
  'tandems.time.notMentor.text':
    'Mentor*innen erfassen hier die Zeit, die sie für ihre Mentees einsetzen. Sie nehmen derzeit nicht als Mentor*in an einem Programm teil. Wenn Sie Ihre Erfahrung weitergeben möchten, können Sie sich jederzeit zusätzlich als Mentor*in anmelden.',

  'tandems.time.kind.meeting': 'Treffen',
  'tandems.time.kind.preparation': 'Vorbereitung',
  'tandems.time.kind.event': 'Veranstaltung (z. B. Vortrag bei einer Veranstaltung)',
  'tandems.time.kind.community': 'Community-Beitrag',
  'tandems.time.kind.other': 'Sonstige Mentoring-Aufgabe',
  'tandems.time.duration': '{hours}:{minutes} Std.',
  'tandems.time.tandemWith': 'Tandem mit {name}',
  'tandems.time.tandemWithIn': 'Tandem mit {name} ({programme})',

  'tandems.time.year': 'Jahr',
  'tandems.time.year.show': 'Anzeigen',
  'tandems.time.new': 'Zeit erfassen',
  'tandems.time.proof.download': 'Nachweis über Mentoring-Tätigkeiten {year} herunterladen (PDF)',

  'tandems.time.duty.title': 'Ihre Mentoring-Pflicht {year}',
  'tandems.time.days': '{count, plural, one {# Tag} other {# Tage}}',
  'tandems.time.days.one': '1 Tag',
  'tandems.time.duty.progress':
    '{done} von {total, plural, one {# Stunde} other {# Stunden}} ({days} à {hoursPerDay, plural, one {# Stunde} other {# Stunden}})',
  'tandems.time.duty.percent': '{percent} % der Mentoring-Pflicht',
  'tandems.time.duty.remaining':
    'Noch offen: {hours, plural, one {# Stunde} other {# Stunden}}. Erfüllt: {percent} %.',
  'tandems.time.duty.fulfilled':
    'Ihre Mentoring-Pflicht für {year} ist erfüllt. Vielen Dank für Ihr Engagement!',
  'tandems.time.duty.none':
    'Für Sie gilt keine Mentoring-Pflicht im Programm {programme}. Sie können Ihre Zeit trotzdem erfassen und für {year} nachweisen.',
  'tandems.time.duty.logged': 'Erfasst in {year}: {hours, plural, one {# Stunde} other {# Stunden}}.',

  'tandems.time.entries.title': 'Zeiteinträge {year}',
  'tandems.time.entries.caption': 'Ihre Zeiteinträge {year}, neueste zuerst',
  'tandems.time.entries.private':
    'Ihre Notizen sehen nur Sie. Die Koordination sieht nur Ihre Summen; im Nachweis stehen nur Datum, Art und Dauer.',
  'tandems.time.entries.none': 'Für {year} haben Sie noch keine Zeit erfasst.',
  'tandems.time.entries.edit': 'Eintrag vom {date} bearbeiten',
  'tandems.time.column.date': 'Datum',
  'tandems.time.column.kind': 'Art der Tätigkeit',
  'tandems.time.column.duration': 'Dauer',
  'tandems.time.column.tandem': 'Tandem',
  'tandems.time.column.programme': 'Programm',
  'tandems.time.column.note': 'Ihre Notiz',
  'tandems.time.column.actions': 'Ändern',

  'tandems.time.new.title': 'Zeit erfassen',
  'tandems.time.edit.title': 'Zeiteintrag bearbeiten',
  'tandems.time.field.programme': 'Programm',
  'tandems.time.field.date': 'Datum',
  'tandems.time.field.dateHint': 'Der Tag, an dem Sie die Tätigkeit ausgeübt haben, z. B. 03.12.2026.',
  'tandems.time.field.duration': 'Dauer',
  'tandems.time.field.durationHint':
    'In Stunden und Minuten, z. B. 1 Stunde und 30 Minuten – oder nur in Minuten, z. B. 90. Höchstens 24 Stunden je Eintrag.',
  'tandems.time.field.hours': 'Stunden',
  'tandems.time.field.minutes': 'Minuten',
  'tandems.time.field.kind': 'Art der Tätigkeit',
  'tandems.time.field.tandem': 'Tandem',
  'tandems.time.field.tandemHint': 'Wenn die Tätigkeit zu einem Ihrer Tandems gehört.',
  'tandems.time.field.noTandem': 'Kein bestimmtes Tandem',
  'tandems.time.field.meetingFixed': 'Dieser Zeiteintrag gehört zum Treffen am {date} im Tandem mit {name}.',
  'tandems.time.field.note': 'Ihre Notiz',
  'tandems.time.field.noteHint':
    'Nur für Sie sichtbar. Die Notiz erscheint weder im Nachweis noch bei der Koordination.',
  'tandems.time.submit.create': 'Zeit speichern',
  'tandems.time.submit.update': 'Änderungen speichern',
  'tandems.time.delete': 'Zeiteintrag löschen',
  'tandems.time.deletePage.title': 'Zeiteintrag löschen',
  'tandems.time.deletePage.question': 'Möchten Sie den Zeiteintrag vom {date} ({duration}) wirklich löschen?',
  'tandems.time.deletePage.confirm': 'Ja, Zeiteintrag löschen',
  'tandems.time.deletePage.back': 'Nein, zurück zum Zeiteintrag',
  'tandems.time.duplicate.title': 'Für dieses Treffen ist schon Zeit erfasst',
  'tandems.time.duplicate.text':
    'Sie haben für dieses Treffen bereits einen Zeiteintrag gespeichert. Je Treffen gibt es einen Eintrag – bitte ändern Sie den vorhandenen, statt einen zweiten anzulegen.',
  'tandems.time.duplicate.link': 'Vorhandenen Zeiteintrag öffnen',
  'tandems.time.notHeld.title': 'Dieses Treffen hat noch nicht stattgefunden',
  'tandems.time.notHeld.text':
    'Sobald das Treffen als stattgefunden festgehalten ist, schlagen wir Datum und Dauer vor. Zeit für die Vorbereitung können Sie schon jetzt erfassen.',

  'tandems.time.error.date': 'Bitte geben Sie ein gültiges Datum an, z. B. 03.12.2026.',
  'tandems.time.error.future': 'Das Datum darf nicht in der Zukunft liegen.',
  'tandems.time.error.hours': 'Bitte geben Sie die Stunden als ganze Zahl von 0 bis 24 an.',
  'tandems.time.error.minutes': 'Bitte geben Sie die Minuten als ganze Zahl an, z. B. 30.',
  'tandems.time.error.duration': 'Bitte geben Sie eine Dauer zwischen 1 Minute und 24 Stunden an.',
  'tandems.time.error.kind': 'Bitte wählen Sie die Art der Tätigkeit.',
  'tandems.time.error.programme': 'Bitte wählen Sie eines der Programme, in denen Sie Mentor*in sind.',
  'tandems.time.error.tandem': 'Bitte wählen Sie eines Ihrer Tandems in diesem Programm oder kein Tandem.',
  'tandems.time.error.noteTooLong': 'Die Notiz darf höchstens 2.000 Zeichen lang sein.',

  'tandems.time.flash.created': 'Ihre Zeit wurde gespeichert.',
  'tandems.time.flash.updated': 'Der Zeiteintrag wurde geändert.',
  'tandems.time.flash.deleted': 'Der Zeiteintrag wurde gelöscht.',

  'tandems.time.section.title': 'Mentoring-Zeit',
  'tandems.time.section.none': 'Für dieses Tandem haben Sie in {year} noch keine Zeit erfasst.',
  'tandems.time.section.logged':
    'Für dieses Tandem haben Sie in {year} {duration} erfasst (Zeiteinträge: {count}).',
  'tandems.time.section.unlogged': 'Treffen ohne Zeiteintrag:',
  'tandems.time.section.logMeeting': 'Zeit für das Treffen am {date} erfassen',
  'tandems.time.section.new': 'Zeit für dieses Tandem erfassen',
  'tandems.time.section.all': 'Ihre Mentoring-Zeit und der Nachweis',

  'tandems.time.proof.title': 'Nachweis über Mentoring-Tätigkeiten {year}',
  'tandems.time.proof.mentor': 'Mentor*in: {name}',
  'tandems.time.proof.organisation': 'Organisation: {organisation}',
  'tandems.time.proof.programme': 'Programm: {programme}',
  'tandems.time.proof.programmeFunding': 'Programm: {programme} (Förderphase: {funding})',
  'tandems.time.proof.period': 'Zeitraum: 01.01.{year} bis 31.12.{year}',
  'tandems.time.proof.entries': 'Mentoring-Tätigkeiten',
  'tandems.time.proof.noEntries': 'Für {year} sind keine Mentoring-Tätigkeiten erfasst.',
  'tandems.time.proof.totals': 'Summen nach Art der Tätigkeit',
  'tandems.time.proof.total': 'Gesamt {year}',
  'tandems.time.proof.duty': 'Mentoring-Pflicht',
  'tandems.time.proof.dutyLine':
    '{programme}: Mentoring-Pflicht {days} à {hoursPerDay, plural, one {# Stunde} other {# Stunden}} ({total, plural, one {# Stunde} other {# Stunden}}); erfasst: {done, plural, one {# Stunde} other {# Stunden}} ({percent} %).',
  'tandems.time.proof.noDuty':
    '{programme}: Es gilt keine Mentoring-Pflicht; erfasst: {done, plural, one {# Stunde} other {# Stunden}}.',
  'tandems.time.proof.confidential':
    'Der Nachweis enthält nur Datum, Art und Dauer der Tätigkeiten. Die Inhalte der Tandems sind vertraulich und nicht Teil des Nachweises.',
  'tandems.time.proof.generated': 'Erstellt am {date} mit klimatandem.',
  'tandems.time.proof.signature': 'Ort, Datum, Unterschrift der Mentor*in',

  'tandems.time.coordination.title': 'Mentoring-Zeit der Mentor*innen',
  'tandems.time.coordination.lead':
    'Die Summen der erfassten Mentoring-Zeit je Mentor*in und Jahr, neben der Mentoring-Pflicht. Inhalte und Notizen sehen Sie hier nicht.',
  'tandems.time.coordination.caption': 'Mentoring-Zeit {year}: {programme}',
  'tandems.time.coordination.column.mentor': 'Mentor*in',
  'tandems.time.coordination.column.funding': 'Förderphase',
  'tandems.time.coordination.column.duty': 'Mentoring-Pflicht',
  'tandems.time.coordination.column.time': 'Erfasste Zeit',
  'tandems.time.coordination.column.percent': 'Anteil an der Pflicht',
  'tandems.time.coordination.column.entries': 'Zeiteinträge',
  'tandems.time.coordination.dutyYes': 'Ja, {hours, plural, one {# Stunde} other {# Stunden}}',
  'tandems.time.coordination.dutyNo': 'Nein',
  'tandems.time.coordination.percent': '{percent} %',
  'tandems.time.coordination.noDuty': 'Dieses Programm hat keine Mentoring-Pflicht.',
  'tandems.time.coordination.dutyAll':
    'Mentoring-Pflicht: {days} à {hoursPerDay} Stunden im Jahr, für alle Mentor*innen.',
  'tandems.time.coordination.dutyFor':
    'Mentoring-Pflicht: {days} à {hoursPerDay} Stunden im Jahr, für Mentor*innen mit der Förderphase „{funding}“.',
  'tandems.time.coordination.noMentors': 'In diesem Programm gibt es noch keine Mentor*innen.',
  'tandems.time.coordination.settings': 'Tandem-Einstellungen für {programme} ändern',

  'tandems.settings.title': 'Tandem-Einstellungen: {programme}',
  'tandems.settings.back': 'Zurück zur Mentoring-Zeit der Mentor*innen',
  'tandems.settings.stall': 'Wenn ein Tandem stockt',
  'tandems.settings.stallHint':
    'Findet kein Treffen statt und ist keines geplant, erinnern wir beide freundlich. Bleibt es danach still, erscheint das Tandem auf der Liste „braucht Aufmerksamkeit“.',
  'tandems.settings.reminderWeeks': 'Erinnerung nach (Wochen)',
  'tandems.settings.reminderWeeksHint': 'Wochen ohne Treffen bis zur Erinnerung, 1 bis 52. Üblich: 6.',
  'tandems.settings.escalationWeeks': 'Weitergabe an die Koordination nach weiteren (Wochen)',
  'tandems.settings.escalationWeeksHint': 'Wochen nach der Erinnerung, 1 bis 52. Üblich: 4.',
  'tandems.settings.duty': 'Mentoring-Pflicht',
  'tandems.settings.dutyHint':
    'Die Mentoring-Pflicht gilt je Kalenderjahr. Mentor*innen sehen ihre erfasste Zeit daneben und im Nachweis.',
  'tandems.settings.dutyDays': 'Tage im Jahr',
  'tandems.settings.dutyDaysHint':
    '1 bis 365. Lassen Sie das Feld leer, wenn es keine Mentoring-Pflicht gibt.',
  'tandems.settings.hoursPerDay': 'Stunden je Tag',
  'tandems.settings.hoursPerDayHint': '1 bis 24, Nachkommastellen erlaubt, z. B. 8 oder 7,8.',
  'tandems.settings.fundingPhase': 'Für wen gilt die Mentoring-Pflicht?',
  'tandems.settings.fundingPhaseHint': 'Die Förderphase geben Mentor*innen bei der Anmeldung an.',
  'tandems.settings.fundingPhase.all': 'Für alle Mentor*innen',
  'tandems.settings.fundingPhase.only': 'Nur für Mentor*innen mit der Förderphase „{phase}“',
  'tandems.settings.save': 'Einstellungen speichern',
  'tandems.settings.flash.saved': 'Die Tandem-Einstellungen wurden gespeichert.',
  'tandems.settings.error.reminderWeeks':
    'Bitte geben Sie für die Erinnerung eine ganze Zahl von 1 bis 52 Wochen an.',
  'tandems.settings.error.escalationWeeks':
    'Bitte geben Sie für die Weitergabe an die Koordination eine ganze Zahl von 1 bis 52 Wochen an.',
  'tandems.settings.error.dutyDays':
    'Bitte geben Sie für die Mentoring-Pflicht eine ganze Zahl von 1 bis 365 Tagen an oder lassen Sie das Feld leer.',
  'tandems.settings.error.hoursPerDay':
    'Bitte geben Sie die Stunden je Tag als Zahl von 1 bis 24 an, z. B. 8 oder 7,8.',
  'tandems.settings.error.fundingPhase':
    'Bitte wählen Sie, für wen die Mentoring-Pflicht gilt: für alle Mentor*innen oder eine der Förderphasen.',
} as const;
