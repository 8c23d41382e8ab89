import { ConfigError, loadConfig } from './config.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoPeople, seedDemo } from './demo/seed.ts';
import { issueSetupLinkIfNoAdmin } from './features/accounts/index.ts';
import { translator } from './i18n/index.ts';
import { startServer } from './server.ts';

const t = translator('de');

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env, { demo: process.argv.includes('--demo') });
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const server = await startServer(config);
const { app } = server;

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) {
      app.log.warn(t('cli.forcedExit'));
      process.exit(1);
    }
    stopping = true;
    app.log.info(t('cli.stopping'));
    server
      .stop()
      .then(() => process.exit(0))
      .catch((err) => {
        app.log.error({ err }, t('cli.stopFailed'));
        process.exit(1);
      });
  });
}

const deps = app.deps;
if (config.mode === 'demo') {
  await seedDemo(server.database, config.sessionSecret, new Date());
  console.log(`\n${t('cli.demo.header')}`);
  for (const p of demoPeople) console.log(`  ${p.kind.padEnd(12)} ${p.email}`);
  console.log(t('cli.demo.password', { password: DEMO_PASSWORD }));
  console.log(t('cli.demo.totp', { secret: DEMO_TOTP_SECRET }));
  console.log(t('cli.demo.mails', { url: new URL('/dev/mails', config.baseUrl).toString() }));
}
const setupLink = await issueSetupLinkIfNoAdmin(deps);
if (setupLink) console.log(`\n${t('cli.setupLink', { url: setupLink })}\n`);
console.log(t('cli.listening', { url: config.baseUrl.toString(), driver: server.database.driver }));
