import { germanGender } from '../../i18n/grammar.ts';
import type { MailContent } from '../../mail/render.tsx';

/** The mail imported people get: who brought their data here, and a link to set a password. */
export const importMails = {
  invitation: (
    name: string,
    programme: { name: string; agency: string; contactEmail: string },
    url: string,
  ): MailContent => ({
    template: 'imports.invitation',
    subject: 'imports.mail.subject',
    paragraphs: ['imports.mail.body', 'imports.mail.data', 'imports.mail.next'],
    action: { label: 'imports.mail.action', url },
    after: ['imports.mail.valid', 'imports.mail.notYou'],
    vars: {
      name,
      programme: programme.name,
      agency: programme.agency,
      // German needs the agency's article: "Die Agentur für kommunalen Klimaschutz lädt Sie ein".
      agencyGender: germanGender(programme.agency),
      contact: programme.contactEmail,
    },
  }),
};
