// Worker threads do not inherit tsx's loader under every runner (vitest, plain node): register it here.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
