import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { meetings, participations, timeEntries } from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';
import type { createTandem } from './tandems.ts';

type Pair = Awaited<ReturnType<typeof createTandem>>;

/** A meeting of the tandem as the meetings area would store it (held unless told otherwise). */
export async function meetingOf(
  t: TestApp,
  pair: Pair,
  options: { startsAt: Date; durationMinutes?: number; status?: 'planned' | 'held' | 'cancelled' },
) {
  const [row] = await t.db
    .insert(meetings)
    .values({
      tandemId: pair.id,
      status: options.status ?? 'held',
      startsAt: options.startsAt,
      durationMinutes: options.durationMinutes ?? 60,
      format: 'online',
    })
    .returning();
  return row!;
}

export const setFunding = (t: TestApp, participationId: string, funding: string) =>
  t.db.update(participations).set({ funding }).where(eq(participations.id, participationId));

/** An entry stored directly (for reading tests: year filters, totals, the proof). */
export async function storedEntry(
  t: TestApp,
  pair: Pair,
  values: {
    on: string;
    minutes: number;
    kind?: 'meeting' | 'preparation' | 'event' | 'community' | 'other';
    note?: string;
    tandem?: boolean;
  },
) {
  const [row] = await t.db
    .insert(timeEntries)
    .values({
      userId: pair.mentor.user.id,
      programmeId: pair.mentor.programme.id,
      tandemId: values.tandem === false ? null : pair.id,
      kind: values.kind ?? 'preparation',
      on: values.on,
      minutes: values.minutes,
      note: values.note ?? '',
    })
    .returning();
  return row!;
}

const fonts = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** The text of every page of a PDF, read with Mozilla's pdf.js, whitespace collapsed. */
export async function pdfText(data: Buffer): Promise<string> {
  const pdf = await getDocument({
    data: new Uint8Array(data),
    standardFontDataUrl: fonts,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await pdf.destroy();
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
