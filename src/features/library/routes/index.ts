import type { FastifyInstance } from 'fastify';
import { registerItems } from './items.tsx';
import { registerModules } from './modules.tsx';

/** The methods library and the training modules of Austausch und Wissen. */
export async function registerLibrary(app: FastifyInstance) {
  registerModules(app);
  await registerItems(app);
}
