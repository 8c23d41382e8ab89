import type { MessageKey } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../platform/time.ts';
import { Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { Pagination } from '../../../ui/components/Pagination.tsx';
import { useView } from '../../../ui/context.ts';
import { listPath, MARK_ALL_READ_PATH, notificationPath, PREFERENCES_PATH } from '../paths.ts';
import type { NotificationList, NotificationRow } from '../queries.ts';
import { isNotificationKind } from '../service.ts';

const sentenceKey = (kind: string) =>
  `notifications.sentence.${isNotificationKind(kind) ? kind : 'other'}` as MessageKey;

function Entry(props: { row: NotificationRow }) {
  const { t, locale } = useView();
  const r = props.row;
  const unread = r.readAt === null;
  const sentence = t(sentenceKey(r.kind), {
    actor: r.actorName ?? t('notifications.actor.unknown'),
    thread: r.threadTitle ?? t('notifications.thread.unknown'),
    note: r.note,
  });
  return (
    <li class={`notification${unread ? ' notification--unread' : ''}`}>
      <p class="kern-body">
        {unread ? (
          <>
            <span class="kern-badge kern-badge--info">{t('notifications.unread')}</span>{' '}
          </>
        ) : null}
        <a class="kern-link" href={notificationPath(r.id)}>
          {unread ? <strong>{sentence}</strong> : sentence}
        </a>
      </p>
      <p class="kern-body kern-body--small">
        <time datetime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, locale)}</time>
      </p>
    </li>
  );
}

/** /benachrichtigungen: what happened in the community area that concerns the user, newest first. */
export function NotificationsPage(props: { list: NotificationList }) {
  const { t } = useView();
  const { rows, unread, page, pages } = props.list;
  return (
    <Page title="notifications.page.title" lead="notifications.page.lead">
      {rows.length === 0 ? (
        <p class="kern-body">{t('notifications.empty')}</p>
      ) : (
        <>
          {unread > 0 ? (
            <>
              <p class="kern-body">{t('notifications.unreadCount', { count: unread })}</p>
              <Form action={MARK_ALL_READ_PATH}>
                <SubmitButton label="notifications.markAllRead" kind="secondary" />
              </Form>
            </>
          ) : null}
          <ol class="kern-list notification-list" aria-label={t('notifications.page.title')}>
            {rows.map((r) => (
              <Entry key={r.id} row={r} />
            ))}
          </ol>
          <Pagination page={page} pages={pages} href={listPath} />
        </>
      )}
      <p class="kern-body">
        <a class="kern-link" href={PREFERENCES_PATH}>
          {t('notifications.settingsLink')}
        </a>
      </p>
    </Page>
  );
}
