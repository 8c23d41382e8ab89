import type { FastifyRequest } from 'fastify';
import type { OwnProposal } from '../../../access/index.ts';
import { explainProposal } from '../explanation.ts';
import { loadProposalDetail, type ProposalSideData } from '../own.ts';
import { answerable, effectiveStatus } from '../status.ts';
import { DetailPage } from '../views/DetailPage.tsx';
import type { DetailView } from '../views/detail-view.ts';
import type { PartnerView } from '../views/PartnerProfile.tsx';

/** Every proposal route requires 'proposals.respond'; each proposal is checked against the actor. */
export const access = { config: { access: 'proposals.respond' as const } };

export type IdParams = { Params: { id: string } };

function partnerView(side: ProposalSideData, labels: Map<string, string>, tandem: boolean): PartnerView {
  const p = side.participation;
  const names = (ids: readonly string[]) => ids.map((id) => labels.get(id)).filter((l): l is string => !!l);
  return {
    name: side.user.name,
    role: p.role,
    profile: side.profile,
    topicsNeeded: p.role === 'mentee' ? names(p.topicsNeeded) : [],
    topicsOffered: names(p.topicsOffered),
    strengths: p.role === 'mentor' ? p.strengths : '',
    // Contact details only once both have accepted.
    contact: tandem ? { email: side.user.email, phone: side.profile?.phone ?? '' } : null,
  };
}

export interface DetailOptions {
  errors?: DetailView['errors'];
  values?: DetailView['values'];
  conflict?: DetailView['conflict'];
}

/** The proposal's page for this person, with the forms while they may still answer. */
export async function detailPage(req: FastifyRequest, own: OwnProposal, options: DetailOptions = {}) {
  const now = req.server.deps.clock();
  const detail = await loadProposalDetail(req.server.deps.database.db, own);
  const p = own.proposal;
  const status = effectiveStatus(p, now);
  const partner = own.side === 'mentee' ? detail.mentor : detail.mentee;
  const declinedBy =
    p.menteeAnswer === 'declined' ? 'mentee' : p.mentorAnswer === 'declined' ? 'mentor' : null;
  const view: DetailView = {
    id: p.id,
    programmeName: detail.programme.name,
    side: own.side,
    status,
    ownAnswer: own.side === 'mentee' ? p.menteeAnswer : p.mentorAnswer,
    declinedBy,
    expiresAt: p.expiresAt,
    canAnswer: answerable(own, now),
    partner: partnerView(partner, detail.topicLabels, status === 'accepted' && detail.tandem !== null),
    explanation: explainProposal(detail, now.getUTCFullYear()),
    topicLabels: detail.topicLabels,
    values: options.values ?? { grund: '' },
    errors: options.errors,
    conflict: options.conflict,
  };
  return <DetailPage view={view} />;
}
