import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseForm } from '../../../platform/forms.ts';
import {
  enforceFailureLimit,
  enforceLimits,
  failureLimitReached,
  limits,
} from '../../../platform/rate-limit.ts';
import { clearSessionCookie, setSessionCookie } from '../../../platform/session.ts';
import { loginForm, mfaCodeForm, safeReturnPath } from '../schema.ts';
import { attemptLogin, logout } from '../service/login.ts';
import { completeMfaLogin } from '../service/mfa.ts';
import { LoginPage, MfaLoginPage, UnverifiedPage } from '../views/login.tsx';

/** The address as the login form normalises it (the limits run on valid forms only). */
const submittedEmail = (req: FastifyRequest) =>
  String((req.body as { email?: unknown })?.email ?? '')
    .trim()
    .toLowerCase();

/** Login (password, then the second factor where enrolled) and logout. */
export function registerSessionRoutes(app: FastifyInstance) {
  const deps = app.deps;
  const perIp = app.createRateLimit({ ...limits.loginPerIp, keyGenerator: (req) => `login-ip|${req.ip}` });
  // Keyed by the submitted address whether or not it has an account: the answers do not tell them apart.
  const perAccountAndIp = app.createRateLimit({
    ...limits.loginPerAccountAndIp,
    keyGenerator: (req) => `login-account-ip|${submittedEmail(req)}|${req.ip}`,
  });
  const perAccount = app.createRateLimit({
    ...limits.loginPerAccountSlowdown,
    keyGenerator: (req) => `login-account|${submittedEmail(req)}`,
  });
  const perMfaUser = app.createRateLimit({
    ...limits.mfaPerUser,
    keyGenerator: (req) => `mfa|${req.actor.kind === 'anonymous' ? req.actor.pendingMfaUserId : ''}`,
  });

  app.get('/anmelden', { config: { access: 'session.start' } }, async (req, reply) => {
    const weiter = (req.query as { weiter?: string }).weiter;
    return reply.page(<LoginPage values={weiter ? { weiter: safeReturnPath(weiter) } : {}} />);
  });

  app.post('/anmelden', { config: { access: 'session.start' } }, async (req, reply) => {
    // Per IP every attempt counts. Per address only failed ones, so the owner's logins never use them
    // up: from one IP they stop the guessing at that address; from anywhere they only slow it down, so
    // that someone who knows the address cannot lock its owner out (ADR 0013).
    await enforceLimits(req, [perIp]);
    const form = parseForm(loginForm, req.body);
    if (!form.ok) return reply.page(<LoginPage values={form.values} errors={form.errors} />, 422);
    await enforceFailureLimit(req, perAccountAndIp);
    if (await failureLimitReached(req, perAccount)) await sleep(limits.loginPerAccountSlowdown.delayMs);
    const result = await attemptLogin(deps, { ...form.data, ip: req.ip, previousSessionId: req.session?.id });
    if (!result.ok && result.reason === 'invalid') {
      await perAccountAndIp(req);
      await perAccount(req);
      return reply.page(
        <LoginPage values={{ email: form.data.email, weiter: form.data.weiter ?? '' }} failed />,
        401,
      );
    }
    if (!result.ok) return reply.page(<UnverifiedPage email={form.data.email} />, 403);
    const { session, mfa, mustEnrolMfa } = result.value;
    setSessionCookie(reply, session.token, session.expiresAt);
    if (mfa) {
      return reply.redirect(
        `/anmelden/2fa?weiter=${encodeURIComponent(safeReturnPath(form.data.weiter))}`,
        303,
      );
    }
    if (mustEnrolMfa) return reply.flash('warning', 'mfa.requiredNotice').redirect('/konto/2fa', 303);
    return reply.flash('success', 'login.success').redirect(safeReturnPath(form.data.weiter), 303);
  });

  app.get('/anmelden/2fa', { config: { access: 'session.mfa' } }, async (_req, reply) =>
    reply.page(<MfaLoginPage />),
  );

  app.post('/anmelden/2fa', { config: { access: 'session.mfa' } }, async (req, reply) => {
    await enforceLimits(req, [perIp]);
    await enforceFailureLimit(req, perMfaUser);
    const form = parseForm(mfaCodeForm, req.body);
    if (!form.ok) return reply.page(<MfaLoginPage errors={form.errors} />, 422);
    const pending = req.session!;
    const done = await completeMfaLogin(deps, pending.id, pending.user.id, form.data.code, req.ip);
    if (!done.ok) {
      await perMfaUser(req);
      return reply.page(<MfaLoginPage errors={{ code: 'form.mfaCode.wrong' }} />, 422);
    }
    setSessionCookie(reply, done.value.token, done.value.expiresAt);
    const weiter = (req.query as { weiter?: string }).weiter;
    return reply.flash('success', 'login.success').redirect(safeReturnPath(weiter), 303);
  });

  app.post('/abmelden', { config: { access: 'session.end' } }, async (req, reply) => {
    if (req.session) await logout(deps, req.session.id, req.session.user.id, req.ip);
    clearSessionCookie(reply);
    return reply.flash('success', 'logout.success').redirect('/', 303);
  });
}
