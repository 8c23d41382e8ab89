/** Texts of the admins' account pages: finding an account, resetting a person's second factor. */
export const accountsAdmin = {
  'nav.accounts': 'Konten',
  'adminAccounts.title': 'Konten',
  'adminAccounts.lead':
    'Suchen Sie ein Konto nach Name oder E-Mail-Adresse, etwa um den zweiten Faktor einer Person zurückzusetzen, die ihr Telefon verloren hat.',
  'adminAccounts.search': 'Name oder E-Mail-Adresse',
  'adminAccounts.searchHint': 'Mindestens 2 Zeichen; Groß- und Kleinschreibung spielt keine Rolle.',
  'adminAccounts.searchSubmit': 'Suchen',
  'adminAccounts.noResults': 'Kein Konto gefunden für „{term}“.',
  'adminAccounts.results': 'Gefundene Konten ({count})',
  'adminAccounts.mfa': 'Zweiter Faktor',
  'adminAccounts.mfaOnSince': 'eingerichtet seit {date}',
  'adminAccounts.mfaOff': 'nicht eingerichtet',
  'adminAccounts.back': 'Zurück zur Suche nach Konten',
  'adminAccounts.account.title': 'Konto: {name}',
  'adminAccounts.reset.heading': 'Zweiter Faktor',
  'adminAccounts.reset.when':
    'Hat die Person ihr Telefon oder ihre Authenticator-App verloren und keine Wiederherstellungscodes mehr, können Sie ihren zweiten Faktor zurücksetzen. Vergewissern Sie sich vorher, dass die Bitte wirklich von ihr kommt, zum Beispiel durch einen Rückruf unter einer Ihnen bekannten Nummer.',
  'adminAccounts.reset.start': 'Zweiten Faktor zurücksetzen',
  'adminAccounts.reset.nothing':
    'Für dieses Konto ist kein zweiter Faktor eingerichtet. Es gibt nichts zurückzusetzen.',
  'adminAccounts.reset.self': 'Ihren eigenen zweiten Faktor verwalten Sie in Ihrem Konto.',
  'adminAccounts.reset.selfLink': 'Zur Zwei-Faktor-Authentisierung Ihres Kontos',
  'adminAccounts.reset.title': 'Zweiten Faktor zurücksetzen: {name}',
  'adminAccounts.reset.consequences':
    'Beim Zurücksetzen werden der Schlüssel der Authenticator-App und alle Wiederherstellungscodes der Person gelöscht und alle ihre Sitzungen beendet. Sie erhält eine E-Mail darüber. Koordinator*innen und Administrator*innen richten den zweiten Faktor bei der nächsten Anmeldung neu ein, bevor sie etwas anderes tun können. Das Zurücksetzen wird protokolliert.',
  'adminAccounts.reset.confirm':
    'Ich habe mich vergewissert, dass die Bitte um das Zurücksetzen von {name} selbst kommt.',
  'adminAccounts.reset.submit': 'Zweiten Faktor jetzt zurücksetzen',
  'adminAccounts.reset.cancel': 'Abbrechen',
  'adminAccounts.reset.done':
    'Der zweite Faktor ist zurückgesetzt, alle Sitzungen der Person sind beendet. Sie wurde per E-Mail informiert.',
  'form.adminAccounts.confirm.required':
    'Bitte bestätigen Sie mit dem Häkchen bei „Ich habe mich vergewissert …“, dass die Bitte um das Zurücksetzen von der Person selbst kommt.',
  'form.adminAccounts.search.tooShort':
    'Bitte geben Sie für die Suche nach Name oder E-Mail-Adresse mindestens 2 Zeichen ein.',
  'form.adminAccounts.search.tooLong':
    'Bitte geben Sie für die Suche nach Name oder E-Mail-Adresse höchstens 254 Zeichen ein.',
  'mail.mfaReset.subject': 'Ihr zweiter Faktor bei klimatandem wurde zurückgesetzt',
  'mail.mfaReset.body':
    'die Administration von klimatandem hat die Zwei-Faktor-Authentisierung Ihres Kontos zurückgesetzt, etwa weil Ihr Telefon verloren ging. Ihre bisherige Authenticator-App und Ihre Wiederherstellungscodes gelten nicht mehr; alle Ihre Sitzungen wurden beendet.',
  'mail.mfaReset.next':
    'So geht es weiter: Melden Sie sich mit Ihrem Passwort an. Wenn Sie koordinieren oder administrieren, richten Sie dabei den zweiten Faktor gleich neu ein; sonst empfehlen wir, ihn unter „Konto“ wieder einzurichten. Löschen Sie den alten Eintrag für klimatandem aus Ihrer Authenticator-App und bewahren Sie die neuen Wiederherstellungscodes sicher auf.',
  'mail.mfaReset.action': 'Anmelden',
  'mail.mfaReset.notYou':
    'Haben Sie nicht um das Zurücksetzen gebeten? Dann setzen Sie bitte sofort Ihr Passwort zurück ({resetUrl}) und wenden Sie sich an die Koordination Ihres Programms.',
} as const;
