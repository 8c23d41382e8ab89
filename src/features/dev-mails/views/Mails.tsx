import { Alert } from '../../../ui/components/Alert.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import type { MailListItem, MailRow } from '../queries.ts';

const when = (d: Date) => formatAt(d, 'de');

export function MailList(props: { mails: MailListItem[]; demo?: boolean }) {
  const { t } = useView();
  return (
    <Page title="devMails.title">
      <Alert kind="info" title={t('devMails.notice')} />
      {props.demo ? <p class="kern-body">{t('devMails.demoScope')}</p> : null}
      {props.mails.length === 0 ? (
        <p class="kern-body">{t('devMails.empty')}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-sr-only">{t('devMails.title')}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {t('devMails.when')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('devMails.to')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('devMails.subject')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('devMails.status')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.mails.map((m) => (
                <tr class="kern-table__row" key={m.id}>
                  <td class="kern-table__cell">{when(m.createdAt)}</td>
                  <td class="kern-table__cell">{m.to}</td>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/dev/mails/${m.id}`}>
                      {m.subject}
                    </a>
                  </td>
                  <td class="kern-table__cell">{m.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

export function MailDetail(props: { mail: MailRow }) {
  const { t } = useView();
  const m = props.mail;
  return (
    <Page title="devMails.detail">
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('devMails.to')}</dt>
          <dd class="kern-description-list-item__value">{m.to}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('devMails.subject')}</dt>
          <dd class="kern-description-list-item__value">{m.subject}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('devMails.when')}</dt>
          <dd class="kern-description-list-item__value">{when(m.createdAt)}</dd>
        </div>
      </dl>
      <h2 class="kern-heading-small">{t('devMails.textPart')}</h2>
      <pre class="mail-text" data-mail-text>
        {m.text}
      </pre>
      <p class="kern-body">
        <a class="kern-link" href={`/dev/mails/${m.id}/html`}>
          {t('devMails.htmlPart')}
        </a>
        {' · '}
        <a class="kern-link" href="/dev/mails">
          {t('devMails.back')}
        </a>
      </p>
    </Page>
  );
}
