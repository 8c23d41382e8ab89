import type { CurationScope } from '../../../access/library.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { ChoiceGroup, SelectField } from '../../../ui/components/Choice.tsx';
import {
  CsrfField,
  ErrorSummary,
  FieldError,
  FormFields,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { formatSize } from '../../../ui/format.ts';
import { deleteItemPath, itemPath, LIBRARY } from '../paths.ts';
import type { FileFacts } from '../queries/items.ts';
import { CATEGORY_ORDER } from '../queries/items.ts';
import { BOTH } from '../schema.ts';
import { CATEGORY_KEYS, programmeLabel } from './parts.tsx';

export interface ItemFormView {
  /** The material being edited; none for a new one. */
  itemId?: string;
  action: string;
  scopes: CurationScope[];
  values: Record<string, string>;
  errors?: FormErrors;
  /** The document's current file, on an edit. */
  file: FileFacts | null;
  /** A file was sent with a form that had errors: it must be chosen again. */
  fileAgain: boolean;
}

const ORDER = [
  'art',
  'kategorie',
  'zielgruppe',
  'programm',
  'titel',
  'zusammenfassung',
  'adresse',
  'datei',
  'text',
  'checkliste',
];

function FileField(props: { error?: MessageKey; current: FileFacts | null; again: boolean }) {
  const { t, locale } = useView();
  const { error } = props;
  const describedBy = ['feld-datei-hinweis', error ? 'feld-datei-fehler' : ''].filter(Boolean).join(' ');
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for="feld-datei">
        {t('library.form.file')}
      </label>
      <div class="kern-hint" id="feld-datei-hinweis">
        {t('library.form.fileHint')} {t('uploads.hint')}
        {props.current
          ? ` ${t('library.form.currentFile', { name: props.current.filename, size: formatSize(props.current.size, locale) })}`
          : ''}
      </div>
      <FieldError id="feld-datei" error={error} />
      {props.again && !error ? (
        <p class="kern-body kern-body--small" id="feld-datei-erneut">
          {t('uploads.again')}
        </p>
      ) : null}
      <input
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id="feld-datei"
        name="datei"
        type="file"
        accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp"
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/** A new material, or a material's edit: one form for documents, links and texts. */
export function ItemFormPage(props: { view: ItemFormView }) {
  const { t } = useView();
  const v = props.view;
  const editing = v.itemId !== undefined;
  return (
    <Page title={editing ? 'library.edit.title' : 'library.new.title'} errors={v.errors}>
      <p class="kern-body">
        <a class="kern-link" href={v.itemId ? itemPath(v.itemId) : LIBRARY}>
          {t(v.itemId ? 'library.backToItem' : 'library.back')}
        </a>
      </p>
      <ErrorSummary errors={v.errors ?? {}} order={ORDER} />
      <form method="post" action={v.action} enctype="multipart/form-data" class="kern-stack" novalidate>
        <CsrfField />
        <FormFields values={v.values} errors={v.errors}>
          <ChoiceGroup
            name="art"
            legend="library.form.kind"
            options={[
              { value: 'dokument', label: 'library.form.kind.document' },
              { value: 'link', label: 'library.form.kind.link' },
              { value: 'text', label: 'library.form.kind.text' },
            ]}
          />
          <SelectField
            name="kategorie"
            label="library.form.category"
            options={CATEGORY_ORDER.map((c) => ({ value: c, label: CATEGORY_KEYS[c] }))}
          />
          <ChoiceGroup
            name="zielgruppe"
            legend="library.form.audience"
            options={[
              { value: 'alle', label: 'library.form.audience.all' },
              { value: 'mentorinnen', label: 'library.form.audience.mentors' },
            ]}
          />
          <SelectField
            name="programm"
            label="library.form.programme"
            options={v.scopes.map((s) => ({
              value: s.programmeId ?? BOTH,
              label: { text: programmeLabel(t, s.name) },
            }))}
          />
          <TextField name="titel" label="library.form.title" hint="library.form.titleHint" />
          <TextArea
            name="zusammenfassung"
            label="library.form.summary"
            hint="library.form.summaryHint"
            rows={3}
          />
          <TextField name="adresse" label="library.form.url" hint="library.form.urlHint" required={false} />
          <FileField error={v.errors?.datei} current={v.file} again={v.fileAgain} />
          <TextArea name="text" label="library.form.text" hint="library.form.textHint" rows={12} />
          <TextArea
            name="checkliste"
            label="library.form.checklist"
            hint="library.form.checklistHint"
            rows={6}
          />
        </FormFields>
        <SubmitButton label={editing ? 'library.edit.save' : 'library.new.save'} />
      </form>
      {v.itemId ? (
        <section aria-labelledby="loeschen">
          <h2 class="kern-heading-medium" id="loeschen">
            {t('library.delete.title')}
          </h2>
          <p class="kern-body">{t('library.delete.explain')}</p>
          <form method="post" action={deleteItemPath(v.itemId)} class="kern-stack">
            <CsrfField />
            <button type="submit" class="kern-btn kern-btn--secondary">
              <span class="kern-label">{t('library.delete.submit')}</span>
            </button>
          </form>
        </section>
      ) : null}
    </Page>
  );
}
