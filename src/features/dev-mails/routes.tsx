import type { FastifyInstance } from 'fastify';
import { demoPeople } from '../../demo/seed.ts';
import { notFound } from '../../platform/errors.ts';
import { findMail, listMails, type MailScope } from './queries.ts';
import { MailDetail, MailList } from './views/Mails.tsx';

/**
 * The outbox viewer. Registered only in development and demo mode: in production these paths are 404.
 * In demo mode anyone who reaches the demo may open it, so it shows only the mails to the seeded demo
 * logins: a password-reset or verification link for an account someone signed up with on the demo is
 * never shown (ADR 0014). Such a mail answers 404, as if it did not exist.
 */
export function registerDevMails(app: FastifyInstance) {
  const db = app.deps.database.db;
  const demo = app.deps.config.mode === 'demo';
  const scope: MailScope = demo
    ? { kind: 'only', recipients: demoPeople.map((p) => p.email) }
    : { kind: 'all' };
  app.get('/dev/mails', { config: { access: 'dev.mails.view' } }, async (_req, reply) =>
    reply.page(<MailList mails={await listMails(db, scope)} demo={demo} />),
  );
  app.get('/dev/mails/:id', { config: { access: 'dev.mails.view' } }, async (req, reply) => {
    const mail = await findMail(db, (req.params as { id: string }).id, scope);
    if (!mail) throw notFound();
    return reply.page(<MailDetail mail={mail} />);
  });
  app.get('/dev/mails/:id/html', { config: { access: 'dev.mails.view' } }, async (req, reply) => {
    const mail = await findMail(db, (req.params as { id: string }).id, scope);
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
