/** The imports feature's front door (ADR 0016): what the app and other features use. */

export { suggestMapping } from './mapping.ts';
export { parseUpload } from './parse.ts';
export { registerImports } from './routes.tsx';
export { runImport } from './service.ts';
export { validateRows } from './validate.ts';
export { CONSENT_PENDING } from './writes.ts';
