import type { ProposalStatus } from '../../../db/schema/index.ts';
import type { Role } from '../../../db/schema/registration.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import type { Explanation } from '../../../matching-engine/explain.ts';
import type { FormErrors } from '../../../ui/context.ts';
import type { PartnerView } from './PartnerProfile.tsx';

/** What the proposal's page shows one of its two people (DetailPage and its answer forms). */
export interface DetailView {
  id: string;
  programmeName: string;
  side: Role;
  /** 'expired' as soon as the deadline has passed, even before the sweep has closed it. */
  status: ProposalStatus;
  ownAnswer: 'accepted' | 'declined' | null;
  declinedBy: Role | null;
  expiresAt: Date;
  canAnswer: boolean;
  partner: PartnerView;
  explanation: Explanation | null;
  topicLabels: ReadonlyMap<string, string>;
  values: { grund: string };
  errors?: FormErrors;
  conflict?: { key: MessageKey; vars?: Record<string, string> };
}
