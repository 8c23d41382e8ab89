import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireSignedIn } from '../../access/index.ts';
import { notFound } from '../../platform/errors.ts';
import { parseForm } from '../../platform/forms.ts';
import type { FormErrors } from '../../ui/context.ts';
import { MARK_ALL_READ_PATH, NOTIFICATIONS_PATH, PREFERENCES_PATH, targetPath } from './paths.ts';
import { findOwnNotification, notificationsOf, preferencesOf, unreadCount } from './queries.ts';
import { choiceOf, EXPERT_CHOICES, listQuery, MAIL_CHOICES, preferencesForm } from './schema.ts';
import { markAllRead, markRead, savePreferences } from './service.ts';
import { registerUnsubscribe } from './unsubscribe/routes.tsx';
import { NotificationsPage } from './views/NotificationsPage.tsx';
import { PreferencesPage } from './views/PreferencesPage.tsx';

type IdParams = { Params: { id: string } };

const access = { config: { access: 'community.view' } } as const;

/**
 * /benachrichtigungen: the list, opening one (marks it read, leads to the post), marking all read;
 * /konto/benachrichtigungen: how often mails come. Also the unread count for the header.
 */
export function registerNotifications(app: FastifyInstance) {
  const deps = app.deps;
  const db = deps.database.db;
  registerUnsubscribe(app);

  // The header's count: one indexed count for signed-in pages (GET, not an htmx fragment without header).
  app.decorateRequest('unreadNotifications', undefined);
  app.addHook('preHandler', async (req) => {
    if (req.method !== 'GET' || req.session?.stage !== 'full') return;
    if (req.headers['hx-request'] === 'true' && req.headers['hx-boosted'] !== 'true') return;
    req.unreadNotifications = await unreadCount(db, req.session.user.id);
  });

  app.get(NOTIFICATIONS_PATH, access, async (req, reply) => {
    const actor = requireSignedIn(req);
    const { seite } = listQuery.parse(req.query ?? {});
    return reply.page(<NotificationsPage list={await notificationsOf(db, actor.userId, seite)} />);
  });

  app.post(MARK_ALL_READ_PATH, access, async (req, reply) => {
    const actor = requireSignedIn(req);
    await markAllRead(deps, actor.userId);
    return reply.flash('success', 'notifications.flash.allRead').redirect(NOTIFICATIONS_PATH, 303);
  });

  app.get<IdParams>(`${NOTIFICATIONS_PATH}/:id`, access, async (req, reply) => {
    const actor = requireSignedIn(req);
    const found = await findOwnNotification(db, actor.userId, req.params.id);
    if (!found) throw notFound();
    await markRead(deps, actor.userId, found.id);
    return reply.redirect(targetPath(found), 303);
  });

  const preferencesPage = async (
    req: FastifyRequest,
    values?: Record<string, string>,
    errors?: FormErrors,
  ) => {
    const actor = requireSignedIn(req);
    const saved = await preferencesOf(db, actor.userId);
    const shown = values ?? {
      haeufigkeit: choiceOf(MAIL_CHOICES, saved.mail) ?? 'woechentlich',
      fragen: choiceOf(EXPERT_CHOICES, saved.expertQuestions) ?? 'ja',
    };
    return <PreferencesPage mentor={saved.mentor} values={shown} errors={errors} />;
  };

  app.get(PREFERENCES_PATH, access, async (req, reply) => reply.page(await preferencesPage(req)));

  app.post(PREFERENCES_PATH, access, async (req, reply) => {
    const actor = requireSignedIn(req);
    const form = parseForm(preferencesForm, req.body);
    if (!form.ok) return reply.page(await preferencesPage(req, form.values, form.errors), 422);
    const { mentor } = await preferencesOf(db, actor.userId);
    if (mentor && !form.data.fragen) {
      const values = { haeufigkeit: form.data.haeufigkeit };
      return reply.page(await preferencesPage(req, values, { fragen: 'notifications.error.expert' }), 422);
    }
    await savePreferences(deps, actor.userId, {
      mail: MAIL_CHOICES[form.data.haeufigkeit],
      expertQuestions: mentor && form.data.fragen ? EXPERT_CHOICES[form.data.fragen] : undefined,
    });
    return reply.flash('success', 'notifications.flash.saved').redirect(PREFERENCES_PATH, 303);
  });
}
