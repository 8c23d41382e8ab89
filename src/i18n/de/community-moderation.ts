/** Moderation of the community area: reports, the queue, the moderators' actions, approval of first posts. */
export const communityModeration = {
  'nav.moderation': 'Moderation',
  'coordination.about.moderation':
    'Gemeldete Beiträge im Austausch prüfen und die ersten Beiträge neuer Teilnehmender freigeben.',

  'moderation.report.link': 'Melden',
  'moderation.report.title': 'Beitrag melden',
  'moderation.report.lead':
    'Die Moderation sieht sich gemeldete Beiträge an. Wer den Beitrag geschrieben hat, erfährt nicht, wer ihn gemeldet hat.',
  'moderation.report.excerpt': 'Der Beitrag',
  'moderation.report.reason': 'Warum melden Sie diesen Beitrag?',
  'moderation.report.reason.spam': 'Werbung oder Spam',
  'moderation.report.reason.offensive': 'Beleidigend oder respektlos',
  'moderation.report.reason.confidential': 'Enthält Vertrauliches, etwa aus einem Tandem oder über Personen',
  'moderation.report.reason.off_topic': 'Passt nicht zum Austausch',
  'moderation.report.reason.other': 'Etwas anderes',
  'moderation.report.note': 'Was sollte die Moderation noch wissen?',
  'moderation.report.noteHint': 'Freiwillig, höchstens 500 Zeichen.',
  'moderation.report.submit': 'Beitrag melden',
  'moderation.report.thanks': 'Danke, die Moderation sieht sich den Beitrag an.',
  'moderation.report.error.reason': 'Bitte wählen Sie einen Grund.',
  'moderation.report.error.note': 'Der Hinweis darf höchstens 500 Zeichen lang sein.',
  'moderation.report.error.tooMany':
    'Sie haben in der letzten Stunde schon zehn Beiträge gemeldet. Bitte versuchen Sie es in einer Stunde wieder; Ihr Hinweis ist unten noch da.',

  'moderation.queue.title': 'Moderation',
  'moderation.queue.lead':
    'Gemeldete Beiträge und Beiträge, die auf Freigabe warten, in den Bereichen, die Sie moderieren. Die ältesten zuerst.',
  'moderation.queue.space': 'Bereich: {space}',
  'moderation.queue.reports': 'Gemeldete Beiträge',
  'moderation.queue.reports.none': 'Keine offenen Meldungen.',
  'moderation.queue.pending': 'Warten auf Freigabe',
  'moderation.queue.pending.none': 'Keine Beiträge warten auf Freigabe.',
  'moderation.queue.count': '{count, plural, one {# Meldung} other {# Meldungen}}',
  'moderation.queue.reasons': 'Gründe',
  'moderation.queue.notes': 'Hinweise',
  'moderation.queue.in': 'in „{thread}“',
  'moderation.queue.open': 'Beitrag ansehen',
  'moderation.queue.by': 'von {name}',
  'moderation.queue.since': 'seit {at}',

  'moderation.action.hide': 'Ausblenden',
  'moderation.action.restore': 'Wieder einblenden',
  'moderation.action.keep': 'Behalten (Meldung erledigt)',
  'moderation.action.edit': 'Bearbeiten',
  'moderation.action.approve': 'Freigeben',
  'moderation.action.reject': 'Ablehnen',
  'moderation.action.lock': 'Frage schließen',
  'moderation.action.unlock': 'Frage wieder öffnen',
  'moderation.action.move': 'Verschieben',
  'moderation.actions': 'Moderation',

  'moderation.hide.title': 'Beitrag ausblenden',
  'moderation.hide.lead':
    'Der Beitrag ist danach nur noch für die Moderation sichtbar und wird nicht mehr gefunden. Wer ihn geschrieben hat, erfährt es mit Ihrer Begründung.',
  'moderation.reject.title': 'Beitrag nicht freigeben',
  'moderation.reject.lead':
    'Der Beitrag wird nicht veröffentlicht. Wer ihn geschrieben hat, erfährt es mit Ihrer Begründung.',
  'moderation.edit.title': 'Beitrag bearbeiten',
  'moderation.edit.lead':
    'Die frühere Fassung bleibt im Verlauf erhalten; der Beitrag zeigt „bearbeitet“. Wer ihn geschrieben hat, erfährt es mit Ihrer Begründung.',
  'moderation.field.text': 'Text',
  'moderation.field.note': 'Begründung für die Person, die den Beitrag geschrieben hat',
  'moderation.field.noteHint': 'Sachlich und freundlich, höchstens 500 Zeichen.',
  'moderation.hide.submit': 'Ausblenden',
  'moderation.reject.submit': 'Nicht freigeben',
  'moderation.edit.submit': 'Änderung speichern',
  'moderation.cancel': 'Abbrechen',
  'moderation.error.note.required': 'Bitte begründen Sie Ihre Entscheidung.',
  'moderation.error.note.tooLong': 'Die Begründung darf höchstens 500 Zeichen lang sein.',

  'moderation.move.title': 'Frage verschieben',
  'moderation.move.lead':
    'In einen anderen Bereich, den Sie moderieren. Themen, die es dort nicht gibt, werden entfernt.',
  'moderation.move.target': 'Neuer Bereich',
  'moderation.move.submit': 'Verschieben',
  'moderation.move.none': 'Sie moderieren keinen anderen Bereich, in den diese Frage verschoben werden kann.',
  'moderation.error.target': 'Bitte wählen Sie einen der Bereiche aus der Liste.',

  'moderation.thread.closed': 'Diese Frage ist geschlossen.',
  'moderation.thread.closedDiscussion': 'Diese Diskussion ist geschlossen.',
  'moderation.thread.waiting':
    'Ihr Beitrag wartet auf Freigabe durch die Moderation. Sobald er freigegeben ist, sehen ihn auch die anderen.',

  'moderation.flash.hidden': 'Der Beitrag ist ausgeblendet.',
  'moderation.flash.restored': 'Der Beitrag ist wieder sichtbar.',
  'moderation.flash.kept': 'Der Beitrag bleibt; die Meldungen sind erledigt.',
  'moderation.flash.edited': 'Der Beitrag ist geändert.',
  'moderation.flash.approved': 'Der Beitrag ist freigegeben.',
  'moderation.flash.rejected': 'Der Beitrag ist nicht freigegeben.',
  'moderation.flash.locked': 'Die Frage ist geschlossen: Es kann nicht mehr geantwortet werden.',
  'moderation.flash.unlocked': 'Die Frage ist wieder offen.',
  'moderation.flash.moved': 'Die Frage ist verschoben.',
  'moderation.flash.pending': 'Ihr Beitrag ist gespeichert und wartet auf Freigabe durch die Moderation.',

  'moderation.setting.approval': 'Erste Beiträge im Austausch freigeben',
  'moderation.setting.approvalHint':
    'Die ersten zwei Beiträge neuer Teilnehmender erscheinen erst, wenn die Moderation sie freigegeben hat.',

  'notifications.sentence.moderation_hidden':
    'Die Moderation hat Ihren Beitrag in „{thread}“ ausgeblendet. Begründung: {note}',
  'notifications.sentence.moderation_restored':
    'Die Moderation hat Ihren Beitrag in „{thread}“ wieder eingeblendet',
  'notifications.sentence.moderation_edited':
    'Die Moderation hat Ihren Beitrag in „{thread}“ bearbeitet. Begründung: {note}',
  'notifications.sentence.moderation_approved': 'Ihr Beitrag in „{thread}“ ist freigegeben',
  'notifications.sentence.moderation_rejected':
    'Ihr Beitrag in „{thread}“ wurde nicht freigegeben. Begründung: {note}',
  'notifications.sentence.moderation_locked': 'Die Moderation hat „{thread}“ geschlossen',
  'notifications.sentence.moderation_unlocked': 'Die Moderation hat „{thread}“ wieder geöffnet',
  'notifications.sentence.moderation_moved':
    'Die Moderation hat „{thread}“ in einen anderen Bereich verschoben',
  'notifications.mail.subject.moderation_hidden': 'Ihr Beitrag in „{thread}“ ist ausgeblendet',
  'notifications.mail.subject.moderation_restored': 'Ihr Beitrag in „{thread}“ ist wieder sichtbar',
  'notifications.mail.subject.moderation_edited': 'Ihr Beitrag in „{thread}“ wurde bearbeitet',
  'notifications.mail.subject.moderation_approved': 'Ihr Beitrag in „{thread}“ ist freigegeben',
  'notifications.mail.subject.moderation_rejected': 'Ihr Beitrag in „{thread}“ wurde nicht freigegeben',
  'notifications.mail.subject.moderation_locked': '„{thread}“ ist geschlossen',
  'notifications.mail.subject.moderation_unlocked': '„{thread}“ ist wieder offen',
  'notifications.mail.subject.moderation_moved': '„{thread}“ wurde verschoben',
  'notifications.mail.body.moderation_hidden':
    'Die Moderation hat Ihren Beitrag in „{thread}“ im Austausch ausgeblendet. Begründung: {note}',
  'notifications.mail.body.moderation_restored':
    'Die Moderation hat Ihren Beitrag in „{thread}“ im Austausch wieder eingeblendet.',
  'notifications.mail.body.moderation_edited':
    'Die Moderation hat Ihren Beitrag in „{thread}“ im Austausch bearbeitet. Begründung: {note}',
  'notifications.mail.body.moderation_approved':
    'Die Moderation hat Ihren Beitrag in „{thread}“ freigegeben: Jetzt sehen ihn alle im Austausch.',
  'notifications.mail.body.moderation_rejected':
    'Die Moderation hat Ihren Beitrag in „{thread}“ nicht freigegeben. Begründung: {note}',
  'notifications.mail.body.moderation_locked':
    'Die Moderation hat „{thread}“ im Austausch geschlossen: Es kann nicht mehr geantwortet werden.',
  'notifications.mail.body.moderation_unlocked':
    'Die Moderation hat „{thread}“ im Austausch wieder geöffnet.',
  'notifications.mail.body.moderation_moved':
    'Die Moderation hat „{thread}“ im Austausch in einen anderen Bereich verschoben.',
} as const;
