/*
 * German words as the search understands them. The `german` text-search configuration stems words
 * ("Förderung" → forder) and folds umlauts, but splits no compounds. Two expansions do that
 * (ADR 0019): a word stem also finds the stems that contain it ("Konzept" finds
 * Klimaanpassungskonzepte), and a compound is split into stems the index knows, with the linking
 * letters German puts between them ("Hitzeaktionsplan" = hitz·e·aktionsplan).
 */

/** The words of a query, lowercased, at most eight. */
export const queryWords = (q: string): string[] =>
  [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 8);

/** Umlauts and ß as the German stemmer folds them, so parts of a word compare with index stems. */
export const fold = (word: string) =>
  word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');

/** The shortest stem a compound part may be; shorter ones would split almost anything. */
export const MIN_PART = 3;
const LINKS = ['', 's', 'e', 'n', 'en', 'es', 'er'];

/** Every substring a compound part could be, for one lookup in the vocabulary. */
export function candidateParts(word: string): string[] {
  const parts = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    for (let j = i + MIN_PART; j <= word.length; j++) parts.add(word.slice(i, j));
  }
  parts.delete(word);
  return [...parts];
}

/**
 * Splits a folded word into at least two known stems, each optionally followed by a linking
 * element; prefers the split with the fewest parts. Null when there is none.
 */
export function splitCompound(word: string, known: ReadonlySet<string>): string[] | null {
  const n = word.length;
  const best: (string[] | null)[] = Array.from({ length: n + 1 }, () => null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const before = best[i];
    if (!before) continue;
    for (let j = i + MIN_PART; j <= n; j++) {
      const part = word.slice(i, j);
      if (!known.has(part)) continue;
      for (const link of LINKS) {
        const end = j + link.length;
        if (end > n || word.slice(j, end) !== link) continue;
        const next = [...before, part];
        const current = best[end];
        if (!current || next.length < current.length) best[end] = next;
      }
    }
  }
  const split = best[n];
  return split && split.length >= 2 ? split : null;
}

/** A lexeme as a tsquery operand, quoted. */
export const operand = (lexeme: string, prefix = false) =>
  `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`;
