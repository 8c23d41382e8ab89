import type { MailContent } from '../../../mail/render.tsx';

/* Mails about support and the end of a tandem carry no contents: no message, no reason. */

export const supportMail = (v: { agency: string; programme: string; url: string }): MailContent => ({
  template: 'tandems.help.support',
  subject: 'tandems.help.mail.support.subject',
  paragraphs: ['tandems.help.mail.support.body'],
  action: { label: 'tandems.help.mail.support.action', url: v.url },
  vars: { name: v.agency, programme: v.programme },
});

export const endedMail = (v: {
  name: string;
  programme: string;
  url: string;
  become: string | null;
  /** Planned meetings the end cancelled. */
  cancelled: number;
}): MailContent => ({
  template: 'tandems.help.ended',
  subject: 'tandems.help.mail.ended.subject',
  paragraphs: [
    'tandems.help.mail.ended.body',
    ...(v.cancelled > 0 ? (['tandems.help.mail.ended.cancelled'] as const) : []),
    'tandems.help.mail.ended.feedback',
    ...(v.become ? (['tandems.help.mail.ended.becomeMentor'] as const) : []),
  ],
  action: { label: 'tandems.help.mail.ended.action', url: v.url },
  vars: { name: v.name, programme: v.programme, become: v.become ?? '', count: v.cancelled },
});

/** The coordinators hear of an early end; the reason they read after signing in. */
export const earlyEndMail = (v: { agency: string; programme: string; url: string }): MailContent => ({
  template: 'tandems.help.earlyEnd',
  subject: 'tandems.help.mail.earlyEnd.subject',
  paragraphs: ['tandems.help.mail.earlyEnd.body'],
  action: { label: 'tandems.help.mail.earlyEnd.action', url: v.url },
  vars: { name: v.agency, programme: v.programme },
});

/** The requester hears that the coordinators named an additional contact person; who it is, they learn directly. */
export const contactMail = (v: { name: string; programme: string; url: string }): MailContent => ({
  template: 'tandems.help.contact',
  subject: 'tandems.help.mail.contact.subject',
  paragraphs: ['tandems.help.mail.contact.body'],
  action: { label: 'tandems.help.mail.contact.action', url: v.url },
  vars: { name: v.name, programme: v.programme },
});
