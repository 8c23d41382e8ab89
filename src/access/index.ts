/**
 * The access layer (ADR 0015): functions that load a resource and authorize it in one step and
 * return the authorized thing. Routes call them; services accept only what they return.
 * "Not yours" for a resource named in the URL is a 404, like an unknown id; a screen the actor's
 * role may not use at all is the guard's 403.
 */
export { requireSignedIn } from './actor.ts';
export { type CoordinatedCase, requireCoordinatedCase } from './cases.ts';
export {
  accessibleSpaces,
  type CommunityMember,
  communityAccess,
  requireCommunityMember,
  requireSpace,
  requireThread,
  SHARED_SPACE,
  type Space,
  type Thread,
  type ThreadInSpace,
} from './community.ts';
export { type CoordinatedParticipation, requireCoordinatedParticipation } from './participations.ts';
export {
  coordinatedProgrammes,
  findProgrammeById,
  findProgrammeBySlug,
  type Programme,
  type ProgrammeAction,
  programmesByIds,
  requireCoordinatedProgramme,
} from './programmes.ts';
export { involvesUser, type OwnProposal, requireOwnProposal } from './proposals.ts';
export {
  type CoordinatedTandem,
  loadTandemMembers,
  type Member,
  type MemberTandem,
  memberAccess,
  ownTandems,
  parties,
  requireCoordinatedTandem,
  requireMember,
  type TandemParams,
} from './tandems.ts';
export { AUTHOR_EDITS, editsTip, requireTip, type Tip, type TipInSpace } from './tips.ts';
