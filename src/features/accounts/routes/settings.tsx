import type { FastifyInstance, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { requireSignedIn } from '../../../access/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import { clearSessionCookie, setSessionCookie } from '../../../platform/session.ts';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import type { FormErrors } from '../../../ui/context.ts';
import { countUnusedRecoveryCodes } from '../queries.ts';
import {
  changeEmailForm,
  changePasswordForm,
  confirmPasswordForm,
  disableMfaForm,
  mfaCodeForm,
  tokenForm,
} from '../schema.ts';
import { confirmEmailChange, requestEmailChange } from '../service/email.ts';
import { logoutEverywhere } from '../service/login.ts';
import { beginEnrolment, confirmEnrolment, disableMfa, renewRecoveryCodes } from '../service/mfa.ts';
import { changePassword } from '../service/password.ts';
import { AccountPage, type AccountView } from '../views/account.tsx';
import { MfaManagePage, MfaSetupPage, RecoveryCodesPage } from '../views/mfa.tsx';
import { VerifyPage } from '../views/signup.tsx';

/** The signed-in actor with the account of the session (its second-factor state, its address). */
function signedIn(req: FastifyRequest) {
  const actor = requireSignedIn(req);
  if (!req.session) throw notFound();
  return { actor, session: req.session, user: req.session.user };
}

/** The form error a refused change names (e.g. a wrong current password). */
const refusalErrors = (r: { field?: { name: string; message: MessageKey } }): FormErrors =>
  r.field ? { [r.field.name]: r.field.message } : {};

const mfaRequired = (kind: string) => kind === 'coordinator' || kind === 'admin';

function accountView(req: FastifyRequest): AccountView {
  const { actor, user } = signedIn(req);
  return {
    name: user.name,
    email: user.email,
    roleLabel:
      actor.kind === 'admin'
        ? 'role.admin'
        : actor.kind === 'coordinator'
          ? 'role.coordinator'
          : 'role.participant',
    mfaEnabled: user.totpEnabledAt !== null,
    mfaRequired: mfaRequired(actor.kind),
  };
}

/** /konto: password, email, second factor, signing out everywhere. */
export function registerSettingsRoutes(app: FastifyInstance) {
  const deps = app.deps;
  const accountPage = (req: FastifyRequest, errors?: FormErrors, values?: Record<string, string>) => (
    <AccountPage account={accountView(req)} errors={errors} values={values} />
  );

  app.get('/konto', { config: { access: 'account.manage' } }, async (req, reply) =>
    reply.page(accountPage(req)),
  );

  app.post('/konto/passwort', { config: { access: 'account.manage' } }, async (req, reply) => {
    const { user } = signedIn(req);
    const form = parseForm(changePasswordForm, req.body);
    if (!form.ok) return reply.page(accountPage(req, form.errors), 422);
    const changed = await changePassword(deps, { userId: user.id, ...form.data, ip: req.ip });
    if (!changed.ok) return reply.page(accountPage(req, refusalErrors(changed)), 422);
    setSessionCookie(reply, changed.value.token, changed.value.expiresAt);
    return reply.flash('success', 'account.passwordChanged').redirect('/konto', 303);
  });

  app.post('/konto/email', { config: { access: 'account.manage' } }, async (req, reply) => {
    const { user } = signedIn(req);
    const form = parseForm(changeEmailForm, req.body);
    if (!form.ok) return reply.page(accountPage(req, form.errors, form.values), 422);
    const { email, emailCurrentPassword } = form.data;
    const result = await requestEmailChange(deps, {
      userId: user.id,
      email,
      currentPassword: emailCurrentPassword,
      ip: req.ip,
    });
    if (!result.ok) return reply.page(accountPage(req, refusalErrors(result), { email }), 422);
    return reply.flash('info', 'account.emailChangeSent').redirect('/konto', 303);
  });

  // The link in the mail; a button confirms, so that mail scanners do not use the token up.
  app.get('/konto/email/bestaetigen', { config: { access: 'public.view' } }, async (req, reply) => {
    const token = (req.query as { token?: string }).token ?? '';
    return reply.page(<VerifyPage token={token} action="/konto/email/bestaetigen" />);
  });

  app.post('/konto/email/bestaetigen', { config: { access: 'public.view' } }, async (req, reply) => {
    const form = parseForm(tokenForm, req.body);
    if (!form.ok || !(await confirmEmailChange(deps, form.data.token, req.ip)).ok) {
      return reply.page(<MessagePage title="token.invalid.title" text="token.invalid.email" />, 400);
    }
    return reply
      .flash('success', 'account.emailChanged')
      .redirect(req.actor.kind === 'anonymous' ? '/anmelden' : '/konto', 303);
  });

  app.post('/konto/abmelden-ueberall', { config: { access: 'account.manage' } }, async (req, reply) => {
    const { user } = signedIn(req);
    await logoutEverywhere(deps, user.id, req.ip);
    clearSessionCookie(reply);
    return reply.flash('success', 'account.loggedOutEverywhere').redirect('/anmelden', 303);
  });

  const setupPage = async (req: FastifyRequest, errors?: FormErrors) => {
    const { actor, user } = signedIn(req);
    const { secret, uri } = await beginEnrolment(deps, user);
    const qrDataUrl = await QRCode.toDataURL(uri, { margin: 1, width: 200 });
    return (
      <MfaSetupPage
        secret={secret}
        qrDataUrl={qrDataUrl}
        required={mfaRequired(actor.kind)}
        errors={errors}
      />
    );
  };
  const managePage = async (req: FastifyRequest, errors?: FormErrors) => {
    const { actor, user } = signedIn(req);
    const remaining = await countUnusedRecoveryCodes(deps.database.db, user.id);
    return <MfaManagePage remaining={remaining} canDisable={!mfaRequired(actor.kind)} errors={errors} />;
  };

  app.get('/konto/2fa', { config: { access: 'account.manage' } }, async (req, reply) => {
    const { user } = signedIn(req);
    return reply.page(user.totpEnabledAt ? await managePage(req) : await setupPage(req));
  });

  app.post('/konto/2fa', { config: { access: 'account.manage' } }, async (req, reply) => {
    const { user } = signedIn(req);
    if (user.totpEnabledAt) return reply.redirect('/konto/2fa', 303);
    const form = parseForm(mfaCodeForm, req.body);
    if (!form.ok) return reply.page(await setupPage(req, form.errors), 422);
    const result = await confirmEnrolment(deps, user.id, form.data.code, req.ip);
    if (!result.ok) return reply.page(await setupPage(req, refusalErrors(result)), 422);
    const { session, codes } = result.value;
    setSessionCookie(reply, session.token, session.expiresAt);
    return reply.page(<RecoveryCodesPage codes={codes} />);
  });

  app.post(
    '/konto/2fa/wiederherstellungscodes',
    { config: { access: 'account.manage' } },
    async (req, reply) => {
      const { user } = signedIn(req);
      const form = parseForm(confirmPasswordForm, req.body);
      if (!form.ok) return reply.page(await managePage(req, form.errors), 422);
      const codes = await renewRecoveryCodes(deps, user.id, form.data.currentPassword, req.ip);
      if (!codes.ok) return reply.page(await managePage(req, refusalErrors(codes)), 422);
      return reply.page(<RecoveryCodesPage codes={codes.value} />);
    },
  );

  app.post('/konto/2fa/deaktivieren', { config: { access: 'account.manage' } }, async (req, reply) => {
    const { actor, user } = signedIn(req);
    if (mfaRequired(actor.kind))
      return reply.page(await managePage(req, { disablePassword: 'mfa.cannotDisable' }), 422);
    const form = parseForm(disableMfaForm, req.body);
    if (!form.ok) return reply.page(await managePage(req, form.errors), 422);
    const disabled = await disableMfa(deps, user.id, form.data.disablePassword, req.ip);
    if (!disabled.ok) return reply.page(await managePage(req, refusalErrors(disabled)), 422);
    return reply.flash('success', 'mfa.disabled').redirect('/konto', 303);
  });
}
