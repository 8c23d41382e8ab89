import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isHttps } from '../config.ts';
import { csrfUserInfo } from './context.tsx';
import { HttpError } from './errors.ts';
import { pgRateLimitStore, TooManyRequests } from './rate-limit.ts';

const require = createRequire(import.meta.url);
const kernDist = join(dirname(require.resolve('@kern-ux/native/package.json')), 'dist');
const htmxFile = require.resolve('htmx.org/dist/htmx.min.js');
const ownStatic = fileURLToPath(new URL('../ui/static', import.meta.url));

/** Cookies, form bodies, security headers, CSRF, rate limits and static files. */
export async function registerHttp(app: FastifyInstance) {
  const { config, database, clock } = app.deps;
  const https = isHttps(config);
  app.decorate('sessionCookie', {
    cookieName: https ? '__Host-kt_session' : 'kt_session',
    secure: https,
  });

  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only means something, and only is safe, under https.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    store: pgRateLimitStore(database.db, clock),
    errorResponseBuilder: (_req, ctx) => new TooManyRequests(Math.ceil(ctx.ttl / 1000)),
  });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: https ? '__Host-kt_csrf' : 'kt_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: https, signed: true },
    // The token is bound to the session: a token from another session fails.
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: `${config.sessionSecret}:csrf` },
    getToken: (req) =>
      (req.body as Record<string, string> | undefined)?._csrf ?? (req.headers['x-csrf-token'] as string),
  });
  // Before CSRF, every rate limit and every handler: PostgreSQL refuses NUL in text, so a NUL in a
  // query string, a form field (urlencoded or multipart) or a path parameter is answered here with 400.
  app.addHook('preHandler', async (req) => {
    if (containsNul(req.query) || containsNul(req.body) || containsNul(req.params))
      throw new HttpError(400, 'error.controlCharacter.text');
  });
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return done();
    // A route authorized by a signed token in its URL, not by the session (see config.csrfExempt).
    if (req.routeOptions.config.csrfExempt === 'signed-token') return done();
    app.csrfProtection(req, reply, done);
  });

  const staticOptions = { decorateReply: false, maxAge: '1d', index: false as const };
  await app.register(fastifyStatic, { root: kernDist, prefix: '/static/kern/', ...staticOptions });
  await app.register(fastifyStatic, { root: ownStatic, prefix: '/static/', ...staticOptions });
  app.get('/static/htmx.min.js', { config: { access: 'public.view' } }, (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(createReadStream(htmxFile)),
  );
}

/**
 * Whether a parsed query string or form body (urlencoded or multipart fields) holds a NUL character,
 * in a name or a value. Uploaded file contents (buffers) are data, not text, and are not looked at.
 */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || depth > 32) return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\0') || containsNul(v, depth + 1));
}
