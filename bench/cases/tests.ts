import { spawn } from 'node:child_process';
import { repoRoot } from '../lib/process.ts';
import { note, report, round } from '../lib/report.ts';

/** Wall time of the whole test suite (`npx vitest run`); its output is kept, only the totals printed. */
export async function testSuiteDuration(): Promise<void> {
  note('npx vitest run (this takes minutes)');
  const start = performance.now();
  const child = spawn('npx', ['vitest', 'run'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - start) / 1000;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const line = (label: string) => new RegExp(`^\\s*${label}\\s+(.+)$`, 'm').exec(plain)?.[1]?.trim();
  report({
    case: 'npm_test',
    command: 'npx vitest run',
    seconds: round(seconds, 1),
    exit_code: code,
    test_files: line('Test Files'),
    tests: line('Tests'),
  });
  if (code !== 0) note(`npx vitest run failed; last output:\n${plain.slice(-3000)}`);
}
