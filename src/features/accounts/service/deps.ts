export { link, type ServiceDeps as AccountDeps, withMails } from '../../../mail/with-mails.ts';
