import { formatDateTime } from '../../../platform/time.ts';
import { Form, SubmitButton, TextArea } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';
import type { HistoryEntry, RoleDetail } from '../queries/detail.ts';
import type { DetailView } from './detail-view.ts';
import { detailPath, statusKey } from './labels.ts';

/** Every status change of one role with who and when; the registration itself first. */
export function History(props: { role: RoleDetail; caption?: string }) {
  const { t, locale } = useView();
  const { participation: p, history } = props.role;
  const entries: HistoryEntry[] = history.some((h) => h.fromStatus === null)
    ? history
    : [{ fromStatus: null, toStatus: 'registered', actorName: null, at: p.createdAt }, ...history];
  const who = (h: HistoryEntry) =>
    h.actorName ??
    (h.fromStatus === null
      ? t(p.importedAt ? 'intake.history.imported' : 'intake.history.self')
      : t('intake.history.noActor'));
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small">
        <caption class="kern-title">
          {props.caption
            ? t('intake.history.captionRole', { role: props.caption })
            : t('intake.history.caption')}
        </caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {t('intake.history.at')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('intake.history.change')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('intake.history.by')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {entries.map((h) => (
            <tr class="kern-table__row" key={`${h.at.getTime()}-${h.toStatus}-${h.fromStatus}`}>
              <td class="kern-table__cell">{formatDateTime(h.at, locale)}</td>
              <td class="kern-table__cell">
                {t(statusKey(h.toStatus))}
                {h.fromStatus === h.toStatus
                  ? ` ${t('intake.history.rescheduled')}`
                  : h.fromStatus
                    ? ` ${t('intake.history.from', { status: t(statusKey(h.fromStatus)) })}`
                    : ''}
              </td>
              <td class="kern-table__cell">{who(h)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Intake notes: for the programme's coordinators only, never shown to the participant. */
export function Notes(props: { view: DetailView }) {
  const { t, locale } = useView();
  const { detail, values, errors } = props.view;
  return (
    <section aria-labelledby="notizen" class="account-section">
      <h2 class="kern-heading-medium" id="notizen">
        {t('intake.notes.title')}
      </h2>
      <p class="kern-hint">{t('intake.notes.hint')}</p>
      {detail.notes.length === 0 ? (
        <p class="kern-body">{t('intake.notes.none')}</p>
      ) : (
        <ul class="kern-list">
          {detail.notes.map((n) => (
            <li key={n.id}>
              <p class="kern-body kern-body--small">
                {t('intake.notes.meta', {
                  author: n.authorName ?? t('intake.history.noActor'),
                  at: formatDateTime(n.at, locale),
                })}
              </p>
              <p class="kern-body preserve-lines">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      <Form action={`${detailPath(detail.participation.id)}/notizen`} values={values} errors={errors}>
        <TextArea name="notiz" label="intake.notes.new" rows={4} />
        <SubmitButton label="intake.notes.submit" kind="secondary" />
      </Form>
    </section>
  );
}
