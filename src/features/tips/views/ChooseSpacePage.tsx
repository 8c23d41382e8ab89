import type { Space } from '../../../access/index.ts';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { spaceName } from '../../community/index.ts';
import { newTipPath, TIPS } from '../paths.ts';

/** Before the form: where the tip is shared (the space decides its topics and who reads it). */
export function ChooseSpacePage(props: { spaces: Space[] }) {
  const { t } = useView();
  return (
    <Page title="tips.choose.title" lead="tips.choose.lead">
      <p class="kern-body">
        <a class="kern-link" href={TIPS}>
          {t('tips.back')}
        </a>
      </p>
      <ul class="kern-list">
        {props.spaces.map((s) => (
          <li key={s.slug}>
            <a class="kern-link" href={newTipPath(s.slug)}>
              {spaceName(t, s)}
            </a>
          </li>
        ))}
      </ul>
    </Page>
  );
}
