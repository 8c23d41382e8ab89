import { z } from 'zod';
import { MEMBER_SUPPORT_REASONS } from '../../../db/schema/tandem-help.ts';

export const E = 'tandems.help.error';
export const MAX_MESSAGE = 4000;

/** A required text of at most `max` characters, with its two messages. */
export const requiredText = (required: string, tooLong: string, max = MAX_MESSAGE) =>
  z.string(required).trim().min(1, required).max(max, tooLong);

export const supportForm = z.object({
  grund: z.enum(MEMBER_SUPPORT_REASONS, { error: `${E}.reason.required` }),
  nachricht: requiredText(`${E}.message.required`, `${E}.message.tooLong`),
});
