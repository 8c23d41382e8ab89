import type { AgreementContent, MeetingFormat, TodoOwner } from '../db/schema/tandems.ts';

/*
 * The demo's tandems, one in each state a newcomer should see: kick-off ahead, active with meetings,
 * to-dos, goals and milestones, stalled (on the coordinators' attention list), ended as planned and
 * ended early (both with feedback), and one with a support request being worked. They are written to
 * the tables the features use, with dates relative to the first start of the demo, so that the
 * screens compute the same states the features would (e.g. "stalled" from the meetings and the
 * stall sweep's marks, see tandems/attention).
 */

export const DAY = 24 * 60 * 60 * 1000;

export interface Party {
  participationId: string;
  programmeId: string;
  userId: string;
}

export interface MeetingSpec {
  daysAgo: number;
  minutes: number;
  format: MeetingFormat;
  status?: 'held' | 'planned' | 'cancelled';
  kind?: 'meeting' | 'contact';
  location?: string;
  recap?: string;
  learnings?: string;
  nextTopics?: string;
  summary?: string;
  /** To-dos written in this meeting's record: [title, owner, due in days from now, done days ago]. */
  todos?: [string, TodoOwner, number | null, number | null][];
}

export interface GoalSpec {
  title: string;
  reachedDaysAgo?: number;
  celebrated?: boolean;
  milestones: { title: string; reachedDaysAgo?: number; celebrated?: boolean }[];
}

export interface FeedbackSpec {
  satisfaction: number;
  goalsReached: 'yes' | 'partly' | 'no';
  wouldRecommend: boolean;
  wouldMentor: 'yes' | 'maybe' | 'no';
}

export interface TandemSpec {
  mentee: string;
  mentor: string;
  createdDaysAgo: number;
  activatedDaysAgo?: number;
  agreement?: Partial<AgreementContent>;
  meetings?: MeetingSpec[];
  goals?: GoalSpec[];
  /** Stalled: when the sweep reminded both and when it put the tandem on the attention list. */
  stall?: { remindedDaysAgo: number; attentionDaysAgo: number };
  end?: {
    kind: 'planned' | 'early';
    daysAgo: number;
    reason?: string;
    feedback: [FeedbackSpec, FeedbackSpec];
  };
  support?: {
    daysAgo: number;
    reason: 'contact_asleep' | 'no_progress' | 'expectations' | 'other';
    message: string;
    note?: string;
  };
}

const D = '@demo.klimatandem.example';

export const baseAgreement: AgreementContent = {
  expectations: 'Ehrlicher Austausch auf Augenhöhe und Rückmeldungen zu Entwürfen.',
  needs: 'Erfahrung mit Förderanträgen und mit der Abstimmung in der Verwaltung.',
  wishes: 'Konkrete Beispiele aus anderen Kommunen.',
  capacities: 'Etwa zwei Stunden im Monat.',
  goals: '',
  formats: ['online', 'in_person'],
  rhythm: 'regular',
  reachability: 'Per E-Mail; dienstags und donnerstags auch telefonisch.',
};

/** Fictitious tandems of the Klimaschutz programme; the Nowak–Berg tandem is the one the e2e journey runs. */
export const demoTandems: TandemSpec[] = [
  { mentee: `mentee.nowak${D}`, mentor: `mentorin.berg${D}`, createdDaysAgo: 0 },
  {
    // Active: meetings held and one ahead, to-dos open and done, goals with milestones reached and celebrated.
    mentee: `mentee.schmidt${D}`,
    mentor: `mentor.yilmaz${D}`,
    createdDaysAgo: 70,
    activatedDaysAgo: 63,
    agreement: {
      goals: 'Förderantrag für das Klimaschutzkonzept stellen\nKlimaschutz im Haushaltsplan verankern',
    },
    meetings: [
      {
        daysAgo: 56,
        minutes: 60,
        format: 'online',
        location: 'Videokonferenz',
        recap: 'Kennenlernen, Stand des Klimaschutzkonzepts, Fragen zur Kommunalrichtlinie.',
        learnings: 'Früh mit der Kämmerei sprechen.',
        nextTopics: 'Förderaufruf durchgehen',
        todos: [['Förderaufruf lesen und Fragen notieren', 'mentee', null, 40]],
      },
      {
        daysAgo: 28,
        minutes: 90,
        format: 'in_person',
        location: 'Rathaus Talheim, Raum 2.14',
        recap: 'Antragsgliederung besprochen, Beispiele aus Landkreis Musterland angesehen.',
        learnings: 'Eine Zeitleiste für den Beschluss im Gemeinderat hilft.',
        nextTopics: 'Entwurf des Antrags, Beteiligung der Fachämter',
        todos: [
          ['Antragsentwurf an den Mentor schicken', 'mentee', 7, null],
          ['Beispielbeschluss aus Musterland heraussuchen', 'mentor', 5, null],
        ],
      },
      {
        daysAgo: 9,
        minutes: 20,
        format: 'phone',
        kind: 'contact',
        summary: 'Kurze Rückfrage zu den förderfähigen Personalkosten geklärt.',
      },
      { daysAgo: -12, minutes: 60, format: 'online', status: 'planned', location: 'Videokonferenz' },
    ],
    goals: [
      {
        title: 'Förderantrag für das Klimaschutzkonzept stellen',
        milestones: [
          { title: 'Förderaufruf gelesen und Fragen geklärt', reachedDaysAgo: 40, celebrated: true },
          { title: 'Antragsentwurf fertig', reachedDaysAgo: 10 },
          { title: 'Antrag eingereicht' },
        ],
      },
      {
        title: 'Klimaschutz im Haushaltsplan verankern',
        milestones: [{ title: 'Gespräch mit der Kämmerei geführt' }],
      },
    ],
  },
  {
    // Stalled: no meeting held or planned for 17 weeks; reminded, then put on the attention list.
    mentee: `mentee.hoffmann${D}`,
    mentor: `mentor.wagner${D}`,
    createdDaysAgo: 140,
    activatedDaysAgo: 133,
    agreement: { goals: 'Ein Energiemanagement für die kommunalen Gebäude aufbauen', rhythm: 'on_demand' },
    meetings: [
      {
        daysAgo: 119,
        minutes: 60,
        format: 'online',
        recap: 'Überblick über die Liegenschaften und vorhandene Verbrauchsdaten.',
        nextTopics: 'Software für das Energiemanagement',
        todos: [['Verbrauchsdaten der Schulen sammeln', 'mentee', -90, null]],
      },
      { daysAgo: 90, minutes: 60, format: 'online', status: 'cancelled' },
    ],
    goals: [
      {
        title: 'Ein Energiemanagement für die kommunalen Gebäude aufbauen',
        milestones: [{ title: 'Verbrauchsdaten aller Gebäude liegen vor' }],
      },
    ],
    stall: { remindedDaysAgo: 77, attentionDaysAgo: 49 },
  },
  {
    // Ended as planned after a year, goals reached, feedback from both.
    mentee: `mentee.becker${D}`,
    mentor: `mentorin.keller${D}`,
    createdDaysAgo: 400,
    activatedDaysAgo: 390,
    agreement: { goals: 'Klimaschutzkonzept im Gemeinderat beschließen lassen' },
    meetings: [
      { daysAgo: 370, minutes: 60, format: 'online', recap: 'Konzeptentwurf besprochen.' },
      { daysAgo: 300, minutes: 90, format: 'in_person', recap: 'Beteiligung der Öffentlichkeit geplant.' },
      { daysAgo: 200, minutes: 60, format: 'online', recap: 'Vorlage für den Gemeinderat durchgesehen.' },
      { daysAgo: 40, minutes: 60, format: 'online', recap: 'Rückblick und Abschluss vorbereitet.' },
    ],
    goals: [
      {
        title: 'Klimaschutzkonzept im Gemeinderat beschließen lassen',
        reachedDaysAgo: 60,
        celebrated: true,
        milestones: [
          { title: 'Entwurf mit den Fachämtern abgestimmt', reachedDaysAgo: 250, celebrated: true },
          { title: 'Beschlussvorlage eingereicht', reachedDaysAgo: 120, celebrated: true },
        ],
      },
    ],
    end: {
      kind: 'planned',
      daysAgo: 21,
      feedback: [
        { satisfaction: 5, goalsReached: 'yes', wouldRecommend: true, wouldMentor: 'yes' },
        { satisfaction: 5, goalsReached: 'yes', wouldRecommend: true, wouldMentor: 'yes' },
      ],
    },
  },
  {
    // Ended early: the mentee changed jobs. The reason is for the partner and the coordination.
    mentee: `mentee.richter${D}`,
    mentor: `mentor.wagner${D}`,
    createdDaysAgo: 200,
    activatedDaysAgo: 190,
    agreement: { goals: 'Ein Radverkehrskonzept anstoßen' },
    meetings: [
      { daysAgo: 180, minutes: 60, format: 'online', recap: 'Ausgangslage im Radverkehr.' },
      { daysAgo: 120, minutes: 45, format: 'phone', recap: 'Fördermöglichkeiten besprochen.' },
    ],
    goals: [{ title: 'Ein Radverkehrskonzept anstoßen', milestones: [{ title: 'Bestandsaufnahme fertig' }] }],
    end: {
      kind: 'early',
      daysAgo: 60,
      reason:
        'Ich habe die Stelle gewechselt und betreue den Klimaschutz nicht mehr. Vielen Dank für die Begleitung!',
      feedback: [
        { satisfaction: 4, goalsReached: 'partly', wouldRecommend: true, wouldMentor: 'maybe' },
        { satisfaction: 3, goalsReached: 'partly', wouldRecommend: true, wouldMentor: 'yes' },
      ],
    },
  },
  {
    // An earlier tandem ended as planned: with it the programme has enough feedback for figures.
    mentee: `mentee.braun${D}`,
    mentor: `mentor.yilmaz${D}`,
    createdDaysAgo: 560,
    activatedDaysAgo: 550,
    agreement: { goals: 'Den ersten Klimaschutzbericht veröffentlichen' },
    meetings: [
      { daysAgo: 520, minutes: 60, format: 'online', recap: 'Aufbau eines Klimaschutzberichts.' },
      { daysAgo: 300, minutes: 60, format: 'online', recap: 'Bericht durchgesehen.' },
    ],
    goals: [
      {
        title: 'Den ersten Klimaschutzbericht veröffentlichen',
        reachedDaysAgo: 200,
        celebrated: true,
        milestones: [],
      },
    ],
    end: {
      kind: 'planned',
      daysAgo: 150,
      feedback: [
        { satisfaction: 4, goalsReached: 'yes', wouldRecommend: true, wouldMentor: 'maybe' },
        { satisfaction: 5, goalsReached: 'yes', wouldRecommend: true, wouldMentor: 'yes' },
      ],
    },
  },
  {
    // Active, with a support request the coordination is working on.
    mentee: `mentee.wolf${D}`,
    mentor: `mentorin.keller${D}`,
    createdDaysAgo: 50,
    activatedDaysAgo: 45,
    agreement: { goals: 'Eine Wärmeplanung vorbereiten' },
    meetings: [
      {
        daysAgo: 30,
        minutes: 60,
        format: 'online',
        recap: 'Erste Schritte der kommunalen Wärmeplanung.',
        todos: [['Ansprechpersonen beim Netzbetreiber finden', 'both', 14, null]],
      },
      { daysAgo: -9, minutes: 60, format: 'online', status: 'planned' },
    ],
    goals: [{ title: 'Eine Wärmeplanung vorbereiten', milestones: [{ title: 'Datenquellen geklärt' }] }],
    support: {
      daysAgo: 6,
      reason: 'expectations',
      message:
        'Wir haben unterschiedliche Vorstellungen davon, wie oft wir uns treffen. Können Sie uns helfen, eine gute Lösung zu finden?',
      note: 'Mit beiden telefoniert; ein gemeinsames Gespräch zur Klärung ist vereinbart.',
    },
  },
];
