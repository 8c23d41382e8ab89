import { startAppServer } from '../lib/app-server.ts';
import { cookiesOf, csrfField, PARTICIPANT, seedParticipant } from '../lib/participant.ts';
import { median, note, report, round } from '../lib/report.ts';
import { tempDir } from '../lib/tmp.ts';

/** The form allows 20 posts per IP in 15 minutes: one warm-up and nine timed posts for each kind. */
const ROUNDS = 10;

/** Milliseconds of one POST /passwort-vergessen (the form's GET before it is not timed). */
async function timeReset(baseUrl: string, email: string): Promise<number> {
  const form = await fetch(`${baseUrl}/passwort-vergessen`);
  const token = csrfField.exec(await form.text())?.[1];
  const csrf = cookiesOf(form).get('kt_csrf');
  if (!token || !csrf) throw new Error(`GET /passwort-vergessen: status ${form.status}, no CSRF token`);
  const start = performance.now();
  const res = await fetch(`${baseUrl}/passwort-vergessen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `kt_csrf=${csrf}` },
    body: new URLSearchParams({ email, _csrf: token }),
  });
  await res.arrayBuffer();
  const ms = performance.now() - start;
  if (res.status !== 303) throw new Error(`POST /passwort-vergessen answered ${res.status}`);
  return ms;
}

/**
 * The password-reset request for a known and for an unknown address, alternating, on the real server
 * (PGlite): the medians should be the same, since the request only queues a job either way.
 */
export async function resetTiming(): Promise<void> {
  const dir = tempDir('reset');
  try {
    await seedParticipant({ dataDir: dir.dataDir });
    const server = await startAppServer({ dataDir: dir.dataDir });
    try {
      note('pglite: POST /passwort-vergessen, known and unknown addresses alternating');
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const k = await timeReset(server.baseUrl, PARTICIPANT.email);
        const u = await timeReset(server.baseUrl, `niemand-${i}@example.org`);
        if (i === 0) continue; // warm-up
        known.push(k);
        unknown.push(u);
      }
      report({
        case: 'reset_request_ms',
        database: 'pglite',
        samples: known.length,
        known_median_ms: round(median(known), 1),
        unknown_median_ms: round(median(unknown), 1),
        difference_ms: round(median(known) - median(unknown), 1),
      });
    } finally {
      await server.stop();
    }
  } finally {
    dir.remove();
  }
}
