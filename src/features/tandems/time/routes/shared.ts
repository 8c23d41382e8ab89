import type { FastifyRequest } from 'fastify';
import { parseForm } from '../../../../platform/forms.ts';
import { isoDate, toBerlin } from '../../../../platform/time.ts';
import type { FormErrors } from '../../../../ui/context.ts';
import type { MentorRole, MentorTandem } from '../queries.ts';
import { entryForm } from '../schema.ts';
import type { EntryValues } from '../service.ts';

/** Every route of the own time requires 'time.log': entries are always the actor's own. */
export const timeAccess = { config: { access: 'time.log' as const } };

export const db = (req: FastifyRequest) => req.server.deps.database.db;

/** Today in Berlin, as the date input writes it. */
export const today = (req: FastifyRequest) => isoDate(toBerlin(req.server.deps.clock()));

/** The submitted fields that are strings, to fill the form in again. */
export function submitted(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'),
  );
}

/** The values of a stored entry as the form shows them. */
export function entryValues(e: {
  on: string;
  minutes: number;
  kind: string;
  programmeId: string;
  tandemId: string | null;
  note: string;
}) {
  return {
    datum: e.on,
    stunden: String(Math.floor(e.minutes / 60)),
    minuten: String(e.minutes % 60),
    art: e.kind,
    programm: e.programmeId,
    tandem: e.tandemId ?? '',
    notiz: e.note,
  };
}

export type Checked = { ok: true; values: EntryValues } | { ok: false; errors: FormErrors };

/**
 * The form, then what only the database knows: the programme must be one of the person's mentor
 * programmes and the tandem one of their tandems in it. `fixed` is the tandem of the entry's meeting.
 */
export function checkEntry(
  req: FastifyRequest,
  options: {
    programmeIds: string[];
    tandems: MentorTandem[];
    fixed?: { programmeId: string; tandemId: string | null };
  },
): Checked {
  const form = parseForm(entryForm(today(req)), req.body);
  if (!form.ok) return { ok: false, errors: form.errors };
  const data = form.data;
  const programmeId =
    options.fixed?.programmeId ??
    data.programm ??
    (options.programmeIds.length === 1 ? options.programmeIds[0] : undefined);
  if (!programmeId || !options.programmeIds.includes(programmeId)) {
    return { ok: false, errors: { programm: 'tandems.time.error.programme' } };
  }
  let tandemId: string | null = null;
  if (options.fixed) tandemId = options.fixed.tandemId;
  else if (data.tandem) {
    const tandem = options.tandems.find((x) => x.id === data.tandem);
    if (!tandem || tandem.programmeId !== programmeId) {
      return { ok: false, errors: { tandem: 'tandems.time.error.tandem' } };
    }
    tandemId = tandem.id;
  }
  return {
    ok: true,
    values: {
      programmeId,
      tandemId,
      kind: data.art,
      on: data.datum,
      minutes: data.minutesTotal,
      note: data.notiz,
    },
  };
}

export const programmeIdsOf = (roles: MentorRole[]) => roles.map((r) => r.programmeId);
