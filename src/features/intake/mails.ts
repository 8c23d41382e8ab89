import type { Role } from '../../db/schema/registration.ts';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import type { MailContent } from '../../mail/render.tsx';

/** "Mentee und Mentor*in": the roles a mail is about, in the reader's language. */
export const roleList = (t: Translate, roles: readonly { role: Role }[]) =>
  roles.map((r) => t(`participant.role.${r.role}` as MessageKey)).join(t('intake.list.and'));

/**
 * Mails of the intake pipeline, to the participant, in their language. A person registered in
 * several roles gets one mail for them all, naming the roles (`roles`); with one role it is left out.
 */
export const intakeMails = {
  scheduled: (v: {
    name: string;
    programme: string;
    date: string;
    time: string;
    contact: string;
    rescheduled: boolean;
    roles?: string;
  }): MailContent => ({
    template: v.rescheduled ? 'intake.rescheduled' : 'intake.scheduled',
    subject: v.rescheduled ? 'intake.mail.rescheduled.subject' : 'intake.mail.scheduled.subject',
    paragraphs: [
      v.rescheduled ? 'intake.mail.rescheduled.body' : 'intake.mail.scheduled.body',
      ...(v.roles ? (['intake.mail.scheduled.roles'] as const) : []),
      'intake.mail.scheduled.when',
      'intake.mail.scheduled.calendar',
      'intake.mail.scheduled.change',
    ],
    vars: {
      name: v.name,
      programme: v.programme,
      date: v.date,
      time: v.time,
      contact: v.contact,
      roles: v.roles ?? '',
    },
  }),
  /** The coordinator's own words, as edited in the form. */
  declined: (v: { name: string; programme: string; text: string; roles?: string }): MailContent => ({
    template: 'intake.declined',
    subject: 'intake.mail.declined.subject',
    paragraphs: ['intake.mail.declined.body', ...(v.roles ? (['intake.mail.declined.roles'] as const) : [])],
    vars: { name: v.name, programme: v.programme, text: v.text, roles: v.roles ?? '' },
  }),
};
