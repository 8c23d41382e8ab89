import { CsrfField, ErrorSummary, FileField, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';
import { formatSize } from '../../../ui/format.ts';
import { filePath, tipAction } from '../paths.ts';
import { MAX_FILES } from '../schema.ts';
import type { TipView } from './types.ts';

/** The tip's files as downloads; for those who may change it, remove buttons and an upload form. */
export function Attachments(props: { view: TipView }) {
  const { t, locale } = useView();
  const { found, details, edits, errors } = props.view;
  if (details.files.length === 0 && !edits) return null;
  return (
    <section aria-labelledby="anhaenge-titel" class="kern-stack">
      <h2 class="kern-heading-medium" id="anhaenge-titel">
        {t('tips.files.title')}
      </h2>
      {details.files.length === 0 ? <p class="kern-body">{t('tips.files.none')}</p> : null}
      <ul class="kern-list">
        {details.files.map((f) => (
          <li key={f.id}>
            <a class="kern-link" href={filePath(found.tip.id, f.id)} download={f.filename}>
              {t('uploads.download', { name: f.filename, size: formatSize(f.size, locale) })}
            </a>
            {edits ? (
              <form method="post" action={`${filePath(found.tip.id, f.id)}/entfernen`} class="inline-form">
                <CsrfField />
                <button type="submit" class="kern-btn kern-btn--tertiary">
                  <span class="kern-label">{t('tips.files.remove', { name: f.filename })}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {edits && details.files.length < MAX_FILES ? (
        <Form
          action={tipAction(found.tip.id, 'anhaenge')}
          errors={errors?.datei ? { datei: errors.datei } : undefined}
          multipart
        >
          <ErrorSummary errors={errors?.datei ? { datei: errors.datei } : {}} />
          <FileField
            name="datei"
            label="tips.files.add"
            hint="uploads.hint"
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp"
          />
          <SubmitButton label="tips.files.upload" kind="secondary" />
        </Form>
      ) : null}
    </section>
  );
}
