import type { uploads as de } from '../de/uploads.ts';

export const uploads: Record<keyof typeof de, string> = {
  'uploads.error.missing': 'Please choose a file.',
  'uploads.error.type':
    'We cannot accept this file. Allowed are PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods, .odp) and pictures (PNG, JPEG, WebP).',
  'uploads.error.size': 'The file is larger than 10 MB. Please choose a smaller file.',
  'uploads.again': 'Please choose the file again: your browser does not keep it after an error.',
  'uploads.hint': 'PDF, Word, Excel, PowerPoint, OpenDocument or a picture, at most 10 MB.',
  'uploads.download': 'Download {name} ({size})',
};
