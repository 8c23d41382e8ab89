import { z } from 'zod';
import { type MessageKey, translator } from '../i18n/index.ts';
import type { SolveMode } from './graph.ts';
import { graphFromEdges, solve } from './solve.ts';

const t = translator('de');
const MAX_COUNT = 10_000_000;
const MAX_CAPACITY = 2 ** 31 - 1;

const count = z.number().int().min(0);
const inputSchema = z.strictObject({
  mentees: count.max(MAX_COUNT),
  capacity: z.array(count.max(MAX_CAPACITY)).max(MAX_COUNT),
  minScore: z.number().optional(),
  mode: z.enum(['score', 'participation']).optional(),
  edges: z.array(z.tuple([count, count, z.number()])),
});
type Input = z.infer<typeof inputSchema>;

/**
 * `npm run cli -- matching:solve < instance.json > result.json`: solves one instance exactly, without a
 * database or configuration. Returns the exit code: 0, or 2 with one line on stderr for malformed input.
 */
export async function solveCommand(
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const input = parseInput(await readAll(stdin));
  if (typeof input === 'string') {
    await write(stderr, `${input}\n`);
    return 2;
  }
  const graph = graphFromEdges(input.mentees, input.capacity, input.edges, input.minScore);
  const mode: SolveMode = input.mode ?? 'score';
  const { assignment, matched, total } = solve(graph, mode);
  const rows = Array.from(assignment, (j) => (j < 0 ? 'null' : String(j))).join(', ');
  // Twelve significant digits hide the rounding noise of summing decimal scores (161.50000000000003).
  const sum = Number(total.toPrecision(12));
  await write(stdout, `{"assignment": [${rows}], "matched": ${matched}, "total": ${sum}}\n`);
  return 0;
}

/** The valid input, or the message that says what is wrong with it. */
function parseInput(text: string): Input | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return t('cli.matchingSolve.notJson');
  }
  const parsed = inputSchema.safeParse(json);
  if (!parsed.success) return describeIssue(parsed.error.issues[0]!);
  const input = parsed.data;
  const mentors = input.capacity.length;
  const first = new Map<number, number>();
  for (const [index, [mentee, mentor]] of input.edges.entries()) {
    if (mentee >= input.mentees) {
      return t('cli.matchingSolve.menteeOutOfRange', { index, mentee, count: input.mentees });
    }
    if (mentor >= mentors) return t('cli.matchingSolve.mentorOutOfRange', { index, mentor, count: mentors });
    const key = mentee * mentors + mentor;
    const earlier = first.get(key);
    if (earlier !== undefined)
      return t('cli.matchingSolve.duplicatePair', { index, first: earlier, mentee, mentor });
    first.set(key, index);
  }
  return input;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const [field, index] = issue.path;
  if (field === undefined) {
    if (issue.code === 'unrecognized_keys') {
      return t('cli.matchingSolve.unknownField', { field: issue.keys.join(', ') });
    }
    return t('cli.matchingSolve.notObject');
  }
  const byField: Record<string, MessageKey> = {
    mentees: 'cli.matchingSolve.mentees',
    capacity: index === undefined ? 'cli.matchingSolve.capacity' : 'cli.matchingSolve.capacityEntry',
    minScore: 'cli.matchingSolve.minScore',
    mode: 'cli.matchingSolve.mode',
    edges: index === undefined ? 'cli.matchingSolve.edges' : 'cli.matchingSolve.edge',
  };
  const key = byField[String(field)] ?? 'cli.matchingSolve.notObject';
  return t(key, { index: String(index), max: MAX_COUNT, maxCapacity: MAX_CAPACITY });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Resolves once the text is handed to the operating system, so that exiting right after loses nothing. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}
