import { weightsFrom } from '../../matching-engine/criteria.ts';
import { type Explanation, explain } from '../../matching-engine/explain.ts';
import type { MatchProfile } from '../../matching-engine/profile.ts';
import type { ProposalDetail, ProposalSideData } from './own.ts';

function matchProfile(side: ProposalSideData, fundingOptions: readonly string[]): MatchProfile | null {
  const { participation: p, profile } = side;
  if (!profile) return null;
  return {
    id: p.id,
    personId: p.userId,
    organisationName: profile.organisationName,
    organisationType: profile.organisationType,
    bundesland: profile.bundesland,
    sizeClass: profile.sizeClass,
    formats: profile.formats,
    frequency: profile.frequency,
    languages: profile.languages,
    inRoleSince: profile.inRoleSince,
    fundingStage: fundingOptions.indexOf(p.funding),
    topics: p.role === 'mentee' ? p.topicsNeeded : p.topicsOffered,
  };
}

/**
 * The reasons for a proposal, from both profiles as they are now and the programme's weights.
 * The mentor counts as having a free place: the place is the one this proposal holds.
 */
export function explainProposal(detail: ProposalDetail, year: number): Explanation | null {
  const { fundingOptions, matchingWeights } = detail.programme;
  const mentee = matchProfile(detail.mentee, fundingOptions);
  const mentor = matchProfile(detail.mentor, fundingOptions);
  if (!mentee || !mentor) return null;
  return explain(mentee, { ...mentor, freeCapacity: 1 }, { weights: weightsFrom(matchingWeights), year });
}
