import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatNumber } from '../../../../ui/format.ts';
import { ColumnHeaders } from '../../views/ColumnHeaders.tsx';
import { type FeedbackFigures, MIN_ANSWERS } from '../queries.ts';

/**
 * Feedback figures per programme, and the comments their authors shared: none below five answers, no
 * names, no dates, no tandem; comments in alphabetical order, so that their order tells nothing.
 */
export function FeedbackStatsPage(props: {
  programmes: {
    id: string;
    name: string;
    figures: FeedbackFigures | { answers: number };
    comments: string[];
  }[];
}) {
  const { t, locale } = useView();
  const share = (n: number, of: number) => `${formatNumber(Math.round((100 * n) / of), locale)} %`;
  return (
    <Page title="tandems.help.stats.title" lead="tandems.help.stats.lead">
      {props.programmes.map((p) => (
        <section aria-labelledby={`rueckmeldungen-${p.id}`} class="account-section" key={p.id}>
          <h2 class="kern-heading-medium" id={`rueckmeldungen-${p.id}`}>
            {p.name}
          </h2>
          <p class="kern-body">{t('tandems.help.stats.answers', { count: p.figures.answers })}</p>
          {'meanSatisfaction' in p.figures ? (
            (() => {
              const f = p.figures;
              return (
                <>
                  <p class="kern-body">
                    {t('tandems.help.stats.mean', {
                      mean: new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
                        maximumFractionDigits: 1,
                        minimumFractionDigits: 1,
                      }).format(f.meanSatisfaction),
                    })}
                  </p>
                  <table class="kern-table kern-table--small">
                    <caption class="kern-title">{t('tandems.help.stats.distribution')}</caption>
                    <ColumnHeaders columns={['tandems.help.stats.value', 'tandems.help.stats.count']} />
                    <tbody class="kern-table__body">
                      {f.satisfaction.map((n, i) => (
                        <tr class="kern-table__row" key={i}>
                          <th class="kern-table__header" scope="row">
                            {i + 1}
                          </th>
                          <td class="kern-table__cell">{n}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <ul class="kern-list">
                    <li>
                      {t('tandems.help.stats.goals', {
                        yes: share(f.goals.yes, f.answers),
                        partly: share(f.goals.partly, f.answers),
                        no: share(f.goals.no, f.answers),
                      })}
                    </li>
                    <li>{t('tandems.help.stats.recommend', { share: share(f.recommend, f.answers) })}</li>
                    <li>
                      {t('tandems.help.stats.mentor', {
                        yes: share(f.mentor.yes, f.answers),
                        maybe: share(f.mentor.maybe, f.answers),
                      })}
                    </li>
                  </ul>
                </>
              );
            })()
          ) : (
            <p class="kern-body">{t('tandems.help.stats.tooFew', { min: MIN_ANSWERS })}</p>
          )}
          {'meanSatisfaction' in p.figures ? (
            <>
              <h3 class="kern-heading-small">{t('tandems.help.stats.comments')}</h3>
              {p.comments.length === 0 ? (
                <p class="kern-body">{t('tandems.help.stats.commentsNone')}</p>
              ) : (
                <ul class="kern-list">
                  {p.comments.map((c, i) => (
                    <li class="preserve-lines" key={i}>
                      {c}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </section>
      ))}
    </Page>
  );
}
