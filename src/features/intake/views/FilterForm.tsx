import { BUNDESLAENDER, PARTICIPATION_STATUSES, ROLES } from '../../../db/schema/registration.ts';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { InputField, SelectField } from './fields.tsx';
import { bundeslandKey, LIST_PATH, roleKey, statusKey } from './labels.ts';

/** The filters: a GET form, so results can be bookmarked and it works without JavaScript. */
export function FilterForm(props: {
  programmes: { id: string; name: string }[];
  values: Record<string, string>;
  errors: FormErrors;
}) {
  const { t } = useView();
  const v = props.values;
  return (
    <form method="get" action={LIST_PATH} class="kern-stack" novalidate>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('intake.filter.legend')}</legend>
        <div class="kern-fieldset__body kern-stack">
          {props.programmes.length > 1 ? (
            <SelectField
              name="programm"
              label="intake.filter.programme"
              emptyLabel="intake.filter.allProgrammes"
              options={props.programmes.map((p) => ({ value: p.id, label: p.name }))}
              value={v.programm}
            />
          ) : null}
          <SelectField
            name="rolle"
            label="intake.filter.role"
            emptyLabel="intake.filter.allRoles"
            options={ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))}
            value={v.rolle}
          />
          <SelectField
            name="status"
            label="intake.filter.status"
            emptyLabel="intake.filter.allStatuses"
            options={PARTICIPATION_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
            value={v.status}
          />
          <SelectField
            name="bundesland"
            label="intake.filter.bundesland"
            emptyLabel="intake.filter.allBundeslaender"
            options={BUNDESLAENDER.map((b) => ({ value: b, label: t(bundeslandKey(b)) }))}
            value={v.bundesland}
          />
          <InputField
            name="seit"
            type="date"
            label="intake.filter.since"
            hint="intake.filter.sinceHint"
            value={v.seit}
            errors={props.errors}
            optional
          />
          <InputField
            name="suche"
            type="search"
            label="intake.filter.search"
            hint="intake.filter.searchHint"
            value={v.suche}
            errors={props.errors}
            optional
          />
        </div>
      </fieldset>
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
