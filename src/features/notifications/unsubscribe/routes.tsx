import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { uploadScope } from '../../../platform/uploads.ts';
import { UNSUBSCRIBE_PATH, unsubscribePath } from './mail.ts';
import { unsubscribe } from './service.ts';
import { readUnsubscribeToken } from './token.ts';
import { BadUnsubscribeLinkPage, UnsubscribedPage, UnsubscribePage } from './views.tsx';

const tokenQuery = z.object({ token: z.string().max(200).catch('') }).catch({ token: '' });

/**
 * /benachrichtigungen/abbestellen?token=…: the one-click unsubscribe of every mail of the community
 * area, without login. The signed token (`token.ts`) is the only authority: it names the person.
 * GET shows a page with one button and changes nothing, because mail scanners open links; POST
 * switches the mails off, from that button or from a mail client (RFC 8058).
 */
export function registerUnsubscribe(app: FastifyInstance) {
  const deps = app.deps;

  const verified = (req: FastifyRequest) => {
    const { token } = tokenQuery.parse(req.query ?? {});
    return token ? { token, found: readUnsubscribeToken(deps.config.sessionSecret, token) } : null;
  };
  const refuse = (reply: FastifyReply) => reply.page(<BadUnsubscribeLinkPage />, 400);

  app.get(UNSUBSCRIBE_PATH, { config: { access: 'public.view' } }, async (req, reply) => {
    const link = verified(req);
    if (!link?.found) return refuse(reply);
    return reply.page(<UnsubscribePage action={unsubscribePath(link.token)} />);
  });

  // Mail clients POST `List-Unsubscribe=One-Click` as a form, urlencoded or multipart (RFC 8058 §3.1),
  // so the route takes both in a scope of its own; the body's contents do not matter.
  app.register(async (outer) =>
    uploadScope(outer, { files: 0, fieldSize: 1024 }, (scope) => {
      scope.post(
        UNSUBSCRIBE_PATH,
        {
          config: {
            access: 'public.view',
            // No CSRF check here, and only here: a mail client's one-click POST (RFC 8058) comes from
            // outside any session and cannot carry a CSRF token. CSRF protects a session's authority;
            // this route uses none. Its authority is the signed token in the URL, which only the mail's
            // recipient has; a forged request without it is refused, and with it can do no more than the
            // mail already offers its reader: stop that one person's community mails.
            csrfExempt: 'signed-token',
          },
        },
        async (req, reply) => {
          const link = verified(req);
          if (!link?.found || !(await unsubscribe(deps, link.found.userId))) return refuse(reply);
          return reply.page(<UnsubscribedPage />);
        },
      );
    }),
  );
}
