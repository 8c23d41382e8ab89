import type { ReportReason } from '../../../../db/schema/index.ts';
import type { MessageKey } from '../../../../i18n/index.ts';
import type { REASON_WORDS } from '../schema.ts';

/** The form's reason words with their labels, in the order the form lists them. */
export const REASON_LABELS = {
  spam: 'moderation.report.reason.spam',
  beleidigend: 'moderation.report.reason.offensive',
  vertraulich: 'moderation.report.reason.confidential',
  unpassend: 'moderation.report.reason.off_topic',
  anderes: 'moderation.report.reason.other',
} as const satisfies Record<keyof typeof REASON_WORDS, MessageKey>;

export const reasonLabel = (reason: ReportReason) => `moderation.report.reason.${reason}` as MessageKey;
