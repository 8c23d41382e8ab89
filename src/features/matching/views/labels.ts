import type { MessageKey } from '../../../i18n/index.ts';

export const roundStatusKey = (s: string) => `matching.round.status.${s}` as MessageKey;
export const modeKey = (m: string) => `matching.round.mode.${m}` as MessageKey;
export const proposalStatusKey = (s: string) => `matching.proposal.status.${s}` as MessageKey;
export const tandemStatusKey = (s: string) => `matching.tandem.status.${s}` as MessageKey;

/** Why a mentee gets no suggestions: a proposal waits, a tandem runs, or they left the pool otherwise. */
export const awayKey = (situation: 'free' | 'proposal' | 'tandem'): MessageKey =>
  situation === 'free' ? 'matching.away.other' : `matching.away.${situation}`;
