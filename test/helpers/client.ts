import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

const csrfPattern = /name="_csrf" value="([^"]+)"/;

/** A browser stand-in for app.inject: keeps cookies and reads CSRF tokens from the pages it gets. */
export class TestClient {
  cookies = new Map<string, string>();
  lastToken: string | undefined;

  constructor(
    readonly app: FastifyInstance,
    readonly ip = '127.0.0.1',
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      // Cleared cookies come back empty, with max-age 0 or dated 1970 (the app's clock may differ from ours).
      const expired =
        c.value === '' || (c.expires && c.expires.getTime() < 946_684_800_000) || c.maxAge === 0;
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = csrfPattern.exec(res.body)?.[1];
    if (token) this.lastToken = token;
  }

  async get(url: string, headers: Record<string, string> = {}) {
    const res = await this.app.inject({
      method: 'GET',
      url,
      remoteAddress: this.ip,
      headers: { cookie: this.cookieHeader(), accept: 'text/html', ...headers },
    });
    this.remember(res);
    return res;
  }

  /** A token valid for this client's current session (fetched from a page when none is at hand). */
  async token(from = '/') {
    await this.get(from);
    return this.lastToken!;
  }

  /** Posts a form like a browser: with this client's cookies and, unless told otherwise, a CSRF token. */
  async post(
    url: string,
    fields: Record<string, string | string[]> = {},
    options: { csrf?: string | false; tokenFrom?: string } = {},
  ) {
    const token =
      options.csrf === false ? undefined : (options.csrf ?? (await this.token(options.tokenFrom ?? '/')));
    // A field given as a list is sent once per value, as a browser sends ticked checkboxes.
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      for (const v of [value].flat()) params.append(name, v);
    }
    if (token) params.append('_csrf', token);
    const body = params.toString();
    const res = await this.app.inject({
      method: 'POST',
      url,
      remoteAddress: this.ip,
      headers: {
        cookie: this.cookieHeader(),
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      payload: body,
    });
    this.remember(res);
    return res;
  }

  /** Posts a form with a file like a browser: multipart, the CSRF token as a field. */
  async upload(
    url: string,
    fields: Record<string, string>,
    file: { field: string; name: string; type: string; content: Buffer },
    options: { tokenFrom?: string } = {},
  ) {
    const token = await this.token(options.tokenFrom ?? '/');
    const boundary = `----klimatandem${Math.random().toString(16).slice(2)}`;
    const part = (headers: string, content: Buffer | string) => [
      Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`),
      Buffer.from(content),
      Buffer.from('\r\n'),
    ];
    const payload = Buffer.concat([
      ...Object.entries({ _csrf: token, ...fields }).flatMap(([k, v]) =>
        part(`Content-Disposition: form-data; name="${k}"`, v),
      ),
      ...part(
        `Content-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}`,
        file.content,
      ),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const res = await this.app.inject({
      method: 'POST',
      url,
      remoteAddress: this.ip,
      headers: {
        cookie: this.cookieHeader(),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        accept: 'text/html',
      },
      payload,
    });
    this.remember(res);
    return res;
  }
}

/** The visible text of a page, for assertions about what a user reads. */
export function text(html: string) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
