import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { solveCommand } from './cli.ts';

/** Runs the command in this process, for the many cases that need no separate process. */
async function runHere(input: string) {
  const collect = () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  };
  const [stdout, stderr] = [collect(), collect()];
  const code = await solveCommand(Readable.from([input]), stdout.stream, stderr.stream);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the real command with the input on stdin, in a clean environment: no configuration, no database. */
function run(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['src/cli.ts', 'matching:solve'], {
      cwd: new URL('../../', import.meta.url),
      env: { PATH: process.env.PATH },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const example = {
  mentees: 3,
  capacity: [1, 2],
  minScore: 40,
  mode: 'score',
  edges: [
    [0, 0, 71.5],
    [0, 1, 55],
    [1, 1, 90],
    [2, 0, 40],
  ],
};

describe.concurrent('npm run cli -- matching:solve', () => {
  it('solves the example of the issue; a score equal to minScore is allowed', async () => {
    const result = await run(JSON.stringify(example));
    expect(result).toEqual({
      code: 0,
      stdout: '{"assignment": [1, 1, 0], "matched": 3, "total": 185}\n',
      stderr: '',
    });
  });

  it('matches as many as possible in participation mode', async () => {
    const input = {
      mentees: 2,
      capacity: [1, 1],
      mode: 'participation',
      edges: [
        [0, 0, 100],
        [0, 1, 10.1],
        [1, 0, 10.2],
      ],
    };
    expect(await run(JSON.stringify(input))).toEqual({
      code: 0,
      stdout: '{"assignment": [1, 0], "matched": 2, "total": 20.3}\n',
      stderr: '',
    });
  });

  it.each([
    ['input that is not JSON', '{"mentees": 3,', 'kein gültiges JSON'],
    ['a mentor index out of range', JSON.stringify({ ...example, edges: [[0, 2, 50]] }), 'Mentor*in 2'],
    [
      'a duplicate pair',
      JSON.stringify({ ...example, edges: [...example.edges, [1, 1, 80]] }),
      'Paar 4 in „edges“ wiederholt Mentee 1 mit Mentor*in 1 aus Paar 2',
    ],
  ])('rejects %s with one line on stderr, nothing on stdout and exit code 2', async (_, input, message) => {
    const { code, stdout, stderr } = await run(input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^[^\n]+\n$/);
    expect(stderr).toContain(message);
  });
});

describe('solveCommand', () => {
  it('leaves a mentee unmatched when its only pair is below minScore', async () => {
    expect(await runHere(JSON.stringify({ ...example, minScore: 41 }))).toEqual({
      code: 0,
      stdout: '{"assignment": [0, 1, null], "matched": 2, "total": 161.5}\n',
      stderr: '',
    });
  });

  it('defaults to score mode without a minimum', async () => {
    const { minScore: _, mode: __, ...rest } = example;
    const { stdout } = await runHere(JSON.stringify({ ...rest, edges: [...rest.edges, [1, 0, -3]] }));
    expect(stdout).toBe('{"assignment": [1, 1, 0], "matched": 3, "total": 185}\n');
  });

  it.each([
    ['an empty input', '', 'kein gültiges JSON'],
    ['an array', '[]', 'muss ein JSON-Objekt'],
    ['a missing field', JSON.stringify({ ...example, mentees: undefined }), '„mentees“ muss'],
    ['a negative count', JSON.stringify({ ...example, mentees: -1 }), '„mentees“ muss'],
    ['a fractional capacity', JSON.stringify({ ...example, capacity: [1, 1.5] }), 'Eintrag 1 in „capacity“'],
    ['a negative capacity', JSON.stringify({ ...example, capacity: [-1, 2] }), 'Eintrag 0 in „capacity“'],
    ['capacity as a number', JSON.stringify({ ...example, capacity: 2 }), '„capacity“ muss eine Liste'],
    ['a score that overflows', '{"mentees": 1, "capacity": [1], "edges": [[0, 0, 1e999]]}', 'Paar 0'],
    ['a pair of two', JSON.stringify({ ...example, edges: [[0, 0]] }), 'Paar 0 in „edges“ muss'],
    ['a score as text', JSON.stringify({ ...example, edges: [[0, 0, '50']] }), 'Paar 0 in „edges“ muss'],
    ['a mentee out of range', JSON.stringify({ ...example, edges: [[3, 0, 50]] }), 'Mentee 3'],
    ['a minimum as text', JSON.stringify({ ...example, minScore: '40' }), '„minScore“'],
    ['an unknown mode', JSON.stringify({ ...example, mode: 'max' }), '„mode“'],
    ['an unknown field', JSON.stringify({ ...example, minscore: 40 }), 'minscore'],
  ])('rejects %s with one line and exit code 2', async (_, input, message) => {
    const { code, stdout, stderr } = await runHere(input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^[^\n]+\n$/);
    expect(stderr).toContain(message);
  });
});
