import type { operator as de } from '../de/operator.ts';

export const operator: Record<keyof typeof de, string> = {
  'config.invalid': 'Invalid setting {name}={value}: expected {hint}.',
  'config.sessionSecretRequired':
    'Missing setting SESSION_SECRET: with DATABASE_URL, SESSION_SECRET must be set (at least 32 random characters, the same on all instances).',
  'config.hint.PORT': 'a port number between 1 and 65535',
  'config.hint.HOST': 'a host name or an IP address',
  'config.hint.BASE_URL': 'a URL with http:// or https://, e.g. https://mentoring.example.de',
  'config.hint.DATA_DIR': 'a directory',
  'config.hint.DATABASE_URL': 'a URL of the form postgres://user:password@host:5432/database',
  'config.hint.SMTP_URL': 'a URL of the form smtp://user:password@host:587 or smtps://…',
  'config.hint.MAIL_FROM': 'a sender address, e.g. "klimatandem <noreply@example.de>"',
  'config.hint.SESSION_SECRET': 'at least 32 random characters',
  'config.hint.LOG_LEVEL': 'fatal, error, warn, info, debug, trace or silent',
  'config.hint.TRUST_PROXY': 'true (behind a reverse proxy) or false',
  'config.hint.NODE_ENV': 'production, development or test',

  'cli.usage':
    'Usage: npm run cli -- <migrate | create-admin --email address@example.org [--name "Name"] | grant-coordinator --email address@example.org --programme klimaschutz | matching:solve < instance.json>',
  'cli.grantCoordinator.usage':
    'Usage: npm run cli -- grant-coordinator --email address@example.org --programme <klimaschutz | klimaanpassung>',
  'cli.grantCoordinator.noUser':
    'There is no account with this email address. The person must create an account first.',
  'cli.grantCoordinator.noProgramme':
    'There is no programme with this short name (e.g. klimaschutz or klimaanpassung).',
  'cli.grantCoordinator.done':
    '{email} now coordinates the programme {programme}. Two-factor authentication will be set up at the next sign-in.',
  'cli.migrated': 'The database is up to date ({driver}).',
  'cli.createAdmin.usage': 'Usage: npm run cli -- create-admin --email address@example.org [--name "Name"]',
  'cli.createAdmin.done':
    '{email} is an administrator. Link to set the password (valid for 24 hours, also sent by email):\n{url}',
  'cli.setupLink':
    'There is no administrator account yet. One-time setup link (valid for one hour):\n  {url}',
  'cli.listening': 'klimatandem is running at {url} (database: {driver}).',
  'cli.stopping': 'Shutting down: no new requests; running requests and jobs are being completed …',
  'cli.stopFailed': 'Shutdown failed',
  'cli.forcedExit': 'Second signal: exiting immediately.',
  'cli.demo.header': 'Demo mode: fictitious data. Demo logins:',
  'cli.demo.password': 'Password for all demo logins: {password}',
  'cli.demo.totp': 'Key for the authenticator app (coordinators and administrators): {secret}',
  'cli.demo.mails': 'View the emails sent to the demo logins: {url}',
};
