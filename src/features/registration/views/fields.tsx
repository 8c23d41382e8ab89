/** The registration's field groups, shared by the form's steps and the profile pages. */
import {
  BUNDESLAENDER,
  FORMATS,
  FREQUENCIES,
  ORGANISATION_TYPES,
  SIZE_CLASSES,
} from '../../../db/schema/registration.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { ChoiceGroup, type Option, SelectField } from '../../../ui/components/Choice.tsx';
import { TextArea, TextField } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';
import type { Topic } from '../../programmes/index.ts';
import { type DraftData, LANGUAGES } from '../schema.ts';

export type Values = DraftData & Record<string, unknown>;
export const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
export const arr = (v: unknown) => (Array.isArray(v) ? v.map(String) : v ? [String(v)] : []);
/** The answers that are one value, as the form's strings (lists stay with their checkbox groups). */
export const formValues = (values: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) =>
      v === undefined || v === null || typeof v === 'object' ? [] : [[k, String(v)]],
    ),
  );
export const keyed = (prefix: string, values: readonly string[]): Option[] =>
  values.map((v) => ({ value: v, label: `${prefix}.${v}` as MessageKey }));

export function ContactFields(props: { accountEmail?: string }) {
  const { t } = useView();
  return (
    <>
      <TextField name="name" label="form.name" autocomplete="name" maxLength={200} />
      {props.accountEmail ? (
        <>
          <input type="hidden" name="email" value={props.accountEmail} />
          <p class="kern-body">{t('registration.accountEmail', { email: props.accountEmail })}</p>
        </>
      ) : (
        <TextField name="email" type="email" label="form.email" autocomplete="email" />
      )}
      <TextField
        name="phone"
        label="registration.field.phone"
        hint="registration.field.phoneHint"
        autocomplete="tel"
        required={false}
        maxLength={40}
      />
    </>
  );
}

export function FundingField(props: { fundingOptions: string[] }) {
  return (
    <ChoiceGroup
      name="funding"
      legend="registration.field.funding"
      options={props.fundingOptions.map((f) => ({ value: f, label: { text: f } }))}
    />
  );
}

export function OrganisationFields() {
  return (
    <>
      <TextField
        name="organisationName"
        label="registration.field.organisationName"
        hint="registration.field.organisationNameHint"
        autocomplete="organization"
        maxLength={200}
      />
      <SelectField
        name="organisationType"
        label="registration.field.organisationType"
        options={keyed('organisation.type', ORGANISATION_TYPES)}
      />
      <SelectField
        name="bundesland"
        label="registration.field.bundesland"
        options={keyed('bundesland', BUNDESLAENDER)}
      />
      <SelectField
        name="sizeClass"
        label="registration.field.sizeClass"
        options={keyed('organisation.size', SIZE_CLASSES)}
      />
      <TextField
        name="position"
        label="registration.field.position"
        hint="registration.field.positionHint"
        autocomplete="organization-title"
        maxLength={200}
      />
      <TextField
        name="inRoleSince"
        label="registration.field.inRoleSince"
        hint="registration.field.inRoleSinceHint"
        inputmode="numeric"
        maxLength={4}
      />
    </>
  );
}

/** `values` for the role and the ticked topics; the rest comes from the surrounding form. */
export function TopicsFields(props: { values: Values; topics: Topic[] }) {
  const role = props.values.role;
  const mentee = role === 'mentee' || role === 'beides';
  const mentor = role === 'mentor' || role === 'beides';
  const options = props.topics.map((t) => ({ value: t.id, label: { text: t.label } }));
  return (
    <>
      {mentee ? (
        <>
          <ChoiceGroup
            name="topicsNeeded"
            legend="registration.field.topicsNeeded"
            hint="registration.field.topicsNeededHint"
            options={options}
            selected={arr(props.values.topicsNeeded)}
            multiple
          />
          <TextArea
            name="goals"
            label="registration.field.goals"
            hint="registration.field.goalsHint"
            rows={4}
          />
        </>
      ) : null}
      <ChoiceGroup
        name="topicsOffered"
        legend={mentor ? 'registration.field.topicsOffered' : 'registration.field.topicsOfferedMentee'}
        hint={mentor ? 'registration.field.topicsOfferedHint' : 'registration.field.topicsOfferedMenteeHint'}
        options={options}
        selected={arr(props.values.topicsOffered)}
        multiple
        optional={!mentor}
      />
      <TextArea
        name="topicsFreeText"
        label="registration.field.topicsFreeText"
        hint="registration.field.topicsFreeTextHint"
        rows={3}
      />
      {mentor ? (
        <ChoiceGroup
          name="capacity"
          legend="registration.field.capacity"
          hint="registration.field.capacityHint"
          options={['1', '2', '3'].map((c) => ({ value: c, label: { text: c } }))}
        />
      ) : null}
    </>
  );
}

/** `values` for the ticked formats and languages; the rest comes from the surrounding form. */
export function CollaborationFields(props: { values: Values }) {
  return (
    <>
      <ChoiceGroup
        name="formats"
        legend="registration.field.formats"
        hint="registration.field.formatsHint"
        options={keyed('format', FORMATS)}
        selected={arr(props.values.formats)}
        multiple
      />
      <ChoiceGroup
        name="frequency"
        legend="registration.field.frequency"
        options={keyed('frequency', FREQUENCIES)}
      />
      <ChoiceGroup
        name="languages"
        legend="registration.field.languages"
        options={keyed('language', LANGUAGES)}
        selected={arr(props.values.languages)}
        multiple
      />
      <TextArea
        name="availability"
        label="registration.field.availability"
        hint="registration.field.availabilityHint"
        rows={3}
      />
    </>
  );
}
