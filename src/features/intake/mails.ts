import type { MailContent } from '../../mail/render.tsx';

/** Mails of the intake pipeline, to the participant, in their language. */
export const intakeMails = {
  scheduled: (v: {
    name: string;
    programme: string;
    date: string;
    time: string;
    contact: string;
    rescheduled: boolean;
  }): MailContent => ({
    template: v.rescheduled ? 'intake.rescheduled' : 'intake.scheduled',
    subject: v.rescheduled ? 'intake.mail.rescheduled.subject' : 'intake.mail.scheduled.subject',
    paragraphs: [
      v.rescheduled ? 'intake.mail.rescheduled.body' : 'intake.mail.scheduled.body',
      'intake.mail.scheduled.when',
      'intake.mail.scheduled.calendar',
      'intake.mail.scheduled.change',
    ],
    vars: { name: v.name, programme: v.programme, date: v.date, time: v.time, contact: v.contact },
  }),
  /** The coordinator's own words, as edited in the form. */
  declined: (v: { name: string; programme: string; text: string }): MailContent => ({
    template: 'intake.declined',
    subject: 'intake.mail.declined.subject',
    paragraphs: ['intake.mail.declined.body'],
    vars: v,
  }),
};
