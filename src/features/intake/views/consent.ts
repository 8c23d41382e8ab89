import type { Locale, Translate } from '../../../i18n/index.ts';
import { formatAt } from '../../../ui/format.ts';
import { CONSENT_PENDING } from '../../imports/index.ts';

/**
 * The consent to the privacy notice in words. Its version is stored as the time the German Datenschutz
 * page last changed (an ISO timestamp); older or demo records hold a label such as "demo".
 */
export function consentText(
  profile: { consentVersion: string; consentAt: Date },
  t: Translate,
  locale: Locale,
): string {
  if (profile.consentVersion === CONSENT_PENDING) return t('intake.detail.consentPending');
  const date = formatAt(profile.consentAt, locale, 'day');
  const version = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.exec(profile.consentVersion);
  if (!version) return t('intake.detail.consentGivenLabel', { version: profile.consentVersion, date });
  const at = new Date(profile.consentVersion);
  const versionDate = formatAt(at, locale, 'day');
  if (!version[1]) return t('intake.detail.consentGivenDay', { versionDate, date });
  return t('intake.detail.consentGiven', { versionDate, versionTime: formatAt(at, locale, 'time'), date });
}
