import { z } from 'zod';
import { BUNDESLAENDER, ORGANISATION_TYPES, SIZE_CLASSES } from '../../db/schema/index.ts';
import { asList, blank, UUID } from '../../platform/forms.ts';

const E = 'tips.error';
export const MAX_TITLE = 160;
export const MAX_SUMMARY = 500;
export const MAX_BODY = 20_000;
export const MAX_NOTE = 1_000;
/** Attachments a tip may carry. */
export const MAX_FILES = 5;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blank, z.enum(values, message).optional());

export const tipForm = z.object({
  titel: z
    .string(`${E}.title.required`)
    .trim()
    .min(1, `${E}.title.required`)
    .max(MAX_TITLE, `${E}.title.tooLong`),
  zusammenfassung: z
    .string(`${E}.summary.required`)
    .trim()
    .min(1, `${E}.summary.required`)
    .max(MAX_SUMMARY, `${E}.summary.tooLong`),
  text: z.string(`${E}.text.required`).trim().min(1, `${E}.text.required`).max(MAX_BODY, `${E}.text.tooLong`),
  themen: z.preprocess(
    asList,
    z.array(z.string().regex(UUID, `${E}.topics.unknown`)).max(10, `${E}.topics.tooMany`),
  ),
  bundesland: optionalEnum(BUNDESLAENDER, `${E}.context.unknown`),
  organisationsart: optionalEnum(ORGANISATION_TYPES, `${E}.context.unknown`),
  groesse: optionalEnum(SIZE_CLASSES, `${E}.context.unknown`),
  /** Which button: keep as a draft, or send to the review. */
  aktion: z.enum(['entwurf', 'einreichen'], `${E}.action.unknown`),
});

export const reviewForm = z
  .object({
    entscheidung: z.enum(['veroeffentlichen', 'zurueckgeben', 'ablehnen'], `${E}.decision.required`),
    notiz: z.preprocess((v) => v ?? '', z.string().trim().max(MAX_NOTE, `${E}.note.tooLong`)),
  })
  .refine((f) => f.entscheidung === 'veroeffentlichen' || f.notiz !== '', {
    path: ['notiz'],
    message: `${E}.note.required`,
  });

export const helpfulForm = z.object({ hilfreich: z.enum(['ja', 'nein']) });

const page = z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1);

/** The list's filters; anything unreadable is no filter, never an error page. */
export const listFilters = z.object({
  thema: z.preprocess(blank, z.string().regex(UUID).optional()).catch(undefined),
  bereich: z.preprocess(blank, z.string().max(100).optional()).catch(undefined),
  bundesland: z.preprocess(blank, z.enum(BUNDESLAENDER).optional()).catch(undefined),
  organisationsart: z.preprocess(blank, z.enum(ORGANISATION_TYPES).optional()).catch(undefined),
  groesse: z.preprocess(blank, z.enum(SIZE_CLASSES).optional()).catch(undefined),
  sortierung: z.preprocess(blank, z.enum(['neu', 'hilfreich']).optional()).catch(undefined),
  seite: page,
});
export type ListFilters = z.output<typeof listFilters>;
