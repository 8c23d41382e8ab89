import { Alert } from '../../../../ui/components/Alert.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import type { EntryRow, MentorRole } from '../queries.ts';
import { DutySummary } from './DutySummary.tsx';
import {
  entryPath,
  formatDay,
  formatDuration,
  kindKey,
  newEntryPath,
  proofPath,
  TIME_PATH,
} from './labels.ts';
import { YearChoice } from './YearChoice.tsx';

export interface TimeView {
  year: number;
  /** The years to choose from, newest first. */
  years: number[];
  roles: (MentorRole & { minutes: number })[];
  entries: EntryRow[];
}

/** For people without a mentor participation: what this page is for, kindly. */
export function NotMentorPage() {
  const { t } = useView();
  return (
    <Page title="tandems.time.title">
      <Alert kind="info" title={t('tandems.time.notMentor.title')}>
        <p class="kern-body">{t('tandems.time.notMentor.text')}</p>
      </Alert>
      <p class="kern-body">
        <a class="kern-link" href="/tandems">
          {t('tandems.time.backToTandems')}
        </a>
      </p>
    </Page>
  );
}

function Entries(props: { view: TimeView }) {
  const { t, locale } = useView();
  const v = props.view;
  const several = v.roles.length > 1;
  const programmeName = (id: string) => v.roles.find((r) => r.programmeId === id)?.programmeName ?? '';
  if (v.entries.length === 0) {
    return <p class="kern-body">{t('tandems.time.entries.none', { year: v.year })}</p>;
  }
  const headers = [
    t('tandems.time.column.date'),
    t('tandems.time.column.kind'),
    t('tandems.time.column.duration'),
    t('tandems.time.column.tandem'),
    ...(several ? [t('tandems.time.column.programme')] : []),
    t('tandems.time.column.note'),
    t('tandems.time.column.actions'),
  ];
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small kern-table--striped" id="zeiteintraege">
        <caption class="kern-title">{t('tandems.time.entries.caption', { year: v.year })}</caption>
        <thead>
          <tr class="kern-table__row">
            {headers.map((h) => (
              <th class="kern-table__header" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {v.entries.map((e) => (
            <tr class="kern-table__row" key={e.id}>
              <th class="kern-table__header" scope="row">
                {formatDay(e.on, locale)}
              </th>
              <td class="kern-table__cell">{t(kindKey(e.kind))}</td>
              <td class="kern-table__cell">{formatDuration(e.minutes, t)}</td>
              <td class="kern-table__cell">
                {e.partnerName ? t('tandems.time.tandemWith', { name: e.partnerName }) : '–'}
              </td>
              {several ? <td class="kern-table__cell">{programmeName(e.programmeId)}</td> : null}
              <td class="kern-table__cell">{e.note || '–'}</td>
              <td class="kern-table__cell">
                <a class="kern-link" href={entryPath(e.id)}>
                  {t('tandems.time.entries.edit', { date: formatDay(e.on, locale) })}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The mentor's time of a year: the duty per programme, the entries, the proof. */
export function TimePage(props: { view: TimeView }) {
  const { t } = useView();
  const v = props.view;
  return (
    <Page title="tandems.time.title" lead="tandems.time.lead">
      <YearChoice action={TIME_PATH} year={v.year} years={v.years} />
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={newEntryPath()}>
            {t('tandems.time.new')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={proofPath(v.year)} download>
            {t('tandems.time.proof.download', { year: v.year })}
          </a>
        </li>
      </ul>
      <section aria-labelledby="pflicht" class="account-section">
        <h2 class="kern-heading-medium" id="pflicht">
          {t('tandems.time.duty.title', { year: v.year })}
        </h2>
        {v.roles.map((r, i) => (
          <DutySummary
            key={r.programmeId}
            id={`pflicht-${i}`}
            programmeName={r.programmeName}
            year={v.year}
            minutes={r.minutes}
            duty={r.duty}
          />
        ))}
      </section>
      <section aria-labelledby="eintraege" class="account-section">
        <h2 class="kern-heading-medium" id="eintraege">
          {t('tandems.time.entries.title', { year: v.year })}
        </h2>
        <p class="kern-body kern-body--small">{t('tandems.time.entries.private')}</p>
        <Entries view={v} />
      </section>
    </Page>
  );
}
