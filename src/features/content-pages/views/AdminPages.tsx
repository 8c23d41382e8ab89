import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';

export function AdminPagesList(props: {
  pages: { slug: string; locale: string; title: string; updatedAt: Date }[];
}) {
  const { t, locale } = useView();
  return (
    <Page title="admin.pages.title" lead="admin.pages.lead">
      <div class="kern-table-responsive">
        <table class="kern-table">
          <caption class="kern-sr-only">{t('admin.pages.title')}</caption>
          <thead class="kern-table__header">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('admin.pages.page')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('admin.pages.language')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('admin.pages.updated')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {props.pages.map((p) => (
              <tr class="kern-table__row" key={`${p.slug}-${p.locale}`}>
                <td class="kern-table__cell">
                  <a class="kern-link" href={`/verwaltung/seiten/${p.slug}/${p.locale}`}>
                    {p.title}
                  </a>
                </td>
                <td class="kern-table__cell">{p.locale === 'de' ? 'Deutsch' : 'English'}</td>
                <td class="kern-table__cell">{formatAt(p.updatedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}

export function EditPageForm(props: {
  slug: string;
  locale: string;
  values: { title?: string; body?: string };
  errors?: FormErrors;
}) {
  return (
    <Page title="admin.pages.edit" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['title', 'body']} />
      <Form
        action={`/verwaltung/seiten/${props.slug}/${props.locale}`}
        values={props.values}
        errors={props.errors}
      >
        <TextField name="title" label="admin.pages.fieldTitle" maxLength={200} />
        <TextArea name="body" label="admin.pages.fieldBody" hint="admin.pages.fieldBodyHint" rows={16} />
        <SubmitButton label="form.save" />
      </Form>
    </Page>
  );
}
