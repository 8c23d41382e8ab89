import { SelectField } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, fieldId, SubmitButton, TextField } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import type { GoalWithMilestones } from '../queries.ts';
import { GoalList } from './GoalList.tsx';

export interface GoalsPageView {
  tandemId: string;
  partnerName: string;
  goals: GoalWithMilestones[];
  writable: boolean;
  values: Record<string, string>;
  errors?: FormErrors;
}

/** Goals and milestones: add them, mark them reached, celebrate successes together. */
export function GoalsPage(props: { view: GoalsPageView }) {
  const { t } = useView();
  const v = props.view;
  return (
    <Page title="tandems.milestones.page.title" lead="tandems.milestones.page.lead" errors={v.errors}>
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(v.tandemId)}>
          {t('tandems.milestones.back', { name: v.partnerName })}
        </a>
      </p>
      <ErrorSummary errors={v.errors ?? {}} order={['erreicht', 'ziel_titel', 'ziel', 'meilenstein_titel']} />
      <section aria-labelledby="ziele-liste" class="account-section" id={fieldId('erreicht')} tabindex={-1}>
        <h2 class="kern-heading-medium" id="ziele-liste">
          {t('tandems.milestones.section.title')}
        </h2>
        {v.goals.length === 0 ? <p class="kern-body">{t('tandems.milestones.none')}</p> : null}
        <GoalList tandemId={v.tandemId} goals={v.goals} writable={v.writable} />
      </section>
      {v.writable ? (
        <>
          <section aria-labelledby="neues-ziel" class="account-section">
            <h2 class="kern-heading-medium" id="neues-ziel">
              {t('tandems.milestones.newGoal')}
            </h2>
            <Form action={tandemPath(v.tandemId, 'ziele')} values={v.values} errors={v.errors}>
              <TextField name="ziel_titel" label="tandems.milestones.field.goal" maxLength={200} />
              <SubmitButton label="tandems.milestones.addGoal" />
            </Form>
          </section>
          {v.goals.length > 0 ? (
            <section aria-labelledby="neuer-meilenstein" class="account-section">
              <h2 class="kern-heading-medium" id="neuer-meilenstein">
                {t('tandems.milestones.newMilestone')}
              </h2>
              <Form action={tandemPath(v.tandemId, 'meilensteine')} values={v.values} errors={v.errors}>
                <SelectField
                  name="ziel"
                  label="tandems.milestones.field.forGoal"
                  options={v.goals.map((g) => ({ value: g.id, label: { text: g.title } }))}
                  value={v.values.ziel ?? v.goals[0]?.id}
                />
                <TextField
                  name="meilenstein_titel"
                  label="tandems.milestones.field.milestone"
                  maxLength={200}
                />
                <SubmitButton label="tandems.milestones.addMilestone" />
              </Form>
            </section>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
