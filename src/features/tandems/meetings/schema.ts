import { z } from 'zod';
import { MEETING_FORMATS, TODO_OWNERS, type TodoOwner } from '../../../db/schema/tandems.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { blank } from '../../../platform/forms.ts';
import { isoDate, type LocalDateTime, parseLocalDate, parseLocalTime } from '../../../platform/time.ts';
import {
  dateField,
  MAX_LOCATION,
  MAX_TEXT,
  MAX_TODO_TITLE,
  minutesField,
  textField,
  timeField,
} from '../core/fields.ts';

const E = 'tandems.meetings.error';

/** Planning or changing a meeting. */
export const meetingForm = z.object({
  datum: dateField(`${E}.date.required`, `${E}.date.invalid`),
  uhrzeit: timeField(`${E}.time.required`, `${E}.time.invalid`),
  dauer: minutesField(`${E}.duration.invalid`, `${E}.duration.invalid`),
  format: z.enum(MEETING_FORMATS, { error: `${E}.format.required` }),
  ort: textField(MAX_LOCATION, `${E}.location.tooLong`),
});
export type MeetingInput = z.output<typeof meetingForm>;

/** The guide's ten minutes: questions, topics, what changed since last time. */
export const preparationForm = z.object({
  fragen: textField(MAX_TEXT, `${E}.questions.tooLong`),
  themen: textField(MAX_TEXT, `${E}.topics.tooLong`),
  veraenderungen: textField(MAX_TEXT, `${E}.changes.tooLong`),
});

/** A phone call or an email exchange, logged in one short form (held at once). */
export const contactForm = z.object({
  kontakt_datum: dateField(`${E}.contactDate.required`, `${E}.contactDate.invalid`),
  kontakt_uhrzeit: z.preprocess(
    blank,
    timeField(`${E}.contactTime.invalid`, `${E}.contactTime.invalid`).optional(),
  ),
  kontakt_dauer: minutesField(`${E}.contactDuration.invalid`, `${E}.contactDuration.invalid`),
  kontakt_format: z.enum(['phone', 'email'], { error: `${E}.contactFormat.required` }),
  zusammenfassung: z
    .string(`${E}.summary.required`)
    .trim()
    .min(1, `${E}.summary.required`)
    .max(2000, `${E}.summary.tooLong`),
});

/** The record form offers this many to-do rows; more can be added on the to-do page. */
export const RECORD_TODO_ROWS = 4;
const ROWS = Array.from({ length: RECORD_TODO_ROWS }, (_, i) => i + 1);

const rowKey = (n: number, what: 'title' | 'owner' | 'due') => `${E}.todo${n}.${what}` as MessageKey;

const optionalString = z.preprocess(blank, z.string().optional()).catch('\u0000');

const recordShape = {
  rueckblick: textField(MAX_TEXT, `${E}.recap.tooLong`),
  erkenntnisse: textField(MAX_TEXT, `${E}.learnings.tooLong`),
  naechste_themen: textField(MAX_TEXT, `${E}.nextTopics.tooLong`),
  naechstes_datum: optionalString,
  naechste_uhrzeit: optionalString,
  naechste_dauer: optionalString,
  naechstes_format: optionalString,
  naechster_ort: optionalString,
  ...Object.fromEntries(
    ROWS.flatMap((n) => [
      [`aufgabe${n}_titel`, optionalString],
      [`aufgabe${n}_zustaendig`, optionalString],
      [`aufgabe${n}_faellig`, optionalString],
    ]),
  ),
} as Record<string, z.ZodType>;

export interface RecordTodo {
  title: string;
  owner: TodoOwner;
  dueOn: string | null;
}

export interface RecordInput {
  recap: string;
  learnings: string;
  nextTopics: string;
  todos: RecordTodo[];
  /** The next date, when agreed: planned in the same transaction as the record. */
  next: {
    at: LocalDateTime;
    durationMinutes: number;
    format: (typeof MEETING_FORMATS)[number];
    location: string;
  } | null;
}

const isOwner = (v: string): v is TodoOwner => (TODO_OWNERS as readonly string[]).includes(v);
const isFormat = (v: string): v is (typeof MEETING_FORMATS)[number] =>
  (MEETING_FORMATS as readonly string[]).includes(v);

/**
 * The record after the meeting, as the guide's checklist has it. Empty to-do rows are skipped; the
 * next date is optional, but once a date or time is given, the whole appointment must be complete.
 * Strings that are not strings (repeated fields, JSON objects) read as U+0000 and fail as invalid.
 */
export const recordForm = z.object(recordShape).transform((raw, ctx): RecordInput => {
  const value = (name: string) => (raw[name] as string | undefined)?.trim() ?? '';
  const issue = (path: string, message: MessageKey) =>
    ctx.addIssue({ code: 'custom', path: [path], message });

  const todos: RecordTodo[] = [];
  for (const n of ROWS) {
    const title = value(`aufgabe${n}_titel`);
    const owner = value(`aufgabe${n}_zustaendig`) || 'both';
    const due = value(`aufgabe${n}_faellig`);
    const day = due ? parseLocalDate(due) : null;
    if (title.length > MAX_TODO_TITLE || title.includes('\u0000') || (!title && due)) {
      issue(`aufgabe${n}_titel`, rowKey(n, 'title'));
    }
    if (!isOwner(owner)) issue(`aufgabe${n}_zustaendig`, rowKey(n, 'owner'));
    if (due && !day) issue(`aufgabe${n}_faellig`, rowKey(n, 'due'));
    if (title && isOwner(owner)) todos.push({ title, owner, dueOn: day ? isoDate(day) : null });
  }

  let next: RecordInput['next'] = null;
  const [date, time, minutes, format, location] = [
    value('naechstes_datum'),
    value('naechste_uhrzeit'),
    value('naechste_dauer'),
    value('naechstes_format'),
    value('naechster_ort'),
  ];
  if (date || time) {
    const day = parseLocalDate(date);
    const clock = parseLocalTime(time);
    const duration = /^\d{1,4}$/.test(minutes) ? Number(minutes) : 0;
    if (!date) issue('naechstes_datum', `${E}.nextDate.required`);
    else if (!day) issue('naechstes_datum', `${E}.nextDate.invalid`);
    if (!time) issue('naechste_uhrzeit', `${E}.nextTime.required`);
    else if (!clock) issue('naechste_uhrzeit', `${E}.nextTime.invalid`);
    if (duration < 1 || duration > 1440) issue('naechste_dauer', `${E}.nextDuration.invalid`);
    if (!isFormat(format)) issue('naechstes_format', `${E}.nextFormat.required`);
    if (location.length > MAX_LOCATION || location.includes('\u0000')) {
      issue('naechster_ort', `${E}.nextLocation.tooLong`);
    }
    if (day && clock && duration >= 1 && duration <= 1440 && isFormat(format)) {
      next = { at: { ...day, ...clock }, durationMinutes: duration, format, location };
    }
  } else if (minutes && !/^\d{1,4}$/.test(minutes)) {
    issue('naechste_dauer', `${E}.nextDuration.invalid`);
  }

  return {
    recap: value('rueckblick'),
    learnings: value('erkenntnisse'),
    nextTopics: value('naechste_themen'),
    todos,
    next,
  };
});

/** The record form's field names, in the page's order (for the error summary). */
export const RECORD_FIELDS = [
  'zeitpunkt',
  'rueckblick',
  'erkenntnisse',
  ...ROWS.flatMap((n) => [`aufgabe${n}_titel`, `aufgabe${n}_zustaendig`, `aufgabe${n}_faellig`]),
  'naechste_themen',
  'naechstes_datum',
  'naechste_uhrzeit',
  'naechste_dauer',
  'naechstes_format',
  'naechster_ort',
];
