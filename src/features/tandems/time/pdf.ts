import PDFDocument from 'pdfkit';
import { TIME_KINDS, type TimeKind } from '../../../db/schema/tandems.ts';
import { translator } from '../../../i18n/index.ts';
import { formatAt, formatNumber } from '../../../ui/format.ts';
import { dutyPercent } from './duty.ts';
import type { MentorRole } from './queries.ts';
import { formatDay, formatDays, formatDuration, formatHours, kindKey } from './views/labels.ts';

export interface ProofData {
  year: number;
  name: string;
  organisation: string;
  roles: (MentorRole & { minutes: number })[];
  /** Date, kind, duration and programme only: the proof carries no notes and no names of others. */
  entries: { on: string; kind: TimeKind; minutes: number; programmeId: string }[];
  generatedAt: Date;
}

// The proof goes into a German funding report, so it is written in German whatever the UI language.
const locale = 'de' as const;
const t = translator(locale);

type Cell = {
  text: string;
  type?: 'TH' | 'TD';
  scope?: 'Column' | 'Row';
  align?: 'left' | 'right';
  font?: { src: string };
};
type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

const th = (text: string, scope: 'Column' | 'Row' = 'Column'): Cell => ({
  text,
  type: 'TH',
  scope,
  font: { src: 'Helvetica-Bold' },
});

function table(doc: PDFKit.PDFDocument, root: Struct, rows: Cell[][], widths: (number | string)[]) {
  // The typings lag behind pdfkit: tables take a structure parent for tagged (accessible) PDFs.
  doc.table({
    structParent: root,
    columnStyles: widths,
    defaultStyle: { padding: [3, 5, 3, 5], border: 0.5, borderColor: '#888888' },
    data: rows,
  } as unknown as Parameters<PDFKit.PDFDocument['table']>[0] & { data: Cell[][] });
  doc.moveDown(0.8);
}

function heading(doc: PDFKit.PDFDocument, root: Struct, text: string, level: 'H1' | 'H2') {
  doc
    .font('Helvetica-Bold')
    .fontSize(level === 'H1' ? 17 : 12.5)
    .text(text, { structParent: root, structType: level })
    .moveDown(0.4);
  doc.font('Helvetica').fontSize(10);
}

const paragraph = (doc: PDFKit.PDFDocument, root: Struct, text: string) =>
  doc.text(text, { structParent: root, structType: 'P' }).moveDown(0.3);

/** "Nachweis über Mentoring-Tätigkeiten <Jahr>": a tagged A4 PDF with dates, kinds and durations. */
export function renderProof(data: ProofData): Promise<Buffer> {
  const title = t('tandems.time.proof.title', { year: data.year });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    tagged: true,
    lang: 'de-DE',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: title,
      Author: data.name,
      Creator: t('app.name'),
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  heading(doc, root, title, 'H1');
  paragraph(doc, root, t('tandems.time.proof.mentor', { name: data.name }));
  if (data.organisation) {
    paragraph(doc, root, t('tandems.time.proof.organisation', { organisation: data.organisation }));
  }
  for (const role of data.roles) {
    paragraph(
      doc,
      root,
      role.funding
        ? t('tandems.time.proof.programmeFunding', { programme: role.programmeName, funding: role.funding })
        : t('tandems.time.proof.programme', { programme: role.programmeName }),
    );
  }
  paragraph(doc, root, t('tandems.time.proof.period', { year: data.year }));
  doc.moveDown(0.5);

  heading(doc, root, t('tandems.time.proof.entries'), 'H2');
  const several = data.roles.length > 1;
  const programmeName = (id: string) => data.roles.find((r) => r.programmeId === id)?.programmeName ?? '';
  if (data.entries.length === 0) {
    paragraph(doc, root, t('tandems.time.proof.noEntries', { year: data.year }));
  } else {
    const header = [
      th(t('tandems.time.column.date')),
      th(t('tandems.time.column.kind')),
      th(t('tandems.time.column.duration')),
      ...(several ? [th(t('tandems.time.column.programme'))] : []),
    ];
    const rows = [...data.entries]
      .sort((a, b) => a.on.localeCompare(b.on))
      .map((e): Cell[] => [
        { text: formatDay(e.on, locale) },
        { text: t(kindKey(e.kind)) },
        { text: formatDuration(e.minutes, t), align: 'right' },
        ...(several ? [{ text: programmeName(e.programmeId) }] : []),
      ]);
    table(doc, root, [header, ...rows], several ? [80, '*', 80, 130] : [90, '*', 90]);
  }

  heading(doc, root, t('tandems.time.proof.totals'), 'H2');
  const total = data.entries.reduce((s, e) => s + e.minutes, 0);
  const byKind = TIME_KINDS.map((kind) => ({
    kind,
    minutes: data.entries.filter((e) => e.kind === kind).reduce((s, e) => s + e.minutes, 0),
  })).filter((k) => k.minutes > 0);
  table(
    doc,
    root,
    [
      [th(t('tandems.time.column.kind')), th(t('tandems.time.column.duration'))],
      ...byKind.map((k): Cell[] => [
        th(t(kindKey(k.kind)), 'Row'),
        { text: formatDuration(k.minutes, t), align: 'right' },
      ]),
      [
        th(t('tandems.time.proof.total', { year: data.year }), 'Row'),
        { text: formatDuration(total, t), align: 'right' },
      ],
    ],
    ['*', 110],
  );

  heading(doc, root, t('tandems.time.proof.duty'), 'H2');
  for (const role of data.roles) {
    const vars = { programme: role.programmeName, done: formatHours(role.minutes, locale) };
    paragraph(
      doc,
      root,
      role.duty
        ? t('tandems.time.proof.dutyLine', {
            ...vars,
            days: formatDays(role.duty.days, t),
            hoursPerDay: formatNumber(role.duty.hoursPerDay, locale),
            total: formatHours(role.duty.minutes, locale),
            percent: dutyPercent(role.minutes, role.duty),
          })
        : t('tandems.time.proof.noDuty', vars),
    );
  }
  doc.moveDown(0.5);
  paragraph(doc, root, t('tandems.time.proof.confidential'));
  paragraph(
    doc,
    root,
    t('tandems.time.proof.generated', { date: formatAt(data.generatedAt, locale, 'date') }),
  );
  doc.moveDown(3);
  // The signature line is decoration: an artifact, not content, for screen readers.
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .moveTo(doc.page.margins.left, doc.y)
    .lineTo(doc.page.margins.left + 260, doc.y)
    .stroke();
  doc.endMarkedContent();
  doc.moveDown(0.3);
  paragraph(doc, root, t('tandems.time.proof.signature'));
  root.end();
  doc.end();
  return done;
}
