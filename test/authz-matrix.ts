import { adminOnly, everyone, midLogin, type Row, signedIn, signedOut } from './authz/outcomes.ts';

export type { Outcome, Row } from './authz/outcomes.ts';

export const coreRows: Record<string, Row> = {
  'GET /static/kern/*': { url: '/static/kern/kern.min.css', ...everyone },
  'GET /static/*': { url: '/static/app.css', ...everyone },
  'GET /static/htmx.min.js': everyone,
  'GET /healthz': everyone,
  'GET /readyz': everyone,
  'GET /': everyone,
  'POST /sprache': everyone,
  'GET /impressum': everyone,
  'GET /datenschutz': everyone,
  'GET /barrierefreiheit': everyone,
  'GET /leichte-sprache': everyone,
  'GET /verwaltung/seiten': adminOnly,
  'GET /verwaltung/seiten/:slug/:locale': { url: '/verwaltung/seiten/impressum/de', ...adminOnly },
  'POST /verwaltung/seiten/:slug/:locale': { url: '/verwaltung/seiten/impressum/de', ...adminOnly },
  'GET /anmelden': signedOut,
  'POST /anmelden': signedOut,
  'GET /anmelden/2fa': midLogin,
  'POST /anmelden/2fa': midLogin,
  'POST /abmelden': signedIn,
  'GET /konto/erstellen': signedOut,
  'POST /konto/erstellen': signedOut,
  'GET /konto/erstellen/gesendet': everyone,
  'GET /konto/bestaetigen': everyone,
  'POST /konto/bestaetigen': everyone,
  'GET /konto/bestaetigen/erneut': everyone,
  'POST /konto/bestaetigen/erneut': everyone,
  'GET /passwort-vergessen': everyone,
  'POST /passwort-vergessen': everyone,
  'GET /passwort-vergessen/gesendet': everyone,
  'GET /passwort-vergessen/neu': everyone,
  'POST /passwort-vergessen/neu': everyone,
  'GET /konto': signedIn,
  'POST /konto/passwort': signedIn,
  'POST /konto/email': signedIn,
  'GET /konto/email/bestaetigen': everyone,
  'POST /konto/email/bestaetigen': everyone,
  'POST /konto/abmelden-ueberall': signedIn,
  'GET /konto/2fa': signedIn,
  'POST /konto/2fa': signedIn,
  'POST /konto/2fa/wiederherstellungscodes': signedIn,
  'POST /konto/2fa/deaktivieren': signedIn,
  'GET /einrichtung': signedOut,
  'POST /einrichtung': signedOut,
  'GET /dev/mails': everyone,
  'GET /dev/mails/:id': { url: '/dev/mails/00000000-0000-0000-0000-000000000000', ...everyone },
  'GET /dev/mails/:id/html': { url: '/dev/mails/00000000-0000-0000-0000-000000000000/html', ...everyone },
};

import { accountsAdminRows } from './authz/accounts-admin.ts';
import { communityRows } from './authz/community.ts';
import { communityModerationRows } from './authz/community-moderation.ts';
import { coordinationRows } from './authz/coordination.ts';
import { importRows } from './authz/imports.ts';
import { intakeRows } from './authz/intake.ts';
import { libraryRows } from './authz/library.ts';
import { matchingRows } from './authz/matching.ts';
import { notificationRows } from './authz/notifications.ts';
import { programmeRows } from './authz/programmes.ts';
import { proposalRows } from './authz/proposals.ts';
import { registrationRows } from './authz/registration.ts';
import { tandemRows } from './authz/tandems.ts';
import { tandemAgreementRows } from './authz/tandems-agreement.ts';
import { tandemAttentionRows } from './authz/tandems-attention.ts';
import { tandemHelpRows } from './authz/tandems-help.ts';
import { tandemMeetingsRows } from './authz/tandems-meetings.ts';
import { tandemMilestonesRows } from './authz/tandems-milestones.ts';
import { tandemTimeRows } from './authz/tandems-time.ts';
import { tipRows } from './authz/tips.ts';

/** One row per route: the core's and each feature's (test/authz/<feature>.ts). */
export const matrix: Record<string, Row> = {
  ...coreRows,
  ...accountsAdminRows,
  ...registrationRows,
  ...intakeRows,
  ...matchingRows,
  ...programmeRows,
  ...proposalRows,
  ...importRows,
  ...communityRows,
  ...tipRows,
  ...communityModerationRows,
  ...libraryRows,
  ...tandemRows,
  ...tandemAgreementRows,
  ...tandemMilestonesRows,
  ...tandemAttentionRows,
  ...tandemHelpRows,
  ...tandemMeetingsRows,
  ...tandemTimeRows,
  ...coordinationRows,
  ...notificationRows,
};
