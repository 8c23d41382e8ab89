import { everyone, type Row, signedIn } from './outcomes.ts';

const someId = '00000000-0000-0000-0000-000000000000';

/** Authorization-matrix rows for the registration feature's routes. */
export const registrationRows: Record<string, Row> = {
  'GET /registrierung': everyone,
  'GET /registrierung/:step': { url: '/registrierung/programm', ...everyone },
  'POST /registrierung/:step': { url: '/registrierung/programm', ...everyone },
  'GET /registrierung/frage': everyone,
  'POST /registrierung/frage': everyone,
  'GET /registrierung/frage/gesendet': everyone,
  'GET /registrierung/eingegangen': everyone,
  'GET /profil': signedIn,
  'GET /profil/angaben': signedIn,
  'POST /profil/angaben': signedIn,
  'GET /profil/teilnahme/:id': { url: `/profil/teilnahme/${someId}`, ...signedIn },
  'POST /profil/teilnahme/:id': { url: `/profil/teilnahme/${someId}`, ...signedIn },
  'POST /profil/teilnahme/:id/erneut-vermitteln': {
    url: `/profil/teilnahme/${someId}/erneut-vermitteln`,
    ...signedIn,
  },
  'POST /profil/teilnahme/:id/status': { url: `/profil/teilnahme/${someId}/status`, ...signedIn },
};
