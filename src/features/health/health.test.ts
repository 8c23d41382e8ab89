import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';

const t = useTestApp();

describe('health endpoints', () => {
  it('answers 200 on /healthz and /readyz while the database answers', async () => {
    expect((await t.app.inject('/healthz')).statusCode).toBe(200);
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('answers 503 on /readyz when the database is gone, while /healthz stays 200', async () => {
    await t.app.deps.database.close();
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable' });
    expect((await t.app.inject('/healthz')).statusCode).toBe(200);
  });

  it('shows the German 500 page, without internals, when a page cannot be built', async () => {
    const res = await t.app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(500);
    expect(res.body).toContain(
      'Bei uns ist ein Fehler aufgetreten. Ihre bisher gespeicherten Daten sind sicher.',
    );
    expect(res.body).not.toMatch(/at \S+ \(|Error:|PGlite|pg_/);
  });
});
