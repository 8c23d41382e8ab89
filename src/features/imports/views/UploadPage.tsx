import { SelectField } from '../../../ui/components/Choice.tsx';
import {
  CsrfField,
  ErrorSummary,
  FieldError,
  FormFields,
  SubmitButton,
} from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { StepNote } from './parts.tsx';

/** Step 1: choose the programme and the file. */
export function UploadPage(props: {
  programmes: { id: string; name: string }[];
  programmeId?: string;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const fileError = props.errors?.datei;
  const programm = props.programmeId ?? (props.programmes.length === 1 ? props.programmes[0]!.id : undefined);
  return (
    <Page title="imports.upload.title" errors={props.errors}>
      <StepNote current={1} />
      <p class="kern-body kern-body--large">{t('imports.upload.lead')}</p>
      <p class="kern-body">{t('imports.upload.required')}</p>
      <p class="kern-body">{t('imports.upload.invitations')}</p>
      <ErrorSummary errors={props.errors ?? {}} order={['programm', 'datei']} />
      <form
        method="post"
        action="/koordination/import"
        enctype="multipart/form-data"
        class="kern-stack"
        novalidate
      >
        <CsrfField />
        <FormFields values={{ programm }} errors={props.errors}>
          <SelectField
            name="programm"
            label="imports.upload.programme"
            options={props.programmes.map((p) => ({ value: p.id, label: { text: p.name } }))}
          />
        </FormFields>
        <div class={`kern-form-input${fileError ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="feld-datei">
            {t('imports.upload.file')}
          </label>
          <div class="kern-hint" id="feld-datei-hinweis">
            {t('imports.upload.fileHint')}
          </div>
          <FieldError id="feld-datei" error={fileError} />
          <input
            class={`kern-form-input__input${fileError ? ' kern-form-input__input--error' : ''}`}
            id="feld-datei"
            name="datei"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`feld-datei-hinweis${fileError ? ' feld-datei-fehler' : ''}`}
            aria-invalid={fileError ? 'true' : undefined}
            required
          />
        </div>
        <SubmitButton label="imports.upload.submit" />
      </form>
    </Page>
  );
}
