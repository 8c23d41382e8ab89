import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { endKindKey } from '../../../tandems/index.ts';
import { COORDINATION_TANDEMS_PATH } from '../../paths.ts';
import type { TandemEnd } from '../queries.ts';

/** How a tandem ended, for its coordinators: when, how, by whom; an early end's reason as promised. */
export function EndInfoPage(props: { end: TandemEnd }) {
  const { t, locale } = useView();
  const e = props.end;
  const item = (key: Parameters<typeof t>[0], value: string, lines = false) => (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{t(key)}</dt>
      <dd class={`kern-description-list-item__value${lines ? ' preserve-lines' : ''}`}>{value}</dd>
    </div>
  );
  return (
    <Page title="tandems.help.endInfo.title" titleVars={{ mentee: e.menteeName, mentor: e.mentorName }}>
      <p class="kern-body">
        <a class="kern-link" href={COORDINATION_TANDEMS_PATH}>
          {t('tandems.help.endInfo.back')}
        </a>
      </p>
      <dl class="kern-description-list">
        {item('tandems.help.endInfo.at', e.endedAt ? formatAt(e.endedAt, locale, 'date') : '–')}
        {item('tandems.help.endInfo.kind', e.endKind ? t(endKindKey(e.endKind)) : '–')}
        {item('tandems.help.endInfo.by', e.endedByName ?? '–')}
        {e.endKind === 'early' ? item('tandems.help.endInfo.reason', e.endReason || '–', true) : null}
      </dl>
    </Page>
  );
}
