import type { FastifyInstance, FastifyRequest } from 'fastify';
import { communityAccess } from '../../../../access/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { parseForm, submittedValues } from '../../../../platform/forms.ts';
import { postPath } from '../../paths.ts';
import { requireReadableThread } from '../../routes/readable.ts';
import { reportPath } from '../paths.ts';
import { excerpt, postById } from '../queries.ts';
import { REASON_WORDS, reportForm } from '../schema.ts';
import { reportPost } from '../service/report.ts';
import { ReportPage } from '../views/ReportPage.tsx';

type ReportParams = { Params: { id: string; postId: string } };

/** "Melden" under every post but one's own: a reason and an optional note for the moderators. */
export function registerReports(app: FastifyInstance) {
  const path = reportPath(':id', ':postId');

  const reportable = async (req: FastifyRequest<ReportParams>) => {
    const found = await requireReadableThread(req, req.params.id);
    const post = await postById(app.deps.database.db, req.params.postId);
    if (!post || post.threadId !== found.thread.id || post.state !== 'visible') throw notFound();
    if (post.authorId === found.member.actor.userId) throw notFound();
    return { found, post };
  };
  const page = (threadId: string, postId: string, body: string) => ({
    threadId,
    postId,
    excerpt: excerpt(body),
    action: reportPath(threadId, postId),
  });

  app.get<ReportParams>(path, communityAccess, async (req, reply) => {
    const { found, post } = await reportable(req);
    return reply.page(<ReportPage {...page(found.thread.id, post.id, post.body)} />);
  });

  // A body limit above the note's own, so that a far too long note gets the form's message.
  app.post<ReportParams>(path, { ...communityAccess, bodyLimit: 512 * 1024 }, async (req, reply) => {
    const { found, post } = await reportable(req);
    const view = page(found.thread.id, post.id, post.body);
    const form = parseForm(reportForm, req.body);
    if (!form.ok) return reply.page(<ReportPage {...view} values={form.values} errors={form.errors} />, 422);
    const done = await reportPost(app.deps, found, post.id, {
      reason: REASON_WORDS[form.data.grund],
      note: form.data.notiz,
    });
    if (!done.ok) {
      const errors = { [done.field!.name]: done.field!.message };
      return reply.page(<ReportPage {...view} values={submittedValues(req.body)} errors={errors} />, 429);
    }
    return reply
      .flash('success', 'moderation.report.thanks')
      .redirect(postPath(found.thread.id, post.id), 303);
  });
}
