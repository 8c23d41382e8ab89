/** Kick-off preparation, the kick-off record and the agreement. */
export const tandemsAgreement = {
  'tandems.agreement.back': 'Zurück zum Tandem mit {name}',
  'tandems.agreement.empty': '–',

  'tandems.agreement.question.learn': 'Was möchten Sie durch das Mentoring lernen?',
  'tandems.agreement.question.reach': 'Was möchten Sie erreichen?',
  'tandems.agreement.question.pass_on': 'Welches Wissen und welche Erfahrungswerte können Sie weitergeben?',
  'tandems.agreement.question.connect': 'Wo können Sie die*den Mentee vernetzen?',
  'tandems.agreement.question.learn_myself': 'Was möchten Sie selbst lernen?',

  'tandems.agreement.kickoff.title': 'Kick-off vorbereiten',
  'tandems.agreement.kickoff.lead':
    'Der Kick-off dauert etwa eine Stunde. Bereiten Sie sich mit den Fragen des Leitfadens vor. Ihre Antworten sind privat, bis Sie sie mit Ihrer Tandem-Partner*in teilen.',
  'tandems.agreement.kickoff.own': 'Ihre Vorbereitung',
  'tandems.agreement.kickoff.private': 'Nur Sie sehen diese Antworten, bis Sie sie teilen.',
  'tandems.agreement.kickoff.sharedSince': 'Mit Ihrer Tandem-Partner*in geteilt seit {at}.',
  'tandems.agreement.kickoff.save': 'Vorbereitung speichern',
  'tandems.agreement.kickoff.share': 'Mit Tandem-Partner*in teilen',
  'tandems.agreement.kickoff.unshare': 'Nicht mehr teilen',
  'tandems.agreement.kickoff.partner': 'Vorbereitung von {name}',
  'tandems.agreement.kickoff.notShared': 'Ihre Tandem-Partner*in hat die Vorbereitung noch nicht geteilt.',
  'tandems.agreement.kickoff.toRecord': 'Zum Kick-off-Protokoll und zur Vereinbarung',

  'tandems.agreement.edit.title': 'Kick-off festhalten und Vereinbarung',
  'tandems.agreement.edit.lead':
    'Halten Sie fest, was Sie beim Kick-off abgestimmt haben: Erwartungen, Bedarfe, Wünsche und Kapazitäten, konkrete Ziele und die Organisation. Wenn Sie beide diese Fassung bestätigen, gilt sie als Ihre Vereinbarung.',
  'tandems.agreement.edit.submit': 'Fassung speichern',
  'tandems.agreement.field.expectations': 'Erwartungen',
  'tandems.agreement.field.needs': 'Bedarfe',
  'tandems.agreement.field.wishes': 'Wünsche',
  'tandems.agreement.field.capacities': 'Kapazitäten',
  'tandems.agreement.field.goals': 'Konkrete Ziele',
  'tandems.agreement.field.formats': 'Wie tauschen Sie sich aus?',
  'tandems.agreement.field.rhythm': 'Wie oft halten Sie Kontakt?',
  'tandems.agreement.field.reachability': 'Wie erreichen Sie einander?',
  'tandems.agreement.field.organisation': 'Organisation',
  'tandems.agreement.hint.expectations': 'Was erwarten Sie voneinander und vom Mentoring?',
  'tandems.agreement.hint.needs': 'Wobei braucht die*der Mentee Unterstützung?',
  'tandems.agreement.hint.capacities': 'Wie viel Zeit können Sie beide einbringen?',
  'tandems.agreement.hint.goals':
    'Ein Ziel pro Zeile. Bestätigte Ziele erscheinen unter „Ziele und Meilensteine“.',
  'tandems.agreement.hint.reachability': 'Zum Beispiel: per E-Mail, dienstags telefonisch.',
  'tandems.agreement.rhythm.regular': 'Regelmäßig',
  'tandems.agreement.rhythm.on_demand': 'Nach Bedarf bei akuten Fragen',

  'tandems.agreement.conflict.title': 'Die Vereinbarung wurde inzwischen geändert',
  'tandems.agreement.conflict.text':
    'Ihre Tandem-Partner*in hat die Vereinbarung inzwischen geändert. Bitte prüfen Sie die aktuelle Fassung; Ihre Eingaben stehen unten im Formular, nichts ist verloren. Speichern Sie erneut, wenn Ihre Fassung die aktuelle ersetzen soll.',
  'tandems.agreement.conflict.current': 'Aktuelle Fassung {version}',
  'tandems.agreement.outdated.title': 'Es gibt eine neuere Fassung',
  'tandems.agreement.ended.title': 'Dieses Tandem ist beendet',
  'tandems.agreement.ended.text':
    'Die Vereinbarung bleibt lesbar, kann aber nicht mehr geändert oder bestätigt werden.',

  'tandems.agreement.confirm.submit': 'Fassung {version} bestätigen',
  'tandems.agreement.confirm.waiting':
    'Sie haben bestätigt; die Bestätigung Ihrer Tandem-Partner*in steht aus.',
  'tandems.agreement.confirm.partnerDone':
    'Ihre Tandem-Partner*in hat bestätigt; Ihre Bestätigung steht aus.',
  'tandems.agreement.confirm.nobody': 'Noch niemand hat bestätigt.',

  'tandems.agreement.section.kickoff': 'Kick-off',
  'tandems.agreement.section.title': 'Ihre Vereinbarung',
  'tandems.agreement.section.lead':
    'Beim Kick-off (ca. eine Stunde) stimmen Sie Erwartungen, Bedarfe, Wünsche und Kapazitäten ab und formulieren konkrete Ziele. So gehen Sie vor:',
  'tandems.agreement.section.pending': 'Eine geänderte Fassung ({version}) wartet auf Bestätigung.',
  'tandems.agreement.section.change': 'Vereinbarung ändern',
  'tandems.agreement.section.history': 'Verlauf der Vereinbarung',
  'tandems.agreement.step.prepare': 'Kick-off vorbereiten',
  'tandems.agreement.step.done': '(erledigt)',
  'tandems.agreement.step.record': 'Kick-off festhalten',
  'tandems.agreement.step.prepareView': 'Kick-off-Vorbereitung ansehen',
  'tandems.agreement.step.recordView': 'Kick-off-Protokoll ansehen',
  'tandems.agreement.step.saved': '(Fassung {version} gespeichert)',
  'tandems.agreement.step.confirm': 'Beide bestätigen die Vereinbarung.',

  'tandems.agreement.history.title': 'Verlauf der Vereinbarung',
  'tandems.agreement.history.lead':
    'Jede gespeicherte Fassung, die neueste zuerst. Es gilt die neueste Fassung, die Sie beide bestätigt haben.',
  'tandems.agreement.history.none': 'Es ist noch keine Fassung gespeichert.',
  'tandems.agreement.history.version': 'Fassung {version}',
  'tandems.agreement.history.versionInForce': 'Fassung {version} (gilt)',
  'tandems.agreement.history.saved': 'Gespeichert von {name} am {at}',
  'tandems.agreement.history.someone': 'einer früheren Person',
  'tandems.agreement.history.confirmedBy': 'Bestätigt von {name} am {at}',
  'tandems.agreement.history.notConfirmedBy': 'Nicht bestätigt von {name}',
  'tandems.agreement.history.show': 'Inhalt der Fassung {version} anzeigen',

  'tandems.agreement.flash.prepared': 'Ihre Vorbereitung ist gespeichert.',
  'tandems.agreement.flash.shared': 'Ihre Vorbereitung ist jetzt für Ihre Tandem-Partner*in sichtbar.',
  'tandems.agreement.flash.unshared': 'Ihre Vorbereitung ist wieder privat.',
  'tandems.agreement.flash.saved': 'Die Fassung ist gespeichert. Bitte bestätigen Sie sie beide.',
  'tandems.agreement.flash.confirmed': 'Sie haben die Fassung bestätigt.',
  'tandems.agreement.flash.inForce': 'Sie haben beide bestätigt: Die Vereinbarung gilt.',

  'tandems.agreement.error.answer.tooLong': 'Bitte fassen Sie sich kürzer (höchstens 4.000 Zeichen).',
  'tandems.agreement.error.expectations.tooLong': 'Erwartungen: höchstens 4.000 Zeichen.',
  'tandems.agreement.error.needs.tooLong': 'Bedarfe: höchstens 4.000 Zeichen.',
  'tandems.agreement.error.wishes.tooLong': 'Wünsche: höchstens 4.000 Zeichen.',
  'tandems.agreement.error.capacities.tooLong': 'Kapazitäten: höchstens 4.000 Zeichen.',
  'tandems.agreement.error.goals.tooLong': 'Konkrete Ziele: höchstens 4.000 Zeichen.',
  'tandems.agreement.error.reachability.tooLong': 'Erreichbarkeit: höchstens 4.000 Zeichen.',
  'tandems.agreement.error.formats.required': 'Bitte wählen Sie mindestens eine Form des Austauschs.',
  'tandems.agreement.error.rhythm.required': 'Bitte wählen Sie, wie oft Sie Kontakt halten.',
  'tandems.agreement.error.share':
    'Ob Ihre Vorbereitung geteilt ist, konnten wir nicht ändern. Bitte versuchen Sie es noch einmal.',
  'tandems.agreement.error.basis.invalid':
    'Das Formular war unvollständig. Bitte prüfen Sie Ihre Eingaben und speichern Sie erneut.',
  'tandems.agreement.error.outdated':
    'Es gibt inzwischen eine neuere Fassung. Bitte prüfen Sie sie, bevor Sie bestätigen.',

  'tandems.agreement.mail.changed.subject': 'Die Vereinbarung in Ihrem Tandem wurde geändert',
  'tandems.agreement.mail.changed.body':
    'Ihre Tandem-Partner*in im Programm {programme} hat eine Fassung der Vereinbarung gespeichert und bittet Sie, sie zu prüfen und zu bestätigen.',
  'tandems.agreement.mail.confirmed.subject': 'Ihre Vereinbarung im Tandem ist bestätigt',
  'tandems.agreement.mail.confirmed.body':
    'Sie haben beide die Vereinbarung Ihres Tandems im Programm {programme} bestätigt. Viel Erfolg bei Ihren Treffen!',
  'tandems.agreement.mail.confidential':
    'Aus Gründen der Vertraulichkeit steht der Inhalt nicht in dieser E-Mail. Sie finden ihn nach der Anmeldung im Tandem.',
  'tandems.agreement.mail.action': 'Zum Tandem',
} as const;
