import type { MailContent } from '../../../mail/render.tsx';

/* Mails about a case's outcome carry no contents: no message, no note. */

/** A re-match decided after the tandem had ended already: the mentee learns she is first in line. */
export const priorityMail = (v: { name: string; programme: string; url: string }): MailContent => ({
  template: 'tandems.help.priority',
  subject: 'tandems.help.mail.rematch.subject',
  paragraphs: ['tandems.help.mail.rematch.bodyLater', 'tandems.help.mail.rematch.next'],
  action: { label: 'tandems.help.mail.rematch.action', url: v.url },
  vars: { name: v.name, programme: v.programme },
});

/** The requester hears that the coordinators named an additional contact person; who it is, they learn directly. */
export const contactMail = (v: { name: string; programme: string; url: string }): MailContent => ({
  template: 'tandems.help.contact',
  subject: 'tandems.help.mail.contact.subject',
  paragraphs: ['tandems.help.mail.contact.body'],
  action: { label: 'tandems.help.mail.contact.action', url: v.url },
  vars: { name: v.name, programme: v.programme },
});
