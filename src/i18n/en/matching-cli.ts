import type { matchingCli as de } from '../de/matching-cli.ts';

export const matchingCli: Record<keyof typeof de, string> = {
  'cli.matchingSolve.notJson':
    'The input is not valid JSON. Expected an object with “mentees”, “capacity” and “edges”.',
  'cli.matchingSolve.notObject':
    'The input must be a JSON object with “mentees”, “capacity” and “edges”, optionally with “minScore” and “mode”.',
  'cli.matchingSolve.unknownField':
    'Unknown field in the input: {field}. Allowed are “mentees”, “capacity”, “edges”, “minScore” and “mode”.',
  'cli.matchingSolve.mentees': '“mentees” must be the number of mentees: a whole number from 0 to {max}.',
  'cli.matchingSolve.capacity':
    '“capacity” must be a list with one capacity per mentor, at most {max} entries.',
  'cli.matchingSolve.capacityEntry':
    'Entry {index} of “capacity” must be a whole number from 0 to {maxCapacity}.',
  'cli.matchingSolve.edges': '“edges” must be a list of pairs [mentee, mentor, score].',
  'cli.matchingSolve.edge':
    'Pair {index} of “edges” must have the form [mentee, mentor, score]: two whole numbers from 0 and a finite number.',
  'cli.matchingSolve.minScore': '“minScore” must be a finite number.',
  'cli.matchingSolve.mode':
    '“mode” must be “score” (highest total score) or “participation” (as many tandems as possible).',
  'cli.matchingSolve.menteeOutOfRange':
    'Pair {index} of “edges” names mentee {mentee}, but the number must be less than “mentees” ({count}).',
  'cli.matchingSolve.mentorOutOfRange':
    'Pair {index} of “edges” names mentor {mentor}, but the number must be less than the length of “capacity” ({count}).',
  'cli.matchingSolve.duplicatePair':
    'Pair {index} of “edges” repeats mentee {mentee} with mentor {mentor} from pair {first}. Each pair may occur only once.',
};
