import type { TipInSpace } from '../../../access/index.ts';
import type { FormErrors } from '../../../ui/context.ts';
import type { TipDetails } from '../queries.ts';

/** What a tip's page shows: the tip, what goes with it, and a refused form's state. */
export interface TipView {
  found: TipInSpace;
  details: TipDetails;
  /** The actor may change text and attachments now. */
  edits: boolean;
  values: Record<string, string>;
  errors?: FormErrors;
}
