import { z } from 'zod';
import {
  GOALS_REACHED,
  MEMBER_SUPPORT_REASONS,
  SUPPORT_NOTE_KINDS,
  SUPPORT_OUTCOMES,
  YES_MAYBE_NO,
} from '../../../db/schema/tandem-help.ts';

const E = 'tandems.help.error';
export const MAX_MESSAGE = 4000;

const text = (required: string, tooLong: string, max = MAX_MESSAGE) =>
  z.string(required).trim().min(1, required).max(max, tooLong);

export const supportForm = z.object({
  grund: z.enum(MEMBER_SUPPORT_REASONS, { error: `${E}.reason.required` }),
  nachricht: text(`${E}.message.required`, `${E}.message.tooLong`),
});

export const endForm = z
  .object({
    art: z.enum(['planned', 'early'], { error: `${E}.kind.required` }),
    grund: z.string().trim().max(2000, `${E}.endReason.tooLong`).default(''),
    bestaetigt: z.literal('ja', { error: `${E}.confirm.required` }),
  })
  .refine((f) => f.art === 'planned' || f.grund.length > 0, {
    path: ['grund'],
    message: `${E}.endReason.required`,
  });

export const feedbackForm = z.object({
  zufriedenheit: z.enum(['1', '2', '3', '4', '5'], { error: `${E}.satisfaction.required` }),
  ziele: z.enum(GOALS_REACHED, { error: `${E}.goals.required` }),
  empfehlen: z.enum(['yes', 'no'], { error: `${E}.recommend.required` }),
  mentorin: z.enum(YES_MAYBE_NO, { error: `${E}.mentor.required` }),
  kommentar: z.string().trim().max(MAX_MESSAGE, `${E}.comment.tooLong`).default(''),
});

export const noteForm = z.object({
  art: z.enum(SUPPORT_NOTE_KINDS, { error: `${E}.noteKind.required` }),
  text: text(`${E}.note.required`, `${E}.note.tooLong`),
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
