import type { Space } from '../../../access/index.ts';
import { BUNDESLAENDER, ORGANISATION_TYPES, SIZE_CLASSES } from '../../../db/schema/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { SelectField } from '../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { type SpaceTopic, spaceName, TopicChoice } from '../../community/index.ts';
import { MAX_SUMMARY, MAX_TITLE } from '../schema.ts';

export interface TipFormView {
  space: Space;
  topics: SpaceTopic[];
  action: string;
  back: string;
  /** The author may send it to the review; a moderator correcting a tip only saves. */
  mayDraft: boolean;
  editing: boolean;
  values: Record<string, string>;
  selectedTopics: string[];
  errors?: FormErrors;
}

const options = (values: readonly string[], prefix: string) =>
  values.map((v) => ({ value: v, label: `${prefix}.${v}` as MessageKey }));

/** Write or change a Praxistipp: title, summary, text, topics and the municipality it comes from. */
export function TipFormPage(props: { view: TipFormView }) {
  const { t } = useView();
  const v = props.view;
  return (
    <Page
      title={v.editing ? 'tips.edit.title' : 'tips.new.title'}
      titleVars={{ space: spaceName(t, v.space) }}
      errors={v.errors}
    >
      <p class="kern-body">
        <a class="kern-link" href={v.back}>
          {t('tips.back')}
        </a>
      </p>
      <p class="kern-body">{t('tips.form.lead')}</p>
      <Form action={v.action} values={v.values} errors={v.errors}>
        <ErrorSummary errors={v.errors ?? {}} />
        <TextField name="titel" label="tips.field.title" hint="tips.field.titleHint" maxLength={MAX_TITLE} />
        <TextArea name="zusammenfassung" label="tips.field.summary" hint="tips.field.summaryHint" rows={3} />
        <TextArea name="text" label="tips.field.text" hint="community.field.markdownHint" rows={12} />
        <TopicChoice topics={v.topics} selected={v.selectedTopics} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">
            {t('tips.field.context')}
            <span class="kern-label__optional"> {t('form.optional')}</span>
          </legend>
          <div class="kern-hint">{t('tips.field.contextHint')}</div>
          <div class="kern-fieldset__body kern-stack">
            <SelectField
              name="bundesland"
              label="tips.field.bundesland"
              optional
              options={options(BUNDESLAENDER, 'bundesland')}
            />
            <SelectField
              name="organisationsart"
              label="tips.field.organisationType"
              optional
              options={options(ORGANISATION_TYPES, 'organisation.type')}
            />
            <SelectField
              name="groesse"
              label="tips.field.sizeClass"
              optional
              options={options(SIZE_CLASSES, 'organisation.size')}
            />
          </div>
        </fieldset>
        <p class="kern-body">
          {t(v.editing ? 'tips.form.filesHere' : 'tips.form.filesLater', { max: MAX_SUMMARY })}
        </p>
        <div class="button-row">
          {v.mayDraft ? (
            <>
              <SubmitButton label="tips.form.submit" name="aktion" value="einreichen" />{' '}
              <SubmitButton label="tips.form.draft" kind="secondary" name="aktion" value="entwurf" />
            </>
          ) : (
            <SubmitButton label="tips.form.save" name="aktion" value="entwurf" />
          )}
        </div>
      </Form>
    </Page>
  );
}
