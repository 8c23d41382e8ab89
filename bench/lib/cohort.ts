import {
  BUNDESLAENDER,
  FORMATS,
  FREQUENCIES,
  ORGANISATION_TYPES,
  SIZE_CLASSES,
} from '../../src/db/schema/index.ts';
import type { MatchProfile, MentorProfile } from '../../src/matching-engine/profile.ts';

/** A small deterministic PRNG (mulberry32): the same cohort on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = Array.from({ length: 30 }, (_, k) => `topic-${k}`);

/**
 * A realistic cohort: 30 topics with popular and rare ones, people spread over the Bundesländer by
 * rough population, mostly online, mostly German, 1,500 municipalities (so some mentees and mentors
 * share one and may not be paired), experience 0–20 years, two funding phases.
 */
export function generateCohort(mentees: number, mentors: number, seed = 42) {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const weightedLand = () => BUNDESLAENDER[Math.min(15, Math.floor(r() ** 1.4 * 16))]!;
  const topics = (min: number, max: number) => {
    const count = min + Math.floor(r() * (max - min + 1));
    const set = new Set<string>();
    while (set.size < count) set.add(TOPICS[Math.floor(r() ** 1.6 * TOPICS.length)]!);
    return [...set];
  };
  const formats = () => {
    const list = FORMATS.filter((f) => r() < (f === 'online' ? 0.85 : 0.35));
    return list.length > 0 ? list : ['online' as const];
  };
  const person = (id: string): MatchProfile => {
    const bundesland = weightedLand();
    return {
      id,
      personId: id,
      organisationName: `Kommune ${Math.floor(r() * 1500)}`,
      organisationType: pick(ORGANISATION_TYPES),
      bundesland,
      sizeClass: pick(SIZE_CLASSES),
      formats: formats(),
      frequency: pick(FREQUENCIES),
      languages: r() < 0.97 ? (r() < 0.3 ? ['de', 'en'] : ['de']) : ['en'],
      inRoleSince: 2026 - Math.floor(r() * 20),
      fundingStage: r() < 0.5 ? 0 : 1,
      topics: [],
    };
  };
  const menteeList: MatchProfile[] = Array.from({ length: mentees }, (_, i) => ({
    ...person(`mentee-${i}`),
    topics: topics(2, 5),
  }));
  const mentorList: MentorProfile[] = Array.from({ length: mentors }, (_, j) => ({
    ...person(`mentor-${j}`),
    topics: topics(3, 8),
    freeCapacity: 1 + Math.floor(r() * 3),
  }));
  return { mentees: menteeList, mentors: mentorList };
}
