import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import {
  participations,
  profiles,
  programmeCoordinators,
  programmes,
  topics,
  users,
} from '../db/schema/index.ts';
import { secretBox } from '../platform/crypto.ts';
import { hashPassword } from '../platform/passwords.ts';
import { seedDemoCommunity } from './community.ts';
import { seedDemoLibrary } from './library.ts';
import { seedDemoTandems } from './tandems.ts';
import { seedDemoTips } from './tips.ts';

/** Fictitious people only; every account is marked is_demo. */
export const DEMO_PASSWORD = 'Tandem-Demo-2026!';
/** The demo coordinators' and admin's TOTP key, printed so an authenticator app can be set up. */
export const DEMO_TOTP_SECRET = 'KLIMATANDEMDEMOKEYZWEITAUSENDAAA';

interface DemoPerson {
  email: string;
  name: string;
  kind: 'admin' | 'coordinator' | 'mentor' | 'mentee';
  programme?: string;
  /** Mentors and mentees: organisation and Bundesland, for realistic matching. */
  org?: [
    string,
    'gemeinde' | 'stadt' | 'landkreis' | 'soziale_einrichtung',
    'BY' | 'NW' | 'NI' | 'SN' | 'BW' | 'HE',
  ];
}

export const demoPeople: DemoPerson[] = [
  { email: 'admin@demo.klimatandem.example', name: 'Alex Admin (Demo)', kind: 'admin' },
  {
    email: 'koordination.klimaschutz@demo.klimatandem.example',
    name: 'Kim Koordination (Demo)',
    kind: 'coordinator',
    programme: 'klimaschutz',
  },
  {
    email: 'koordination.anpassung@demo.klimatandem.example',
    name: 'Kai Koordination (Demo)',
    kind: 'coordinator',
    programme: 'klimaanpassung',
  },
  {
    email: 'mentorin.berg@demo.klimatandem.example',
    name: 'Dr. Hanna Berg (Demo)',
    kind: 'mentor',
    programme: 'klimaschutz',
    org: ['Stadt Beispielburg (Demo)', 'stadt', 'BY'],
  },
  {
    email: 'mentor.yilmaz@demo.klimatandem.example',
    name: 'Emre Yılmaz (Demo)',
    kind: 'mentor',
    programme: 'klimaschutz',
    org: ['Landkreis Musterland (Demo)', 'landkreis', 'NW'],
  },
  {
    email: 'mentorin.schulz@demo.klimatandem.example',
    name: 'Petra Schulz (Demo)',
    kind: 'mentor',
    programme: 'klimaanpassung',
    org: ['Stadt Hitzingen (Demo)', 'stadt', 'SN'],
  },
  {
    email: 'mentor.wagner@demo.klimatandem.example',
    name: 'Thomas Wagner (Demo)',
    kind: 'mentor',
    programme: 'klimaschutz',
    org: ['Stadt Lindenau (Demo)', 'stadt', 'HE'],
  },
  {
    email: 'mentorin.keller@demo.klimatandem.example',
    name: 'Sabine Keller (Demo)',
    kind: 'mentor',
    programme: 'klimaschutz',
    org: ['Landkreis Auental (Demo)', 'landkreis', 'BW'],
  },
  {
    email: 'mentee.nowak@demo.klimatandem.example',
    name: 'Jonas Nowak (Demo)',
    kind: 'mentee',
    programme: 'klimaschutz',
    org: ['Gemeinde Talheim (Demo)', 'gemeinde', 'BY'],
  },
  {
    email: 'mentee.fischer@demo.klimatandem.example',
    name: 'Lea Fischer (Demo)',
    kind: 'mentee',
    programme: 'klimaschutz',
    org: ['Stadt Nordhafen (Demo)', 'stadt', 'NI'],
  },
  {
    email: 'mentee.schmidt@demo.klimatandem.example',
    name: 'Lukas Schmidt (Demo)',
    kind: 'mentee',
    programme: 'klimaschutz',
    org: ['Gemeinde Seewald (Demo)', 'gemeinde', 'BY'],
  },
  {
    email: 'mentee.hoffmann@demo.klimatandem.example',
    name: 'Sarah Hoffmann (Demo)',
    kind: 'mentee',
    programme: 'klimaschutz',
    org: ['Stadt Brückenfeld (Demo)', 'stadt', 'HE'],
  },
  {
    email: 'mentee.becker@demo.klimatandem.example',
    name: 'Tim Becker (Demo)',
    kind: 'mentee',
    programme: 'klimaschutz',
    org: ['Gemeinde Wiesental (Demo)', 'gemeinde', 'BW'],
  },
  {
    email: 'mentee.richter@demo.klimatandem.example',
    name: 'Nina Richter (Demo)',
    kind: 'mentee',
    programme: 'klimaschutz',
    org: ['Stadt Elbhagen (Demo)', 'stadt', 'SN'],
  },
  {
    email: 'mentee.braun@demo.klimatandem.example',
    name: 'Felix Braun (Demo)',
    kind: 'mentee',
    programme: 'klimaschutz',
    org: ['Landkreis Heideland (Demo)', 'landkreis', 'NI'],
  },
  {
    email: 'mentee.wolf@demo.klimatandem.example',
    name: 'Jana Wolf (Demo)',
    kind: 'mentee',
    programme: 'klimaschutz',
    org: ['Gemeinde Bergheim (Demo)', 'gemeinde', 'NW'],
  },
  {
    email: 'mentee.okafor@demo.klimatandem.example',
    name: 'Ada Okafor (Demo)',
    kind: 'mentee',
    programme: 'klimaanpassung',
    org: ['Diakonie Flussau (Demo)', 'soziale_einrichtung', 'HE'],
  },
  {
    email: 'mentee.weber@demo.klimatandem.example',
    name: 'Mia Weber (Demo)',
    kind: 'mentee',
    programme: 'klimaanpassung',
    org: ['Stadt Regenfeld (Demo)', 'stadt', 'BW'],
  },
];

/** Creates the demo accounts once; later starts find them and change nothing. */
export async function seedDemo(database: Database, sessionSecret: string, now: Date) {
  const db = database.db;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const totp = secretBox(sessionSecret).seal(DEMO_TOTP_SECRET);
  const allProgrammes = await db.select().from(programmes);
  await db.transaction(async (tx) => {
    for (const p of demoPeople) {
      const privileged = p.kind === 'admin' || p.kind === 'coordinator';
      const [user] = await tx
        .insert(users)
        .values({
          email: p.email,
          name: p.name,
          passwordHash,
          role: p.kind === 'admin' ? 'admin' : 'participant',
          emailVerifiedAt: now,
          isDemo: true,
          totpSecret: privileged ? totp : null,
          totpEnabledAt: privileged ? now : null,
        })
        .onConflictDoNothing()
        .returning();
      if (!user) continue;
      const programme = allProgrammes.find((x) => x.slug === p.programme);
      if (p.kind === 'coordinator' && programme) {
        await tx.insert(programmeCoordinators).values({ programmeId: programme.id, userId: user.id });
      }
      if ((p.kind === 'mentor' || p.kind === 'mentee') && programme && p.org) {
        const list = await tx.select().from(topics).where(eq(topics.programmeId, programme.id));
        const pick = (from: number, n: number) => list.slice(from, from + n).map((x) => x.id);
        const [organisationName, organisationType, bundesland] = p.org;
        await tx.insert(profiles).values({
          userId: user.id,
          organisationName,
          organisationType,
          bundesland,
          sizeClass: organisationType === 'gemeinde' ? '5000_20000' : '50000_100000',
          position: programme.slug === 'klimaschutz' ? 'Klimaschutzmanager*in' : 'Klimaanpassungsmanager*in',
          inRoleSince: p.kind === 'mentor' ? 2017 : 2025,
          formats: ['online', 'telefon'],
          frequency: 'monatlich',
          languages: ['de'],
          consentVersion: 'demo',
          consentAt: now,
        });
        await tx.insert(participations).values({
          userId: user.id,
          programmeId: programme.id,
          role: p.kind,
          status: 'accepted',
          funding: p.kind === 'mentor' ? 'Anschlussvorhaben' : 'Erstvorhaben',
          topicsNeeded: p.kind === 'mentee' ? pick(0, 3) : [],
          topicsOffered: p.kind === 'mentor' ? pick(0, 5) : pick(8, 1),
          goals:
            p.kind === 'mentee' ? 'Ein tragfähiges Konzept aufstellen und die Verwaltung einbinden.' : '',
          capacity: p.kind === 'mentor' ? 2 : null,
        });
      }
    }
    await seedDemoTandems(tx, now);
    await seedDemoCommunity(tx, now);
    await seedDemoLibrary(tx, now);
    await seedDemoTips(tx, now);
  });
  return (await db.select({ email: users.email }).from(users).where(eq(users.isDemo, true))).length;
}
