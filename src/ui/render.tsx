import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { type FieldLabels, type ViewContext, ViewCtx } from './context.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a user reads in a piece of rendered HTML: tags and the "(optional)" mark dropped. */
function plain(html: string) {
  return html
    .replace(/<span class="kern-label__optional">[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e[0] !== '#') return entities[e] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The label a user sees for the element with this id: a radio button's or checkbox's question is
 * the legend of its fieldset; any other field's is its `<label for>`.
 */
export function labelIn(html: string, id: string): string | undefined {
  const target = new RegExp(`<(input|select|textarea)\\b[^>]*\\bid="${escapeRegExp(id)}"[^>]*>`).exec(html);
  if (target && /\btype="(radio|checkbox)"/.test(target[0])) {
    const before = html.slice(0, target.index);
    const start = before.lastIndexOf('<fieldset');
    if (start >= 0 && before.indexOf('</fieldset>', start) < 0) {
      const legend = /<legend\b[^>]*>([\s\S]*?)<\/legend>/.exec(before.slice(start));
      if (legend) return plain(legend[1]!) || undefined;
    }
  }
  const label = new RegExp(`<label\\b[^>]*\\bfor="${escapeRegExp(id)}"[^>]*>([\\s\\S]*?)</label>`).exec(html);
  return label ? plain(label[1]!) || undefined : undefined;
}

/**
 * Renders a page. When its error summary lacks the labels of fields further down, the page is
 * rendered a second time with the labels the first rendering showed: every form's summary names
 * its fields, whatever markup the fields use.
 */
export function renderView(ctx: ViewContext, node: VNode): string {
  const fieldLabels: FieldLabels = { wanted: new Set(), known: new Map() };
  const view: ViewContext = { ...ctx, fieldLabels };
  const render = () => renderToString(<ViewCtx.Provider value={view}>{node}</ViewCtx.Provider>);
  const first = render();
  if (fieldLabels.wanted.size === 0) return first;
  for (const id of fieldLabels.wanted) {
    const label = labelIn(first, id);
    if (label) fieldLabels.known.set(id, label);
  }
  fieldLabels.wanted.clear();
  return fieldLabels.known.size > 0 ? render() : first;
}
