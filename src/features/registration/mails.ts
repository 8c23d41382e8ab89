import type { Role } from '../../db/schema/registration.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { MailContent } from '../../mail/render.tsx';
import type { Programme } from '../programmes/index.ts';

const roleKey = (roles: Role[]): MessageKey =>
  roles.length === 2
    ? 'registration.mail.received.both'
    : roles[0] === 'mentor'
      ? 'registration.mail.received.mentor'
      : 'registration.mail.received.mentee';

export const registrationMails = {
  received: (name: string, programme: Programme, roles: Role[], verifyUrl: string | null): MailContent => ({
    template: 'registration.received',
    subject: 'registration.mail.received.subject',
    paragraphs: [
      roleKey(roles),
      'registration.mail.received.next',
      ...(verifyUrl ? (['registration.mail.received.verify'] as const) : []),
    ],
    action: verifyUrl ? { label: 'mail.verify.action', url: verifyUrl } : undefined,
    after: ['registration.mail.received.contact'],
    vars: { name, programme: programme.name, contact: programme.contactEmail },
  }),
  signInFirst: (name: string, url: string): MailContent => ({
    template: 'registration.sign-in-first',
    subject: 'registration.mail.signInFirst.subject',
    paragraphs: ['registration.mail.signInFirst.body'],
    action: { label: 'registration.mail.signInFirst.action', url },
    after: ['mail.notYou'],
    vars: { name },
  }),
  question: (
    programme: Programme,
    asker: { name: string; email: string },
    question: string,
  ): MailContent => ({
    template: 'registration.eligibility-question',
    subject: 'registration.mail.question.subject',
    paragraphs: ['registration.mail.question.body', 'registration.mail.question.text'],
    vars: {
      name: programme.agency,
      programme: programme.name,
      asker: asker.name,
      email: asker.email,
      question,
    },
  }),
  questionReceived: (name: string, programme: Programme): MailContent => ({
    template: 'registration.eligibility-question-received',
    subject: 'registration.mail.questionReceived.subject',
    paragraphs: ['registration.mail.questionReceived.body'],
    vars: { name, programme: programme.name },
  }),
};
