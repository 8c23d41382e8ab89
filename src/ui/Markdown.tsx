import MarkdownIt from 'markdown-it';

/*
 * Texts people write in the community area are Markdown, rendered here on the server (ADR 0019):
 * raw HTML is off, so nothing typed reaches a page as markup; images are off (the CSP would block
 * other hosts' images anyway); links are marked as user content; headings start below the page's
 * own (h3), so a post cannot break the page's heading outline.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true }).disable([
  'image',
]);

const LINK_REL = 'nofollow ugc noopener';

md.renderer.rules.link_open = (tokens, i, options, _env, self) => {
  tokens[i]?.attrSet('rel', LINK_REL);
  tokens[i]?.attrSet('class', 'kern-link');
  return self.renderToken(tokens, i, options);
};

const shift = (tag: string) => `h${Math.min(6, Number(tag.slice(1)) + 2)}`;
for (const rule of ['heading_open', 'heading_close'] as const) {
  md.renderer.rules[rule] = (tokens, i, options, _env, self) => {
    const token = tokens[i];
    if (token) token.tag = shift(token.tag);
    return self.renderToken(tokens, i, options);
  };
}

export const renderMarkdown = (text: string): string => md.render(text);

/** A text written in Markdown, as safe HTML. */
export function Markdown(props: { text: string }) {
  return <div class="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(props.text) }} />;
}
