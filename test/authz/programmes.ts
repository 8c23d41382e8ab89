import type { ActorKind } from '../../src/policy/index.ts';
import { adminOnly, type Outcome, type Row } from './outcomes.ts';

/** Topic lists: admins and coordinators (the test coordinator coordinates 'klimaschutz'). */
const topicEditors: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'allow',
};
/** No such topic: the guard lets editors through, the handler answers 404 (which counts as allow). */
const topic = '/programme/klimaschutz/themen/00000000-0000-0000-0000-000000000000';
const nobody = '00000000-0000-0000-0000-000000000000';

/** Authorization-matrix rows for the programmes feature's routes. */
export const programmeRows: Record<string, Row> = {
  'GET /verwaltung/programme': adminOnly,
  'GET /verwaltung/programme/neu': adminOnly,
  'POST /verwaltung/programme/neu': adminOnly,
  'GET /verwaltung/programme/:slug': { url: '/verwaltung/programme/klimaschutz', ...adminOnly },
  'POST /verwaltung/programme/:slug': { url: '/verwaltung/programme/klimaschutz', ...adminOnly },
  'GET /verwaltung/programme/:slug/koordination': {
    url: '/verwaltung/programme/klimaschutz/koordination',
    ...adminOnly,
  },
  'POST /verwaltung/programme/:slug/koordination': {
    url: '/verwaltung/programme/klimaschutz/koordination',
    ...adminOnly,
  },
  'POST /verwaltung/programme/:slug/koordination/:userId/entfernen': {
    url: `/verwaltung/programme/klimaschutz/koordination/${nobody}/entfernen`,
    ...adminOnly,
  },
  'GET /programme/:slug/themen': { url: '/programme/klimaschutz/themen', ...topicEditors },
  'POST /programme/:slug/themen': { url: '/programme/klimaschutz/themen', ...topicEditors },
  'POST /programme/:slug/themen/:id': { url: topic, ...topicEditors },
  'POST /programme/:slug/themen/:id/position': { url: `${topic}/position`, ...topicEditors },
  'POST /programme/:slug/themen/:id/archiv': { url: `${topic}/archiv`, ...topicEditors },
  'POST /programme/:slug/themen/:id/wiederherstellen': { url: `${topic}/wiederherstellen`, ...topicEditors },
};
