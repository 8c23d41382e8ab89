import type { MailExtras } from '../../../mail/outbox.ts';
import type { MailContent } from '../../../mail/render.tsx';
import { link, type ServiceDeps } from '../../../mail/with-mails.ts';
import { unsubscribeToken } from './token.ts';

/** The one-click unsubscribe page; the token in the query string (URLs are logged without it). */
export const UNSUBSCRIBE_PATH = '/benachrichtigungen/abbestellen';

export const unsubscribePath = (token: string) => `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`;

/**
 * What every mail of the community area carries to let its reader stop them without logging in: a
 * link at the end of the mail, and the List-Unsubscribe headers of RFC 2369 and RFC 8058, with which
 * a mail client offers its own button and POSTs `List-Unsubscribe=One-Click` to the same address.
 */
export function unsubscribeParts(
  deps: Pick<ServiceDeps, 'config'>,
  userId: string,
): { footer: NonNullable<MailContent['footer']>; extras: MailExtras } {
  const url = link(deps, unsubscribePath(unsubscribeToken(deps.config.sessionSecret, userId, 'austausch')));
  return {
    footer: [{ label: 'notifications.mail.unsubscribe', url }],
    extras: {
      headers: {
        'List-Unsubscribe': `<${url}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    },
  };
}
