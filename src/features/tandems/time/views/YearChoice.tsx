import { useView } from '../../../../ui/context.ts';

/** A GET form to choose the year shown; works without JavaScript. */
export function YearChoice(props: { action: string; year: number; years: number[] }) {
  const { t } = useView();
  return (
    <form method="get" action={props.action} class="button-row">
      <div class="kern-form-input">
        <label class="kern-label" for="feld-jahr">
          {t('tandems.time.year')}
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="feld-jahr" name="jahr">
            {props.years.map((y) => (
              <option key={y} value={String(y)} selected={y === props.year}>
                {String(y)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{t('tandems.time.year.show')}</span>
      </button>
    </form>
  );
}
