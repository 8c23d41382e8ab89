/** Messages for the operator: settings at start-up and the command line. */
export const operator = {
  'config.invalid': 'Ungültige Einstellung {name}={value}: erwartet {hint}.',
  'config.sessionSecretRequired':
    'Fehlende Einstellung SESSION_SECRET: mit DATABASE_URL muss SESSION_SECRET gesetzt sein (mindestens 32 zufällige Zeichen, auf allen Instanzen gleich).',
  'config.hint.PORT': 'eine Portnummer zwischen 1 und 65535',
  'config.hint.HOST': 'ein Hostname oder eine IP-Adresse',
  'config.hint.BASE_URL': 'eine URL mit http:// oder https://, z. B. https://mentoring.example.de',
  'config.hint.DATA_DIR': 'ein Verzeichnis',
  'config.hint.DATABASE_URL': 'eine URL der Form postgres://benutzer:passwort@host:5432/datenbank',
  'config.hint.SMTP_URL': 'eine URL der Form smtp://benutzer:passwort@host:587 oder smtps://…',
  'config.hint.MAIL_FROM': 'eine Absenderadresse, z. B. "klimatandem <noreply@example.de>"',
  'config.hint.SESSION_SECRET': 'mindestens 32 zufällige Zeichen',
  'config.hint.LOG_LEVEL': 'fatal, error, warn, info, debug, trace oder silent',
  'config.hint.TRUST_PROXY': 'true (hinter einem Reverse-Proxy) oder false',
  'config.hint.NODE_ENV': 'production, development oder test',

  'cli.usage':
    'Verwendung: npm run cli -- <migrate | create-admin --email adresse@example.de [--name "Name"] | grant-coordinator --email adresse@example.de --programme klimaschutz | matching:solve < instanz.json>',
  'cli.grantCoordinator.usage':
    'Verwendung: npm run cli -- grant-coordinator --email adresse@example.de --programme <klimaschutz | klimaanpassung>',
  'cli.grantCoordinator.noUser':
    'Kein Konto mit dieser E-Mail-Adresse. Die Person muss zuerst ein Konto erstellen.',
  'cli.grantCoordinator.noProgramme':
    'Kein Programm mit diesem Kürzel (z. B. klimaschutz oder klimaanpassung).',
  'cli.grantCoordinator.done':
    '{email} koordiniert jetzt das Programm {programme}. Bei der nächsten Anmeldung wird die Zwei-Faktor-Authentisierung eingerichtet.',
  'cli.migrated': 'Datenbank ist auf dem neuesten Stand ({driver}).',
  'cli.createAdmin.usage':
    'Verwendung: npm run cli -- create-admin --email adresse@example.de [--name "Name"]',
  'cli.createAdmin.done':
    '{email} ist Administrator*in. Link zum Festlegen des Passworts (24 Stunden gültig, auch per E-Mail verschickt):\n{url}',
  'cli.setupLink':
    'Es gibt noch kein Administrationskonto. Einmaliger Einrichtungslink (eine Stunde gültig):\n  {url}',
  'cli.listening': 'klimatandem läuft auf {url} (Datenbank: {driver}).',
  'cli.stopping': 'Fahre herunter: keine neuen Anfragen, laufende Anfragen und Aufgaben werden beendet …',
  'cli.stopFailed': 'Herunterfahren fehlgeschlagen',
  'cli.forcedExit': 'Zweites Signal: sofortiges Beenden.',
  'cli.demo.header': 'Demo-Modus: fiktive Daten. Demo-Zugänge:',
  'cli.demo.password': 'Passwort für alle Demo-Zugänge: {password}',
  'cli.demo.totp': 'Schlüssel für die Authenticator-App (Koordination und Administration): {secret}',
  'cli.demo.mails': 'Verschickte E-Mails an die Demo-Zugänge ansehen: {url}',
} as const;
