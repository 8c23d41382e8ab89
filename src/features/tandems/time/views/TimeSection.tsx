import { useView } from '../../../../ui/context.ts';
import { formatDuration, newEntryPath, TIME_PATH } from './labels.ts';

export interface TimeSectionView {
  tandemId: string;
  year: number;
  minutes: number;
  count: number;
  /** Held meetings of the year without an entry: date (formatted) and meeting id. */
  unlogged: { id: string; date: string }[];
  /** False once the tandem has ended: the totals only, nothing to log from here. */
  writable: boolean;
}

/** On the workspace, for the mentor: this tandem's time this year and where to log more. */
export function TimeSection(props: { view: TimeSectionView }) {
  const { t } = useView();
  const v = props.view;
  return (
    <section aria-labelledby="mentoring-zeit" class="account-section">
      <h2 class="kern-heading-medium" id="mentoring-zeit">
        {t('tandems.time.section.title')}
      </h2>
      <p class="kern-body">
        {v.count === 0
          ? t('tandems.time.section.none', { year: v.year })
          : t('tandems.time.section.logged', {
              year: v.year,
              duration: formatDuration(v.minutes, t),
              count: v.count,
            })}
      </p>
      {v.writable && v.unlogged.length > 0 ? (
        <>
          <p class="kern-body">{t('tandems.time.section.unlogged')}</p>
          <ul class="kern-list">
            {v.unlogged.map((m) => (
              <li key={m.id}>
                <a class="kern-link" href={newEntryPath(`treffen=${m.id}`)}>
                  {t('tandems.time.section.logMeeting', { date: m.date })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul class="kern-list">
        {v.writable ? (
          <li>
            <a class="kern-link" href={newEntryPath(`tandem=${v.tandemId}`)}>
              {t('tandems.time.section.new')}
            </a>
          </li>
        ) : null}
        <li>
          <a class="kern-link" href={TIME_PATH}>
            {t('tandems.time.section.all')}
          </a>
        </li>
      </ul>
    </section>
  );
}
