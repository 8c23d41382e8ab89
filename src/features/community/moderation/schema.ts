import { z } from 'zod';
import type { REPORT_REASONS } from '../../../db/schema/index.ts';
import { MAX_BODY } from '../text.ts';

const optionalNote = (message: string) => z.preprocess((v) => v ?? '', z.string().trim().max(500, message));
const requiredNote = z.preprocess(
  (v) => v ?? '',
  z.string().trim().min(1, 'moderation.error.note.required').max(500, 'moderation.error.note.tooLong'),
);

/** The German words of the report's reasons in the form, and the reasons they stand for. */
export const REASON_WORDS = {
  spam: 'spam',
  beleidigend: 'offensive',
  vertraulich: 'confidential',
  unpassend: 'off_topic',
  anderes: 'other',
} as const satisfies Record<string, (typeof REPORT_REASONS)[number]>;

export const reportForm = z.object({
  grund: z.enum(
    Object.keys(REASON_WORDS) as [keyof typeof REASON_WORDS, ...(keyof typeof REASON_WORDS)[]],
    'moderation.report.error.reason',
  ),
  notiz: optionalNote('moderation.report.error.note'),
});

/** Hiding and not approving: the author is told why. */
export const noteForm = z.object({ notiz: requiredNote });

export const editForm = z.object({
  text: z
    .string('community.error.text.required')
    .trim()
    .min(1, 'community.error.text.required')
    .max(MAX_BODY, 'community.error.text.tooLong'),
  notiz: requiredNote,
});

export const lockForm = z.object({ sperren: z.enum(['ja', 'nein']) });

export const moveForm = z.object({
  bereich: z.string('moderation.error.target').max(100, 'moderation.error.target'),
});
