import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Mode } from '../config.ts';
import type { Locale, MessageKey, Translate } from '../i18n/index.ts';

export interface Flash {
  kind: 'success' | 'info' | 'warning' | 'danger';
  key: MessageKey;
}

export interface NavItem {
  href: string;
  label: MessageKey;
}

/** An entry of the coordination area's sub-navigation; `current` marks the area of the page shown. */
export interface SubNavItem extends NavItem {
  current: boolean;
}

/** What every view may know about the request. Views never decide access: they get `nav` and flags. */
export interface ViewContext {
  t: Translate;
  locale: Locale;
  path: string;
  csrfToken: string;
  signedIn: boolean;
  userName?: string;
  /** Signed-in pages: the unread notifications, for the header's count. */
  unread?: number;
  nav: NavItem[];
  /** On the pages of /koordination and /verwaltung, for those who may use them: the area's pages. */
  subNav?: SubNavItem[];
  flash?: Flash;
  mode: Mode;
  /** Set for htmx requests: render the page's main content without header and footer. */
  fragment: boolean;
  /** The labels of the page's fields, for the error summary to name them (see ui/render.tsx). */
  fieldLabels?: FieldLabels;
}

/**
 * The error summary comes before the fields it names, so it learns their labels from a first
 * rendering of the page: it asks for the ids it lacks (`wanted`), the page is rendered again with
 * the labels found (`known`).
 */
export interface FieldLabels {
  wanted: Set<string>;
  known: Map<string, string>;
}

export const ViewCtx = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const ctx = useContext(ViewCtx);
  if (!ctx) throw new Error('View rendered outside of a request context');
  return ctx;
}

/** Field errors of a submitted form, by field name. */
export type FormErrors = Partial<Record<string, MessageKey>>;
