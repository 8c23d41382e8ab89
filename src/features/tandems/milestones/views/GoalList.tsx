import { CsrfField } from '../../../../ui/components/Form.tsx';
import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import type { GoalWithMilestones, Milestone } from '../queries.ts';

type StepRow = { id: string; title: string; reachedAt: Date | null; celebratedAt: Date | null };

function StepActions(props: {
  tandemId: string;
  kind: 'ziel' | 'meilenstein';
  step: StepRow;
  writable: boolean;
}) {
  const { t } = useView();
  const s = props.step;
  if (!props.writable) return null;
  const action =
    props.kind === 'ziel'
      ? tandemPath(props.tandemId, `ziele/${s.id}`)
      : tandemPath(props.tandemId, `meilensteine/${s.id}`);
  return (
    <div class="step-actions">
      <form method="post" action={action} class="inline-form">
        <CsrfField />
        <input type="hidden" name="erreicht" value={s.reachedAt ? 'nein' : 'ja'} />
        <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
          <span class="kern-label">
            {t(s.reachedAt ? 'tandems.milestones.reopen' : 'tandems.milestones.markReached', {
              title: s.title,
            })}
          </span>
        </button>
      </form>
      {s.reachedAt && !s.celebratedAt ? (
        <form method="post" action={tandemPath(props.tandemId, 'erfolge')} class="inline-form">
          <CsrfField />
          <input type="hidden" name="art" value={props.kind} />
          <input type="hidden" name="id" value={s.id} />
          <button type="submit" class="kern-btn kern-btn--primary kern-btn--x-small">
            <span class="kern-label">{t('tandems.milestones.celebrate', { title: s.title })}</span>
          </button>
        </form>
      ) : null}
    </div>
  );
}

function state(t: ReturnType<typeof useView>['t'], s: StepRow) {
  // Open again after a celebration is open: the celebration is counted, not shown.
  if (!s.reachedAt) return t('tandems.milestones.state.open');
  return t(s.celebratedAt ? 'tandems.milestones.state.celebrated' : 'tandems.milestones.state.reached');
}

function Progress(props: { goal: GoalWithMilestones }) {
  const { t } = useView();
  const total = props.goal.milestones.length;
  if (total === 0) return null;
  const reached = props.goal.milestones.filter((m: Milestone) => m.reachedAt).length;
  const label = t('tandems.milestones.progress', { reached, total });
  return (
    <p class="kern-body">
      <progress max={total} value={reached} aria-label={label} /> {label}
    </p>
  );
}

/** Goals with their milestones and progress; with the forms to add, mark reached and celebrate. */
export function GoalList(props: { tandemId: string; goals: GoalWithMilestones[]; writable: boolean }) {
  const { t } = useView();
  return (
    <ul class="goal-list">
      {props.goals.map((g) => (
        <li key={g.id}>
          <h3 class="kern-heading-small">
            {g.title} <span class="kern-body">({state(t, g)})</span>
          </h3>
          <Progress goal={g} />
          <StepActions tandemId={props.tandemId} kind="ziel" step={g} writable={props.writable} />
          {g.milestones.length > 0 ? (
            <ul class="kern-list">
              {g.milestones.map((m) => (
                <li key={m.id}>
                  {m.title} ({state(t, m)}){' '}
                  <StepActions
                    tandemId={props.tandemId}
                    kind="meilenstein"
                    step={m}
                    writable={props.writable}
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
