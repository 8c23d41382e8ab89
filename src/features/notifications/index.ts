/** Notifications of the community area: what community services call, the routes for app.ts, the digest jobs. */

export { sendDigests } from './digest/service.ts';
export { notificationJobs } from './jobs.ts';
export { registerNotifications } from './routes.tsx';
export {
  type NotificationEntry,
  type NotificationKind,
  type NotifyMails,
  notify,
} from './service.ts';
