import type { ActorKind } from '../src/policy/index.ts';

/**
 * Every route, for every kind of actor. What the guard must do:
 * allow – the handler runs; login – redirect to the login page; deny – 403;
 * account – already signed in, sent to the account page; restart – no login in progress, back to /anmelden.
 */
export type Outcome = 'allow' | 'login' | 'deny' | 'account' | 'restart';
type Row = { url?: string } & Record<ActorKind, Outcome>;

const everyone: Record<ActorKind, Outcome> = {
  anonymous: 'allow',
  participant: 'allow',
  coordinator: 'allow',
  admin: 'allow',
};
const signedIn: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'allow',
  coordinator: 'allow',
  admin: 'allow',
};
const adminOnly: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'deny',
  admin: 'allow',
};
const signedOut: Record<ActorKind, Outcome> = {
  anonymous: 'allow',
  participant: 'account',
  coordinator: 'account',
  admin: 'account',
};
const midLogin: Record<ActorKind, Outcome> = {
  anonymous: 'restart',
  participant: 'restart',
  coordinator: 'restart',
  admin: 'restart',
};

export const matrix: Record<string, Row> = {
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
