import { z } from 'zod';
import { SUPPORT_NOTE_KINDS, SUPPORT_OUTCOMES } from '../../../db/schema/tandem-help.ts';
import { HELP_ERRORS as E, MAX_MESSAGE, requiredText } from '../../tandems/index.ts';

export const noteForm = z.object({
  art: z.enum(SUPPORT_NOTE_KINDS, { error: `${E}.noteKind.required` }),
  text: requiredText(`${E}.note.required`, `${E}.note.tooLong`),
});

export const outcomeForm = z
  .object({
    ergebnis: z.enum(SUPPORT_OUTCOMES, { error: `${E}.outcome.required` }),
    notiz: z.string().trim().max(MAX_MESSAGE, `${E}.note.tooLong`).default(''),
  })
  .refine((f) => f.ergebnis !== 'additional_contact' || f.notiz.length > 0, {
    path: ['notiz'],
    message: `${E}.contactPerson.required`,
  });
