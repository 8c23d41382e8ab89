import type { RoundFigures } from '../../../db/schema/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { Alert } from '../../../ui/components/Alert.tsx';
import { Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatAt, formatNumber } from '../../../ui/format.ts';
import { programmePath, roundPath } from '../routes/shared.ts';
import { modeKey, roundStatusKey } from './labels.ts';
import { Section, Table } from './parts.tsx';
import { PairsForm } from './RoundPairs.tsx';
import type { RoundProps } from './round-props.ts';

function Progress(props: RoundProps) {
  const { t } = useView();
  const url = roundPath(props.programme, props.round.id);
  return (
    <>
      <div role="status">
        <label class="kern-label" for="fortschritt">
          {t('matching.round.running', { percent: props.round.progress })}
        </label>
        <progress id="fortschritt" max={100} value={props.round.progress}>
          {props.round.progress} %
        </progress>
      </div>
      <p class="kern-body">
        <a class="kern-link" href={url}>
          {t('matching.round.refresh')}
        </a>
      </p>
    </>
  );
}

function Figures(props: { exact: RoundFigures; greedy: RoundFigures }) {
  const { t, locale } = useView();
  const rows: [MessageKey, (f: RoundFigures) => string][] = [
    ['matching.round.figures.matched', (f) => String(f.matched)],
    ['matching.round.figures.total', (f) => formatNumber(f.total, locale)],
    ['matching.round.figures.mean', (f) => formatNumber(f.mean, locale)],
  ];
  return (
    <Table
      id="kennzahlen"
      caption="matching.round.figures.caption"
      headers={[
        'matching.round.figures.figure',
        'matching.round.figures.exact',
        'matching.round.figures.greedy',
      ]}
    >
      {rows.map(([key, value]) => (
        <tr class="kern-table__row" key={key}>
          <th class="kern-table__header" scope="row">
            {t(key)}
          </th>
          <td class="kern-table__cell">{value(props.exact)}</td>
          <td class="kern-table__cell">{value(props.greedy)}</td>
        </tr>
      ))}
    </Table>
  );
}

function Histogram(props: { histogram: number[] }) {
  const { t } = useView();
  const max = Math.max(1, ...props.histogram);
  return (
    <Table
      id="verteilung"
      caption="matching.round.histogram.caption"
      headers={[
        'matching.round.histogram.band',
        'matching.round.histogram.pairs',
        'matching.round.histogram.bar',
      ]}
    >
      {props.histogram.map((count, band) => (
        <tr class="kern-table__row" key={band}>
          <th class="kern-table__header" scope="row">
            {t('matching.round.histogram.range', { from: band * 10, to: band === 9 ? 100 : band * 10 + 9 })}
          </th>
          <td class="kern-table__cell">{count}</td>
          <td class="kern-table__cell">
            <progress class="histogram-bar" max={max} value={count} aria-hidden="true" />
          </td>
        </tr>
      ))}
    </Table>
  );
}

function Unmatched(props: RoundProps) {
  const { t } = useView();
  const unmatched = props.round.result?.unmatched ?? [];
  if (unmatched.length === 0) return null;
  return (
    <Section id="ohne-partner" title="matching.round.unmatched.title">
      <Table
        id="ohne-partner-tabelle"
        caption="matching.round.unmatched.caption"
        headers={['matching.column.mentee', 'matching.round.unmatched.reason']}
      >
        {unmatched.map((u) => (
          <tr class="kern-table__row" key={u.menteeId}>
            <th class="kern-table__header" scope="row">
              {props.people.get(u.menteeId)?.name ?? '–'}
            </th>
            <td class="kern-table__cell">
              {u.candidates === 0
                ? t('matching.round.unmatched.none', { min: props.round.minScore })
                : t('matching.round.unmatched.taken', { count: u.candidates })}
            </td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

function Result(props: RoundProps) {
  const { t, locale } = useView();
  const r = props.round.result!;
  const base = roundPath(props.programme, props.round.id);
  return (
    <>
      <p class="kern-body">
        {t('matching.round.pool', {
          mentees: r.pool.mentees,
          mentors: r.pool.mentors,
          capacity: r.pool.capacity,
          edges: r.pool.edges,
          seconds: formatNumber(Math.max(0.1, r.seconds), locale),
        })}
      </p>
      <Figures exact={r.exact} greedy={r.greedy} />
      <Histogram histogram={r.histogram} />
      <PairsForm {...props} />
      <Unmatched {...props} />
      {props.round.status === 'draft' ? (
        <Section id="abschliessen" title="matching.round.finish.title">
          <p class="kern-body">{t('matching.round.finish.lead', { count: r.pairs.length })}</p>
          {r.pairs.length > 0 ? (
            <Form action={`${base}/veroeffentlichen`}>
              <SubmitButton label="matching.round.publish" />
            </Form>
          ) : null}
          <Form action={`${base}/verwerfen`}>
            <SubmitButton label="matching.round.discard" kind="secondary" />
          </Form>
        </Section>
      ) : null}
    </>
  );
}

/** A matching round: its progress while it runs, then the draft to check, adjust and publish. */
export function RoundPage(props: RoundProps) {
  const { t, locale } = useView();
  const { round } = props;
  const failed = round.status === 'failed' || props.interrupted;
  const running = round.status === 'running' && !failed;
  return (
    <Page title="matching.round.title" titleVars={{ date: formatAt(round.createdAt, locale) }}>
      <p class="kern-body">
        <a class="kern-link" href={programmePath(props.programme)}>
          {t('matching.back', { programme: props.programme.name })}
        </a>
      </p>
      {props.notice ? (
        <Alert kind="warning" title={t(`matching.round.notice.${props.notice}` as MessageKey)} live />
      ) : null}
      {/* While the round runs, htmx replaces this block every second until the result is in. */}
      <div
        id="runde"
        {...(running
          ? {
              'hx-get': roundPath(props.programme, round.id),
              'hx-trigger': 'every 1s',
              'hx-select': '#runde',
              'hx-swap': 'outerHTML',
            }
          : {})}
      >
        <p class="kern-body">
          {t('matching.round.summary', {
            status: t(roundStatusKey(failed ? 'failed' : round.status)),
            mode: t(modeKey(round.mode)),
            min: formatNumber(round.minScore, locale),
          })}
        </p>
        {failed ? (
          <>
            <Alert kind="danger" title={t('matching.round.failed')} />
            <Form action={`${roundPath(props.programme, round.id)}/neu-berechnen`}>
              <SubmitButton label="matching.round.rerun" />
            </Form>
          </>
        ) : running ? (
          <Progress {...props} />
        ) : round.result ? (
          <Result {...props} />
        ) : null}
      </div>
    </Page>
  );
}
