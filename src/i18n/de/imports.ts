/** Texts of the imports feature: importing a programme's existing list, and the invitation of imported people. */
export const imports = {
  'imports.nav': 'Daten importieren',
  'imports.step': 'Schritt {current} von 4',

  'imports.upload.title': 'Bestehende Teilnehmendenliste importieren',
  'imports.upload.lead':
    'Laden Sie die Liste Ihrer Mentees und Mentor*innen als CSV- oder Excel-Datei hoch. Danach ordnen Sie die Spalten zu und sehen, was importiert würde. Gespeichert wird erst, wenn Sie „Importieren“ wählen.',
  'imports.upload.programme': 'Programm',
  'imports.upload.file': 'Datei',
  'imports.upload.fileHint':
    'CSV (Trennzeichen Semikolon oder Komma) oder Excel (.xlsx), höchstens 10 MB. Die erste Zeile enthält die Spaltenüberschriften.',
  'imports.upload.required':
    'Pflichtangaben sind Name, E-Mail-Adresse, Rolle (Mentee, Mentor*in oder beides) und Organisation. Für Personen, die noch kein Profil haben, braucht es außerdem Bundesland, Größenklasse und das Jahr, seit dem sie in ihrer Rolle arbeiten.',
  'imports.upload.invitations':
    'Neue Personen erhalten eine E-Mail mit einem Link, über den sie ein Passwort festlegen und den Datenschutzhinweisen zustimmen. Wer schon ein Konto hat, erhält keine E-Mail; die Angaben werden aktualisiert. Ein erneuter Import derselben Liste legt niemanden doppelt an.',
  'imports.upload.submit': 'Hochladen und Spalten zuordnen',
  'imports.upload.error.programme': 'Bitte wählen Sie ein Programm.',
  'imports.upload.error.file': 'Bitte wählen Sie eine Datei aus.',
  'imports.upload.error.empty': 'Die Datei ist leer.',
  'imports.upload.error.oldExcel':
    'Das ist eine Excel-Datei im alten Format (.xls). Bitte speichern Sie sie als .xlsx oder .csv und laden Sie sie erneut hoch.',
  'imports.upload.error.unreadable':
    'Die Datei konnte nicht gelesen werden. Bitte laden Sie eine CSV- oder .xlsx-Datei hoch.',
  'imports.upload.error.inflated':
    'Die Excel-Datei ist entpackt größer als 100 MB und wird deshalb nicht gelesen. Bitte teilen Sie die Liste auf oder speichern Sie sie als CSV.',
  'imports.upload.error.noRows': 'Die Datei enthält außer der Überschriftenzeile keine Zeilen.',
  'imports.upload.error.tooManyRows': 'Die Datei hat mehr als 20.000 Zeilen. Bitte teilen Sie sie auf.',
  'imports.upload.error.tooManyColumns': 'Die Datei hat mehr als 100 Spalten.',

  'imports.field.name': 'Name',
  'imports.field.firstName': 'Vorname',
  'imports.field.lastName': 'Nachname',
  'imports.field.email': 'E-Mail-Adresse',
  'imports.field.role': 'Rolle',
  'imports.field.organisationName': 'Organisation',
  'imports.field.organisationType': 'Organisationstyp',
  'imports.field.bundesland': 'Bundesland',
  'imports.field.sizeClass': 'Größenklasse',
  'imports.field.position': 'Position',
  'imports.field.inRoleSince': 'In der Rolle seit (Jahr)',
  'imports.field.funding': 'Förderung',
  'imports.field.topics': 'Themen',
  'imports.field.capacity': 'Kapazität (Mentees gleichzeitig)',
  'imports.field.languages': 'Sprachen',
  'imports.field.phone': 'Telefon',
  'imports.hint.name': 'Steht der Name in zwei Spalten, ordnen Sie stattdessen Vorname und Nachname zu.',
  'imports.hint.role': 'Mentee, Mentor*in oder beides (auch englisch: mentee, mentor, both).',
  'imports.hint.bundesland': 'Name wie „Hessen“ oder Kürzel wie „HE“.',
  'imports.hint.sizeClass':
    'Einwohnerzahl wie „23.500“ oder eine Klasse wie „20.000 bis 50.000 Einwohner*innen“.',
  'imports.hint.topics':
    'Mehrere Themen durch Komma, Semikolon oder Zeilenumbruch getrennt, so benannt wie in der Themenliste des Programms.',
  'imports.hint.capacity': 'Nur für Mentor*innen: 1, 2 oder 3.',
  'imports.hint.languages': 'Zum Beispiel „Deutsch, Englisch“ oder „de; en“. Ohne Angabe: Deutsch.',

  'imports.mapping.title': 'Spalten zuordnen',
  'imports.mapping.lead':
    'Wählen Sie für jede Angabe die Spalte Ihrer Datei, in der sie steht. Wir haben anhand der Überschriften vorausgewählt; bitte prüfen Sie die Zuordnung.',
  'imports.mapping.file':
    '{file}: {rows, plural, one {# Zeile} other {# Zeilen}} mit Daten, {columns, plural, one {# Spalte} other {# Spalten}}, für das Programm {programme}.',
  'imports.mapping.fields': 'Zuordnung',
  'imports.mapping.none': '– nicht in der Datei –',
  'imports.mapping.column': 'Spalte {letter}: {header}',
  'imports.mapping.emptyHeader': '(ohne Überschrift)',
  'imports.mapping.requiredMark': '(Pflicht)',
  'imports.mapping.preview': 'Vorschau: die ersten fünf Zeilen Ihrer Datei',
  'imports.mapping.submit': 'Zuordnung übernehmen und Zeilen prüfen',
  'imports.mapping.error.required': 'Bitte wählen Sie die Spalte für diese Pflichtangabe.',
  'imports.mapping.error.twice': 'Diese Spalte ist schon einer anderen Angabe zugeordnet.',
  'imports.mapping.otherFile': 'Eine andere Datei hochladen',

  'imports.check.title': 'Prüfergebnis',
  'imports.check.summary':
    '{valid} von {total, plural, one {# Zeile ist} other {# Zeilen {valid, plural, one {ist} other {sind}}}} gültig.',
  'imports.check.allValid': 'Alle Zeilen sind gültig und können importiert werden.',
  'imports.check.someInvalid':
    '{count, plural, one {# Zeile enthält Fehler und wird} other {# Zeilen enthalten Fehler und werden}} nicht importiert. Sie können die Datei korrigieren und neu hochladen oder die gültigen Zeilen schon jetzt importieren; ein späterer Import ergänzt die übrigen, ohne jemanden doppelt anzulegen.',
  'imports.check.noneValid': 'Keine Zeile ist gültig; es gibt nichts zu importieren.',
  'imports.check.issues': 'Fehler nach Zeilen',
  'imports.check.next': 'Wie geht es weiter?',
  'imports.check.dryRunHint':
    'Der Probelauf zeigt, wer neu angelegt, wer aktualisiert und wer übersprungen würde, und speichert nichts.',
  'imports.check.dryRun': 'Probelauf',
  'imports.check.import': 'Importieren',
  'imports.check.changeMapping': 'Zuordnung ändern',

  'imports.report.caption': 'Meldungen zu einzelnen Zeilen',
  'imports.report.row': 'Zeile',
  'imports.report.field': 'Feld',
  'imports.report.message': 'Meldung',
  'imports.report.more':
    '{count, plural, one {Eine weitere Meldung wird} other {Weitere # Meldungen werden}} hier nicht angezeigt.',

  'imports.issue.required': 'Diese Angabe fehlt; sie ist Pflicht.',
  'imports.issue.tooLong': 'Der Text ist zu lang (höchstens {max} Zeichen).',
  'imports.issue.email': '„{value}“ ist keine gültige E-Mail-Adresse.',
  'imports.issue.emailTwice':
    'Diese E-Mail-Adresse steht schon in Zeile {row}. Jede Person darf nur einmal vorkommen; für Mentee und Mentor*in zugleich schreiben Sie „beides“.',
  'imports.issue.role': '„{value}“ ist keine bekannte Rolle. Möglich sind Mentee, Mentor*in und beides.',
  'imports.issue.organisationType':
    '„{value}“ ist kein bekannter Organisationstyp. Möglich sind Gemeinde, Stadt, Landkreis, soziale Einrichtung und Sonstige.',
  'imports.issue.bundesland': '„{value}“ ist kein Bundesland.',
  'imports.issue.sizeClass': '„{value}“ ist weder eine Einwohnerzahl noch eine bekannte Größenklasse.',
  'imports.issue.year': '„{value}“ ist kein Jahr zwischen 1980 und heute.',
  'imports.issue.capacity': '„{value}“: Mentor*innen begleiten 1, 2 oder 3 Mentees gleichzeitig.',
  'imports.issue.topics': 'Diese Themen gibt es im Programm nicht: {value}.',
  'imports.issue.funding': '„{value}“ ist keine Förderung dieses Programms. Möglich: {options}.',
  'imports.issue.languages': 'Diese Sprachen sind nicht bekannt: {value}.',
  'imports.issue.phone': '„{value}“ ist keine Telefonnummer.',
  'imports.issue.neededForNew':
    'Diese Person hat noch kein Profil; dafür ist diese Angabe nötig. Die Zeile wird übersprungen.',

  'imports.result.title': 'Import abgeschlossen',
  'imports.result.dryRunTitle': 'Probelauf: Das würde der Import tun',
  'imports.result.dryRunNotice': 'Es wurde nichts gespeichert.',
  'imports.result.done': 'Der Import ist abgeschlossen.',
  'imports.result.alreadyDone': 'Diese Datei wurde bereits importiert.',
  'imports.result.at': 'Importiert am {date}.',
  'imports.result.created': 'Neu angelegte Personen',
  'imports.result.updated': 'Aktualisierte Personen',
  'imports.result.skipped': 'Übersprungene Zeilen',
  'imports.result.invitations': 'Verschickte Einladungen',
  'imports.result.invitationsDryRun': 'Einladungen, die verschickt würden',
  'imports.result.reasons': 'Übersprungene Zeilen und Gründe',
  'imports.result.noneSkipped': 'Keine Zeile wurde übersprungen.',
  'imports.result.again': 'Eine weitere Datei importieren',

  'imports.invite.title': 'Willkommen bei klimatandem',
  'imports.invite.lead':
    'Die Koordination Ihres Mentoring-Programms hat Sie hier angemeldet. Legen Sie ein Passwort fest und bestätigen Sie die Datenschutzhinweise, dann können Sie Ihr Konto nutzen.',
  'imports.invite.account': 'Ihr Konto: {email}',
  'imports.invite.consent':
    'Ich habe die Datenschutzhinweise gelesen und bin einverstanden, dass meine Angaben für die Vermittlung und Begleitung im Mentoring-Programm verarbeitet werden.',
  'imports.invite.privacy': 'Datenschutzhinweise lesen (öffnet in einem neuen Fenster)',
  'imports.invite.submit': 'Passwort festlegen und zustimmen',
  'imports.invite.error.consent': 'Bitte bestätigen Sie die Datenschutzhinweise.',
  'imports.invite.done': 'Ihr Passwort ist festgelegt. Sie können sich jetzt anmelden.',
  'imports.invite.invalid':
    'Der Einladungslink ist abgelaufen oder wurde schon verwendet. Über „Passwort vergessen“ können Sie ein Passwort festlegen, oder Sie wenden sich an die Koordination Ihres Programms.',
  'imports.invite.forgot': 'Passwort vergessen',
  'imports.invite.decline':
    'Sie möchten nicht teilnehmen? Dann müssen Sie hier nichts tun. Wenden Sie sich an die Koordination Ihres Programms, wenn Ihre Angaben gelöscht werden sollen.',

  'imports.mail.subject': 'Einladung zu klimatandem: {programme}',
  'imports.mail.body':
    '{agencyGender, select, feminine {Die {agency}} neuter {Das {agency}} masculine {Der {agency}} other {Die Programmkoordination ({agency})}} lädt Sie ein, das Mentoring-Programm „{programme}“ künftig über klimatandem zu nutzen, die Plattform für Mentoring im kommunalen Klimaschutz und in der Klimaanpassung.',
  'imports.mail.data':
    'Dafür hat {agencyGender, select, feminine {die {agency}} neuter {das {agency}} masculine {der {agency}} other {die Programmkoordination ({agency})}} Ihre Angaben aus der bisherigen Teilnehmendenliste übernommen: Name, E-Mail-Adresse, Organisation und Ihre Rolle im Programm.',
  'imports.mail.next':
    'Bitte legen Sie ein Passwort fest und bestätigen Sie die Datenschutzhinweise. Danach können Sie Ihre Angaben prüfen und ergänzen.',
  'imports.mail.action': 'Passwort festlegen',
  'imports.mail.valid': 'Der Link ist 14 Tage lang gültig und kann einmal verwendet werden.',
  'imports.mail.notYou':
    'Sie möchten nicht teilnehmen? Dann wenden Sie sich bitte an {contact}; Ihre Angaben werden dann gelöscht.',
} as const;
