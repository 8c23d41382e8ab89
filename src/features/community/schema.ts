import { z } from 'zod';
import { asList, blank, UUID } from '../../platform/forms.ts';
import { MAX_BODY, MAX_TITLE } from './text.ts';

const E = 'community.error';

const title = z
  .string(`${E}.title.required`)
  .trim()
  .min(1, `${E}.title.required`)
  .max(MAX_TITLE, `${E}.title.tooLong`);
const body = z
  .string(`${E}.text.required`)
  .trim()
  .min(1, `${E}.text.required`)
  .max(MAX_BODY, `${E}.text.tooLong`);
const topicIds = z.preprocess(
  asList,
  z.array(z.string().regex(UUID, `${E}.topics.unknown`)).max(10, `${E}.topics.tooMany`),
);
const note = z.preprocess((v) => v ?? '', z.string().trim().max(500, `${E}.note.tooLong`));

/** The German words in forms and paths, and the kinds they stand for. */
export const KIND_WORDS = { frage: 'question', diskussion: 'discussion' } as const;
export type KindWord = keyof typeof KIND_WORDS;

export const threadForm = z.object({
  art: z.enum(['frage', 'diskussion'], `${E}.kind.required`),
  titel: title,
  text: body,
  themen: topicIds,
});
export const editThreadForm = z.object({ titel: title, text: body, themen: topicIds, notiz: note });
export const answerForm = z.object({ text: body });
export const commentForm = z.object({ antwort: z.string().regex(UUID, `${E}.answer.unknown`), text: body });
export const editPostForm = z.object({ text: body, notiz: note });
export const solutionForm = z.object({
  antwort: z.union(
    [z.literal('keine'), z.string().regex(UUID, `${E}.answer.unknown`)],
    `${E}.answer.unknown`,
  ),
});
export const followForm = z.object({ folgen: z.enum(['ja', 'nein']) });

const page = z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1);

/** The filters of a space's list; anything unreadable is no filter, never an error page. */
export const listFilters = z.object({
  art: z.preprocess(blank, z.enum(['frage', 'diskussion']).optional()).catch(undefined),
  thema: z.preprocess(blank, z.string().regex(UUID).optional()).catch(undefined),
  beantwortet: z.preprocess(blank, z.enum(['ja', 'nein']).optional()).catch(undefined),
  meine: z.preprocess(blank, z.literal('ja').optional()).catch(undefined),
  seite: page,
});

export const searchFilters = z.object({
  q: z.preprocess((v) => (typeof v === 'string' ? v.slice(0, 200) : ''), z.string()).catch(''),
  art: z
    .preprocess(blank, z.enum(['frage', 'diskussion', 'antwort', 'praxistipp', 'methode']).optional())
    .catch(undefined),
  thema: z.preprocess(blank, z.string().regex(UUID).optional()).catch(undefined),
  bereich: z.preprocess(blank, z.string().max(100).optional()).catch(undefined),
  seite: page,
});
