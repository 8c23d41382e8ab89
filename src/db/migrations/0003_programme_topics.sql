-- Starter topics and funding options of the two default programmes (coordinators can change them).
UPDATE "programmes" SET "funding_options" = '["Erstvorhaben", "Anschlussvorhaben", "ohne Förderung"]'::jsonb WHERE "slug" IN ('klimaschutz', 'klimaanpassung');
--> statement-breakpoint
INSERT INTO "topics" ("programme_id", "position", "label")
SELECT p."id", v.position, v.label FROM "programmes" p, (VALUES
(1, 'Klimaanpassungskonzept erstellen'),
(2, 'Klimarisiko- und Betroffenheitsanalyse'),
(3, 'Akteure einbinden (wen von Beginn an)'),
(4, 'Arbeitsgruppe oder Steuerungskreis initiieren'),
(5, 'kommunale Haushaltsplanung'),
(6, 'Fördermittel'),
(7, 'Projektmanagement'),
(8, 'Arbeitszusammenhänge in der Verwaltung'),
(9, 'Vernetzung inner- und außerhalb der Kommune'),
(10, 'zielgruppengerechte Öffentlichkeits- und Kampagnenarbeit'),
(11, 'Hitzevorsorge'),
(12, 'Starkregen- und Hochwasservorsorge'),
(13, 'grüne und blaue Infrastruktur'),
(14, 'Bauleitplanung'),
(15, 'soziale Einrichtungen')
) AS v(position, label) WHERE p."slug" = 'klimaanpassung';
--> statement-breakpoint
INSERT INTO "topics" ("programme_id", "position", "label")
SELECT p."id", v.position, v.label FROM "programmes" p, (VALUES
(1, 'die ersten 100 Tage'),
(2, 'Klimaschutzkonzept'),
(3, 'Kommunalrichtlinie und Förderanträge'),
(4, 'Anschlussvorhaben'),
(5, 'kommunale Haushaltsplanung'),
(6, '„Spielregeln“ und Strukturen der Verwaltung'),
(7, 'Arbeitsgruppen leiten'),
(8, 'Projektmanagement'),
(9, 'Pressearbeit und Öffentlichkeitsarbeit'),
(10, 'Beteiligung'),
(11, 'Energiemanagement in Liegenschaften'),
(12, 'Wärmeplanung'),
(13, 'Mobilität'),
(14, 'Treibhausgasbilanz und Controlling')
) AS v(position, label) WHERE p."slug" = 'klimaschutz';
