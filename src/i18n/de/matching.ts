/** Texts of the matching feature: the coordinators' suggestions, weights and matching rounds. */
export const matching = {
  'nav.matching': 'Matching',

  'matching.title': 'Matching',
  'matching.programmes.lead': 'Wählen Sie das Programm, für das Sie Tandems zusammenstellen möchten.',
  'matching.programmes.none': 'Sie koordinieren derzeit kein Programm.',
  'matching.back': 'Zurück zum Matching: {programme}',
  'matching.overview.title': 'Matching: {programme}',
  'matching.overview.lead':
    'Finden Sie für jede Mentee die bestmögliche Mentor*in: einzeln mit begründeten Vorschlägen oder für alle Wartenden auf einmal in einer Matching-Runde.',

  'matching.pool.title': 'Matching-Pool',
  'matching.pool.mentees': 'Mentees ohne Tandem und ohne offenen Vorschlag',
  'matching.pool.mentors': 'Mentor*innen mit freien Plätzen',
  'matching.pool.places': 'Freie Plätze insgesamt',
  'matching.settings.link': 'Gewichtung der Kriterien und Fristen für Vorschläge ändern',

  'matching.column.mentee': 'Mentee',
  'matching.column.mentor': 'Mentor*in',
  'matching.column.organisation': 'Organisation',
  'matching.column.bundesland': 'Bundesland',
  'matching.column.registered': 'Angemeldet am',
  'matching.column.started': 'Gestartet am',
  'matching.column.mode': 'Ziel',
  'matching.column.minScore': 'Mindestpunktzahl',
  'matching.column.status': 'Status',
  'matching.column.matched': 'Paare',
  'matching.column.score': 'Punkte',
  'matching.column.proposedAt': 'Vorgeschlagen am',
  'matching.column.declineReason': 'Ablehnungsgrund',
  'matching.column.since': 'Seit',

  'matching.waiting.title': 'Wartende Mentees',
  'matching.waiting.caption': 'Mentees im Matching-Pool, in der Reihenfolge ihrer Anmeldung',
  'matching.waiting.none': 'Zurzeit wartet keine Mentee auf eine Mentor*in.',
  'matching.waiting.suggestionsFor': 'Vorschläge für {name}',

  'matching.rounds.title': 'Matching-Runden',
  'matching.rounds.caption': 'Die letzten Matching-Runden dieses Programms',
  'matching.proposals.title': 'Matching-Vorschläge',
  'matching.proposals.caption': 'Vorschläge und Antworten; Ablehnungsgründe sehen nur Koordinator*innen',
  'matching.proposals.until': '(Antwort bis {date})',
  'matching.proposals.reasonBy': '{role}: „{reason}“',
  'matching.proposals.manualPick': '(Eigene Auswahl: {reason})',
  'matching.proposal.status.pending': 'Wartet auf Antwort',
  'matching.proposal.status.accepted': 'Angenommen',
  'matching.proposal.status.declined': 'Abgelehnt',
  'matching.proposal.status.expired': 'Abgelaufen',
  'matching.proposal.status.withdrawn': 'Zurückgezogen',
  'matching.tandems.title': 'Tandems',
  'matching.tandems.caption': 'Tandems dieses Programms (Inhalte sehen nur die beiden Mitglieder)',
  'matching.tandem.status.kickoff_pending': 'Kick-off steht aus',
  'matching.tandem.status.active': 'Aktiv',
  'matching.tandem.status.ended': 'Beendet',

  'matching.round.new.title': 'Matching-Runde starten',
  'matching.round.new.lead':
    'Die Runde ordnet allen wartenden Mentees auf einmal Mentor*innen zu, nachweislich optimal: jede Mentee höchstens eine Mentor*in, jede Mentor*in höchstens so viele Mentees, wie sie Plätze frei hat, nur zulässige Paare ab der Mindestpunktzahl. Das Ergebnis ist zunächst ein Entwurf, den Sie prüfen und anpassen.',
  'matching.round.new.mode': 'Was soll die Runde erreichen?',
  'matching.round.mode.score': 'Höchste Gesamtpunktzahl',
  'matching.round.mode.participation': 'Möglichst viele Paare, dann höchste Punktzahl',
  'matching.round.new.minScore': 'Mindestpunktzahl (0 bis 100)',
  'matching.round.new.minScoreHint': 'Paare unter dieser Punktzahl werden nicht gebildet, zum Beispiel 40.',
  'matching.round.new.submit': 'Runde berechnen',

  'matching.round.title': 'Matching-Runde vom {date}',
  'matching.round.summary': 'Status: {status}. Ziel: {mode}. Mindestpunktzahl: {min}.',
  'matching.round.status.running': 'Wird berechnet',
  'matching.round.status.draft': 'Entwurf',
  'matching.round.status.failed': 'Abgebrochen',
  'matching.round.status.published': 'Veröffentlicht',
  'matching.round.status.discarded': 'Verworfen',
  'matching.round.running': 'Die Runde wird berechnet: {percent} %',
  'matching.round.refresh': 'Seite aktualisieren',
  'matching.round.failed':
    'Die Berechnung wurde abgebrochen. Bitte starten Sie sie erneut; bleibt der Fehler, wenden Sie sich an den Betrieb.',
  'matching.round.rerun': 'Neu berechnen',
  'matching.round.pool':
    'Pool: {mentees} Mentees, {mentors, plural, one {# Mentor*in} other {# Mentor*innen}} mit {capacity, plural, one {# freien Platz} other {# freien Plätzen}}, {edges, plural, one {# zulässiges Paar} other {# zulässige Paare}} ab der Mindestpunktzahl. Berechnet in {seconds, plural, one {# Sekunde} other {# Sekunden}}.',
  'matching.round.figures.caption': 'Ergebnis der Runde im Vergleich mit einer einfachen Zuordnung',
  'matching.round.figures.figure': 'Kennzahl',
  'matching.round.figures.exact': 'Optimale Zuordnung',
  'matching.round.figures.greedy': 'Einfache Zuordnung (beste Paare zuerst)',
  'matching.round.figures.matched': 'Gebildete Paare',
  'matching.round.figures.total': 'Gesamtpunktzahl',
  'matching.round.figures.mean': 'Durchschnittliche Punktzahl',
  'matching.round.histogram.caption': 'Verteilung der Punktzahlen der Paare',
  'matching.round.histogram.band': 'Punktzahl',
  'matching.round.histogram.pairs': 'Paare',
  'matching.round.histogram.bar': 'Anteil',
  'matching.round.histogram.range': '{from} bis {to}',
  'matching.round.pairs.title': 'Paare',
  'matching.round.pairs.caption': 'Paare der Runde: {count}',
  'matching.round.pairs.lead':
    'Fixierte Paare bleiben bei einer Neuberechnung bestehen; entfernte Paare werden in dieser Runde nicht mehr gebildet.',
  'matching.round.pairs.lock': 'Fixieren',
  'matching.round.pairs.remove': 'Entfernen',
  'matching.round.pairs.lockPair': 'Paar {mentee} und {mentor} fixieren',
  'matching.round.pairs.removePair': 'Paar {mentee} und {mentor} entfernen',
  'matching.round.pairs.locked': '(fixiert)',
  'matching.round.unmatched.title': 'Mentees ohne Partner*in',
  'matching.round.unmatched.caption': 'Mentees, denen diese Runde niemanden zuordnet, mit dem Grund',
  'matching.round.unmatched.reason': 'Grund',
  'matching.round.unmatched.none':
    'Keine zulässige Mentor*in mit mindestens {min, plural, one {# Punkt} other {# Punkten}}',
  'matching.round.unmatched.taken':
    '{count, plural, one {# passende Mentor*in ist} other {# passende Mentor*innen sind}} in der besten Gesamtlösung anderen Mentees zugeordnet',
  'matching.round.finish.title': 'Runde abschließen',
  'matching.round.finish.lead':
    'Beim Veröffentlichen wird {count, plural, one {das Paar} other {jedes der # Paare}} zu einem Matching-Vorschlag: Beide Personen erhalten eine E-Mail und entscheiden selbst.',
  'matching.round.publish': 'Veröffentlichen und Vorschläge versenden',
  'matching.round.discard': 'Entwurf verwerfen',
  'matching.round.flash.published': 'Die Vorschläge wurden versendet.',
  'matching.round.flash.discarded': 'Der Entwurf wurde verworfen.',
  'matching.round.notice.stale':
    'Der Pool hat sich seit der Berechnung geändert (jemand hat zum Beispiel schon einen Vorschlag erhalten). Es wurde nichts versendet. Bitte berechnen Sie die Runde neu.',
  'matching.round.notice.changed':
    'Diese Runde wurde inzwischen geändert. Sie sehen ihren aktuellen Stand; bitte prüfen Sie ihn.',

  'matching.suggestions.title': 'Vorschläge für {name}',
  'matching.suggestions.topicsNeeded': 'Gewünschte Themen',
  'matching.suggestions.formats': 'Bevorzugte Formate',
  'matching.suggestions.filter.legend': 'Vorschläge filtern',
  'matching.suggestions.filter.any': 'Alle',
  'matching.suggestions.filter.format': 'Format',
  'matching.suggestions.filter.topic': 'Bietet das Thema an',
  'matching.suggestions.filter.minScore': 'Mindestpunktzahl',
  'matching.suggestions.filter.submit': 'Filter anwenden',
  'matching.suggestions.top': 'Die passendsten Mentor*innen',
  'matching.suggestions.none': 'Keine zulässige Mentor*in mit freien Plätzen passt zu diesen Filtern.',
  'matching.suggestions.item': '{name}: {score} von 100 Punkten',
  'matching.suggestions.freePlaces': 'Freie Plätze: {count}',
  'matching.suggestions.why': 'Warum dieser Vorschlag?',
  'matching.suggestions.whyFor': '(Mentor*in {name})',
  'matching.suggestions.propose': '{name} vorschlagen',
  'matching.suggestions.manual.title': 'Eigene Auswahl',
  'matching.suggestions.manual.lead':
    'Sie kennen die Personen und wissen es besser? Wählen Sie eine zulässige Mentor*in. Gehört sie nicht zu den zehn passendsten, begründen Sie Ihre Wahl kurz.',
  'matching.suggestions.manual.mentor': 'Mentor*in',
  'matching.suggestions.manual.option': '{name} ({score, plural, one {# Punkt} other {# Punkte}})',
  'matching.suggestions.manual.reason': 'Begründung',
  'matching.suggestions.manual.reasonHint':
    'Pflicht, wenn die Mentor*in nicht unter den zehn passendsten ist. Nur für Koordinator*innen sichtbar.',
  'matching.suggestions.manual.submit': 'Diese Mentor*in vorschlagen',
  'matching.suggestions.flash.proposed': 'Der Vorschlag wurde an beide Personen versendet.',
  'matching.suggestions.flash.menteeGone':
    'Diese Mentee ist nicht mehr im Matching-Pool (sie hat inzwischen einen Vorschlag oder ein Tandem).',
  'matching.away.title': 'Keine neuen Vorschläge',
  'matching.away.proposal':
    'Für {name} gibt es schon einen offenen Vorschlag. Solange er auf Antwort wartet, schlagen Sie niemand anderen vor.',
  'matching.away.proposalNext': 'Zum offenen Vorschlag in der Matching-Übersicht',
  'matching.away.tandem':
    '{name} ist bereits in einem Tandem. Neue Vorschläge gibt es erst, wenn die Person wieder im Matching-Pool ist.',
  'matching.away.tandemNext': 'Zur Übersicht der Tandems',
  'matching.away.other':
    '{name} ist derzeit nicht im Matching-Pool, zum Beispiel weil ein Tandem wie geplant zu Ende gegangen ist.',
  'matching.away.otherNext': 'Zur Anmeldung',
  'matching.suggestions.notice.unavailable':
    'Diese Mentor*in hat inzwischen keinen freien Platz mehr. Bitte wählen Sie eine andere.',
  'matching.suggestions.notice.notAllowed':
    'Dieses Paar ist nicht zulässig. Bitte wählen Sie eine andere Mentor*in.',

  'matching.settings.title': 'Gewichtung und Fristen: {programme}',
  'matching.settings.backToProgramme': 'Zurück zu den Angaben des Programms: {programme}',
  'matching.settings.weights': 'Gewichtung der Kriterien',
  'matching.settings.weightsHint':
    'Ganze Zahlen von 0 bis 100. Es zählt das Verhältnis: Ein Kriterium mit 30 zählt doppelt so viel wie eines mit 15; 0 lässt es unberücksichtigt.',
  'matching.settings.deadlines': 'Fristen für Matching-Vorschläge',
  'matching.settings.reminderDays': 'Erinnerung nach Tagen',
  'matching.settings.reminderDaysHint': 'Wer nicht geantwortet hat, wird einmal erinnert.',
  'matching.settings.expiryDays': 'Ablauf nach Tagen',
  'matching.settings.expiryDaysHint':
    'Danach verfällt der Vorschlag und die Mentee kommt zurück in den Pool.',
  'matching.settings.preview.submit': 'Vorschau anzeigen',
  'matching.settings.save': 'Speichern',
  'matching.settings.flash.saved': 'Gewichtung und Fristen wurden gespeichert.',
  'matching.settings.preview.title': 'Vorschau: so ändern sich die Vorschläge',
  'matching.settings.preview.caption':
    'Die drei passendsten Mentor*innen für die ersten Mentees im Pool, mit der bisherigen und der neuen Gewichtung',
  'matching.settings.preview.empty': 'Im Matching-Pool wartet keine Mentee; es gibt nichts zu vergleichen.',
  'matching.settings.preview.current': 'Bisher',
  'matching.settings.preview.proposed': 'Mit der neuen Gewichtung',
  'matching.settings.preview.changed': 'Geändert?',
  'matching.settings.preview.yes': 'Ja',
  'matching.settings.preview.no': 'Nein',
  'matching.settings.preview.entry': '{name} ({score, plural, one {# Punkt} other {# Punkte}})',

  'form.matching.minScore.required': 'Bitte geben Sie eine Mindestpunktzahl an.',
  'form.matching.minScore.invalid': 'Bitte geben Sie als Mindestpunktzahl eine Zahl von 0 bis 100 an.',
  'form.matching.mode.required': 'Bitte wählen Sie, was die Runde erreichen soll.',
  'form.matching.mentor.required': 'Bitte wählen Sie eine Mentor*in.',
  'form.matching.reason.required':
    'Bitte begründen Sie kurz, warum Sie diese Mentor*in statt eines der zehn Vorschläge wählen.',
  'form.matching.reason.tooLong': 'Die Begründung darf höchstens 2.000 Zeichen lang sein.',
  'form.matching.weight.invalid': 'Bitte geben Sie als Gewicht eine ganze Zahl von 0 bis 100 an.',
  'form.matching.weight.invalidFor.topics':
    'Bitte geben Sie als Gewicht für „Themen“ eine ganze Zahl von 0 bis 100 an.',
  'form.matching.weight.invalidFor.organisation':
    'Bitte geben Sie als Gewicht für „Organisation“ eine ganze Zahl von 0 bis 100 an.',
  'form.matching.weight.invalidFor.region':
    'Bitte geben Sie als Gewicht für „Region“ eine ganze Zahl von 0 bis 100 an.',
  'form.matching.weight.invalidFor.formats':
    'Bitte geben Sie als Gewicht für „Formate und Rhythmus“ eine ganze Zahl von 0 bis 100 an.',
  'form.matching.weight.invalidFor.experience':
    'Bitte geben Sie als Gewicht für „Erfahrung“ eine ganze Zahl von 0 bis 100 an.',
  'form.matching.weight.invalidFor.funding':
    'Bitte geben Sie als Gewicht für „Förderphase“ eine ganze Zahl von 0 bis 100 an.',
  'form.matching.weight.invalidFor.languages':
    'Bitte geben Sie als Gewicht für „Sprachen“ eine ganze Zahl von 0 bis 100 an.',
  'form.matching.days.invalidFor.erinnerung':
    'Bitte geben Sie für die Erinnerung eine ganze Zahl von 1 bis 90 Tagen an.',
  'form.matching.days.invalidFor.ablauf':
    'Bitte geben Sie für den Ablauf eine ganze Zahl von 1 bis 90 Tagen an.',
  'form.matching.weight.allZero': 'Mindestens ein Kriterium braucht ein Gewicht über 0.',
  'form.matching.days.invalid': 'Bitte geben Sie eine ganze Zahl von 1 bis 90 Tagen an.',
  'form.matching.expiry.afterReminder': 'Der Ablauf muss später sein als die Erinnerung.',
} as const;
