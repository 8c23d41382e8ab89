import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import type { GoalWithMilestones } from '../queries.ts';
import { GoalList } from './GoalList.tsx';

/** The workspace's goals and milestones with progress, and "Erfolg feiern" for reached ones. */
export function GoalsSection(props: { tandemId: string; goals: GoalWithMilestones[]; writable: boolean }) {
  const { t } = useView();
  return (
    <section aria-labelledby="ziele" class="account-section">
      <h2 class="kern-heading-medium" id="ziele">
        {t('tandems.milestones.section.title')}
      </h2>
      {props.goals.length === 0 ? <p class="kern-body">{t('tandems.milestones.none')}</p> : null}
      <GoalList tandemId={props.tandemId} goals={props.goals} writable={props.writable} />
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(props.tandemId, 'ziele')}>
          {t(props.writable ? 'tandems.milestones.section.edit' : 'tandems.milestones.section.view')}
        </a>
      </p>
    </section>
  );
}
