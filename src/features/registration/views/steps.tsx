import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import type { Programme, Topic } from '../../programmes/index.ts';
import { ROLE_CHOICES } from '../schema.ts';
import {
  CollaborationFields,
  ContactFields,
  FundingField,
  keyed,
  OrganisationFields,
  TopicsFields,
  type Values,
} from './fields.tsx';
import { StepLayout } from './StepLayout.tsx';

export function ProgrammeStep(props: { programmes: Programme[]; values: Values; errors?: FormErrors }) {
  const { t } = useView();
  return (
    <StepLayout step="programm" values={props.values} errors={props.errors} order={['programme', 'role']}>
      <p class="kern-body">{t('registration.intro')}</p>
      <ChoiceGroup
        name="programme"
        legend="registration.field.programme"
        options={props.programmes.map((p) => ({ value: p.slug, label: { text: `${p.name} (${p.agency})` } }))}
      />
      <ChoiceGroup
        name="role"
        legend="registration.field.role"
        hint="registration.field.roleHint"
        options={keyed('registration.role', ROLE_CHOICES)}
      />
      <p class="kern-body">
        <a class="kern-link" href="/registrierung/frage">
          {t('registration.question.link')}
        </a>
      </p>
    </StepLayout>
  );
}

export function ContactStep(props: { values: Values; errors?: FormErrors; accountEmail?: string }) {
  return (
    <StepLayout step="kontakt" values={props.values} errors={props.errors} order={['name', 'email', 'phone']}>
      <ContactFields accountEmail={props.accountEmail} />
    </StepLayout>
  );
}

export function OrganisationStep(props: { values: Values; errors?: FormErrors; fundingOptions: string[] }) {
  return (
    <StepLayout
      step="organisation"
      values={props.values}
      errors={props.errors}
      order={[
        'organisationName',
        'organisationType',
        'bundesland',
        'sizeClass',
        'position',
        'inRoleSince',
        'funding',
      ]}
    >
      <OrganisationFields />
      <FundingField fundingOptions={props.fundingOptions} />
    </StepLayout>
  );
}

export function TopicsStep(props: { values: Values; errors?: FormErrors; topics: Topic[] }) {
  return (
    <StepLayout
      step="themen"
      values={props.values}
      errors={props.errors}
      order={['topicsNeeded', 'goals', 'topicsOffered', 'topicsFreeText', 'capacity']}
    >
      <TopicsFields values={props.values} topics={props.topics} />
    </StepLayout>
  );
}

export function CollaborationStep(props: { values: Values; errors?: FormErrors }) {
  return (
    <StepLayout
      step="zusammenarbeit"
      values={props.values}
      errors={props.errors}
      order={['formats', 'frequency', 'languages', 'availability']}
    >
      <CollaborationFields values={props.values} />
    </StepLayout>
  );
}
