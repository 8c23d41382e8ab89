import type { AppServer } from './server.ts';

/**
 * The mails to an address, as the server prints each when no SMTP server is set. The demo's mail
 * viewer shows only the demo logins' mails (ADR 0014), so a newcomer's are read from the log.
 */
export function mailsInServerLog(server: AppServer, to: string) {
  return server
    .output()
    .split('\n')
    .flatMap((line) => {
      try {
        const msg = (JSON.parse(line) as { msg?: unknown }).msg;
        if (typeof msg !== 'string' || !msg.includes(`An: ${to}\n`)) return [];
        const subject = /Betreff: (.*)\n/.exec(msg)?.[1] ?? '';
        const text = msg
          .slice(msg.indexOf('\n\n', msg.indexOf('Betreff:')))
          .split('=====')[0]!
          .trim();
        return [{ subject, text, links: text.match(/https?:\/\/[^\s<>"')]+/g) ?? [] }];
      } catch {
        return [];
      }
    });
}

export async function mailFromServerLog(server: AppServer, to: string, subject: string | RegExp) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = mailsInServerLog(server, to).find((m) =>
      typeof subject === 'string' ? m.subject === subject : subject.test(m.subject),
    );
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} with subject ${subject} in the log`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
