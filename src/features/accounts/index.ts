export { createAdminByCli, grantCoordinator, issueSetupLinkIfNoAdmin } from './service/admin.ts';
export { setPreferredLocale } from './service/login.ts';
export { currentTotp } from './service/mfa.ts';
