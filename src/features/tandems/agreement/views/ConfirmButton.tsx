import { CsrfField } from '../../../../ui/components/Form.tsx';
import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';

/** This side's confirmation of one version (refused with 409 when a newer one exists meanwhile). */
export function ConfirmButton(props: { tandemId: string; version: number }) {
  const { t } = useView();
  return (
    <form method="post" action={tandemPath(props.tandemId, 'vereinbarung/bestaetigung')}>
      <CsrfField />
      <input type="hidden" name="version" value={String(props.version)} />
      <button type="submit" class="kern-btn kern-btn--primary">
        <span class="kern-label">{t('tandems.agreement.confirm.submit', { version: props.version })}</span>
      </button>
    </form>
  );
}
