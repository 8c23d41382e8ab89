import type { MemberTandem } from '../../../../access/index.ts';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';

/** What every members' page about support, the end and feedback shows first. */
export interface MemberPageBase {
  tandemId: string;
  partnerName: string;
  values: Record<string, string>;
  errors?: FormErrors;
}

/** The way back to the workspace, naming the partner. */
export function Back(props: { tandemId: string; partnerName: string }) {
  const { t } = useView();
  return (
    <p class="kern-body">
      <a class="kern-link" href={tandemPath(props.tandemId)}>
        {t('tandems.help.back', { name: props.partnerName })}
      </a>
    </p>
  );
}

/** What the members' pages of support, the end and feedback share: the way back and the form's state. */
export const memberPageBase = (
  tandem: MemberTandem,
  values: Record<string, string> = {},
  errors?: FormErrors,
): MemberPageBase => ({ tandemId: tandem.tandem.id, partnerName: tandem.partner.name, values, errors });
