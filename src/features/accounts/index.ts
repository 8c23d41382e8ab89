export { createAdminByCli, grantCoordinator, issueSetupLinkIfNoAdmin } from './service/admin.ts';
export { setPreferredLocale } from './service/login.ts';
export { currentTotp } from './service/mfa.ts';
export { findUserByEmail } from './queries.ts';
export { issueVerificationToken } from './service/signup.ts';
export { newPassword } from './schema.ts';
