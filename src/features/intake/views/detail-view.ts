import type { MessageKey } from '../../../i18n/index.ts';
import type { FormErrors } from '../../../ui/context.ts';
import type { MenteeSituation } from '../../matching/index.ts';
import type { IntakeDetail, Participation } from '../queries/detail.ts';

export interface DetailFlags {
  /** The intake call, once for every role still before it. */
  schedule: boolean;
  /** A date is set already: the form moves it. */
  rescheduling: boolean;
  hold: boolean;
  /** The roles that can be accepted, and declined, now: the decision is per role. */
  accept: Participation[];
  decline: Participation[];
  /** The mentor role, while its strengths can be refined. */
  strengths: Participation | null;
}

export interface DetailView {
  detail: IntakeDetail;
  can: DetailFlags;
  /** What the forms show: prefills, or what was typed before an error. */
  values: Record<string, string>;
  selectedTopics: readonly string[];
  /** The roles ticked in the decline form (refilled after an error). */
  selectedRoles: readonly string[];
  /** The refusal of a change that the current status does not allow. */
  conflict?: { key: MessageKey; vars?: Record<string, string> };
  errors?: FormErrors;
  /** For an accepted mentee: in the pool, or a proposal or tandem already under way. */
  matching: MenteeSituation;
}
