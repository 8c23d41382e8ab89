import { everyone, type Row, signedIn } from './outcomes.ts';

const nobody = '00000000-0000-0000-0000-000000000000';

/** Notifications: any signed-in person, their own only (another's or an unknown id is a 404). */
export const notificationRows: Record<string, Row> = {
  'GET /benachrichtigungen': signedIn,
  'POST /benachrichtigungen/gelesen': signedIn,
  'GET /benachrichtigungen/:id': { url: `/benachrichtigungen/${nobody}`, ...signedIn },
  'GET /konto/benachrichtigungen': signedIn,
  'POST /konto/benachrichtigungen': signedIn,
  // The unsubscribe link of the mails: no login, the signed token is the authority (without one: 400).
  'GET /benachrichtigungen/abbestellen': everyone,
  'POST /benachrichtigungen/abbestellen': everyone,
};
