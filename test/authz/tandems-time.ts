import type { ActorKind } from '../../src/policy/index.ts';
import { type Outcome, type Row, signedIn } from './outcomes.ts';

/**
 * Mentoring time: any signed-in person reaches the pages (entries are always their own; someone
 * else's entry is a 404 behind the guard, people without a mentor participation get an explanation).
 * The totals and the programme's tandem settings are for the programme's coordinators; the test admin
 * coordinates nothing and is refused like a participant.
 */
const coordinatorsOnly: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'deny',
};

const entry = '/mentoring-zeit/00000000-0000-0000-0000-000000000000';
const settings = '/koordination/tandem-einstellungen/klimaschutz';

export const tandemTimeRows: Record<string, Row> = {
  'GET /mentoring-zeit': signedIn,
  'GET /mentoring-zeit/neu': signedIn,
  'POST /mentoring-zeit/neu': signedIn,
  'GET /mentoring-zeit/:entryId': { url: entry, ...signedIn },
  'POST /mentoring-zeit/:entryId': { url: entry, ...signedIn },
  'GET /mentoring-zeit/:entryId/loeschen': { url: `${entry}/loeschen`, ...signedIn },
  'POST /mentoring-zeit/:entryId/loeschen': { url: `${entry}/loeschen`, ...signedIn },
  'GET /mentoring-zeit/nachweis/:jahr': { url: '/mentoring-zeit/nachweis/2026', ...signedIn },
  'GET /koordination/mentoring-zeit': coordinatorsOnly,
  'GET /koordination/tandem-einstellungen/:slug': { url: settings, ...coordinatorsOnly },
  'POST /koordination/tandem-einstellungen/:slug': { url: settings, ...coordinatorsOnly },
};
