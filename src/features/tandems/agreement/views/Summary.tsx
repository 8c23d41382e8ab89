import type { AgreementContent } from '../../../../db/schema/tandems.ts';
import type { MessageKey } from '../../../../i18n/index.ts';
import { useView } from '../../../../ui/context.ts';

const TEXTS: [keyof AgreementContent, MessageKey][] = [
  ['expectations', 'tandems.agreement.field.expectations'],
  ['needs', 'tandems.agreement.field.needs'],
  ['wishes', 'tandems.agreement.field.wishes'],
  ['capacities', 'tandems.agreement.field.capacities'],
  ['goals', 'tandems.agreement.field.goals'],
  ['reachability', 'tandems.agreement.field.reachability'],
];

/** An agreement version's content as a description list. */
export function Summary(props: { content: AgreementContent }) {
  const { t } = useView();
  const c = props.content;
  return (
    <dl class="kern-description-list">
      {TEXTS.map(([key, label]) => (
        <div class="kern-description-list-item" key={key}>
          <dt class="kern-description-list-item__key">{t(label)}</dt>
          <dd class="kern-description-list-item__value preserve-lines">
            {(c[key] as string) || t('tandems.agreement.empty')}
          </dd>
        </div>
      ))}
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">{t('tandems.agreement.field.organisation')}</dt>
        <dd class="kern-description-list-item__value">
          {c.formats.map((f) => t(`tandems.meetings.format.${f}`)).join(', ')} ·{' '}
          {t(`tandems.agreement.rhythm.${c.rhythm}`)}
        </dd>
      </div>
    </dl>
  );
}
