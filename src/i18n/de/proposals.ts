/**
 * Matching proposals as their two people see them, the mails about them, and the words for the
 * matching engine's reasons (shared with the coordinators' matching screens).
 */
export const proposals = {
  'nav.proposals': 'Vorschläge',

  'proposals.list.title': 'Ihre Matching-Vorschläge',
  'proposals.list.lead':
    'Hier sehen Sie, wen die Koordination Ihnen als Tandem-Partner*in vorschlägt. Bitte antworten Sie auf jeden Vorschlag bis zur genannten Frist.',
  'proposals.list.none':
    'Sie haben bisher keine Matching-Vorschläge. Sobald die Koordination eine passende Person für Sie gefunden hat, erhalten Sie eine E-Mail.',
  'proposals.list.open': 'Offene Vorschläge',
  'proposals.list.noneOpen': 'Zurzeit ist kein Vorschlag offen.',
  'proposals.list.earlier': 'Frühere Vorschläge',
  'proposals.list.partner': 'Vorgeschlagene Person',
  'proposals.list.programme': 'Programm',
  'proposals.list.role': 'Ihre Rolle',
  'proposals.list.deadline': 'Antwort bis',
  'proposals.list.answer': 'Ihre Antwort',
  'proposals.list.outcome': 'Ergebnis',
  'proposals.list.proposedAt': 'Vorgeschlagen am',
  'proposals.profileLink': 'Ihre Matching-Vorschläge ansehen',

  'proposals.answer.none': 'Noch nicht beantwortet',
  'proposals.answer.accepted': 'Angenommen',
  'proposals.answer.declined': 'Abgelehnt',
  'proposals.status.pending': 'Offen',
  'proposals.status.accepted': 'Tandem gebildet',
  'proposals.status.declined': 'Abgelehnt',
  'proposals.status.expired': 'Abgelaufen',
  'proposals.status.withdrawn': 'Zurückgezogen',

  'proposals.detail.title': 'Matching-Vorschlag',
  'proposals.detail.back': 'Zurück zu Ihren Vorschlägen',
  'proposals.detail.leadMentee': 'Im Programm „{programme}“ schlagen wir Ihnen {name} als Mentor*in vor.',
  'proposals.detail.leadMentor': 'Im Programm „{programme}“ schlagen wir Ihnen {name} als Mentee vor.',
  'proposals.detail.deadline': 'Bitte antworten Sie bis {date}.',
  'proposals.detail.waitingTitle': 'Sie haben angenommen',
  'proposals.detail.waiting':
    'Sobald auch {name} den Vorschlag annimmt, ist Ihr Tandem gebildet. Wir informieren Sie per E-Mail. Die Frist läuft bis {date}.',
  'proposals.detail.tandemTitle': 'Tandem gebildet',
  'proposals.detail.tandemText':
    'Sie haben beide angenommen: Ihr Tandem ist zustande gekommen. Nehmen Sie Kontakt auf und vereinbaren Sie Ihr Kick-off-Gespräch (etwa eine Stunde).',
  'proposals.detail.closedTitle': 'Vorschlag abgeschlossen',
  'proposals.detail.declinedByYou': 'Sie haben diesen Vorschlag abgelehnt. Vielen Dank für Ihre Rückmeldung.',
  'proposals.detail.declinedByPartner': 'Dieser Vorschlag kommt leider nicht zustande.',
  'proposals.detail.expired':
    'Dieser Vorschlag ist abgelaufen, weil bis zur Frist nicht beide geantwortet haben.',
  'proposals.detail.withdrawn':
    'Dieser Vorschlag wurde zurückgezogen, weil eine der beiden Personen ihre Teilnahme pausiert oder beendet hat.',
  'proposals.detail.backToPool':
    'Sie bleiben im Matching-Pool: Die Koordination sucht weiter nach einer passenden Person für Sie.',

  'proposals.partner.title': 'Über {name}',
  'proposals.partner.position': 'Funktion',
  'proposals.partner.organisation': 'Organisation',
  'proposals.partner.organisationType': 'Art der Organisation',
  'proposals.partner.size': 'Größe',
  'proposals.partner.bundesland': 'Bundesland',
  'proposals.partner.inRoleSince': 'In dieser Funktion seit',
  'proposals.partner.formats': 'Formate',
  'proposals.partner.frequency': 'Gewünschter Rhythmus',
  'proposals.partner.languages': 'Sprachen',
  'proposals.partner.topicsNeeded': 'Wünscht sich Unterstützung bei',
  'proposals.partner.topicsOffered': 'Kann unterstützen bei',
  'proposals.partner.competences': 'Bringt Erfahrung mit in',
  'proposals.partner.strengths': 'Stärken',
  'proposals.partner.contact': 'Kontakt',
  'proposals.partner.email': 'E-Mail-Adresse',
  'proposals.partner.phone': 'Telefon',
  'proposals.partner.contactLater':
    'E-Mail-Adresse und Telefonnummer sehen Sie, sobald Sie beide den Vorschlag angenommen haben.',

  'proposals.reasons.title': 'Warum dieser Vorschlag?',
  'proposals.reasons.lead':
    'So passen Sie nach den Kriterien des Programms zusammen: insgesamt {score} von 100 Punkten.',
  'proposals.reasons.caption': 'Punkte nach Kriterien',
  'proposals.reasons.criterion': 'Kriterium',
  'proposals.reasons.points': 'Punkte',
  'proposals.reasons.reason': 'Begründung',
  'proposals.reasons.pointsOf': '{points} von {max}',
  'proposals.reasons.excluded': 'Nicht zulässig: {exclusion}',

  'proposals.respond.title': 'Ihre Antwort',
  'proposals.respond.yourAnswer': 'Ihre Antwort: {answer}',
  'proposals.respond.accept.title': 'Vorschlag annehmen',
  'proposals.respond.accept.text':
    'Passt der Vorschlag? Wenn Sie beide annehmen, ist Ihr Tandem gebildet und Sie sehen die Kontaktdaten der anderen Person.',
  'proposals.respond.accept.submit': 'Vorschlag annehmen',
  'proposals.respond.decline.title': 'Vorschlag ablehnen',
  'proposals.respond.decline.reason': 'Warum lehnen Sie den Vorschlag ab?',
  'proposals.respond.decline.hint':
    'Ihre Begründung sehen nur die Koordinator*innen des Programms, nicht die vorgeschlagene Person. Sie hilft, einen besser passenden Vorschlag zu finden.',
  'proposals.respond.decline.submit': 'Ablehnen',
  'form.proposals.reason.required': 'Bitte geben Sie an, warum Sie den Vorschlag ablehnen.',
  'form.proposals.reason.tooLong': 'Die Begründung darf höchstens 2.000 Zeichen lang sein.',

  'proposals.conflict.title': 'Antwort nicht möglich',
  'proposals.conflict.answered':
    'Sie haben auf diesen Vorschlag bereits geantwortet. Eine Antwort lässt sich nicht mehr ändern; wenden Sie sich bei Fragen bitte an die Koordination.',
  'proposals.conflict.closed':
    'Dieser Vorschlag ist bereits abgeschlossen (Stand: {status}). Eine Antwort ist nicht mehr möglich.',
  'proposals.conflict.expired':
    'Die Frist für diesen Vorschlag ist abgelaufen. Eine Antwort ist nicht mehr möglich.',

  'proposals.flash.accepted': 'Vielen Dank! Sie haben den Vorschlag angenommen.',
  'proposals.flash.tandem': 'Sie haben beide angenommen: Ihr Tandem ist gebildet.',
  'proposals.flash.declined': 'Sie haben den Vorschlag abgelehnt. Vielen Dank für Ihre Begründung.',

  'proposals.mail.action': 'Vorschlag ansehen',
  'proposals.mail.questions':
    'Bei Fragen antworten Sie einfach auf diese E-Mail; sie geht an die Koordination des Programms.',
  'proposals.mail.new.subject': 'Ein Matching-Vorschlag für Sie im Programm „{programme}“',
  'proposals.mail.new.bodyMentee':
    'die Koordination des Programms „{programme}“ hat eine*n passende*n Mentor*in für Sie gefunden.',
  'proposals.mail.new.bodyMentor':
    'die Koordination des Programms „{programme}“ möchte Sie mit einem Mentee zusammenbringen.',
  'proposals.mail.new.next':
    'Auf der Seite des Vorschlags sehen Sie, wer es ist und warum wir Sie zusammenbringen möchten. Bitte nehmen Sie den Vorschlag bis {deadline} an oder lehnen Sie ihn ab.',
  'proposals.mail.reminder.subject': 'Erinnerung: Ihr Matching-Vorschlag wartet auf Ihre Antwort',
  'proposals.mail.reminder.body':
    'vor einigen Tagen haben wir Ihnen im Programm „{programme}“ einen Matching-Vorschlag geschickt. Bitte antworten Sie bis {deadline}, sonst läuft der Vorschlag ab.',
  'proposals.mail.tandem.subject': 'Ihr Tandem ist zustande gekommen',
  'proposals.mail.tandem.body':
    'Sie haben beide den Matching-Vorschlag im Programm „{programme}“ angenommen: Ihr Tandem ist gebildet.',
  'proposals.mail.tandem.next':
    'Auf der Seite des Vorschlags finden Sie jetzt die Kontaktdaten. Vereinbaren Sie als Nächstes Ihr Kick-off-Gespräch.',
  'proposals.mail.declined.subject': 'Ihr Matching-Vorschlag kommt nicht zustande',
  'proposals.mail.declined.body':
    'der Matching-Vorschlag im Programm „{programme}“ kommt leider nicht zustande.',
  'proposals.mail.expired.subject': 'Ihr Matching-Vorschlag ist abgelaufen',
  'proposals.mail.expired.body':
    'der Matching-Vorschlag im Programm „{programme}“ ist abgelaufen, weil bis zur Frist nicht beide geantwortet haben.',
  'proposals.mail.backToPool.mentee':
    'Sie bleiben im Matching-Pool. Die Koordination sucht weiter nach einer passenden Person für Sie.',
  'proposals.mail.backToPool.mentor':
    'Ihr Platz ist damit wieder frei. Die Koordination meldet sich, sobald sie eine andere passende Person gefunden hat.',

  'matching.criterion.topics': 'Themen',
  'matching.criterion.organisation': 'Organisation',
  'matching.criterion.region': 'Region',
  'matching.criterion.formats': 'Formate und Rhythmus',
  'matching.criterion.experience': 'Erfahrung',
  'matching.criterion.funding': 'Förderphase',
  'matching.criterion.languages': 'Sprachen',

  'matching.exclusion.samePerson': 'Dieselbe Person',
  'matching.exclusion.sameOrganisation': 'Beide arbeiten in derselben Organisation',
  'matching.exclusion.noSharedLanguage': 'Keine gemeinsame Sprache',
  'matching.exclusion.noSharedFormat': 'Kein gemeinsames Format',
  'matching.exclusion.mentorFull': 'Die Mentor*in hat keinen freien Platz',
  'matching.exclusion.declinedBefore': 'Dieses Paar wurde schon einmal abgelehnt oder war schon ein Tandem',

  'matching.reason.topics':
    '{covered} von {needed, plural, one {# gewünschten Thema wird} other {# gewünschten Themen {covered, plural, one {wird} other {werden}}}} abgedeckt: {list}.',
  'matching.reason.topicsNone': 'Es sind keine gewünschten Themen angegeben.',
  'matching.reason.topicsNoneCovered':
    '{needed, plural, one {Das gewünschte Thema wird nicht abgedeckt.} other {Keines der # gewünschten Themen wird abgedeckt.}}',
  'matching.reason.organisationSameSameSize': 'Gleiche Art von Organisation und gleiche Größe.',
  'matching.reason.organisationSameNearSize': 'Gleiche Art von Organisation und ähnliche Größe.',
  'matching.reason.organisationSameOtherSize':
    'Gleiche Art von Organisation, aber deutlich unterschiedliche Größe ({steps} Größenklassen auseinander).',
  'matching.reason.organisationOtherSameSize': 'Unterschiedliche Art von Organisation, aber gleiche Größe.',
  'matching.reason.organisationOtherNearSize': 'Unterschiedliche Art von Organisation, ähnliche Größe.',
  'matching.reason.organisationOtherOtherSize':
    'Unterschiedliche Art von Organisation und deutlich unterschiedliche Größe ({steps} Größenklassen auseinander).',
  'matching.reason.regionSame': 'Beide arbeiten im selben Bundesland: {list}.',
  'matching.reason.regionNeighbour':
    'Die Mentor*in arbeitet im benachbarten Bundesland {list}; Treffen in Präsenz sind gut möglich.',
  'matching.reason.regionOther': 'Die Mentor*in arbeitet in einem anderen Bundesland: {list}.',
  'matching.reason.formats':
    'Gemeinsame Formate: {list}{onlyOne, plural, =0 {} one {; ein weiteres Format nennt nur eine Seite} other {; # weitere Formate nennt nur eine Seite}}; der gewünschte Rhythmus liegt {steps, plural, one {eine Stufe} other {# Stufen}} auseinander.',
  'matching.reason.formatsSameFrequency':
    'Gemeinsame Formate: {list}{onlyOne, plural, =0 {} one {; ein weiteres Format nennt nur eine Seite} other {; # weitere Formate nennt nur eine Seite}}; gleicher gewünschter Rhythmus.',
  'matching.reason.formatsNone':
    'Keine gemeinsamen Formate{steps, plural, =0 {; gleicher gewünschter Rhythmus} one {; der gewünschte Rhythmus liegt eine Stufe auseinander} other {; der gewünschte Rhythmus liegt # Stufen auseinander}}.',
  'matching.reason.experience': 'Jahre der Mentor*in in dieser Funktion: {years}.',
  'matching.reason.fundingUnknown': 'Die Förderphase ist nicht bei beiden bekannt.',
  'matching.reason.fundingSame': 'Beide sind in derselben Förderphase.',
  'matching.reason.fundingAhead':
    'Die Mentor*in ist in der Förderphase schon weiter und kennt den nächsten Schritt.',
  'matching.reason.fundingBehind': 'Die Mentor*in ist in einer früheren Förderphase als die*der Mentee.',
  'matching.reason.languages':
    'Gemeinsame Sprachen: {list}{missing, plural, =0 {} one {; eine weitere Sprache der*des Mentee spricht die Mentor*in nicht} other {; # weitere Sprachen der*des Mentee spricht die Mentor*in nicht}}.',
  'matching.reason.languagesNone': 'Keine gemeinsame Sprache.',
} as const;
