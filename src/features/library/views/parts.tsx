import type { LibraryAudience, LibraryCategory, LibraryKind } from '../../../db/schema/index.ts';
import type { MessageKey, Translate } from '../../../i18n/index.ts';
import { useView } from '../../../ui/context.ts';

export const CATEGORY_KEYS: Record<LibraryCategory, MessageKey> = {
  gespraechsfuehrung: 'library.category.gespraechsfuehrung',
  kick_off: 'library.category.kick_off',
  zielvereinbarung: 'library.category.zielvereinbarung',
  netzwerke: 'library.category.netzwerke',
  haushaltsplanung: 'library.category.haushaltsplanung',
  foerderung: 'library.category.foerderung',
  leitfaden: 'library.category.leitfaden',
  sonstiges: 'library.category.sonstiges',
};

export const KIND_KEYS: Record<LibraryKind, MessageKey> = {
  document: 'library.kind.document',
  link: 'library.kind.link',
  text: 'library.kind.text',
};

/** The programme a material is for, or "Beide Programme". */
export const programmeLabel = (t: Translate, name: string | null) => name ?? t('library.programme.both');

/** Kind, and for mentors only the badge "Nur für Mentor*innen". */
export function ItemBadges(props: { kind: LibraryKind; audience: LibraryAudience; programme?: string }) {
  const { t } = useView();
  return (
    <p class="kern-body kern-body--small">
      <span class="kern-badge kern-badge--info">{t(KIND_KEYS[props.kind])}</span>{' '}
      {props.audience === 'mentors' ? (
        <span class="kern-badge kern-badge--warning">{t('library.audience.mentorsBadge')}</span>
      ) : null}
      {props.programme ? <> {props.programme}</> : null}
    </p>
  );
}
