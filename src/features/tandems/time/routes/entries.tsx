import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireSignedIn } from '../../../../access/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { isoDate, toBerlin } from '../../../../platform/time.ts';
import { formatAt } from '../../../../ui/format.ts';
import { currentYear, parseYear } from '../duty.ts';
import {
  entriesOfYear,
  entryForMeeting,
  firstEntryYear,
  type MentorMeeting,
  mentorMeeting,
  mentorRoles,
  mentorTandems,
  ownEntry,
} from '../queries.ts';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from '../service.ts';
import { EntryPage, type EntryView } from '../views/EntryPage.tsx';
import { entryPath, newEntryPath, TIME_PATH, yearPath } from '../views/labels.ts';
import { NotMentorPage, TimePage } from '../views/TimePage.tsx';
import { checkEntry, db, entryValues, programmeIdsOf, submitted, timeAccess, today } from './shared.ts';

type EntryParams = { Params: { entryId: string } };
type NewQuery = { Querystring: { treffen?: string; tandem?: string } };

const yearOf = (on: string) => Number(on.slice(0, 4));

/** The meeting named in the query or form: one of the mentor's tandems, else 404 (as for a wrong id). */
async function meetingOf(req: FastifyRequest, userId: string, id: unknown) {
  if (id === undefined || id === '') return null;
  const meeting = typeof id === 'string' ? await mentorMeeting(db(req), userId, id) : null;
  if (!meeting) throw notFound();
  return meeting;
}

async function formView(
  req: FastifyRequest,
  userId: string,
  base: Pick<EntryView, 'mode' | 'action' | 'values'> & Partial<EntryView>,
  meeting: MentorMeeting | null,
): Promise<EntryView> {
  const [roles, tandems] = await Promise.all([mentorRoles(db(req), userId), mentorTandems(db(req), userId)]);
  const held = meeting?.status === 'held' ? meeting : null;
  const partner = held ? tandems.find((x) => x.id === held.tandemId) : undefined;
  return {
    ...base,
    roles,
    tandems,
    meeting: held
      ? {
          date: formatAt(held.startsAt, req.locale, 'date'),
          partnerName: partner?.menteeName ?? '',
        }
      : undefined,
  };
}

export function registerEntryRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { jahr?: string } }>(TIME_PATH, timeAccess, async (req, reply) => {
    const actor = requireSignedIn(req);
    const roles = await mentorRoles(db(req), actor.userId);
    if (roles.length === 0) return reply.page(<NotMentorPage />);
    const now = app.deps.clock();
    const thisYear = currentYear(now);
    const year = parseYear(req.query.jahr, now) ?? thisYear;
    const entries = await entriesOfYear(db(req), actor.userId, year);
    const first = Math.min((await firstEntryYear(db(req), actor.userId)) ?? thisYear, thisYear, year);
    const years: number[] = [];
    for (let y = Math.max(thisYear, year); y >= first; y--) years.push(y);
    const withMinutes = roles.map((r) => ({
      ...r,
      minutes: entries.filter((e) => e.programmeId === r.programmeId).reduce((s, e) => s + e.minutes, 0),
    }));
    return reply.page(<TimePage view={{ year, years, roles: withMinutes, entries }} />);
  });

  app.get<NewQuery>(newEntryPath(), timeAccess, async (req, reply) => {
    const actor = requireSignedIn(req);
    const roles = await mentorRoles(db(req), actor.userId);
    if (roles.length === 0) return reply.page(<NotMentorPage />);
    const meeting = await meetingOf(req, actor.userId, req.query.treffen);
    const values: Record<string, string> = { datum: today(req), stunden: '', minuten: '', notiz: '' };
    let existingEntryId: string | undefined;
    if (meeting?.status === 'held') {
      Object.assign(values, {
        datum: isoDate(toBerlin(meeting.startsAt)),
        stunden: String(Math.floor(meeting.durationMinutes / 60)),
        minuten: String(meeting.durationMinutes % 60),
        art: 'meeting',
        programm: meeting.programmeId,
        tandem: meeting.tandemId,
        treffen: meeting.id,
      });
      existingEntryId = (await entryForMeeting(db(req), actor.userId, meeting.id))?.id;
    } else if (meeting) {
      Object.assign(values, { programm: meeting.programmeId, tandem: meeting.tandemId });
    } else if (typeof req.query.tandem === 'string') {
      const tandem = (await mentorTandems(db(req), actor.userId)).find((x) => x.id === req.query.tandem);
      if (tandem) Object.assign(values, { programm: tandem.programmeId, tandem: tandem.id });
    }
    const view = await formView(
      req,
      actor.userId,
      {
        mode: 'new',
        action: newEntryPath(),
        values,
        existingEntryId,
        meetingNotHeld: meeting !== null && meeting.status !== 'held',
      },
      meeting,
    );
    return reply.page(<EntryPage view={view} />);
  });

  app.post(newEntryPath(), timeAccess, async (req, reply) => {
    const actor = requireSignedIn(req);
    const [roles, tandems] = await Promise.all([
      mentorRoles(db(req), actor.userId),
      mentorTandems(db(req), actor.userId),
    ]);
    if (roles.length === 0) throw notFound();
    const values = submitted(req.body);
    const found = await meetingOf(req, actor.userId, values.treffen);
    // Only a held meeting is linked; a meeting cancelled meanwhile still names the tandem.
    const meeting = found?.status === 'held' ? found : null;
    const render = async (status: number, extra: Partial<EntryView>) =>
      reply.page(
        <EntryPage
          view={
            await formView(
              req,
              actor.userId,
              { mode: 'new', action: newEntryPath(), values, ...extra },
              meeting,
            )
          }
        />,
        status,
      );
    if (meeting) {
      const existing = await entryForMeeting(db(req), actor.userId, meeting.id);
      if (existing) return render(409, { existingEntryId: existing.id });
    }
    const checked = checkEntry(req, {
      programmeIds: programmeIdsOf(roles),
      tandems,
      fixed: found ? { programmeId: found.programmeId, tandemId: found.tandemId } : undefined,
    });
    if (!checked.ok) return render(422, { errors: checked.errors });
    const outcome = await createTimeEntry(db(req), actor.userId, {
      ...checked.values,
      meetingId: meeting?.id ?? null,
    });
    if (!outcome.ok) {
      const existing = meeting ? await entryForMeeting(db(req), actor.userId, meeting.id) : null;
      return render(409, { existingEntryId: existing?.id });
    }
    return reply
      .flash('success', 'tandems.time.flash.created')
      .redirect(yearPath(yearOf(checked.values.on)), 303);
  });

  app.get<EntryParams>(entryPath(':entryId'), timeAccess, async (req, reply) => {
    const actor = requireSignedIn(req);
    const entry = await ownEntry(db(req), actor.userId, req.params.entryId);
    if (!entry) throw notFound();
    const meeting = entry.meetingId ? await mentorMeeting(db(req), actor.userId, entry.meetingId) : null;
    const view = await formView(
      req,
      actor.userId,
      { mode: 'edit', action: entryPath(entry.id), values: entryValues(entry), entryId: entry.id },
      meeting,
    );
    return reply.page(<EntryPage view={view} />);
  });

  app.post<EntryParams>(entryPath(':entryId'), timeAccess, async (req, reply) => {
    const actor = requireSignedIn(req);
    const entry = await ownEntry(db(req), actor.userId, req.params.entryId);
    if (!entry) throw notFound();
    const [roles, tandems] = await Promise.all([
      mentorRoles(db(req), actor.userId),
      mentorTandems(db(req), actor.userId),
    ]);
    const checked = checkEntry(req, {
      programmeIds: [...new Set([...programmeIdsOf(roles), entry.programmeId])],
      tandems,
      fixed: entry.meetingId ? { programmeId: entry.programmeId, tandemId: entry.tandemId } : undefined,
    });
    if (!checked.ok) {
      const meeting = entry.meetingId ? await mentorMeeting(db(req), actor.userId, entry.meetingId) : null;
      const view = await formView(
        req,
        actor.userId,
        {
          mode: 'edit',
          action: entryPath(entry.id),
          values: submitted(req.body),
          errors: checked.errors,
          entryId: entry.id,
        },
        meeting,
      );
      return reply.page(<EntryPage view={view} />, 422);
    }
    if (!(await updateTimeEntry(db(req), actor.userId, entry.id, checked.values))) throw notFound();
    return reply
      .flash('success', 'tandems.time.flash.updated')
      .redirect(yearPath(yearOf(checked.values.on)), 303);
  });

  app.post<EntryParams>(`${entryPath(':entryId')}/loeschen`, timeAccess, async (req, reply) => {
    const actor = requireSignedIn(req);
    const entry = await ownEntry(db(req), actor.userId, req.params.entryId);
    if (!entry || !(await deleteTimeEntry(db(req), actor.userId, entry.id))) throw notFound();
    return reply.flash('success', 'tandems.time.flash.deleted').redirect(yearPath(yearOf(entry.on)), 303);
  });
}
