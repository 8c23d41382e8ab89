import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Programme } from '../../../access/index.ts';
import { requireCoordinatedProgramme } from '../../../access/index.ts';
import { HttpError, notFound } from '../../../platform/errors.ts';
import { isUuid, parseForm } from '../../../platform/forms.ts';
import { can } from '../../../policy/index.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { findTopic, listAllTopics } from '../queries.ts';
import { moveForm, topicForm } from '../schema.ts';
import { addTopic, archiveTopic, moveTopic, renameTopic, restoreTopic } from '../service.ts';
import { renameKey, restoreKey, TopicsPage } from '../views/Topics.tsx';
import type { SlugParams } from './shared.ts';

type TopicParams = SlugParams & { id: string };

/** A programme's topic list: admins, and that programme's coordinators. */
export function registerTopics(app: FastifyInstance) {
  const db = app.deps.database.db;
  const access = { config: { access: 'programmes.topics' as const } };
  const base = (p: Programme) => `/programme/${p.slug}/themen`;

  /** Coordinators of another programme get the same 404 as for a programme that does not exist. */
  const programmeFor = (req: FastifyRequest<{ Params: SlugParams }>) =>
    requireCoordinatedProgramme(req, req.params.slug, 'programmes.topics');

  async function topicFor(req: FastifyRequest<{ Params: TopicParams }>) {
    const programme = await programmeFor(req);
    const topic = isUuid(req.params.id) ? await findTopic(db, programme.id, req.params.id) : null;
    if (!topic) throw notFound();
    return { programme, topic };
  }

  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    programme: Programme,
    failed?: { errors: FormErrors; values: Record<string, string> },
  ) {
    const all = await listAllTopics(db, programme.id);
    return reply.page(
      <TopicsPage
        programme={programme}
        active={all.filter((t) => !t.archivedAt)}
        archived={all
          .filter((t) => t.archivedAt)
          .sort((a, b) => b.archivedAt!.getTime() - a.archivedAt!.getTime())}
        showAdminLink={can(req.actor, 'programmes.edit')}
        errors={failed?.errors}
        values={failed?.values}
      />,
      failed ? 422 : 200,
    );
  }

  app.get<{ Params: SlugParams }>('/programme/:slug/themen', access, async (req, reply) =>
    render(req, reply, await programmeFor(req)),
  );

  app.post<{ Params: SlugParams }>('/programme/:slug/themen', access, async (req, reply) => {
    const programme = await programmeFor(req);
    const form = parseForm(topicForm, req.body);
    if (!form.ok) return render(req, reply, programme, form);
    const result = await addTopic(db, programme.id, form.data.label);
    if (!result.ok) {
      const errors = result.field ? { [result.field.name]: result.field.message } : {};
      return render(req, reply, programme, { errors, values: form.data });
    }
    return reply
      .flash('success', 'programmes.topics.added')
      .redirect(`${base(programme)}#aktuelle-themen`, 303);
  });

  app.post<{ Params: TopicParams }>('/programme/:slug/themen/:id', access, async (req, reply) => {
    const { programme, topic } = await topicFor(req);
    const key = renameKey(topic.id);
    const form = parseForm(topicForm, req.body);
    if (!form.ok) {
      const failed = { errors: { [key]: form.errors.label }, values: { [key]: form.values.label ?? '' } };
      return render(req, reply, programme, failed);
    }
    const result = await renameTopic(db, programme.id, topic.id, form.data.label);
    if (!result.ok && result.reason === 'not-found') throw notFound();
    if (!result.ok) {
      const failed = {
        errors: { [key]: 'programmes.topics.duplicate' as const },
        values: { [key]: form.data.label },
      };
      return render(req, reply, programme, failed);
    }
    return reply
      .flash('success', 'programmes.topics.renamed')
      .redirect(`${base(programme)}#thema-${topic.id}`, 303);
  });

  app.post<{ Params: TopicParams }>('/programme/:slug/themen/:id/position', access, async (req, reply) => {
    const { programme, topic } = await topicFor(req);
    const form = parseForm(moveForm, req.body);
    if (!form.ok) throw new HttpError(400, 'error.badRequest.text');
    if (!(await moveTopic(db, programme.id, topic.id, form.data.richtung)).ok) throw notFound();
    return reply
      .flash('success', 'programmes.topics.moved')
      .redirect(`${base(programme)}#thema-${topic.id}`, 303);
  });

  app.post<{ Params: TopicParams }>('/programme/:slug/themen/:id/archiv', access, async (req, reply) => {
    const { programme, topic } = await topicFor(req);
    if (!(await archiveTopic(db, programme.id, topic.id, app.deps.clock())).ok) throw notFound();
    return reply
      .flash('success', 'programmes.topics.archivedDone')
      .redirect(`${base(programme)}#archivierte-themen`, 303);
  });

  app.post<{ Params: TopicParams }>(
    '/programme/:slug/themen/:id/wiederherstellen',
    access,
    async (req, reply) => {
      const { programme, topic } = await topicFor(req);
      const result = await restoreTopic(db, programme.id, topic.id);
      if (!result.ok && result.reason === 'not-found') throw notFound();
      if (!result.ok) {
        const failed = {
          errors: { [restoreKey(topic.id)]: 'programmes.topics.restoreDuplicate' as const },
          values: {},
        };
        return render(req, reply, programme, failed);
      }
      return reply
        .flash('success', 'programmes.topics.restored')
        .redirect(`${base(programme)}#thema-${topic.id}`, 303);
    },
  );
}
