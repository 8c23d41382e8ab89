import type { EndKind } from '../../../db/schema/matching.ts';
import type { MailContent } from '../../../mail/render.tsx';

/* Mails about support and the end of a tandem carry no contents: no message, no reason. */

/**
 * The end, told to one member, with the feedback form. How it ended decides what they read: after a
 * re-match the mentee learns what happens next; after an end by the members she is invited to mentor.
 */
export const endedMail = (v: {
  name: string;
  programme: string;
  url: string;
  kind: EndKind;
  mentee: boolean;
  become: string | null;
  /** Planned meetings the end cancelled. */
  cancelled: number;
}): MailContent => {
  const rematch = v.kind === 'rematch' && v.mentee;
  const byCoordination = v.kind === 'rematch' || v.kind === 'coordination';
  return {
    template: rematch ? 'tandems.help.rematch' : 'tandems.help.ended',
    subject: rematch ? 'tandems.help.mail.rematch.subject' : 'tandems.help.mail.ended.subject',
    paragraphs: [
      rematch
        ? 'tandems.help.mail.rematch.body'
        : byCoordination
          ? 'tandems.help.mail.ended.bodyCoordination'
          : 'tandems.help.mail.ended.body',
      ...(v.cancelled > 0 ? (['tandems.help.mail.ended.cancelled'] as const) : []),
      ...(rematch ? (['tandems.help.mail.rematch.next'] as const) : []),
      'tandems.help.mail.ended.feedback',
      ...(v.become && v.mentee && !byCoordination ? (['tandems.help.mail.ended.becomeMentor'] as const) : []),
    ],
    action: { label: 'tandems.help.mail.ended.action', url: v.url },
    vars: { name: v.name, programme: v.programme, become: v.become ?? '', count: v.cancelled },
  };
};

/** The coordinators hear of an early end; the reason they read after signing in. */
export const earlyEndMail = (v: { agency: string; programme: string; url: string }): MailContent => ({
  template: 'tandems.help.earlyEnd',
  subject: 'tandems.help.mail.earlyEnd.subject',
  paragraphs: ['tandems.help.mail.earlyEnd.body'],
  action: { label: 'tandems.help.mail.earlyEnd.action', url: v.url },
  vars: { name: v.agency, programme: v.programme },
});
