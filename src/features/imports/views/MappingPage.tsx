import type { MessageKey } from '../../../i18n/index.ts';
import { SelectField } from '../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { columnLetter, FIELDS, type Field, type Mapping, REQUIRED_FIELDS } from '../mapping.ts';
import type { SheetRow } from '../parse.ts';
import { OtherFileLink, StepNote } from './parts.tsx';

const hints: Partial<Record<Field, MessageKey>> = {
  name: 'imports.hint.name',
  role: 'imports.hint.role',
  bundesland: 'imports.hint.bundesland',
  sizeClass: 'imports.hint.sizeClass',
  topics: 'imports.hint.topics',
  capacity: 'imports.hint.capacity',
  languages: 'imports.hint.languages',
};

/** Step 2: a column of the file for each of our fields, and a look at the first rows. */
export function MappingPage(props: {
  token: string;
  fileName: string;
  programmeName: string;
  headers: string[];
  rowCount: number;
  preview: SheetRow[];
  mapping: Mapping;
  errors?: Partial<Record<Field, MessageKey>>;
}) {
  const { t } = useView();
  const errors: FormErrors = Object.fromEntries(
    Object.entries(props.errors ?? {}).map(([field, key]) => [`spalte_${field}`, key]),
  );
  const columnLabel = (header: string, i: number) =>
    t('imports.mapping.column', {
      letter: columnLetter(i),
      header: header || t('imports.mapping.emptyHeader'),
    });
  const values = Object.fromEntries(FIELDS.map((f) => [`spalte_${f}`, props.mapping[f]?.toString()]));
  const options = props.headers.map((h, i) => ({ value: String(i), label: columnLabel(h, i) }));
  return (
    <Page title="imports.mapping.title" errors={errors}>
      <StepNote current={2} />
      <p class="kern-body kern-body--large">{t('imports.mapping.lead')}</p>
      <p class="kern-body">
        {t('imports.mapping.file', {
          file: props.fileName,
          rows: props.rowCount,
          columns: props.headers.length,
          programme: props.programmeName,
        })}
      </p>
      <ErrorSummary errors={errors} order={FIELDS.map((f) => `spalte_${f}`)} />
      <Form action={`/koordination/import/${props.token}/zuordnung`} values={values} errors={errors}>
        <h2 class="kern-heading-medium">{t('imports.mapping.fields')}</h2>
        {FIELDS.map((field) => (
          <SelectField
            key={field}
            name={`spalte_${field}`}
            label={{
              text: REQUIRED_FIELDS.includes(field)
                ? `${t(`imports.field.${field}`)} ${t('imports.mapping.requiredMark')}`
                : t(`imports.field.${field}`),
            }}
            hint={hints[field]}
            placeholder="imports.mapping.none"
            options={options.map((o) => ({ value: o.value, label: { text: o.label } }))}
          />
        ))}
        <SubmitButton label="imports.mapping.submit" />
      </Form>
      <h2 class="kern-heading-medium" id="vorschau">
        {t('imports.mapping.preview')}
      </h2>
      {/* Focusable, so that keyboard users can scroll a wide table. */}
      <section class="kern-table-responsive" aria-labelledby="vorschau" tabindex={0}>
        <table class="kern-table kern-table--small">
          <thead class="kern-table__header">
            <tr class="kern-table__row">
              <th class="kern-table__header kern-table__header--numeric" scope="col">
                {t('imports.report.row')}
              </th>
              {props.headers.map((h, i) => (
                <th class="kern-table__header" scope="col" key={`${i}-${h}`}>
                  {columnLabel(h, i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {props.preview.map((r) => (
              <tr class="kern-table__row" key={r.row}>
                <th class="kern-table__cell kern-table__cell--numeric" scope="row">
                  {r.row}
                </th>
                {props.headers.map((h, i) => (
                  <td class="kern-table__cell" key={`${i}-${h}`}>
                    {r.cells[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <OtherFileLink />
    </Page>
  );
}
