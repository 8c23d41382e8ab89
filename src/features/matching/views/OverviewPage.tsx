import type { MessageKey } from '../../../i18n/index.ts';
import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { formatAt, formatNumber } from '../../../ui/format.ts';
import type { ProgrammeProposal } from '../../proposals/index.ts';
import type { listRounds, listTandems, PoolData, Programme } from '../queries.ts';
import { menteePath, programmePath, roundPath } from '../routes/shared.ts';
import { modeKey, proposalStatusKey, roundStatusKey, tandemStatusKey } from './labels.ts';
import { PriorityMarker, Section, Table } from './parts.tsx';

export interface OverviewProps {
  programme: Programme;
  pool: PoolData;
  rounds: Awaited<ReturnType<typeof listRounds>>;
  proposals: ProgrammeProposal[];
  tandems: Awaited<ReturnType<typeof listTandems>>;
  roundForm: { values: Record<string, string>; errors?: FormErrors };
}

function PoolFigures(props: { pool: PoolData; programme: Programme }) {
  const { t } = useView();
  const places = props.pool.mentors.reduce((s, m) => s + m.freeCapacity, 0);
  return (
    <Section id="pool" title="matching.pool.title">
      <dl class="kern-description-list">
        {(
          [
            ['matching.pool.mentees', props.pool.mentees.length],
            ['matching.pool.mentors', props.pool.mentors.length],
            ['matching.pool.places', places],
          ] as const
        ).map(([key, value]) => (
          <div class="kern-description-list-item" key={key}>
            <dt class="kern-description-list-item__key">{t(key)}</dt>
            <dd class="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <p class="kern-body">
        <a class="kern-link" href={`${programmePath(props.programme)}/einstellungen`}>
          {t('matching.settings.link')}
        </a>
      </p>
    </Section>
  );
}

function RoundForm(props: OverviewProps) {
  const { t } = useView();
  const { values, errors } = props.roundForm;
  return (
    <Section id="runde-starten" title="matching.round.new.title">
      <p class="kern-body">{t('matching.round.new.lead')}</p>
      <ErrorSummary errors={errors ?? {}} order={['modus', 'mindestpunktzahl']} />
      <Form
        action={`${programmePath(props.programme)}/runden`}
        values={{ modus: 'score', ...values }}
        errors={errors}
      >
        <ChoiceGroup
          name="modus"
          legend="matching.round.new.mode"
          options={[
            { value: 'score', label: 'matching.round.mode.score' },
            { value: 'participation', label: 'matching.round.mode.participation' },
          ]}
        />
        <TextField
          name="mindestpunktzahl"
          label="matching.round.new.minScore"
          hint="matching.round.new.minScoreHint"
          inputmode="numeric"
        />
        <SubmitButton label="matching.round.new.submit" />
      </Form>
    </Section>
  );
}

function WaitingMentees(props: OverviewProps) {
  const { t, locale } = useView();
  const { pool, programme } = props;
  return (
    <Section id="wartende" title="matching.waiting.title">
      {pool.mentees.length === 0 ? (
        <p class="kern-body">{t('matching.waiting.none')}</p>
      ) : (
        <Table
          id="wartende-tabelle"
          caption={
            pool.mentees.some((m) => pool.people.get(m.id)?.priorityAt)
              ? 'tandems.attention.priority.caption'
              : 'matching.waiting.caption'
          }
          headers={[
            'matching.column.mentee',
            'matching.column.organisation',
            'matching.column.bundesland',
            'matching.column.registered',
          ]}
        >
          {pool.mentees.map((m) => {
            const person = pool.people.get(m.id);
            return (
              <tr class="kern-table__row" key={m.id}>
                <th class="kern-table__header" scope="row">
                  <a class="kern-link" href={menteePath(programme, m.id)}>
                    {t('matching.waiting.suggestionsFor', { name: person?.name ?? '' })}
                  </a>
                  {person?.priorityAt ? <PriorityMarker /> : null}
                </th>
                <td class="kern-table__cell">{m.organisationName}</td>
                <td class="kern-table__cell">{t(`bundesland.${m.bundesland}` as MessageKey)}</td>
                <td class="kern-table__cell">
                  {person ? formatAt(person.registeredAt, locale, 'date') : ''}
                </td>
              </tr>
            );
          })}
        </Table>
      )}
    </Section>
  );
}

function Rounds(props: OverviewProps) {
  const { t, locale } = useView();
  if (props.rounds.length === 0) return null;
  return (
    <Section id="runden" title="matching.rounds.title">
      <Table
        id="runden-tabelle"
        caption="matching.rounds.caption"
        headers={[
          'matching.column.started',
          'matching.column.mode',
          'matching.column.minScore',
          'matching.column.status',
          'matching.column.matched',
        ]}
      >
        {props.rounds.map((r) => (
          <tr class="kern-table__row" key={r.id}>
            <th class="kern-table__header" scope="row">
              <a class="kern-link" href={roundPath(props.programme, r.id)}>
                {formatAt(r.createdAt, locale)}
              </a>
              {r.createdBy ? <span class="kern-body kern-body--small"> ({r.createdBy})</span> : null}
            </th>
            <td class="kern-table__cell">{t(modeKey(r.mode))}</td>
            <td class="kern-table__cell">{formatNumber(r.minScore, locale)}</td>
            <td class="kern-table__cell">{t(roundStatusKey(r.status))}</td>
            <td class="kern-table__cell">{r.matched ?? '–'}</td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

function Proposals(props: OverviewProps) {
  const { t, locale } = useView();
  if (props.proposals.length === 0) return null;
  return (
    <Section id="vorschlaege" title="matching.proposals.title">
      <Table
        id="vorschlaege-tabelle"
        caption="matching.proposals.caption"
        headers={[
          'matching.column.mentee',
          'matching.column.mentor',
          'matching.column.score',
          'matching.column.status',
          'matching.column.proposedAt',
          'matching.column.declineReason',
        ]}
      >
        {props.proposals.map((p) => (
          <tr class="kern-table__row" key={p.id}>
            <th class="kern-table__header" scope="row">
              {p.menteeName}
            </th>
            <td class="kern-table__cell">{p.mentorName}</td>
            <td class="kern-table__cell">
              {formatNumber(p.score, locale)}
              {p.manualReason ? (
                <span class="kern-body kern-body--small preserve-lines">
                  {' '}
                  {t('matching.proposals.manualPick', { reason: p.manualReason })}
                </span>
              ) : null}
            </td>
            <td class="kern-table__cell">
              {t(proposalStatusKey(p.status))}
              {p.status === 'pending'
                ? ` ${t('matching.proposals.until', { date: formatAt(p.expiresAt, locale, 'date') })}`
                : ''}
            </td>
            <td class="kern-table__cell">{formatAt(p.createdAt, locale, 'date')}</td>
            <td class="kern-table__cell">
              {p.declineReason
                ? t('matching.proposals.reasonBy', {
                    role: t(
                      p.menteeAnswer === 'declined' ? 'matching.column.mentee' : 'matching.column.mentor',
                    ),
                    reason: p.declineReason,
                  })
                : '–'}
            </td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

function Tandems(props: OverviewProps) {
  const { t, locale } = useView();
  if (props.tandems.length === 0) return null;
  return (
    <Section id="tandems" title="matching.tandems.title">
      <Table
        id="tandems-tabelle"
        caption="matching.tandems.caption"
        headers={[
          'matching.column.mentee',
          'matching.column.mentor',
          'matching.column.status',
          'matching.column.since',
        ]}
      >
        {props.tandems.map((x) => (
          <tr class="kern-table__row" key={x.id}>
            <th class="kern-table__header" scope="row">
              {x.mentee}
            </th>
            <td class="kern-table__cell">{x.mentor}</td>
            <td class="kern-table__cell">{t(tandemStatusKey(x.status))}</td>
            <td class="kern-table__cell">{formatAt(x.createdAt, locale, 'date')}</td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

/** A programme's matching desk: the pool, a new round, who waits, rounds, proposals and tandems. */
export function OverviewPage(props: OverviewProps) {
  return (
    <Page
      title="matching.overview.title"
      titleVars={{ programme: props.programme.name }}
      errors={props.roundForm.errors}
      lead="matching.overview.lead"
    >
      <PoolFigures pool={props.pool} programme={props.programme} />
      <RoundForm {...props} />
      <WaitingMentees {...props} />
      <Rounds {...props} />
      <Proposals {...props} />
      <Tandems {...props} />
    </Page>
  );
}
