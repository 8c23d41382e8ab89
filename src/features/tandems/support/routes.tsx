import type { FastifyInstance } from 'fastify';
import { type MemberTandem, memberAccess, requireMember, type TandemParams } from '../../../access/index.ts';
import { parseForm } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { endedReply, isWritable } from '../core/state.tsx';
import { tandemPath } from '../paths.ts';
import { ownCases } from './queries.ts';
import { supportForm } from './schema.ts';
import { requestSupport } from './service.ts';
import { memberPageBase } from './views/Back.tsx';
import { SupportPage } from './views/SupportPage.tsx';

/** /tandems/:id/unterstuetzung: a member asks the coordinators for support (the partner never sees it). */
export function registerSupport(app: FastifyInstance) {
  const db = app.deps.database.db;
  const supportPage = async (tandem: MemberTandem, values?: Record<string, string>, errors?: FormErrors) => (
    <SupportPage
      view={{
        ...memberPageBase(tandem, values, errors),
        own: await ownCases(db, tandem.tandem.id, tandem.me.userId),
        ended: !isWritable(tandem),
        contactEmail: tandem.programme.contactEmail,
      }}
    />
  );

  app.get<TandemParams>(tandemPath(':id', 'unterstuetzung'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    return reply.page(await supportPage(tandem));
  });

  app.post<TandemParams>(tandemPath(':id', 'unterstuetzung'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    const form = parseForm(supportForm, req.body);
    if (!form.ok) return reply.page(await supportPage(tandem, form.values, form.errors), 422);
    await requestSupport(app.deps, tandem, form.data.grund, form.data.nachricht);
    return reply
      .flash('success', 'tandems.help.flash.requested')
      .redirect(tandemPath(tandem.tandem.id, 'unterstuetzung'), 303);
  });
}
