import type { FastifyInstance } from 'fastify';
import { requireSignedIn } from '../../../access/index.ts';
import { translator } from '../../../i18n/index.ts';
import { link } from '../../../mail/with-mails.ts';
import { notFound } from '../../../platform/errors.ts';
import { calendarEntry } from './entries.ts';
import { CALENDAR_TYPE, meetingsCalendar } from './ics.ts';
import { feedOwner, meetingsOfPerson } from './queries.ts';
import { ensureFeed, renewFeed } from './service.ts';
import { CalendarPage } from './views/CalendarPage.tsx';

export const CALENDAR_PATH = '/kalender';

/** A feed token as renewFeed makes them: 32 bytes, base64url. Anything else is not looked up. */
const TOKEN = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * /kalender: the signed-in person's private feed address. /kalender/<token>.ics: the feed itself,
 * public because calendar programs cannot sign in; the token is the only secret, and the request
 * log writes its path as /kalender/[verborgen] (see logSafeUrl in app.ts).
 */
export function registerCalendar(app: FastifyInstance) {
  const signedIn = { config: { access: 'tandems.member' as const } };
  const feedUrl = (token: string) => link(app.deps, `${CALENDAR_PATH}/${token}.ics`);

  app.get(CALENDAR_PATH, signedIn, async (req, reply) => {
    const feed = await ensureFeed(app.deps, requireSignedIn(req).userId);
    return reply.page(<CalendarPage feedUrl={feedUrl(feed.token)} />);
  });

  app.post(`${CALENDAR_PATH}/erneuern`, signedIn, async (req, reply) => {
    await renewFeed(app.deps, requireSignedIn(req).userId);
    return reply.flash('success', 'tandems.calendar.flash.renewed').redirect(CALENDAR_PATH, 303);
  });

  app.get<{ Params: { token: string } }>(
    `${CALENDAR_PATH}/:token`,
    { config: { access: 'public.view' } },
    async (req, reply) => {
      const token = TOKEN.exec(req.params.token)?.[1];
      const owner = token ? await feedOwner(app.deps.database.db, token) : null;
      if (!owner) throw notFound();
      const t = translator(owner.locale);
      const meetings = await meetingsOfPerson(app.deps.database.db, owner.userId);
      const body = meetingsCalendar({
        name: t('tandems.calendar.ics.feedName'),
        stamp: app.deps.clock(),
        ttl: 3600,
        meetings: meetings.map((m) => calendarEntry(app.deps.config, t, m, m.partnerName)),
      });
      return reply.type(CALENDAR_TYPE).header('cache-control', 'private, max-age=300').send(body);
    },
  );
}
