/** Uploads of the community area (platform/uploads.ts). */
export const uploads = {
  'uploads.error.missing': 'Bitte wählen Sie eine Datei aus.',
  'uploads.error.type':
    'Diese Datei können wir nicht annehmen. Erlaubt sind PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods, .odp) und Bilder (PNG, JPEG, WebP).',
  'uploads.error.size': 'Die Datei ist größer als 10 MB. Bitte wählen Sie eine kleinere Datei.',
  'uploads.again':
    'Wählen Sie die Datei bitte noch einmal aus: Ihr Browser behält sie nach einem Fehler nicht.',
  'uploads.hint': 'PDF, Word, Excel, PowerPoint, OpenDocument oder ein Bild, höchstens 10 MB.',
  'uploads.download': '{name} herunterladen ({size})',
} as const;
