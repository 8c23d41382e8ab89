/** Platform, layout and accounts. */
export const core = {
  'app.name': 'klimatandem',
  'app.tagline': 'Mentoring für kommunalen Klimaschutz und Klimaanpassung',

  'layout.skipLink': 'Zum Inhalt springen',
  'layout.mainNav': 'Hauptnavigation',
  'layout.footerNav': 'Rechtliches und Barrierefreiheit',
  'layout.language': 'Sprache wählen',
  'nav.home': 'Start',
  'nav.account': 'Mein Konto',
  'nav.admin': 'Seiten',
  'nav.login': 'Anmelden',
  'nav.signup': 'Konto erstellen',
  'nav.logout': 'Abmelden',
  'footer.imprint': 'Impressum',
  'footer.privacy': 'Datenschutz',
  'footer.accessibility': 'Erklärung zur Barrierefreiheit',
  'footer.easyLanguage': 'Leichte Sprache',
  'footer.licence': 'klimatandem ist freie Software unter der EUPL-1.2.',

  'home.title': 'Mentoring für kommunale Klimamanager*innen',
  'home.lead':
    'Erfahrene Klimaschutz- und Klimaanpassungsmanager*innen geben ihr Wissen an Neueinsteiger*innen weiter – auf Augenhöhe und vertraulich.',
  'home.programmes': 'Unsere Mentoring-Programme',
  'home.contact': 'Kontakt:',
  'home.howItWorks': 'So funktioniert es',
  'home.step1': 'Sie melden sich an und erzählen uns von Ihren Bedarfen und Kompetenzen.',
  'home.step2':
    'Wir führen ein kurzes Kennenlerngespräch und suchen für Sie die passende Mentoring-Partnerschaft.',
  'home.step3':
    'Im Tandem vereinbaren Sie Ziele, Treffen und Aufgaben – wir unterstützen Sie, wenn es stockt.',
  'home.ctaSignup': 'Konto erstellen',
  'home.ctaLogin': 'Anmelden',

  'form.optional': '(optional)',
  'form.errorSummary': 'Bitte korrigieren Sie {count, plural, one {# Angabe} other {# Angaben}}:',
  'form.errorTitlePrefix': 'Fehler:',
  'form.save': 'Speichern',
  'form.choose': 'Bitte wählen',
  'form.required': 'Bitte füllen Sie dieses Feld aus.',
  'form.tooLong': 'Dieser Text ist zu lang.',
  'form.invalid': 'Bitte prüfen Sie diese Angabe.',
  'form.name': 'Name',
  'form.name.required': 'Bitte geben Sie Ihren Namen ein.',
  'form.email': 'E-Mail-Adresse',
  'form.newEmail': 'Neue E-Mail-Adresse',
  'form.email.required': 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  'form.email.invalid': 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.',
  'form.email.taken': 'Diese E-Mail-Adresse kann nicht verwendet werden.',
  'form.password': 'Passwort',
  'form.newPassword': 'Neues Passwort',
  'form.currentPassword': 'Aktuelles Passwort',
  'form.password.hint':
    'Mindestens 8 Zeichen. Ein langer Satz, den Sie sich gut merken können, ist sicherer als ein kurzes, kompliziertes Passwort.',
  'form.password.required': 'Bitte geben Sie ein Passwort ein.',
  'form.password.tooShort': 'Das Passwort muss mindestens 8 Zeichen lang sein.',
  'form.password.tooLong': 'Das Passwort darf höchstens 128 Zeichen lang sein.',
  'form.password.common':
    'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.',
  'form.password.currentRequired': 'Bitte geben Sie Ihr aktuelles Passwort ein.',
  'form.password.currentWrong': 'Das aktuelle Passwort ist nicht richtig.',
  'form.mfaCode.required': 'Bitte geben Sie den Code ein.',
  'form.mfaCode.invalid': 'Der Code hat nicht das richtige Format.',
  'form.mfaCode.wrong': 'Der Code ist nicht richtig oder abgelaufen. Bitte geben Sie den aktuellen Code ein.',

  'login.title': 'Anmelden',
  'login.submit': 'Anmelden',
  'login.failed': 'E-Mail-Adresse oder Passwort ist nicht richtig.',
  'login.failedHint':
    'Bitte prüfen Sie Ihre Eingaben. Haben Sie Ihr Passwort vergessen, können Sie ein neues festlegen.',
  'login.forgot': 'Passwort vergessen?',
  'login.noAccount': 'Noch kein Konto? Jetzt erstellen',
  'login.success': 'Sie sind angemeldet.',
  'login.unverified.title': 'E-Mail-Adresse noch nicht bestätigt',
  'login.unverified.text':
    'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link, den wir Ihnen geschickt haben. Sie können den Link erneut anfordern.',
  'logout.success': 'Sie sind abgemeldet.',

  'signup.title': 'Konto erstellen',
  'signup.lead': 'Mit einem Konto können Sie sich für ein Mentoring-Programm anmelden.',
  'signup.submit': 'Konto erstellen',
  'signup.haveAccount': 'Sie haben schon ein Konto? Anmelden',
  'signup.sent.title': 'Bitte prüfen Sie Ihr Postfach',
  'signup.sent.text':
    'Wir haben Ihnen eine E-Mail geschickt. Bitte folgen Sie dem Link darin, um Ihre E-Mail-Adresse zu bestätigen. Kommt keine E-Mail an, sehen Sie bitte auch im Spam-Ordner nach.',
  'verify.title': 'E-Mail-Adresse bestätigen',
  'verify.text': 'Bitte bestätigen Sie mit einem Klick, dass diese E-Mail-Adresse Ihnen gehört.',
  'verify.submit': 'E-Mail-Adresse bestätigen',
  'verify.done': 'Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.',
  'verify.resend': 'Bestätigungslink erneut senden',
  'verify.resendTitle': 'Bestätigungslink erneut anfordern',
  'verify.resendLead':
    'Geben Sie Ihre E-Mail-Adresse ein. Ist sie noch nicht bestätigt, schicken wir Ihnen einen neuen Link.',

  'forgot.title': 'Passwort vergessen',
  'forgot.lead':
    'Geben Sie Ihre E-Mail-Adresse ein. Gehört sie zu einem Konto, schicken wir Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
  'forgot.submit': 'Link anfordern',
  'forgot.again': 'Neuen Link anfordern',
  'forgot.sent.title': 'Bitte prüfen Sie Ihr Postfach',
  'forgot.sent.text':
    'Wenn die Adresse zu einem Konto gehört, haben wir Ihnen einen Link geschickt. Er ist eine Stunde lang gültig und kann einmal verwendet werden.',
  'reset.title': 'Neues Passwort festlegen',
  'reset.lead': 'Danach werden Sie auf allen Geräten abgemeldet.',
  'reset.submit': 'Passwort speichern',
  'reset.done': 'Ihr neues Passwort ist gespeichert. Bitte melden Sie sich an.',

  'token.invalid.title': 'Dieser Link ist nicht mehr gültig',
  'token.invalid.verify': 'Der Bestätigungslink ist abgelaufen oder wurde schon verwendet.',
  'token.invalid.reset':
    'Der Link zum Zurücksetzen ist abgelaufen oder wurde schon verwendet. Bitte fordern Sie einen neuen an.',
  'token.invalid.email':
    'Der Link zur Änderung der E-Mail-Adresse ist abgelaufen, wurde schon verwendet oder die Adresse ist nicht mehr verfügbar.',
  'token.invalid.setup':
    'Der Einrichtungslink ist abgelaufen oder wurde schon verwendet. Starten Sie klimatandem neu, um einen neuen zu erhalten.',

  'account.title': 'Mein Konto',
  'account.data': 'Ihre Angaben',
  'account.role': 'Rolle',
  'account.changePassword': 'Passwort ändern',
  'account.passwordChanged': 'Ihr Passwort ist geändert. Andere Geräte wurden abgemeldet.',
  'account.changeEmail': 'E-Mail-Adresse ändern',
  'account.changeEmailHint': 'Wir schicken einen Bestätigungslink an die neue Adresse. Erst danach gilt sie.',
  'account.emailChangeSent':
    'Bitte bestätigen Sie die neue Adresse über den Link, den wir dorthin geschickt haben.',
  'account.emailChanged': 'Ihre E-Mail-Adresse ist geändert.',
  'account.logoutEverywhere': 'Auf allen Geräten abmelden',
  'account.logoutEverywhereText':
    'Beendet alle Sitzungen, auch diese. Nützlich, wenn Sie sich an einem fremden Rechner nicht abgemeldet haben.',
  'account.loggedOutEverywhere': 'Sie wurden auf allen Geräten abgemeldet.',
  'role.participant': 'Teilnehmende*r',
  'role.coordinator': 'Koordination',
  'role.admin': 'Administration',

  'mfa.title': 'Zwei-Faktor-Authentisierung',
  'mfa.statusOn': 'Die Zwei-Faktor-Authentisierung ist eingerichtet.',
  'mfa.statusOff': 'Die Zwei-Faktor-Authentisierung ist nicht eingerichtet. Wir empfehlen sie.',
  'mfa.statusRequired':
    'Für Ihre Rolle ist die Zwei-Faktor-Authentisierung vorgeschrieben. Bitte richten Sie sie ein.',
  'mfa.requiredNotice':
    'Für Koordination und Administration ist die Zwei-Faktor-Authentisierung vorgeschrieben. Bitte richten Sie sie jetzt ein.',
  'mfa.setUp': 'Zwei-Faktor-Authentisierung einrichten',
  'mfa.manage': 'Zwei-Faktor-Authentisierung verwalten',
  'mfa.code': 'Code',
  'mfa.setup.title': 'Zwei-Faktor-Authentisierung einrichten',
  'mfa.setup.step1':
    'Öffnen Sie eine Authenticator-App auf Ihrem Smartphone oder Rechner (z. B. FreeOTP, Aegis oder die App Ihrer Behörde).',
  'mfa.setup.step2': 'Scannen Sie diesen QR-Code mit der App:',
  'mfa.setup.qrAlt':
    'QR-Code zum Einrichten der Authenticator-App. Den Schlüssel zum Abtippen finden Sie unter dem Bild.',
  'mfa.setup.manual': 'Oder geben Sie diesen Schlüssel von Hand ein:',
  'mfa.setup.step3': 'Geben Sie den sechsstelligen Code ein, den die App anzeigt.',
  'mfa.setup.codeHint': 'Sechs Ziffern, zum Beispiel 123456.',
  'mfa.setup.submit': 'Einrichtung abschließen',
  'mfa.codes.title': 'Ihre Wiederherstellungscodes',
  'mfa.codes.saved': 'Die Zwei-Faktor-Authentisierung ist eingerichtet.',
  'mfa.codes.text':
    'Bewahren Sie diese Codes sicher auf, zum Beispiel ausgedruckt. Haben Sie Ihre App nicht zur Hand, melden Sie sich mit einem der Codes an. Jeder Code gilt einmal. Wir zeigen die Codes nur jetzt an.',
  'mfa.codes.done': 'Ich habe die Codes gespeichert – weiter zu meinem Konto',
  'mfa.codes.remaining': 'Unbenutzte Wiederherstellungscodes: {count}',
  'mfa.codes.renew': 'Neue Wiederherstellungscodes erzeugen',
  'mfa.disable': 'Zwei-Faktor-Authentisierung ausschalten',
  'mfa.disabled': 'Die Zwei-Faktor-Authentisierung ist ausgeschaltet.',
  'mfa.cannotDisable':
    'Für Ihre Rolle ist die Zwei-Faktor-Authentisierung vorgeschrieben und kann nicht ausgeschaltet werden.',
  'mfa.login.title': 'Anmeldung bestätigen',
  'mfa.login.text': 'Bitte geben Sie den Code aus Ihrer Authenticator-App ein.',
  'mfa.login.hint': 'Sechs Ziffern aus der App, oder einer Ihrer Wiederherstellungscodes.',
  'mfa.login.submit': 'Bestätigen',

  'setup.title': 'klimatandem einrichten',
  'setup.lead':
    'Legen Sie das erste Konto für die Administration an. Danach richten Sie die Zwei-Faktor-Authentisierung ein.',
  'setup.submit': 'Administrationskonto anlegen',
  'setup.done':
    'Das Administrationskonto ist angelegt. Bitte richten Sie jetzt die Zwei-Faktor-Authentisierung ein.',

  'admin.pages.title': 'Seiten bearbeiten',
  'admin.pages.lead':
    'Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit und Leichte Sprache, auf Deutsch und Englisch.',
  'admin.pages.page': 'Seite',
  'admin.pages.language': 'Sprache',
  'admin.pages.updated': 'Zuletzt geändert',
  'admin.pages.edit': 'Seite bearbeiten',
  'admin.pages.fieldTitle': 'Überschrift',
  'admin.pages.fieldBody': 'Text',
  'admin.pages.fieldBodyHint': 'Absätze trennen Sie durch eine Leerzeile.',
  'admin.pages.saved': 'Die Seite ist gespeichert.',

  'devMails.title': 'Postausgang (Entwicklung)',
  'devMails.detail': 'E-Mail',
  'devMails.notice':
    'Diese Ansicht gibt es nur im Entwicklungs- und Demo-Modus. Im Betrieb ist sie abgeschaltet.',
  'devMails.empty': 'Der Postausgang ist leer.',
  'devMails.when': 'Erstellt',
  'devMails.to': 'An',
  'devMails.subject': 'Betreff',
  'devMails.status': 'Status',
  'devMails.textPart': 'Textfassung',
  'devMails.htmlPart': 'HTML-Fassung anzeigen',
  'devMails.back': 'Zurück zum Postausgang',

  'error.code': 'Fehlercode {status}',
  'error.notFound.signIn': 'Manche Seiten sehen nur angemeldete Personen: Zur Anmeldung',
  'error.backHome': 'Zur Startseite',
  'error.badRequest.title': 'Anfrage nicht möglich',
  'error.badRequest.text':
    'Diese Anfrage konnten wir nicht verarbeiten. Bitte prüfen Sie die Adresse oder Ihre Eingaben.',
  'error.forbidden.title': 'Kein Zugriff',
  'error.forbidden.text': 'Sie haben keine Berechtigung für diese Seite.',
  'error.csrf.text':
    'Das Formular ist abgelaufen oder wurde nicht von dieser Seite gesendet. Bitte laden Sie die Seite neu und senden Sie das Formular noch einmal.',
  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.text': 'Diese Seite gibt es nicht oder nicht mehr.',
  'error.tooLarge.title': 'Zu viele Daten',
  'error.tooLarge.text': 'Die gesendeten Daten sind zu groß. Bitte kürzen Sie Ihre Eingaben.',
  'error.tooManyRequests': 'Zu viele Versuche',
  'error.tooManyRequests.title': 'Zu viele Versuche',
  'error.controlCharacter.text':
    'Die Eingabe enthält ein unzulässiges Steuerzeichen (ein Nullzeichen). Bitte entfernen Sie es, etwa indem Sie den Text neu eintippen statt ihn einzufügen, und senden Sie das Formular noch einmal.',
  'error.tooManyRequests.text':
    'Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in {minutes, plural, one {# Minute} other {# Minuten}} erneut.',
  'error.server.title': 'Ein Fehler ist aufgetreten',
  'error.server.text':
    'Bei uns ist ein Fehler aufgetreten. Ihre bisher gespeicherten Daten sind sicher. Bitte versuchen Sie es später noch einmal.',

  'mail.greeting': 'Guten Tag {name},',
  'mail.signature': 'Mit freundlichen Grüßen\nIhr klimatandem-Team',
  'mail.linkFallback': 'Funktioniert die Schaltfläche nicht, kopieren Sie diese Adresse in Ihren Browser:',
  'mail.linkValid1h': 'Der Link ist eine Stunde lang gültig und kann einmal verwendet werden.',
  'mail.linkValid24h': 'Der Link ist 24 Stunden lang gültig und kann einmal verwendet werden.',
  'mail.notYou': 'Waren Sie das nicht? Dann können Sie diese E-Mail ignorieren.',
  'mail.securityHint': 'Waren Sie das nicht? Dann setzen Sie bitte sofort Ihr Passwort zurück: {resetUrl}',
  'mail.verify.subject': 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
  'mail.verify.body':
    'Sie haben bei klimatandem ein Konto erstellt. Bitte bestätigen Sie Ihre E-Mail-Adresse.',
  'mail.verify.action': 'E-Mail-Adresse bestätigen',
  'mail.signupExisting.subject': 'Sie haben bereits ein Konto',
  'mail.signupExisting.body':
    'Jemand wollte mit Ihrer E-Mail-Adresse ein Konto bei klimatandem erstellen. Für diese Adresse gibt es bereits ein Konto.',
  'mail.signupExisting.action': 'Anmelden',
  'mail.signupExisting.reset': 'Passwort vergessen? Hier legen Sie ein neues fest: {resetUrl}',
  'mail.reset.subject': 'Neues Passwort festlegen',
  'mail.reset.body': 'Sie haben einen Link angefordert, um ein neues Passwort für klimatandem festzulegen.',
  'mail.reset.action': 'Neues Passwort festlegen',
  'mail.resetDone.subject': 'Ihr Passwort wurde zurückgesetzt',
  'mail.resetDone.body':
    'Das Passwort Ihres klimatandem-Kontos wurde soeben neu festgelegt. Alle Sitzungen wurden beendet.',
  'mail.passwordChanged.subject': 'Ihr Passwort wurde geändert',
  'mail.passwordChanged.body': 'Das Passwort Ihres klimatandem-Kontos wurde soeben geändert.',
  'mail.changeEmail.subject': 'Bitte bestätigen Sie Ihre neue E-Mail-Adresse',
  'mail.changeEmail.body':
    'Sie möchten für Ihr klimatandem-Konto diese E-Mail-Adresse verwenden. Bitte bestätigen Sie sie.',
  'mail.changeEmail.action': 'Neue Adresse bestätigen',
  'mail.emailChanged.subject': 'Ihre E-Mail-Adresse wurde geändert',
  'mail.emailChanged.body': 'Ihr klimatandem-Konto verwendet ab jetzt die Adresse {newEmail}.',
  'mail.mfaEnabled.subject': 'Zwei-Faktor-Authentisierung eingerichtet',
  'mail.mfaEnabled.body': 'Für Ihr klimatandem-Konto ist jetzt die Zwei-Faktor-Authentisierung eingerichtet.',
  'mail.mfaDisabled.subject': 'Zwei-Faktor-Authentisierung ausgeschaltet',
  'mail.mfaDisabled.body': 'Für Ihr klimatandem-Konto wurde die Zwei-Faktor-Authentisierung ausgeschaltet.',
  'mail.adminInvite.subject': 'Ihr Administrationskonto bei klimatandem',
  'mail.adminInvite.body':
    'Für Sie wurde ein Administrationskonto bei klimatandem eingerichtet. Bitte legen Sie Ihr Passwort fest.',
  'mail.adminInvite.action': 'Passwort festlegen',
} as const;
