import type { EndKind } from '../../../db/schema/matching.ts';
import { SUPPORT_OUTCOMES, type SupportOutcome } from '../../../db/schema/tandem-help.ts';

/**
 * The outcomes of a support case that fit the tandem's state. A running tandem can go on, get a
 * contact person, be re-matched or ended. An ended one can only be closed, or, after an early end or
 * one by the coordination, give the mentee priority for a new mentor.
 */
export function fittingOutcomes(t: { status: string; endKind: EndKind | null }): readonly SupportOutcome[] {
  if (t.status !== 'ended') return SUPPORT_OUTCOMES;
  return t.endKind === 'early' || t.endKind === 'coordination' ? ['rematch', 'end'] : ['end'];
}
