/** Texts of demo mode: the banner on every page and the mail viewer's scope (ADR 0014). */
export const demo = {
  'layout.demoBanner': 'Demo – keine echten Daten',
  'devMails.demoScope':
    'Im Demo-Modus sehen Sie hier nur die E-Mails an die Demo-Zugänge. E-Mails an Konten, die jemand auf der Demo erstellt hat, zeigt diese Ansicht niemandem.',
} as const;
