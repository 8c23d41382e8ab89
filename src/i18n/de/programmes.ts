/** Texts of the programmes feature: programme data, topic lists, coordination. */
export const programmes = {
  'nav.programmes': 'Programme',
  'programmes.quoted': '„{label}“',

  'programmes.admin.title': 'Programme verwalten',
  'programmes.admin.lead':
    'Hier pflegen Sie die Angaben der Programme, ihre Themenlisten und wer sie koordiniert.',
  'programmes.admin.programme': 'Programm',
  'programmes.admin.registration': 'Anmeldung',
  'programmes.admin.open': 'geöffnet',
  'programmes.admin.closed': 'geschlossen',
  'programmes.admin.more': 'Weitere Seiten',
  'programmes.admin.data': 'Angaben zum Programm',
  'programmes.admin.topics': 'Themenliste',
  'programmes.admin.coordinators': 'Koordination',
  'programmes.admin.back': 'Zurück zur Übersicht der Programme',

  'programmes.edit.title': 'Programm bearbeiten: {name}',
  'programmes.edit.saved': 'Die Angaben zum Programm sind gespeichert.',
  'programmes.field.name': 'Name des Programms',
  'programmes.field.agency': 'Durchführende Stelle',
  'programmes.field.agencyHint': 'Die Agentur oder das Zentrum, das das Programm durchführt.',
  'programmes.field.description': 'Beschreibung',
  'programmes.field.descriptionHint': 'Erscheint auf der Startseite unter dem Namen des Programms.',
  'programmes.field.contactEmail': 'Kontaktadresse (E-Mail)',
  'programmes.field.registrationOpen': 'Anmeldung geöffnet',
  'programmes.field.registrationOpenHint':
    'Ist die Anmeldung geschlossen, können sich keine neuen Teilnehmenden für dieses Programm anmelden.',
  'programmes.field.fundingOptions': 'Förderoptionen',
  'programmes.field.fundingOptionsHint':
    'Eine Option pro Zeile, zum Beispiel „Erstvorhaben“. Teilnehmende wählen bei der Anmeldung eine davon; bestehende Anmeldungen behalten ihre Angabe.',
  'form.programmes.contactEmail.required': 'Bitte geben Sie eine Kontaktadresse ein.',
  'form.programmes.fundingOptions.required': 'Bitte geben Sie mindestens eine Förderoption an.',
  'form.programmes.fundingOptions.tooLong': 'Jede Förderoption darf höchstens 200 Zeichen lang sein.',
  'form.programmes.fundingOptions.tooMany': 'Bitte geben Sie höchstens 20 Förderoptionen an.',

  'programmes.admin.weights': 'Gewichtung und Fristen (Matching)',
  'programmes.create.title': 'Programm anlegen',
  'programmes.create.lead':
    'Ein neues Programm erscheint sofort auf der Startseite. Lassen Sie die Anmeldung geschlossen, bis seine Themenliste und die Koordination stehen.',
  'programmes.create.submit': 'Programm anlegen',
  'programmes.create.saved':
    'Das Programm ist angelegt. Legen Sie jetzt seine Themenliste an und ordnen Sie die Koordination zu.',
  'programmes.field.slug': 'Kürzel für die Adresse',
  'programmes.field.slugHint':
    'Erscheint in den Adressen des Programms, zum Beispiel /programme/klimaschutz/themen. Nur Kleinbuchstaben (a–z), Ziffern und Bindestriche, 3 bis 40 Zeichen. Das Kürzel lässt sich später nicht ändern.',
  'form.programmes.slug.required': 'Bitte geben Sie ein Kürzel für die Adresse des Programms ein.',
  'form.programmes.slug.invalid':
    'Das Kürzel für die Adresse darf nur Kleinbuchstaben (a–z), Ziffern und einzelne Bindestriche enthalten und muss 3 bis 40 Zeichen lang sein.',
  'form.programmes.slug.reserved':
    'Das Kürzel „neu“ ist für die Plattform reserviert. Bitte wählen Sie ein anderes Kürzel für die Adresse.',
  'form.programmes.slug.taken':
    'Dieses Kürzel hat schon ein anderes Programm. Bitte wählen Sie ein anderes Kürzel für die Adresse.',
  'form.programmes.name.required': 'Bitte geben Sie den Namen des Programms ein.',
  'form.programmes.name.tooLong': 'Der Name des Programms darf höchstens 200 Zeichen lang sein.',
  'form.programmes.agency.required': 'Bitte geben Sie die durchführende Stelle ein.',
  'form.programmes.agency.tooLong': 'Die durchführende Stelle darf höchstens 200 Zeichen lang sein.',
  'form.programmes.description.required': 'Bitte geben Sie eine Beschreibung des Programms ein.',
  'form.programmes.description.tooLong': 'Die Beschreibung darf höchstens 5000 Zeichen lang sein.',
  'form.programmes.contactEmail.invalid':
    'Bitte geben Sie als Kontaktadresse eine E-Mail-Adresse im Format name@beispiel.de ein.',

  'programmes.topics.title': 'Themenliste: {name}',
  'programmes.topics.lead':
    'Aus diesen Themen wählen Teilnehmende bei der Anmeldung, wobei sie Unterstützung suchen und was sie anbieten. In dieser Reihenfolge erscheinen sie im Anmeldeformular.',
  'programmes.topics.active': 'Aktuelle Themen ({count})',
  'programmes.topics.none': 'Diese Liste enthält noch keine Themen.',
  'programmes.topics.number': 'Nr.',
  'programmes.topics.label': 'Bezeichnung',
  'programmes.topics.order': 'Reihenfolge',
  'programmes.topics.archive': 'Archivieren',
  'programmes.topics.renameLabel': 'Bezeichnung von „{label}“',
  'programmes.topics.rename': 'Umbenennen',
  'programmes.topics.up': 'Nach oben',
  'programmes.topics.down': 'Nach unten',
  'programmes.topics.renameHint':
    'Eine neue Bezeichnung gilt auch für bestehende Anmeldungen. Für ein anderes Thema legen Sie bitte ein neues an und archivieren das alte.',
  'programmes.topics.add': 'Thema hinzufügen',
  'programmes.topics.newLabel': 'Bezeichnung des neuen Themas',
  'programmes.topics.newLabelHint': 'Das neue Thema erscheint am Ende der Liste.',
  'programmes.topics.archived': 'Archivierte Themen ({count})',
  'programmes.topics.archivedLead':
    'Archivierte Themen werden bei der Anmeldung nicht mehr angeboten. Bestehende Anmeldungen behalten sie.',
  'programmes.topics.archivedNone': 'Es gibt keine archivierten Themen.',
  'programmes.topics.archivedOn': '(archiviert am {date})',
  'programmes.topics.restore': 'Wiederherstellen',
  'form.programmes.topic.required': 'Bitte geben Sie eine Bezeichnung für das Thema ein.',
  'programmes.topics.duplicate':
    'Ein Thema mit dieser Bezeichnung steht schon in der Liste. Bitte wählen Sie eine andere Bezeichnung.',
  'programmes.topics.restoreDuplicate':
    'Dieses Thema kann nicht wiederhergestellt werden, weil ein aktuelles Thema schon so heißt. Bitte benennen Sie zuerst das aktuelle Thema um.',
  'programmes.topics.added': 'Das Thema wurde am Ende der Liste hinzugefügt.',
  'programmes.topics.renamed': 'Das Thema wurde umbenannt.',
  'programmes.topics.moved': 'Die Reihenfolge wurde geändert.',
  'programmes.topics.archivedDone': 'Das Thema wurde archiviert.',
  'programmes.topics.restored': 'Das Thema wurde wiederhergestellt und steht am Ende der Liste.',

  'programmes.coordinators.title': 'Koordination: {name}',
  'programmes.coordinators.lead':
    'Koordinator*innen führen die Kennenlerngespräche, bilden die Tandems, begleiten sie und pflegen die Themenliste dieses Programms.',
  'programmes.coordinators.current': 'Aktuelle Koordinator*innen ({count})',
  'programmes.coordinators.none': 'Diesem Programm ist noch niemand zugeordnet.',
  'programmes.coordinators.action': 'Aktion',
  'programmes.coordinators.remove': 'Entfernen',
  'programmes.coordinators.sessionsHint':
    'Beim Hinzufügen und beim Entfernen werden alle Sitzungen der Person beendet, damit die neuen Rechte sofort gelten.',
  'programmes.coordinators.add': 'Koordinator*in hinzufügen',
  'programmes.coordinators.email': 'E-Mail-Adresse des Kontos',
  'programmes.coordinators.emailHint':
    'Die Person braucht bereits ein Konto auf dieser Plattform. Beim nächsten Anmelden richtet sie die Zwei-Faktor-Authentisierung ein.',
  'form.programmes.coordinatorEmail.required': 'Bitte geben Sie die E-Mail-Adresse des Kontos ein.',
  'programmes.coordinators.noAccount':
    'Kein Konto mit dieser E-Mail-Adresse gefunden. Die Person muss zuerst ein Konto erstellen.',
  'programmes.coordinators.already': 'Diese Person gehört bereits zur Koordination dieses Programms.',
  'programmes.coordinators.added':
    'Die Person gehört jetzt zur Koordination dieses Programms. Ihre Sitzungen wurden beendet.',
  'programmes.coordinators.removed':
    'Die Person gehört nicht mehr zur Koordination dieses Programms. Ihre Sitzungen wurden beendet.',
} as const;
