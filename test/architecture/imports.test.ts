import { describe, expect, it } from 'vitest';
import { circles, featureOf, importsOf, isTest, sourceFiles } from './import-graph.ts';

// The rules of docs/STYLE.md ("Feature layout") that the import graph can check (ADR 0016).
const files = sourceFiles();
const app = files.filter((f) => !isTest(f));
const edges = new Map(app.map((f) => [f, importsOf(f)]));

describe('the import graph of src/', () => {
  it('reaches another feature only through its index.ts', () => {
    const around = app.flatMap((file) =>
      edges.get(file)!.flatMap((target) => {
        const feature = featureOf(target);
        if (!feature || feature === featureOf(file)) return [];
        return target === `src/features/${feature}/index.ts` ? [] : [`${file} → ${target}`];
      }),
    );
    expect(around).toEqual([]);
  });

  it('gives every feature an index.ts', () => {
    const features = [...new Set(files.map(featureOf).filter((f) => f !== null))];
    expect(features.filter((f) => !files.includes(`src/features/${f}/index.ts`))).toEqual([]);
  });

  it('imports app.ts only in main.ts, server.ts and tests', () => {
    const importers = app.filter((f) => edges.get(f)!.includes('src/app.ts'));
    expect(importers.filter((f) => f !== 'src/main.ts' && f !== 'src/server.ts')).toEqual([]);
  });

  it('has no route file that imports the database layer', () => {
    const routes = app.filter((f) => /\/routes(\.tsx?$|\/)/.test(f));
    expect(routes.length).toBeGreaterThan(20);
    const direct = routes.flatMap((file) =>
      edges
        .get(file)!
        .filter((t) => t.startsWith('src/db/'))
        .map((t) => `${file} → ${t}`),
    );
    expect(direct).toEqual([]);
  });

  it('has no import circle, type imports included', () => {
    expect(circles(edges)).toEqual([]);
  });
});
