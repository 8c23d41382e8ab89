import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../platform/forms.ts';
import { formRateLimit } from '../../../platform/rate-limit.ts';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import { acceptInvitation, findInvitation, invitationForm } from '../invitation.ts';
import { InvitationPage } from '../views/InvitationPage.tsx';

const invalidLink = (
  <MessagePage
    title="token.invalid.title"
    text="imports.invite.invalid"
    next={{ href: '/passwort-vergessen', label: 'imports.invite.forgot' }}
  />
);

/** The link in the invitation mail: set a password and confirm the privacy notice. */
export function registerInvitationRoutes(app: FastifyInstance) {
  const deps = app.deps;

  app.get('/einladung', { config: { access: 'public.view' } }, async (req, reply) => {
    const token = (req.query as { token?: string }).token ?? '';
    const invited = await findInvitation(deps, token);
    if (!invited) return reply.page(invalidLink, 400);
    return reply.page(<InvitationPage token={token} email={invited.email} />);
  });

  app.post('/einladung', { config: { access: 'public.view', ...formRateLimit } }, async (req, reply) => {
    const form = parseForm(invitationForm, req.body);
    if (!form.ok) {
      const token = form.values.token ?? '';
      const invited = await findInvitation(deps, token);
      if (!invited) return reply.page(invalidLink, 400);
      return reply.page(<InvitationPage token={token} email={invited.email} errors={form.errors} />, 422);
    }
    const { token, password } = form.data;
    if (!(await acceptInvitation(deps, { token, password, ip: req.ip })).ok)
      return reply.page(invalidLink, 400);
    return reply.flash('success', 'imports.invite.done').redirect('/anmelden', 303);
  });
}
