export { accountJobs } from './jobs.ts';
export { findUserByEmail } from './queries.ts';
export { registerAccounts } from './routes.ts';
export { newPassword } from './schema.ts';
export { createAdminByCli, grantCoordinator, issueSetupLinkIfNoAdmin } from './service/admin.ts';
export { setPreferredLocale } from './service/login.ts';
export { currentTotp } from './service/mfa.ts';
export { issueVerificationToken } from './service/signup.ts';
export { consumeToken, peekToken } from './service/tokens.ts';
