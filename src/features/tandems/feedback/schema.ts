import { z } from 'zod';
import { GOALS_REACHED, YES_MAYBE_NO } from '../../../db/schema/tandem-help.ts';
import { E, MAX_MESSAGE } from '../support/schema.ts';

export const feedbackForm = z.object({
  zufriedenheit: z.enum(['1', '2', '3', '4', '5'], { error: `${E}.satisfaction.required` }),
  ziele: z.enum(GOALS_REACHED, { error: `${E}.goals.required` }),
  empfehlen: z.enum(['yes', 'no'], { error: `${E}.recommend.required` }),
  mentorin: z.enum(YES_MAYBE_NO, { error: `${E}.mentor.required` }),
  kommentar: z.string().trim().max(MAX_MESSAGE, `${E}.comment.tooLong`).default(''),
});
