import { BUNDESLAENDER, PARTICIPATION_STATUSES, ROLES } from '../../../db/schema/registration.ts';
import { SelectField } from '../../../ui/components/Choice.tsx';
import { FormFields, TextField } from '../../../ui/components/Form.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { bundeslandKey, LIST_PATH, roleKey, statusKey } from './labels.ts';

/** The filters: a GET form, so results can be bookmarked and it works without JavaScript. */
export function FilterForm(props: {
  programmes: { id: string; name: string }[];
  values: Record<string, string>;
  errors: FormErrors;
}) {
  const { t } = useView();
  return (
    <form method="get" action={LIST_PATH} class="kern-stack" novalidate>
      <FormFields values={props.values} errors={props.errors}>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('intake.filter.legend')}</legend>
          <div class="kern-fieldset__body kern-stack">
            {props.programmes.length > 1 ? (
              <SelectField
                name="programm"
                label="intake.filter.programme"
                placeholder="intake.filter.allProgrammes"
                options={props.programmes.map((p) => ({ value: p.id, label: { text: p.name } }))}
              />
            ) : null}
            <SelectField
              name="rolle"
              label="intake.filter.role"
              placeholder="intake.filter.allRoles"
              options={ROLES.map((r) => ({ value: r, label: { text: t(roleKey(r)) } }))}
            />
            <SelectField
              name="status"
              label="intake.filter.status"
              placeholder="intake.filter.allStatuses"
              options={PARTICIPATION_STATUSES.map((s) => ({ value: s, label: { text: t(statusKey(s)) } }))}
            />
            <SelectField
              name="bundesland"
              label="intake.filter.bundesland"
              placeholder="intake.filter.allBundeslaender"
              options={BUNDESLAENDER.map((b) => ({ value: b, label: { text: t(bundeslandKey(b)) } }))}
            />
            <TextField
              name="seit"
              type="date"
              label="intake.filter.since"
              hint="intake.filter.sinceHint"
              required={false}
            />
            <TextField
              name="suche"
              type="search"
              label="intake.filter.search"
              hint="intake.filter.searchHint"
              required={false}
            />
          </div>
        </fieldset>
      </FormFields>
      <div class="kern-btn-wrapper">
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('intake.filter.apply')}</span>
        </button>
        <a class="kern-link" href={LIST_PATH}>
          {t('intake.filter.reset')}
        </a>
      </div>
    </form>
  );
}
