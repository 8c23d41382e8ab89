import { useView } from '../../../../ui/context.ts';
import { formatNumber } from '../../../../ui/format.ts';
import { type Duty, dutyPercent } from '../duty.ts';
import { formatDays, formatHours } from './labels.ts';

/**
 * A mentor's year in one programme beside the duty: "x von y Stunden (z Tage à h Stunden)", what
 * remains, and a progress bar whose text says the same (no colour-only meaning).
 */
export function DutySummary(props: {
  id: string;
  programmeName: string;
  year: number;
  minutes: number;
  duty: Duty | null;
}) {
  const { t, locale } = useView();
  const { duty, minutes } = props;
  if (!duty) {
    return (
      <div class="kern-stack">
        <h3 class="kern-heading-small">{props.programmeName}</h3>
        <p class="kern-body">
          {t('tandems.time.duty.none', { programme: props.programmeName, year: props.year })}
        </p>
        <p class="kern-body">
          {t('tandems.time.duty.logged', { hours: formatHours(minutes, locale), year: props.year })}
        </p>
      </div>
    );
  }
  const done = minutes >= duty.minutes;
  const remaining = Math.max(0, duty.minutes - minutes);
  const summary = t('tandems.time.duty.progress', {
    done: formatHours(minutes, locale),
    total: formatHours(duty.minutes, locale),
    days: formatDays(duty.days, t),
    hoursPerDay: formatNumber(duty.hoursPerDay, locale),
  });
  return (
    <div class="kern-stack">
      <h3 class="kern-heading-small">{props.programmeName}</h3>
      <div class="kern-progress">
        <label class="kern-label" for={props.id}>
          {summary}
        </label>
        <progress id={props.id} max={duty.minutes} value={Math.min(minutes, duty.minutes)}>
          {t('tandems.time.duty.percent', { percent: dutyPercent(minutes, duty) })}
        </progress>
      </div>
      <p class="kern-body">
        {done
          ? t('tandems.time.duty.fulfilled', { year: props.year })
          : t('tandems.time.duty.remaining', {
              hours: formatHours(remaining, locale),
              percent: dutyPercent(minutes, duty),
            })}
      </p>
    </div>
  );
}
