import type { CurationScope } from '../../../access/library.ts';
import type { LibraryAudience, LibraryCategory } from '../../../db/schema/index.ts';
import { ChoiceGroup, SelectField } from '../../../ui/components/Choice.tsx';
import {
  ErrorSummary,
  FieldError,
  Form,
  fieldId,
  SubmitButton,
  TextArea,
  TextField,
  useField,
} from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { MODULES, modulePath } from '../paths.ts';
import { BOTH, positionField } from '../schema.ts';
import { CATEGORY_KEYS, programmeLabel } from './parts.tsx';

export interface ChoosableItem {
  id: string;
  title: string;
  category: LibraryCategory;
  audience: LibraryAudience;
  programmeId: string | null;
}

export interface ModuleFormView {
  moduleId?: string;
  action: string;
  scopes: CurationScope[];
  items: ChoosableItem[];
  programmes: Map<string, string>;
  values: Record<string, string>;
  errors?: FormErrors;
}

function PositionInput(props: { item: ChoosableItem }) {
  const name = positionField(props.item.id);
  const id = fieldId(name);
  const { value, error } = useField(name);
  return (
    <>
      <FieldError id={id} error={error} />
      <input
        class={`kern-form-input__input position-input${error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={name}
        type="text"
        inputmode="numeric"
        size={3}
        value={value}
        aria-describedby={['position-hinweis', error ? `${id}-fehler` : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? 'true' : undefined}
      />
    </>
  );
}

/** A training module's form: what it is, for whom, and which materials in which order. */
export function ModuleFormPage(props: { view: ModuleFormView }) {
  const { t } = useView();
  const v = props.view;
  const editing = v.moduleId !== undefined;
  return (
    <Page title={editing ? 'library.moduleForm.editTitle' : 'library.moduleForm.newTitle'} errors={v.errors}>
      <p class="kern-body">
        <a class="kern-link" href={v.moduleId ? modulePath(v.moduleId) : MODULES}>
          {t(v.moduleId ? 'library.moduleForm.backToModule' : 'library.module.back')}
        </a>
      </p>
      <ErrorSummary errors={v.errors ?? {}} />
      <Form action={v.action} values={v.values} errors={v.errors}>
        <TextField name="titel" label="library.moduleForm.title" />
        <TextArea
          name="beschreibung"
          label="library.moduleForm.description"
          hint="library.moduleForm.descriptionHint"
          rows={4}
        />
        <ChoiceGroup
          name="zielgruppe"
          legend="library.form.audience"
          options={[
            { value: 'mentorinnen', label: 'library.form.audience.mentors' },
            { value: 'alle', label: 'library.form.audience.all' },
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
        <div class="kern-hint" id="position-hinweis">
          {t('library.moduleForm.itemsHint')}
        </div>
        {v.items.length === 0 ? <p class="kern-body">{t('library.moduleForm.noItems')}</p> : null}
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--small kern-table--striped">
            <caption class="kern-title">{t('library.moduleForm.items')}</caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {t('library.moduleForm.item')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('library.moduleForm.position')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {v.items.map((item) => (
                <tr class="kern-table__row" key={item.id}>
                  <td class="kern-table__cell">
                    <label class="kern-label" for={fieldId(positionField(item.id))}>
                      {item.title}
                    </label>
                    <div class="kern-body kern-body--small">
                      {t(CATEGORY_KEYS[item.category])} ·{' '}
                      {programmeLabel(
                        t,
                        item.programmeId ? (v.programmes.get(item.programmeId) ?? null) : null,
                      )}
                      {item.audience === 'mentors' ? ` · ${t('library.audience.mentorsBadge')}` : ''}
                    </div>
                  </td>
                  <td class="kern-table__cell">
                    <PositionInput item={item} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <SubmitButton label={editing ? 'library.moduleForm.save' : 'library.moduleForm.create'} />
      </Form>
    </Page>
  );
}
