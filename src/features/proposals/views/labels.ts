import type { ProposalStatus } from '../../../db/schema/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';

export { LIST_PATH, proposalPath } from '../paths.ts';

export const statusKey = (s: ProposalStatus) => `proposals.status.${s}` as MessageKey;
export const answerKey = (a: 'accepted' | 'declined' | null) =>
  `proposals.answer.${a ?? 'none'}` as MessageKey;
export const roleKey = (r: string) => `participant.role.${r}` as MessageKey;
