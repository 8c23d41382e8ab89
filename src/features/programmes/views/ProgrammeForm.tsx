import type { MessageKey } from '../../../i18n/index.ts';
import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { AdminBackLink, ProgrammeLinks } from './ProgrammeList.tsx';

export type ProgrammeValues = {
  /** Only when creating: the short name in the programme's addresses. */
  slug?: string;
  name?: string;
  agency?: string;
  description?: string;
  contactEmail?: string;
  /** Present (any value) when the checkbox is ticked. */
  registrationOpen?: string;
  /** Present (any value) when the checkbox is ticked. */
  communityApproval?: string;
  fundingOptions?: string;
};

const ORDER = [
  'slug',
  'name',
  'agency',
  'description',
  'contactEmail',
  'registrationOpen',
  'communityApproval',
  'fundingOptions',
];

function Checkbox(props: {
  name: 'registrationOpen' | 'communityApproval';
  label: MessageKey;
  hint: MessageKey;
  checked: boolean;
}) {
  const { t } = useView();
  const id = `feld-${props.name}`;
  return (
    <>
      <div class="kern-form-check">
        <input
          class="kern-form-check__checkbox"
          type="checkbox"
          id={id}
          name={props.name}
          value="ja"
          checked={props.checked}
          aria-describedby={`${id}-hinweis`}
        />
        <label class="kern-label" for={id}>
          {t(props.label)}
        </label>
      </div>
      <div class="kern-hint" id={`${id}-hinweis`}>
        {t(props.hint)}
      </div>
    </>
  );
}

/**
 * Admins: a programme's texts, contact, registration status and funding options. Without `slug` the
 * form creates a new programme and asks for its short name too.
 */
export function ProgrammeForm(props: {
  slug?: string;
  name?: string;
  values: ProgrammeValues;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const v = props.values;
  const editing = props.slug !== undefined;
  return (
    <Page
      title={editing ? 'programmes.edit.title' : 'programmes.create.title'}
      titleVars={{ name: props.name ?? '' }}
      lead={editing ? undefined : 'programmes.create.lead'}
      errors={props.errors}
    >
      <AdminBackLink />
      <ErrorSummary errors={props.errors ?? {}} order={ORDER} />
      <Form
        action={editing ? `/verwaltung/programme/${props.slug}` : '/verwaltung/programme/neu'}
        values={v}
        errors={props.errors}
      >
        {editing ? null : (
          <TextField
            name="slug"
            label="programmes.field.slug"
            hint="programmes.field.slugHint"
            maxLength={40}
            autocomplete="off"
          />
        )}
        <TextField name="name" label="programmes.field.name" maxLength={200} />
        <TextField
          name="agency"
          label="programmes.field.agency"
          hint="programmes.field.agencyHint"
          maxLength={200}
        />
        <TextArea
          name="description"
          label="programmes.field.description"
          hint="programmes.field.descriptionHint"
          rows={5}
        />
        <TextField
          name="contactEmail"
          type="email"
          label="programmes.field.contactEmail"
          autocomplete="off"
        />
        <Checkbox
          name="registrationOpen"
          label="programmes.field.registrationOpen"
          hint="programmes.field.registrationOpenHint"
          checked={v.registrationOpen !== undefined}
        />
        <Checkbox
          name="communityApproval"
          label="moderation.setting.approval"
          hint="moderation.setting.approvalHint"
          checked={v.communityApproval !== undefined}
        />
        <TextArea
          name="fundingOptions"
          label="programmes.field.fundingOptions"
          hint="programmes.field.fundingOptionsHint"
          rows={4}
        />
        <SubmitButton label={editing ? 'form.save' : 'programmes.create.submit'} />
      </Form>
      {editing ? (
        <section aria-labelledby="weitere-seiten">
          <h2 class="kern-heading-medium" id="weitere-seiten">
            {t('programmes.admin.more')}
          </h2>
          <ProgrammeLinks slug={props.slug!} name={props.name ?? ''} />
        </section>
      ) : null}
    </Page>
  );
}
