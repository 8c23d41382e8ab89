import type { MailContent } from '../../../mail/render.tsx';

/*
 * Mails about the agreement say only that something happened and link to the workspace: the
 * agreement's text stays on the platform, readable by the two members only.
 */
export const agreementMail = (
  kind: 'changed' | 'confirmed',
  v: { name: string; programme: string; url: string },
): MailContent => ({
  template: `tandems.agreement.${kind}`,
  subject: `tandems.agreement.mail.${kind}.subject`,
  paragraphs: [`tandems.agreement.mail.${kind}.body`, 'tandems.agreement.mail.confidential'],
  action: { label: 'tandems.agreement.mail.action', url: v.url },
  vars: { name: v.name, programme: v.programme },
});
