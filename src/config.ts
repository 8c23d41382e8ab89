import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { type MessageKey, translator } from './i18n/index.ts';

export type Mode = 'production' | 'development' | 'demo' | 'test';

export interface Config {
  mode: Mode;
  port: number;
  host: string;
  baseUrl: URL;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for rate limits and logs). */
  trustProxy: boolean;
}

/** A bad setting: main prints `message` as one line and exits non-zero. */
export class ConfigError extends Error {}

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

// Each variable is parsed on its own so that the error names exactly the variable at fault.
const variables = {
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  /** Unset: 127.0.0.1 in demo mode (a demo is not meant to be reachable from other machines), else localhost. */
  HOST: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
  BASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
  DATABASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  SMTP_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().min(3).default('klimatandem <noreply@localhost>')),
  SESSION_SECRET: z.preprocess(emptyToUndefined, z.string().min(32).optional()),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  TRUST_PROXY: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
  NODE_ENV: z.preprocess(
    emptyToUndefined,
    z.enum(['production', 'development', 'test']).default('production'),
  ),
} as const;

const t = translator('de');

type Parsed = { [K in keyof typeof variables]: z.output<(typeof variables)[K]> };

export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { demo?: boolean } = {}): Config {
  const parsed = {} as Record<string, unknown>;
  for (const [name, schema] of Object.entries(variables)) {
    const result = schema.safeParse(env[name]);
    if (!result.success) {
      const hint = t(`config.hint.${name}` as MessageKey);
      throw new ConfigError(t('config.invalid', { name, value: JSON.stringify(env[name]), hint }));
    }
    parsed[name] = result.data;
  }
  const p = parsed as Parsed;
  const mode: Mode = options.demo ? 'demo' : p.NODE_ENV;
  const dataDir = resolve(p.DATA_DIR ?? (mode === 'demo' ? './data-demo' : './data'));
  const baseUrl = new URL(p.BASE_URL ?? `http://localhost:${p.PORT}`);
  let sessionSecret = p.SESSION_SECRET;
  if (!sessionSecret) {
    if (p.DATABASE_URL) {
      throw new ConfigError(t('config.sessionSecretRequired'));
    }
    sessionSecret = readOrCreateSecret(dataDir);
  }
  return {
    mode,
    port: p.PORT,
    host: p.HOST ?? (mode === 'demo' ? '127.0.0.1' : 'localhost'),
    baseUrl,
    dataDir,
    databaseUrl: p.DATABASE_URL,
    smtpUrl: p.SMTP_URL,
    mailFrom: p.MAIL_FROM,
    sessionSecret,
    logLevel: p.LOG_LEVEL,
    trustProxy: p.TRUST_PROXY === 'true',
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

export const isHttps = (config: Pick<Config, 'baseUrl'>) => config.baseUrl.protocol === 'https:';
