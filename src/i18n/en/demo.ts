import type { demo as de } from '../de/demo.ts';

/** Texts of demo mode: the banner on every page and the mail viewer's scope (ADR 0014). */
export const demo: Record<keyof typeof de, string> = {
  'layout.demoBanner': 'Demo – no real data',
  'devMails.demoScope':
    'In demo mode this view shows only the emails to the demo logins. Emails to accounts someone created on the demo are shown to no one.',
};
