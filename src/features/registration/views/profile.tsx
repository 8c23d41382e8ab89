import type { MessageKey } from '../../../i18n/index.ts';
import { Form, SubmitButton, TextArea } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import type { Topic } from '../../programmes/index.ts';
import type { OwnParticipation } from '../queries.ts';

/** A mentee whose tandem ended as planned asks to be matched again (also on the ended workspace). */
export function ReturnToPool(props: { participationId: string }) {
  const { t } = useView();
  return (
    <>
      <p class="kern-body">{t('profile.returnLead')}</p>
      <Form action={`/profil/teilnahme/${props.participationId}/erneut-vermitteln`}>
        <SubmitButton label="profile.returnToPool" kind="secondary" />
      </Form>
    </>
  );
}

function ParticipationCard(props: { p: OwnParticipation; topics: Topic[]; canBecomeMentor: boolean }) {
  const { t, locale } = useView();
  const { p } = props;
  const names = (ids: string[]) =>
    ids
      .map((id) => props.topics.find((x) => x.id === id)?.label)
      .filter(Boolean)
      .join(', ') || '–';
  const active = ['registered', 'intake_scheduled', 'intake_held', 'accepted'].includes(p.status);
  const headingId = `teilnahme-${p.id}`;
  return (
    <section class="kern-card participation" aria-labelledby={headingId}>
      <div class="kern-card__container">
        <div class="kern-card__header">
          <p class="kern-preline">{p.programmeName}</p>
          <h2 class="kern-title" id={headingId}>
            {t(`participant.role.${p.role}` as MessageKey)}
          </h2>
        </div>
        <div class="kern-card__body">
          <p class="kern-body">
            <span class="kern-badge kern-badge--info">
              {t(`participant.status.${p.status}` as MessageKey)}
            </span>
          </p>
          {p.status === 'intake_scheduled' && p.intakeAt ? (
            <p class="kern-body">
              {t('profile.intakeAt', { when: formatAt(p.intakeAt, locale, 'longDateTime') })}
            </p>
          ) : null}
          <dl class="kern-description-list">
            {p.role === 'mentee' ? (
              <>
                <div class="kern-description-list-item">
                  <dt class="kern-description-list-item__key">{t('registration.field.topicsNeeded')}</dt>
                  <dd class="kern-description-list-item__value">{names(p.topicsNeeded)}</dd>
                </div>
                <div class="kern-description-list-item">
                  <dt class="kern-description-list-item__key">{t('registration.field.goals')}</dt>
                  <dd class="kern-description-list-item__value preserve-lines">{p.goals || '–'}</dd>
                </div>
              </>
            ) : (
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{t('registration.field.capacity')}</dt>
                <dd class="kern-description-list-item__value">{p.capacity ?? '–'}</dd>
              </div>
            )}
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{t('registration.field.topicsOffered')}</dt>
              <dd class="kern-description-list-item__value">{names(p.topicsOffered)}</dd>
            </div>
          </dl>
          <p class="kern-body">
            <a class="kern-link" href={`/profil/teilnahme/${p.id}`}>
              {t('profile.editParticipation')}
            </a>
          </p>
          {props.canBecomeMentor ? (
            <p class="kern-body">
              <a class="kern-link" href={`/registrierung?programm=${p.programmeSlug}&rolle=mentor`}>
                {t('profile.becomeMentor')}
              </a>
            </p>
          ) : null}
          {p.finished ? <ReturnToPool participationId={p.id} /> : null}
          {active ? (
            <details class="status-actions">
              <summary class="kern-link">{t('profile.pauseOrWithdraw')}</summary>
              <Form action={`/profil/teilnahme/${p.id}/status`}>
                <TextArea
                  name="reason"
                  id={`grund-${p.id}`}
                  label="profile.reason"
                  hint="profile.reasonHint"
                  rows={3}
                />
                <div class="kern-btn-wrapper">
                  <button type="submit" name="status" value="paused" class="kern-btn kern-btn--secondary">
                    <span class="kern-label">{t('profile.pause')}</span>
                  </button>
                  <button type="submit" name="status" value="withdrawn" class="kern-btn kern-btn--secondary">
                    <span class="kern-label">{t('profile.withdraw')}</span>
                  </button>
                </div>
              </Form>
            </details>
          ) : p.status === 'paused' ? (
            <Form action={`/profil/teilnahme/${p.id}/status`}>
              <input type="hidden" name="status" value="resume" />
              <SubmitButton label="profile.resume" kind="secondary" />
            </Form>
          ) : null}
        </div>
      </div>
    </section>
  );
}

export interface ProfileSummary {
  name: string;
  email: string;
  organisation: string;
  position: string;
}

export function ProfilePage(props: {
  summary: ProfileSummary | null;
  participations: OwnParticipation[];
  topics: Topic[];
}) {
  const { t } = useView();
  const mentorIn = new Set(props.participations.filter((p) => p.role === 'mentor').map((p) => p.programmeId));
  return (
    <Page title="profile.title">
      {props.summary ? (
        <section aria-labelledby="angaben">
          <h2 class="kern-heading-medium" id="angaben">
            {t('profile.details')}
          </h2>
          <p class="kern-body">
            {props.summary.name} · {props.summary.email}
            <br />
            {props.summary.position} · {props.summary.organisation}
          </p>
          <p class="kern-body">
            <a class="kern-link" href="/profil/angaben">
              {t('profile.editDetails')}
            </a>
          </p>
        </section>
      ) : null}
      {props.participations.length === 0 ? (
        <p class="kern-body">
          {t('profile.none')}{' '}
          <a class="kern-link" href="/registrierung">
            {t('profile.register')}
          </a>
        </p>
      ) : (
        <div class="card-list">
          {props.participations.map((p) => (
            <ParticipationCard
              key={p.id}
              p={p}
              topics={props.topics}
              canBecomeMentor={p.role === 'mentee' && !mentorIn.has(p.programmeId)}
            />
          ))}
        </div>
      )}
      {props.participations.length > 0 ? (
        <p class="kern-body">
          <a class="kern-link" href="/vorschlaege">
            {t('proposals.profileLink')}
          </a>
        </p>
      ) : null}
      {props.participations.length > 0 ? (
        <p class="kern-body">
          <a class="kern-link" href="/registrierung">
            {t('profile.registerMore')}
          </a>
        </p>
      ) : null}
    </Page>
  );
}
