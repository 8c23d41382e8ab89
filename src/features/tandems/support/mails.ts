import type { MailContent } from '../../../mail/render.tsx';

/** The programme's contact address hears of a request, without its message. */
export const supportMail = (v: { agency: string; programme: string; url: string }): MailContent => ({
  template: 'tandems.help.support',
  subject: 'tandems.help.mail.support.subject',
  paragraphs: ['tandems.help.mail.support.body'],
  action: { label: 'tandems.help.mail.support.action', url: v.url },
  vars: { name: v.agency, programme: v.programme },
});
