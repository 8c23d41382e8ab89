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
  str,
  TopicsFields,
  type Values,
} from './fields.tsx';
import { StepLayout } from './StepLayout.tsx';

export function ProgrammeStep(props: { programmes: Programme[]; values: Values; errors?: FormErrors }) {
  const { t } = useView();
  return (
    <StepLayout step="programm" errors={props.errors} order={['programme', 'role']}>
      <p class="kern-body">{t('registration.intro')}</p>
      <ChoiceGroup
        name="programme"
        legend="registration.field.programme"
        options={props.programmes.map((p) => ({ value: p.slug, label: { text: `${p.name} (${p.agency})` } }))}
        selected={[str(props.values.programme)]}
        errors={props.errors}
      />
      <ChoiceGroup
        name="role"
        legend="registration.field.role"
        hint="registration.field.roleHint"
        options={keyed('registration.role', ROLE_CHOICES)}
        selected={[str(props.values.role)]}
        errors={props.errors}
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
    <StepLayout step="kontakt" errors={props.errors} order={['name', 'email', 'phone']}>
      <ContactFields {...props} />
    </StepLayout>
  );
}

export function OrganisationStep(props: { values: Values; errors?: FormErrors; fundingOptions: string[] }) {
  return (
    <StepLayout
      step="organisation"
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
      <OrganisationFields values={props.values} errors={props.errors} />
      <FundingField values={props.values} errors={props.errors} fundingOptions={props.fundingOptions} />
    </StepLayout>
  );
}

export function TopicsStep(props: { values: Values; errors?: FormErrors; topics: Topic[] }) {
  return (
    <StepLayout
      step="themen"
      errors={props.errors}
      order={['topicsNeeded', 'goals', 'topicsOffered', 'topicsFreeText', 'capacity']}
    >
      <TopicsFields {...props} />
    </StepLayout>
  );
}

export function CollaborationStep(props: { values: Values; errors?: FormErrors }) {
  return (
    <StepLayout
      step="zusammenarbeit"
      errors={props.errors}
      order={['formats', 'frequency', 'languages', 'availability']}
    >
      <CollaborationFields {...props} />
    </StepLayout>
  );
}
