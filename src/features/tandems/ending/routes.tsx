import type { FastifyInstance } from 'fastify';
import { memberAccess, requireMember, type TandemParams } from '../../../access/index.ts';
import { parseForm } from '../../../platform/forms.ts';
import { endedReply, isWritable } from '../core/state.tsx';
import { tandemPath } from '../paths.ts';
import { memberPageBase } from '../support/views/Back.tsx';
import { endForm } from './schema.ts';
import { endByMember } from './service.ts';
import { EndPage } from './views/EndPage.tsx';

/** /tandems/:id/ende: a member ends the tandem, as planned or early with a reason. */
export function registerEnding(app: FastifyInstance) {
  app.get<TandemParams>(tandemPath(':id', 'ende'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    return reply.page(<EndPage view={memberPageBase(tandem)} />);
  });

  app.post<TandemParams>(tandemPath(':id', 'ende'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    const form = parseForm(endForm, req.body);
    if (!form.ok) return reply.page(<EndPage view={memberPageBase(tandem, form.values, form.errors)} />, 422);
    const reason = form.data.art === 'early' ? form.data.grund : '';
    const ended = await endByMember(app.deps, tandem, form.data.art, reason);
    if (!ended.ok) return endedReply(reply, tandem);
    return reply
      .flash('success', 'tandems.help.flash.ended')
      .redirect(tandemPath(tandem.tandem.id, 'rueckmeldung'), 303);
  });
}
