import type { FastifyInstance } from 'fastify';
import { type MemberTandem, memberAccess, requireMember, type TandemParams } from '../../../access/index.ts';
import { parseForm } from '../../../platform/forms.ts';
import { tandemPath } from '../paths.ts';
import { memberPageBase } from '../support/views/Back.tsx';
import { ownFeedback } from './queries.ts';
import { feedbackForm } from './schema.ts';
import { giveFeedback } from './service.ts';
import { FeedbackPage, type FeedbackState } from './views/FeedbackPage.tsx';

/** /tandems/:id/rueckmeldung: each member's feedback, once, after the end. */
export function registerFeedback(app: FastifyInstance) {
  const db = app.deps.database.db;
  const feedbackState = async (tandem: MemberTandem): Promise<FeedbackState> =>
    tandem.tandem.status !== 'ended'
      ? 'notEnded'
      : (await ownFeedback(db, tandem.tandem.id, tandem.side))
        ? 'given'
        : 'open';

  app.get<TandemParams>(tandemPath(':id', 'rueckmeldung'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    return reply.page(
      <FeedbackPage view={{ ...memberPageBase(tandem), state: await feedbackState(tandem) }} />,
    );
  });

  app.post<TandemParams>(tandemPath(':id', 'rueckmeldung'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    const state = await feedbackState(tandem);
    if (state !== 'open')
      return reply.page(<FeedbackPage view={{ ...memberPageBase(tandem), state }} />, 409);
    const form = parseForm(feedbackForm, req.body);
    if (!form.ok)
      return reply.page(
        <FeedbackPage view={{ ...memberPageBase(tandem, form.values, form.errors), state }} />,
        422,
      );
    const saved = await giveFeedback(app.deps, tandem, {
      satisfaction: Number(form.data.zufriedenheit),
      goalsReached: form.data.ziele,
      wouldRecommend: form.data.empfehlen === 'yes',
      wouldMentor: form.data.mentorin,
      comment: form.data.kommentar,
    });
    if (!saved.ok)
      return reply.page(<FeedbackPage view={{ ...memberPageBase(tandem), state: 'given' }} />, 409);
    return reply.flash('success', 'tandems.help.flash.feedback').redirect(tandemPath(tandem.tandem.id), 303);
  });
}
