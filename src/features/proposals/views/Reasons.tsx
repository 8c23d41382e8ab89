import type { Locale, MessageKey, Translate } from '../../../i18n/index.ts';
import type { Explanation, Reason } from '../../../matching-engine/explain.ts';
import { useView } from '../../../ui/context.ts';

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();
const tag = (locale: Locale) => (locale === 'de' ? 'de-DE' : 'en-GB');

/** Points with at most one decimal, in the reader's notation (12,5 / 12.5). */
export function formatPoints(value: number, locale: Locale) {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 });
    numberFormats.set(locale, f);
  }
  return f.format(value);
}

function joinList(values: string[], locale: Locale) {
  let f = listFormats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(tag(locale), { style: 'long', type: 'conjunction' });
    listFormats.set(locale, f);
  }
  return f.format(values);
}

/** A catalogue label, or the stored value when the catalogue does not know it. */
function label(t: Translate, key: string, fallback: string) {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

/** One reason as a sentence: topics, formats, languages and Bundesländer named, then joined. */
export function reasonText(
  t: Translate,
  locale: Locale,
  reason: Reason,
  topicLabels: ReadonlyMap<string, string>,
) {
  const names = (reason.list?.values ?? [])
    .map((v) => {
      switch (reason.list?.kind) {
        case 'topic':
          return topicLabels.get(v) ?? '';
        case 'format':
          return label(t, `format.${v}`, v);
        case 'language':
          return label(t, `language.${v}`, v);
        case 'bundesland':
          return label(t, `bundesland.${v}`, v);
        default:
          return v;
      }
    })
    .filter((n) => n !== '');
  const params = Object.fromEntries(
    Object.entries(reason.params).map(([k, v]) => [k, typeof v === 'number' ? formatPoints(v, locale) : v]),
  );
  const key = `matching.reason.${reason.key}` as MessageKey;
  const text = t(key, { ...params, list: joinList(names, locale) });
  return text === key ? '' : text;
}

/**
 * Why a pair fits, criterion by criterion: points of the maximum and the reason in words. Used on
 * the participants' proposal page and in the coordinators' suggestions.
 */
export function Reasons(props: { explanation: Explanation; topicLabels: ReadonlyMap<string, string> }) {
  const { t, locale } = useView();
  const e = props.explanation;
  return (
    <>
      {e.exclusion ? (
        <p class="kern-body">
          {t('proposals.reasons.excluded', {
            exclusion: t(`matching.exclusion.${e.exclusion}` as MessageKey),
          })}
        </p>
      ) : null}
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--small">
          <caption class="kern-title">{t('proposals.reasons.caption')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('proposals.reasons.criterion')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('proposals.reasons.points')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('proposals.reasons.reason')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {e.criteria.map((c) => (
              <tr class="kern-table__row" key={c.criterion}>
                <th class="kern-table__header" scope="row">
                  {t(`matching.criterion.${c.criterion}` as MessageKey)}
                </th>
                <td class="kern-table__cell">
                  {t('proposals.reasons.pointsOf', {
                    points: formatPoints(c.points, locale),
                    max: formatPoints(c.max, locale),
                  })}
                </td>
                <td class="kern-table__cell">{reasonText(t, locale, c.reason, props.topicLabels)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
