import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../platform/forms.ts';
import { formRateLimit } from '../../../platform/rate-limit.ts';
import { clearSessionCookie } from '../../../platform/session.ts';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import { emailForm, resetForm } from '../schema.ts';
import { requestPasswordReset, resetPassword } from '../service/password.ts';
import { peekToken } from '../service/tokens.ts';
import { ForgotPage, ResetPage } from '../views/password.tsx';

const invalidLink = (
  <MessagePage
    title="token.invalid.title"
    text="token.invalid.reset"
    next={{ href: '/passwort-vergessen', label: 'forgot.again' }}
  />
);

/** Forgotten password: request a link, then set a new password with it. */
export function registerPasswordRoutes(app: FastifyInstance) {
  const deps = app.deps;

  app.get('/passwort-vergessen', { config: { access: 'public.view' } }, async (_req, reply) =>
    reply.page(<ForgotPage />),
  );

  app.post(
    '/passwort-vergessen',
    { config: { access: 'public.view', ...formRateLimit } },
    async (req, reply) => {
      const form = parseForm(emailForm, req.body);
      if (!form.ok) return reply.page(<ForgotPage values={form.values} errors={form.errors} />, 422);
      await requestPasswordReset(deps, form.data.email, req.ip);
      return reply.redirect('/passwort-vergessen/gesendet', 303);
    },
  );

  app.get('/passwort-vergessen/gesendet', { config: { access: 'public.view' } }, async (_req, reply) =>
    reply.page(<MessagePage title="forgot.sent.title" text="forgot.sent.text" />),
  );

  app.get('/passwort-vergessen/neu', { config: { access: 'public.view' } }, async (req, reply) => {
    const token = (req.query as { token?: string }).token ?? '';
    if (!(await peekToken(deps.database.db, 'reset_password', token, deps.clock())))
      return reply.page(invalidLink, 400);
    return reply.page(<ResetPage token={token} />);
  });

  app.post(
    '/passwort-vergessen/neu',
    { config: { access: 'public.view', ...formRateLimit } },
    async (req, reply) => {
      const form = parseForm(resetForm, req.body);
      if (!form.ok) {
        const token =
          typeof (req.body as { token?: unknown })?.token === 'string'
            ? (req.body as { token: string }).token
            : '';
        return reply.page(<ResetPage token={token} errors={form.errors} />, 422);
      }
      if (!(await resetPassword(deps, form.data.token, form.data.password, req.ip)).ok)
        return reply.page(invalidLink, 400);
      // Every session of the account ended, this browser's included.
      clearSessionCookie(reply);
      return reply.flash('success', 'reset.done').redirect('/anmelden', 303);
    },
  );
}
