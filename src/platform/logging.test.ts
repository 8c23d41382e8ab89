import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/helpers/app.ts';
import { TestClient } from '../../test/helpers/client.ts';
import { createUser, linkIn, loginAs, mailsTo, PASSWORD } from '../../test/helpers/factories.ts';
import { queuedJobs } from '../../test/support/accounts.ts';
import { logSafeUrl } from '../app.ts';

const lines: string[] = [];
const t = useTestApp({ logStream: { write: (line) => void lines.push(line) } });
let jobs: ReturnType<typeof queuedJobs>;
beforeAll(async () => {
  jobs = queuedJobs(t);
});

describe('structured logs', () => {
  it('carry request id and user id, never passwords, tokens or session ids', async () => {
    const user = await createUser(t.db, { email: 'log@example.org' });
    const client = await loginAs(t, user);
    await client.get('/konto');
    await new TestClient(t.app, '10.6.0.1').post(
      '/passwort-vergessen',
      { email: user.email },
      { tokenFrom: '/passwort-vergessen' },
    );
    await jobs.run();
    const [mail] = await mailsTo(t.db, user.email);
    const resetLink = linkIn(mail!.text, '/passwort-vergessen/neu?token=');
    await new TestClient(t.app, '10.6.0.2').get(resetLink);

    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const accountRequest = entries.find((e) => (e.req as { url?: string } | undefined)?.url === '/konto');
    expect(accountRequest?.reqId).toMatch(/^[0-9a-f-]{36}$/);
    const completed = entries.find((e) => e.reqId === accountRequest?.reqId && e.msg === 'request completed');
    expect(completed?.userId).toBe(user.id);

    const all = lines.join('\n');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(client.cookies.get('kt_session')!);
    expect(all).not.toContain(new URL(resetLink, 'http://x').searchParams.get('token')!);
    expect(all).not.toContain('kt_csrf');
  });

  it('hide the secret of a calendar feed in every spelling the router accepts', () => {
    const token = 'Zk9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo';
    for (const url of [
      `/kalender/${token}.ics`,
      `/kalender/${token}.ics/`,
      `/kalender/${token}`,
      `/kalender/${token}.ics?x=1`,
      `/kalender/kurz.ics`,
    ])
      expect(logSafeUrl(url)).toBe('/kalender/[verborgen]');
    expect(logSafeUrl('/kalender')).toBe('/kalender');
    expect(logSafeUrl('/kalender/erneuern')).toBe('/kalender/erneuern');
    expect(logSafeUrl('/konto?weiter=/x')).toBe('/konto');
  });
});
