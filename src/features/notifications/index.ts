/** Notifications of the community area: what community services call, and the routes for app.ts. */

export { registerNotifications } from './routes.tsx';
export {
  type NotificationEntry,
  type NotificationKind,
  type NotifyMails,
  notify,
} from './service.ts';
