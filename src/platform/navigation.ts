import type { MessageKey } from '../i18n/index.ts';
import { type Action, type Actor, can } from '../policy/index.ts';
import type { NavItem, SubNavItem } from '../ui/context.ts';

interface Entry {
  href: string;
  label: MessageKey;
  action: Action;
}

/** The header: the participants' entries, then one entry for the whole coordination area. */
const header: Entry[] = [
  { href: '/', label: 'nav.home', action: 'public.view' },
  { href: '/profil', label: 'nav.profile', action: 'profile.manage' },
  { href: '/vorschlaege', label: 'nav.proposals', action: 'proposals.respond' },
  { href: '/tandems', label: 'nav.tandems', action: 'tandems.member' },
  { href: '/austausch', label: 'nav.community', action: 'community.view' },
  { href: '/konto', label: 'nav.account', action: 'account.manage' },
  { href: '/koordination', label: 'nav.coordination', action: 'coordination.view' },
];

/** A page of the coordination area, with the sentence the landing page says about it. */
export interface AreaEntry extends Entry {
  about: MessageKey;
  /** Coordination, or the admins' Verwaltung. */
  group: 'coordination' | 'admin';
  /** Further paths that belong to this area (a programme's tandem settings belong to the time totals). */
  also?: string[];
}

/** Every page of /koordination and /verwaltung; the sub-navigation and the landing page list them. */
export const coordinationAreas: AreaEntry[] = [
  {
    href: '/koordination/anmeldungen',
    label: 'nav.intake',
    about: 'coordination.about.intake',
    action: 'intake.manage',
    group: 'coordination',
  },
  {
    href: '/koordination/matching',
    label: 'nav.matching',
    about: 'coordination.about.matching',
    action: 'matching.manage',
    group: 'coordination',
  },
  {
    href: '/koordination/tandems',
    label: 'nav.coordinationTandems',
    about: 'coordination.about.tandems',
    action: 'tandems.coordinate',
    group: 'coordination',
  },
  {
    href: '/koordination/unterstuetzung',
    label: 'nav.supportCases',
    about: 'coordination.about.support',
    action: 'tandems.coordinate',
    group: 'coordination',
  },
  {
    href: '/koordination/mentoring-zeit',
    label: 'nav.coordinationTime',
    about: 'coordination.about.time',
    action: 'tandems.coordinate',
    group: 'coordination',
    also: ['/koordination/tandem-einstellungen'],
  },
  {
    href: '/koordination/rueckmeldungen',
    label: 'nav.feedbackFigures',
    about: 'coordination.about.feedback',
    action: 'tandems.coordinate',
    group: 'coordination',
  },
  {
    href: '/koordination/moderation',
    label: 'nav.moderation',
    about: 'coordination.about.moderation',
    action: 'community.moderate',
    group: 'coordination',
  },
  {
    href: '/koordination/import',
    label: 'imports.nav',
    about: 'coordination.about.import',
    action: 'import.run',
    group: 'coordination',
  },
  {
    href: '/verwaltung/programme',
    label: 'nav.programmes',
    about: 'coordination.about.programmes',
    action: 'programmes.edit',
    group: 'admin',
  },
  {
    href: '/verwaltung/konten',
    label: 'nav.accounts',
    about: 'coordination.about.accounts',
    action: 'admin.accounts',
    group: 'admin',
  },
  {
    href: '/verwaltung/seiten',
    label: 'nav.admin',
    about: 'coordination.about.pages',
    action: 'admin.pages.edit',
    group: 'admin',
  },
];

const COORDINATION_PATH = '/koordination';

const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** The header's entries the actor may use. */
export function headerNav(actor: Actor): NavItem[] {
  return header.filter((n) => can(actor, n.action)).map(({ href, label }) => ({ href, label }));
}

/** Whether the path lies in the coordination area (its landing page, /koordination/*, /verwaltung/*). */
export const inCoordinationArea = (path: string) =>
  within(path, COORDINATION_PATH) || within(path, '/verwaltung');

/**
 * The sub-navigation of the coordination area on its pages, for those who may use it: the landing
 * page and each area the actor may use; the area holding the path is the current one.
 */
export function coordinationNav(actor: Actor, path: string): SubNavItem[] | undefined {
  if (!inCoordinationArea(path) || !can(actor, 'coordination.view')) return undefined;
  const areas = coordinationAreas.filter((a) => can(actor, a.action));
  const current = areas.find((a) => [a.href, ...(a.also ?? [])].some((p) => within(path, p)));
  return [
    { href: COORDINATION_PATH, label: 'nav.coordinationOverview', current: path === COORDINATION_PATH },
    ...areas.map((a) => ({ href: a.href, label: a.label, current: a === current })),
  ];
}
