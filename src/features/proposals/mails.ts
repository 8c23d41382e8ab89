import type { Role } from '../../db/schema/registration.ts';
import type { MailContent } from '../../mail/render.tsx';

interface Vars {
  /** The recipient. */
  name: string;
  programme: string;
  /** The proposal's page; the mail names no partner, the page does. */
  url: string;
}

const action = (url: string) => ({ label: 'proposals.mail.action' as const, url });
const backToPool = (role: Role) =>
  role === 'mentee' ? 'proposals.mail.backToPool.mentee' : 'proposals.mail.backToPool.mentor';

/** A proposal that ended without a tandem: the person is back in the pool. */
const closedMail = (kind: 'declined' | 'expired', v: Vars & { role: Role }): MailContent => ({
  template: `proposals.${kind}`,
  subject: `proposals.mail.${kind}.subject`,
  paragraphs: [`proposals.mail.${kind}.body`, backToPool(v.role)],
  action: action(v.url),
  after: ['proposals.mail.questions'],
  vars: { name: v.name, programme: v.programme },
});

/** Mails about a proposal, to one of its two people, in their language. */
export const proposalMails = {
  created: (v: Vars & { role: Role; deadline: string }): MailContent => ({
    template: 'proposals.created',
    subject: 'proposals.mail.new.subject',
    paragraphs: [
      v.role === 'mentee' ? 'proposals.mail.new.bodyMentee' : 'proposals.mail.new.bodyMentor',
      'proposals.mail.new.next',
    ],
    action: action(v.url),
    after: ['proposals.mail.questions'],
    vars: { name: v.name, programme: v.programme, deadline: v.deadline },
  }),
  reminder: (v: Vars & { deadline: string }): MailContent => ({
    template: 'proposals.reminder',
    subject: 'proposals.mail.reminder.subject',
    paragraphs: ['proposals.mail.reminder.body'],
    action: action(v.url),
    after: ['proposals.mail.questions'],
    vars: { name: v.name, programme: v.programme, deadline: v.deadline },
  }),
  tandem: (v: Vars): MailContent => ({
    template: 'proposals.tandem',
    subject: 'proposals.mail.tandem.subject',
    paragraphs: ['proposals.mail.tandem.body', 'proposals.mail.tandem.next'],
    action: action(v.url),
    vars: { name: v.name, programme: v.programme },
  }),
  /** Never with the reason: that is for the coordinators only. */
  declined: (v: Vars & { role: Role }) => closedMail('declined', v),
  expired: (v: Vars & { role: Role }) => closedMail('expired', v),
};
