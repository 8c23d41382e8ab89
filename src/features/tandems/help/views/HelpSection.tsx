import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';

/** The guide's "Was tun, wenn es stockt?": ask for support; end the tandem; after the end, feedback. */
export function HelpSection(props: {
  tandemId: string;
  ended: boolean;
  feedbackGiven: boolean;
  /** After the end, for the mentee: where to add the mentor role. */
  becomeMentor?: string;
}) {
  const { t } = useView();
  return (
    <section aria-labelledby="hilfe" class="account-section">
      <h2 class="kern-heading-medium" id="hilfe">
        {t('tandems.help.section.title')}
      </h2>
      <p class="kern-body">{t('tandems.help.section.lead')}</p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={tandemPath(props.tandemId, 'unterstuetzung')}>
            {t('tandems.help.section.support')}
          </a>
        </li>
        {props.ended ? (
          <li>
            {props.feedbackGiven ? (
              t('tandems.help.section.feedbackGiven')
            ) : (
              <a class="kern-link" href={tandemPath(props.tandemId, 'rueckmeldung')}>
                {t('tandems.help.section.feedback')}
              </a>
            )}
          </li>
        ) : (
          <li>
            <a class="kern-link" href={tandemPath(props.tandemId, 'ende')}>
              {t('tandems.help.section.end')}
            </a>
          </li>
        )}
      </ul>
      {props.becomeMentor ? (
        <p class="kern-body">
          {t('tandems.help.section.becomeMentorLead')}{' '}
          <a class="kern-link" href={props.becomeMentor}>
            {t('tandems.help.section.becomeMentor')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
