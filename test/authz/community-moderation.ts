import type { ActorKind } from '../../src/policy/index.ts';
import type { Outcome, Row } from './outcomes.ts';

const nobody = '00000000-0000-0000-0000-000000000000';

/**
 * Moderation of the community area. Reporting is behind the area's door (the matrix's participant
 * has no accepted participation: the friendly 403); the queue and the actions are for those who
 * moderate a space: coordinators (of a programme, and any the shared space) and admins. An unknown
 * post or thread is a 404. The seven kinds are in src/features/community/moderation/access.test.ts.
 */
const door: Row = { anonymous: 'login', participant: 'deny', coordinator: 'allow', admin: 'allow' };
const moderators: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'allow',
};
const report = `/austausch/fragen/${nobody}/beitraege/${nobody}/melden`;
const post = (action: string) => ({
  url: `/koordination/moderation/beitraege/${nobody}/${action}`,
  ...moderators,
});
const thread = (action: string) => ({
  url: `/koordination/moderation/fragen/${nobody}/${action}`,
  ...moderators,
});

export const communityModerationRows: Record<string, Row> = {
  'GET /austausch/fragen/:id/beitraege/:postId/melden': { url: report, ...door },
  'POST /austausch/fragen/:id/beitraege/:postId/melden': { url: report, ...door },
  'GET /koordination/moderation': moderators,
  'GET /koordination/moderation/beitraege/:postId/ausblenden': post('ausblenden'),
  'POST /koordination/moderation/beitraege/:postId/ausblenden': post('ausblenden'),
  'GET /koordination/moderation/beitraege/:postId/ablehnen': post('ablehnen'),
  'POST /koordination/moderation/beitraege/:postId/ablehnen': post('ablehnen'),
  'GET /koordination/moderation/beitraege/:postId/bearbeiten': post('bearbeiten'),
  'POST /koordination/moderation/beitraege/:postId/bearbeiten': post('bearbeiten'),
  'POST /koordination/moderation/beitraege/:postId/einblenden': post('einblenden'),
  'POST /koordination/moderation/beitraege/:postId/behalten': post('behalten'),
  'POST /koordination/moderation/beitraege/:postId/freigeben': post('freigeben'),
  'POST /koordination/moderation/fragen/:id/sperren': thread('sperren'),
  'GET /koordination/moderation/fragen/:id/verschieben': thread('verschieben'),
  'POST /koordination/moderation/fragen/:id/verschieben': thread('verschieben'),
};
