import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../platform/forms.ts';
import { formRateLimit } from '../../../platform/rate-limit.ts';
import { setSessionCookie } from '../../../platform/session.ts';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import { setupForm } from '../schema.ts';
import { completeSetup } from '../service/admin.ts';
import { peekToken } from '../service/tokens.ts';
import { SetupPage } from '../views/setup.tsx';

const invalidLink = <MessagePage title="token.invalid.title" text="token.invalid.setup" />;

/** The first administrator, through the one-time link printed on the console. */
export function registerSetupRoutes(app: FastifyInstance) {
  const deps = app.deps;

  app.get('/einrichtung', { config: { access: 'admin.setup' } }, async (req, reply) => {
    const token = (req.query as { token?: string }).token ?? '';
    if (!(await peekToken(deps.database.db, 'setup_admin', token, deps.clock())))
      return reply.page(invalidLink, 400);
    return reply.page(<SetupPage token={token} />);
  });

  app.post('/einrichtung', { config: { access: 'admin.setup', ...formRateLimit } }, async (req, reply) => {
    const form = parseForm(setupForm, req.body);
    const token = String((req.body as { token?: unknown })?.token ?? '');
    if (!form.ok)
      return reply.page(<SetupPage token={token} values={form.values} errors={form.errors} />, 422);
    const result = await completeSetup(deps, { ...form.data, ip: req.ip });
    if (!result.ok && result.reason === 'invalid-token') return reply.page(invalidLink, 400);
    if (!result.ok) {
      const { name, email } = form.data;
      return reply.page(
        <SetupPage token={token} values={{ name, email }} errors={{ email: 'form.email.taken' }} />,
        422,
      );
    }
    setSessionCookie(reply, result.value.token, result.value.expiresAt);
    return reply.flash('info', 'setup.done').redirect('/konto/2fa', 303);
  });
}
