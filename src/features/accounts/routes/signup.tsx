import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../platform/forms.ts';
import { formRateLimit } from '../../../platform/rate-limit.ts';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import { emailForm, signupForm, tokenForm } from '../schema.ts';
import { resendVerification, signUp, verifyEmail } from '../service/signup.ts';
import { ResendPage, SignupPage, VerifyPage } from '../views/signup.tsx';

/** Sign-up, the verification link, and sending that link again. */
export function registerSignupRoutes(app: FastifyInstance) {
  const deps = app.deps;

  app.get('/konto/erstellen', { config: { access: 'session.start' } }, async (_req, reply) =>
    reply.page(<SignupPage />),
  );

  app.post(
    '/konto/erstellen',
    { config: { access: 'session.start', ...formRateLimit } },
    async (req, reply) => {
      const form = parseForm(signupForm, req.body);
      if (!form.ok) return reply.page(<SignupPage values={form.values} errors={form.errors} />, 422);
      await signUp(deps, { ...form.data, locale: req.locale, ip: req.ip });
      return reply.redirect('/konto/erstellen/gesendet', 303);
    },
  );

  app.get('/konto/erstellen/gesendet', { config: { access: 'public.view' } }, async (_req, reply) =>
    reply.page(
      <MessagePage
        title="signup.sent.title"
        text="signup.sent.text"
        next={{ href: '/anmelden', label: 'nav.login' }}
      />,
    ),
  );

  app.get('/konto/bestaetigen', { config: { access: 'public.view' } }, async (req, reply) => {
    const token = (req.query as { token?: string }).token ?? '';
    return reply.page(<VerifyPage token={token} />);
  });

  app.post(
    '/konto/bestaetigen',
    { config: { access: 'public.view', ...formRateLimit } },
    async (req, reply) => {
      const form = parseForm(tokenForm, req.body);
      if (!form.ok || !(await verifyEmail(deps, form.data.token, req.ip))) {
        return reply.page(
          <MessagePage
            title="token.invalid.title"
            text="token.invalid.verify"
            next={{ href: '/konto/bestaetigen/erneut', label: 'verify.resendTitle' }}
          />,
          400,
        );
      }
      return reply.flash('success', 'verify.done').redirect('/anmelden', 303);
    },
  );

  app.get('/konto/bestaetigen/erneut', { config: { access: 'public.view' } }, async (_req, reply) =>
    reply.page(<ResendPage />),
  );

  app.post(
    '/konto/bestaetigen/erneut',
    { config: { access: 'public.view', ...formRateLimit } },
    async (req, reply) => {
      const form = parseForm(emailForm, req.body);
      if (!form.ok) return reply.page(<ResendPage values={form.values} errors={form.errors} />, 422);
      await resendVerification(deps, form.data.email);
      return reply.redirect('/konto/erstellen/gesendet', 303);
    },
  );
}
