import { currentTotp } from '../../src/features/accounts/index.ts';
import { COORDINATOR } from './intake-seed.ts';
import { cookiesOf, csrfField } from './participant.ts';

type Jar = Map<string, string>;

const header = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** GET with the jar's cookies; keeps what the response sets and returns the page's _csrf token. */
async function formToken(url: string, jar: Jar): Promise<string> {
  const res = await fetch(url, { redirect: 'manual', headers: { cookie: header(jar) } });
  const html = await res.text();
  for (const [k, v] of cookiesOf(res)) jar.set(k, v);
  const token = csrfField.exec(html)?.[1];
  if (res.status !== 200 || !token || !jar.has('kt_csrf'))
    throw new Error(`GET ${url}: status ${res.status}, _csrf ${token ? 'found' : 'missing'}`);
  return token;
}

async function postForm(url: string, jar: Jar, fields: Record<string, string>): Promise<Response> {
  const res = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header(jar) },
    body: new URLSearchParams(fields).toString(),
  });
  await res.arrayBuffer();
  for (const [k, v] of cookiesOf(res)) jar.set(k, v);
  return res;
}

/**
 * Logs the coordinator in like a browser: password on /anmelden, then the TOTP code on /anmelden/2fa
 * (with a new CSRF token, bound to the half-signed-in session). Returns the Cookie header.
 */
export async function logInCoordinator(baseUrl: string): Promise<string> {
  const jar: Jar = new Map();
  const first = await postForm(`${baseUrl}/anmelden`, jar, {
    email: COORDINATOR.email,
    password: COORDINATOR.password,
    _csrf: await formToken(`${baseUrl}/anmelden`, jar),
  });
  const next = first.headers.get('location') ?? '';
  if (first.status !== 303 || !next.startsWith('/anmelden/2fa') || !jar.has('kt_session'))
    throw new Error(`POST /anmelden: status ${first.status}, location ${next || 'none'}`);
  const pending = jar.get('kt_session');
  const second = await postForm(`${baseUrl}${next}`, jar, {
    code: currentTotp(COORDINATOR.totpSecret, new Date()),
    _csrf: await formToken(`${baseUrl}${next}`, jar),
  });
  if (second.status !== 303 || jar.get('kt_session') === pending)
    throw new Error(
      `POST /anmelden/2fa: status ${second.status}, new session ${jar.get('kt_session') !== pending}`,
    );
  return `kt_csrf=${jar.get('kt_csrf')}; kt_session=${jar.get('kt_session')}`;
}
