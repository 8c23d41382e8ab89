import type { ComponentChildren } from 'preact';
import type { profiles } from '../../../db/schema/index.ts';
import type { Role } from '../../../db/schema/registration.ts';
import type { MessageKey, Translate } from '../../../i18n/index.ts';
import { useView } from '../../../ui/context.ts';

/** What the other person may see before a tandem exists; contact details only once it does. */
export interface PartnerView {
  name: string;
  role: Role;
  profile: Pick<
    typeof profiles.$inferSelect,
    | 'position'
    | 'organisationName'
    | 'organisationType'
    | 'sizeClass'
    | 'bundesland'
    | 'inRoleSince'
    | 'formats'
    | 'frequency'
    | 'languages'
  > | null;
  topicsNeeded: string[];
  topicsOffered: string[];
  strengths: string;
  contact: { email: string; phone: string } | null;
}

function Item(props: { label: MessageKey; children?: ComponentChildren }) {
  const { t } = useView();
  const empty = props.children === undefined || props.children === null || props.children === '';
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{t(props.label)}</dt>
      <dd class="kern-description-list-item__value">{empty ? '–' : props.children}</dd>
    </div>
  );
}

const named = (t: Translate, prefix: string, values: readonly string[]) =>
  values
    .map((v) => {
      const key = `${prefix}.${v}` as MessageKey;
      const text = t(key);
      return text === key ? v : text;
    })
    .join(', ');

function topicList(labels: string[]) {
  if (labels.length === 0) return null;
  return (
    <ul class="kern-list kern-list--bullet">
      {labels.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

export function PartnerProfile(props: { partner: PartnerView }) {
  const { t } = useView();
  const { partner } = props;
  const p = partner.profile;
  const mentor = partner.role === 'mentor';
  return (
    <section aria-labelledby="partner" class="account-section">
      <h2 class="kern-heading-medium" id="partner">
        {t('proposals.partner.title', { name: partner.name })}
      </h2>
      <dl class="kern-description-list">
        <Item label="proposals.partner.position">{p?.position}</Item>
        <Item label="proposals.partner.organisation">{p?.organisationName}</Item>
        <Item label="proposals.partner.organisationType">
          {p ? t(`organisation.type.${p.organisationType}` as MessageKey) : null}
        </Item>
        <Item label="proposals.partner.size">
          {p ? t(`organisation.size.${p.sizeClass}` as MessageKey) : null}
        </Item>
        <Item label="proposals.partner.bundesland">
          {p ? t(`bundesland.${p.bundesland}` as MessageKey) : null}
        </Item>
        <Item label="proposals.partner.inRoleSince">{p ? String(p.inRoleSince) : null}</Item>
        <Item label="proposals.partner.formats">{p ? named(t, 'format', p.formats) : null}</Item>
        <Item label="proposals.partner.frequency">
          {p ? t(`frequency.${p.frequency}` as MessageKey) : null}
        </Item>
        <Item label="proposals.partner.languages">{p ? named(t, 'language', p.languages) : null}</Item>
        {mentor ? null : (
          <Item label="proposals.partner.topicsNeeded">{topicList(partner.topicsNeeded)}</Item>
        )}
        <Item label={mentor ? 'proposals.partner.topicsOffered' : 'proposals.partner.competences'}>
          {topicList(partner.topicsOffered)}
        </Item>
        {mentor ? (
          <Item label="proposals.partner.strengths">
            {partner.strengths ? <span class="preserve-lines">{partner.strengths}</span> : null}
          </Item>
        ) : null}
      </dl>
      <h3 class="kern-heading-small">{t('proposals.partner.contact')}</h3>
      {partner.contact ? (
        <dl class="kern-description-list">
          <Item label="proposals.partner.email">
            <a class="kern-link" href={`mailto:${partner.contact.email}`}>
              {partner.contact.email}
            </a>
          </Item>
          <Item label="proposals.partner.phone">{partner.contact.phone}</Item>
        </dl>
      ) : (
        <p class="kern-body">{t('proposals.partner.contactLater')}</p>
      )}
    </section>
  );
}
