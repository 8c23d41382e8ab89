import type { programmes } from '../../../../db/schema/index.ts';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatNumber } from '../../../../ui/format.ts';
import { type Duty, formatDays, formatDuration, formatHours, YearChoice } from '../../../tandems/index.ts';
import { COORDINATION_TIME_PATH, settingsPath } from '../../paths.ts';

export interface MentorTotal {
  participationId: string;
  name: string;
  funding: string;
  duty: Duty | null;
  minutes: number;
  entries: number;
  percent: number | null;
}

export interface ProgrammeTotals {
  programme: Pick<
    typeof programmes.$inferSelect,
    'id' | 'slug' | 'name' | 'dutyDaysPerYear' | 'dutyHoursPerDay' | 'dutyFundingPhase'
  >;
  rows: MentorTotal[];
}

function DutyRule(props: { programme: ProgrammeTotals['programme'] }) {
  const { t, locale } = useView();
  const p = props.programme;
  if (p.dutyDaysPerYear === null) return <p class="kern-body">{t('tandems.time.coordination.noDuty')}</p>;
  const vars = {
    days: formatDays(p.dutyDaysPerYear, t),
    hoursPerDay: formatNumber(p.dutyHoursPerDay, locale),
  };
  return (
    <p class="kern-body">
      {p.dutyFundingPhase
        ? t('tandems.time.coordination.dutyFor', { ...vars, funding: p.dutyFundingPhase })
        : t('tandems.time.coordination.dutyAll', vars)}
    </p>
  );
}

function Totals(props: { data: ProgrammeTotals; year: number }) {
  const { t, locale } = useView();
  const { programme, rows } = props.data;
  if (rows.length === 0) return <p class="kern-body">{t('tandems.time.coordination.noMentors')}</p>;
  const headers = [
    t('tandems.time.coordination.column.mentor'),
    t('tandems.time.coordination.column.funding'),
    t('tandems.time.coordination.column.duty'),
    t('tandems.time.coordination.column.time'),
    t('tandems.time.coordination.column.percent'),
    t('tandems.time.coordination.column.entries'),
  ];
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small kern-table--striped" id={`zeit-${programme.slug}`}>
        <caption class="kern-title">
          {t('tandems.time.coordination.caption', { programme: programme.name, year: props.year })}
        </caption>
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
          {rows.map((r) => (
            <tr class="kern-table__row" key={r.participationId}>
              <th class="kern-table__header" scope="row">
                {r.name}
              </th>
              <td class="kern-table__cell">{r.funding || '–'}</td>
              <td class="kern-table__cell">
                {r.duty
                  ? t('tandems.time.coordination.dutyYes', { hours: formatHours(r.duty.minutes, locale) })
                  : t('tandems.time.coordination.dutyNo')}
              </td>
              <td class="kern-table__cell">{formatDuration(r.minutes, t)}</td>
              <td class="kern-table__cell">
                {r.percent === null ? '–' : t('tandems.time.coordination.percent', { percent: r.percent })}
              </td>
              <td class="kern-table__cell">{String(r.entries)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each mentor's yearly total per programme the coordinator coordinates: figures only, never notes. */
export function TotalsPage(props: { year: number; years: number[]; programmes: ProgrammeTotals[] }) {
  const { t } = useView();
  return (
    <Page title="tandems.time.coordination.title" lead="tandems.time.coordination.lead">
      <YearChoice action={COORDINATION_TIME_PATH} year={props.year} years={props.years} />
      {props.programmes.map((p) => (
        <section
          key={p.programme.id}
          aria-labelledby={`programm-${p.programme.slug}`}
          class="account-section"
        >
          <h2 class="kern-heading-medium" id={`programm-${p.programme.slug}`}>
            {p.programme.name}
          </h2>
          <DutyRule programme={p.programme} />
          <p class="kern-body">
            <a class="kern-link" href={settingsPath(p.programme.slug)}>
              {t('tandems.time.coordination.settings', { programme: p.programme.name })}
            </a>
          </p>
          <Totals data={p} year={props.year} />
        </section>
      ))}
    </Page>
  );
}
