import { Layout } from '../../../ui/Layout.tsx';

/** Paragraphs are separated by blank lines; single line breaks are kept. Text only, always escaped. */
export function ContentPage(props: { title: string; body: string; lang: string }) {
  const paragraphs = props.body.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <Layout title={props.title}>
      <article lang={props.lang} class="content-page">
        <h1 class="kern-heading-large">{props.title}</h1>
        {paragraphs.map((p, i) => (
          <p class="kern-body preserve-lines" key={String(i)}>
            {p.trim()}
          </p>
        ))}
      </article>
    </Layout>
  );
}
