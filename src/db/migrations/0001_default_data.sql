-- The two programmes that ship with klimatandem. Ministry and agency names are data, never code.
INSERT INTO "programmes" ("slug", "name", "agency", "contact_email", "description") VALUES
('klimaschutz', 'Mentoring im Klimaschutzmanagement', 'Agentur für kommunalen Klimaschutz', 'agentur@klimaschutz.de',
 'Erfahrenes Klimaschutzpersonal gibt Erfahrungen an Neueinsteiger*innen weiter: Fachwissen, Strukturen und „Spielregeln“ in der Verwaltung.'),
('klimaanpassung', 'Mentoring-Programm für Klimaanpassungsmanager*innen', 'Zentrum KlimaAnpassung', 'mentoring@zentrum-klimaanpassung.de',
 'Erfahrene Klimaanpassungsmanager*innen geben praxisnahes Wissen und Erfahrungen an Neueinsteiger*innen in Kommunen und sozialen Einrichtungen weiter.')
ON CONFLICT ("slug") DO NOTHING;
--> statement-breakpoint
INSERT INTO "content_pages" ("slug", "locale", "title", "body") VALUES
('impressum', 'de', 'Impressum', 'Diese Seite wird von der Administration dieser Installation gepflegt.

Bitte tragen Sie hier die Angaben nach § 5 DDG ein: Name und Anschrift der betreibenden Stelle, Vertretungsberechtigte, Kontakt.'),
('impressum', 'en', 'Legal notice', 'This page is maintained by the administrators of this installation.

Please enter the legal notice of the operating organisation here.'),
('datenschutz', 'de', 'Datenschutzerklärung', 'Diese Seite wird von der Administration dieser Installation gepflegt.

Bitte beschreiben Sie hier, welche personenbezogenen Daten die Plattform verarbeitet, zu welchem Zweck, auf welcher Rechtsgrundlage, wie lange sie gespeichert werden und welche Rechte die betroffenen Personen haben.'),
('datenschutz', 'en', 'Privacy notice', 'This page is maintained by the administrators of this installation.

Please describe here which personal data the platform processes, for which purpose and on which legal basis.'),
('barrierefreiheit', 'de', 'Erklärung zur Barrierefreiheit', 'Diese Seite wird von der Administration dieser Installation gepflegt.

klimatandem wird nach der BITV 2.0 und den WCAG 2.1 auf Stufe AA entwickelt. Bitte ergänzen Sie den Stand der Vereinbarkeit, bekannte Einschränkungen, den Feedback-Mechanismus und die Schlichtungsstelle.'),
('barrierefreiheit', 'en', 'Accessibility statement', 'This page is maintained by the administrators of this installation.

klimatandem is built to conform to BITV 2.0 and WCAG 2.1 level AA.'),
('leichte-sprache', 'de', 'Leichte Sprache', 'Hier finden Sie Informationen in Leichter Sprache.

Diese Seite ist für Mentoring.
Beim Mentoring helfen erfahrene Menschen neuen Menschen bei der Arbeit.
Die Arbeit ist Klima-Schutz oder Klima-Anpassung in einer Gemeinde oder Stadt.

Die Administration kann diesen Text ändern.'),
('leichte-sprache', 'en', 'Easy language', 'This page explains the platform in easy language.

Experienced people help new people with their work in climate protection.')
ON CONFLICT DO NOTHING;
