import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { createAdminByCli, grantCoordinator } from './features/accounts/index.ts';
import { translator } from './i18n/index.ts';
import { solveCommand } from './matching-engine/cli.ts';

const t = translator('de');
const [command, ...rest] = process.argv.slice(2);

async function main() {
  // Before loadConfig: an analyst solving an exported instance needs neither configuration nor database.
  if (command === 'matching:solve') return solveCommand(process.stdin, process.stdout, process.stderr);
  const config = loadConfig(process.env);
  switch (command) {
    case 'migrate': {
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      await database.migrate();
      await database.close();
      console.log(t('cli.migrated', { driver: database.driver }));
      return 0;
    }
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, name: { type: 'string' } },
      });
      const email = values.email?.trim().toLowerCase();
      if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
        console.error(t('cli.createAdmin.usage'));
        return 2;
      }
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      await database.migrate();
      const { url } = await createAdminByCli(
        { config, database, jobs: null, clock: () => new Date() },
        email,
        values.name ?? email,
      );
      await database.close();
      console.log(t('cli.createAdmin.done', { email, url }));
      return 0;
    }
    case 'grant-coordinator': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, programme: { type: 'string' } },
      });
      if (!values.email || !values.programme) {
        console.error(t('cli.grantCoordinator.usage'));
        return 2;
      }
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      await database.migrate();
      const deps = { config, database, jobs: null, clock: () => new Date() };
      const result = await grantCoordinator(deps, values.email.trim().toLowerCase(), values.programme);
      await database.close();
      if (result !== 'ok') {
        console.error(
          t(result === 'no-user' ? 'cli.grantCoordinator.noUser' : 'cli.grantCoordinator.noProgramme'),
        );
        return 2;
      }
      console.log(t('cli.grantCoordinator.done', { email: values.email, programme: values.programme }));
      return 0;
    }
    default:
      console.error(t('cli.usage'));
      return 2;
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    console.error(
      err instanceof ConfigError ? err.message : String(err instanceof Error ? err.message : err),
    );
    process.exit(1);
  });
