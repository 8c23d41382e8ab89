import type { MailContent } from '../../mail/render.tsx';

/** The account mails. Only links, never passwords or codes; every link is single-use and expires. */
export const accountMails = {
  verifyEmail: (name: string, url: string): MailContent => ({
    template: 'accounts.verify-email',
    subject: 'mail.verify.subject',
    paragraphs: ['mail.verify.body'],
    action: { label: 'mail.verify.action', url },
    after: ['mail.linkValid24h', 'mail.notYou'],
    vars: { name },
  }),
  signupExisting: (name: string, loginUrl: string, resetUrl: string): MailContent => ({
    template: 'accounts.signup-existing',
    subject: 'mail.signupExisting.subject',
    paragraphs: ['mail.signupExisting.body'],
    action: { label: 'mail.signupExisting.action', url: loginUrl },
    after: ['mail.signupExisting.reset', 'mail.notYou'],
    vars: { name, resetUrl },
  }),
  resetPassword: (name: string, url: string): MailContent => ({
    template: 'accounts.reset-password',
    subject: 'mail.reset.subject',
    paragraphs: ['mail.reset.body'],
    action: { label: 'mail.reset.action', url },
    after: ['mail.linkValid1h', 'mail.notYou'],
    vars: { name },
  }),
  passwordResetDone: (name: string, resetUrl: string): MailContent => ({
    template: 'accounts.password-reset-done',
    subject: 'mail.resetDone.subject',
    paragraphs: ['mail.resetDone.body', 'mail.securityHint'],
    vars: { name, resetUrl },
  }),
  passwordChanged: (name: string, resetUrl: string): MailContent => ({
    template: 'accounts.password-changed',
    subject: 'mail.passwordChanged.subject',
    paragraphs: ['mail.passwordChanged.body', 'mail.securityHint'],
    vars: { name, resetUrl },
  }),
  confirmNewEmail: (name: string, url: string): MailContent => ({
    template: 'accounts.confirm-new-email',
    subject: 'mail.changeEmail.subject',
    paragraphs: ['mail.changeEmail.body'],
    action: { label: 'mail.changeEmail.action', url },
    after: ['mail.linkValid24h', 'mail.notYou'],
    vars: { name },
  }),
  emailChanged: (name: string, newEmail: string, resetUrl: string): MailContent => ({
    template: 'accounts.email-changed',
    subject: 'mail.emailChanged.subject',
    paragraphs: ['mail.emailChanged.body', 'mail.securityHint'],
    vars: { name, newEmail, resetUrl },
  }),
  mfaChanged: (name: string, enabled: boolean, resetUrl: string): MailContent => ({
    template: enabled ? 'accounts.mfa-enabled' : 'accounts.mfa-disabled',
    subject: enabled ? 'mail.mfaEnabled.subject' : 'mail.mfaDisabled.subject',
    paragraphs: [enabled ? 'mail.mfaEnabled.body' : 'mail.mfaDisabled.body', 'mail.securityHint'],
    vars: { name, resetUrl },
  }),
  adminInvite: (url: string): MailContent => ({
    template: 'accounts.admin-invite',
    subject: 'mail.adminInvite.subject',
    paragraphs: ['mail.adminInvite.body'],
    action: { label: 'mail.adminInvite.action', url },
    after: ['mail.linkValid24h'],
    vars: { name: '' },
  }),
};
