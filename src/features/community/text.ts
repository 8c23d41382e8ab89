import MarkdownIt from 'markdown-it';

/** Limits of what people write here; the forms say so in German when a text is longer. */
export const MAX_TITLE = 160;
export const MAX_BODY = 20_000;

const parser = new MarkdownIt({ html: false, linkify: true });

/** The words of a Markdown text without its markup: what the search index holds and snippets show. */
export function plainText(markdown: string): string {
  const words: string[] = [];
  const walk = (tokens: ReturnType<typeof parser.parse>) => {
    for (const token of tokens) {
      if (token.children) walk(token.children);
      else if (
        token.type === 'text' ||
        token.type === 'code_inline' ||
        token.type === 'code_block' ||
        token.type === 'fence'
      ) {
        words.push(token.content);
      } else if (token.type === 'softbreak' || token.type === 'hardbreak' || token.type.endsWith('_close')) {
        words.push(' ');
      }
    }
  };
  walk(parser.parse(markdown, {}));
  return words.join('').replace(/\s+/g, ' ').trim();
}
