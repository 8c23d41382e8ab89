import type { Tx } from '../db/client.ts';
import { programmes, users } from '../db/schema/index.ts';
import { seedItem, seedModule } from '../features/library/index.ts';
import { demoItems, demoModules } from './library-specs.ts';
import { DAY } from './tandem-specs.ts';

/** A small, valid one-page PDF showing one line of text (ASCII): the demo's documents, and tests' uploads. */
export function minimalPdf(line = 'klimatandem'): Buffer {
  const text = line.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const CURATOR = 'koordination.klimaschutz@demo.klimatandem.example';

/** Writes the demo's methods library (the Leitfaden first) and training modules once. */
export async function seedDemoLibrary(tx: Tx, now: Date) {
  const people = new Map(
    (await tx.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]),
  );
  const slugs = new Map((await tx.select().from(programmes)).map((p) => [p.slug, p.id]));
  const programmeId = (slug: string | null) => (slug ? (slugs.get(slug) ?? null) : null);
  const createdBy = people.get(CURATOR) ?? null;
  const ids = new Map<string, string>();
  for (const [i, spec] of demoItems.entries()) {
    if (spec.programme && !slugs.has(spec.programme)) continue;
    const id = await seedItem(tx, {
      programmeId: programmeId(spec.programme),
      kind: spec.kind,
      category: spec.category,
      audience: spec.audience,
      title: spec.title,
      summary: spec.summary,
      body: spec.body,
      url: spec.url,
      checklist: spec.checklist,
      file: spec.pdf
        ? { filename: spec.pdf.filename, mediaType: 'application/pdf', content: minimalPdf(spec.pdf.line) }
        : undefined,
      createdBy,
      // The Leitfaden is the oldest material: the first of the demo.
      at: new Date(now.getTime() - (40 - i) * DAY),
    });
    ids.set(spec.key, id);
  }
  for (const spec of demoModules) {
    if (spec.programme && !slugs.has(spec.programme)) continue;
    await seedModule(tx, {
      programmeId: programmeId(spec.programme),
      title: spec.title,
      description: spec.description,
      audience: 'mentors',
      published: spec.published,
      itemIds: spec.items.flatMap((key) => (ids.has(key) ? [ids.get(key)!] : [])),
      completedBy: spec.completedBy.flatMap((email) => (people.has(email) ? [people.get(email)!] : [])),
      createdBy,
      at: new Date(now.getTime() - 20 * DAY),
    });
  }
}
