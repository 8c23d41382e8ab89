import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/errors.ts';
import { findMail, listMails } from './queries.ts';
import { MailDetail, MailList } from './views/Mails.tsx';

/** The outbox viewer. Registered only in development and demo mode: in production these paths are 404. */
export function registerDevMails(app: FastifyInstance) {
  const db = app.deps.database.db;
  app.get('/dev/mails', { config: { access: 'dev.mails.view' } }, async (_req, reply) =>
    reply.page(<MailList mails={await listMails(db)} />),
  );
  app.get('/dev/mails/:id', { config: { access: 'dev.mails.view' } }, async (req, reply) => {
    const mail = await findMail(db, (req.params as { id: string }).id);
    if (!mail) throw notFound();
    return reply.page(<MailDetail mail={mail} />);
  });
  app.get('/dev/mails/:id/html', { config: { access: 'dev.mails.view' } }, async (req, reply) => {
    const mail = await findMail(db, (req.params as { id: string }).id);
    if (!mail) throw notFound();
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
      )
      .send(mail.html);
  });
}
