// The whole method, step by step, typed into the console chat as piped lines, then read back from
// MongoDB — the same engine and storage the Slack and Teams bots use.
import { beforeAll, describe, expect, it } from 'vitest';
import { groupItems } from '../../../src/core/dialogue/values.js';
import { consoleHarness, type ConsoleHarness } from '../../support/console-chat.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';
import { onTestDay } from '../../support/test-day.js';

const { db } = useTestDatabase();
let h: ConsoleHarness;
const TENANT = asTenant('console:local');

beforeAll(async () => {
  h = await consoleHarness(db, 'local', 'fr', onTestDay);
});

async function plan() {
  return h.repositories.plans.get(TENANT);
}

function expectNoRefusal(output: string) {
  expect(output, output).not.toContain('⚠️');
}

describe('the ten steps through the console', () => {
  it('step 1: listening — keywords, competitors, an influencer, feeds, tools, dates, portrait', async () => {
    const out = await h.chat([
      'étape 1',
      'Boussole, Université Laval',
      'Concordia, McGill',
      'Marie Tremblay',
      'linkedin',
      '@mtremblay',
      'terminer',
      'https://example.ca/flux.xml',
      '1, 2',
      '1',
      '2026-12-01',
      '2027-06-01',
      'On parle peu de nous, surtout de nos chercheurs.',
      '2',
      'terminer',
    ]);
    expectNoRefusal(out);
    expect(out).toContain('Étape 1');
    const step = (await plan()).step(1);
    expect(step.status).toBe('complete');
    expect(step.answers.keywords).toEqual(['Boussole', 'Université Laval']);
    expect(step.answers.competitors).toEqual(['Concordia', 'McGill']);
    expect(step.answers.feeds).toEqual(['https://example.ca/flux.xml']);
    expect(step.answers.tools).toEqual(['alerts', 'rss-reader']);
    expect(step.answers.paidTool).toBeUndefined();
    expect(step.answers.budget).toBe('free-only');
    expect(step.answers.listenStart).toBe('2026-12-01');
    expect(step.answers.goLive).toBe('2027-06-01');
    expect(step.answers.portraitTone).toBe('neutral');
    expect(groupItems(step.answers.influencers)).toMatchObject([{ name: 'Marie Tremblay', platform: 'linkedin', handle: '@mtremblay' }]);
  });

  it('step 2: audiences and the objectives of each function', async () => {
    const out = await h.chat([
      'étape 2',
      'Journalistes',
      'Faire connaître nos recherches',
      'Des experts disponibles rapidement',
      'La science, l’actualité',
      'Des réponses rapides',
      'terminer',
      '1',
      'Protéger la réputation',
      'terminer',
      'terminer',
    ]);
    expectNoRefusal(out);
    const step = (await plan()).step(2);
    expect(step.status).toBe('complete');
    expect(groupItems(step.answers.audiences)).toMatchObject([{ who: 'Journalistes', objective: 'Faire connaître nos recherches' }]);
    expect(groupItems(step.answers.functions)).toMatchObject([{ function: 'pr', objectives: 'Protéger la réputation' }]);
  });

  it('step 3: a platform serving an audience, domains, no automatic cross-posting', async () => {
    const out = await h.chat([
      'étape 3',
      'linkedin',
      'Boussole',
      'https://www.linkedin.com/company/boussole',
      '1',
      '1',
      'Journalistes',
      'Les journalistes spécialisés y suivent les organisations.',
      'terminer',
      'boussole.ca',
      '1',
      'terminer',
    ]);
    expectNoRefusal(out);
    const step = (await plan()).step(3);
    expect(step.status).toBe('complete');
    expect(groupItems(step.answers.platforms)).toMatchObject([{ platform: 'linkedin', name: 'Boussole', status: 'reserved', lifespan: 'permanent' }]);
    expect(step.answers.crossPosting).toBe('adapted');
  });

  it('step 4: content, calendar, usage guide, editorial line and a four-row comment playbook', async () => {
    // Who answers (the community manager, choice 1), delay, content, exchanges, channel, escalation.
    const playbookRow = ['1', '4', 'Remercier, répondre sur le fond', '2', '1', 'Menace ou crise'];
    const out = await h.chat([
      'étape 4',
      '1, 3',
      'passer',
      '2',
      '3', // per week on the pre-filled LinkedIn row
      'terminer',
      '2027-01-15 10h',
      'linkedin',
      'Lancement du rapport annuel',
      'Marie Tremblay',
      'Photos du lancement', // the post's own material, asked now that it has its own key
      'terminer',
      'Jean Roy',
      'Annonces et vulgarisation', // usage row pre-filled for LinkedIn
      'Vocabulaire clair, sans jargon',
      '2',
      '1',
      '2',
      'terminer',
      'Recherche, Vie étudiante',
      'Politique partisane',
      '1', // "your answer, or the `politique` command?": the answer
      '2',
      'Recruter des étudiant·e·s', // objective on the pre-filled LinkedIn row
      'terminer',
      ...playbookRow,
      ...playbookRow,
      ...playbookRow,
      ...playbookRow,
      'terminer',
      'Sophie Gagnon',
      'Louise Bédard', // senior PR management supervising the playbook
      'Sophie Gagnon',
      'passer',
      'terminer',
    ]);
    expectNoRefusal(out);
    const step = (await plan()).step(4);
    expect(step.status, out.slice(-2000)).toBe('complete');
    expect(step.answers.material).toEqual(['videos', 'articles']);
    expect(groupItems(step.answers.calendar)).toMatchObject([
      { platform: 'linkedin', topic: 'Lancement du rapport annuel', owner: { name: 'Marie Tremblay' }, postMaterial: 'Photos du lancement' },
    ]);
    // 10:00 in Toronto in January is 15:00 UTC.
    expect(groupItems(step.answers.calendar)[0]!.at).toBe('2027-01-15T15:00:00.000Z');
    const playbook = groupItems(step.answers.playbook);
    expect(playbook.map((r) => r.kind).sort()).toEqual(['angry', 'dissatisfied', 'question', 'satisfied']);
    expect(playbook.every((r) => r.delayHours === 4 && r.channel === 'public-reply')).toBe(true);
    // Each of the four pre-filled rows asked who answers; the post was asked for its own material.
    expect(out.split('— qui y répond\u202f?').length - 1).toBe(4);
    expect(out).toContain('— quel matériel l’accompagne (photo, vidéo, lien)\u202f?');
    expect(playbook.every((r) => r.answeredBy === 'community-manager')).toBe(true);
    expect(step.answers.escalationContact).toMatchObject({ name: 'Sophie Gagnon' });
    expect(step.answers.supervisor).toMatchObject({ name: 'Louise Bédard' });
  });

  it('step 5: the staff policy is a draft until discussed, then official; only then is it acknowledged', async () => {
    const out = await h.chat(['étape 5', '2', '1, 2, 4', 'passer', '2026-01-20', '1', 'terminer', 'ack']);
    expectNoRefusal(out);
    const step = (await plan()).step(5);
    expect(step.status).toBe('complete');
    expect(step.answers.rules).toEqual(['disclose-employee', 'no-confidential', 'courtesy']);
    expect(out).toContain('enregistrée comme brouillon');
    expect(out).toContain('était prévue le 20 janvier 2026');
    expect(out).toContain('pas encore officielle');
    expect(await h.repositories.policyAcks.count(TENANT, { userId: 'console:marie' })).toBe(0);

    const official = await h.chat(['personnel officielle', 'personnel discutée', 'personnel officielle', 'ack']);
    expect(official).toContain('doit d’abord être discutée');
    expect(official).toContain('discutée avec le personnel le 20 janvier 2026');
    expect(official).toContain('(version\u00a01)');
    expect(official).toContain('Merci\u202f! Votre lecture de la politique');
    expect(await h.repositories.policyAcks.count(TENANT, { userId: 'console:marie', policyVersion: '1' })).toBe(1);
  });

  it('step 7 stays locked while step 6 is not complete, and says what is missing', async () => {
    const out = await h.chat(['étape 7']);
    expect(out).toContain('verrouillée');
    expect(out).toContain('6.');
    expect((await plan()).step(7).status).toBe('not-started');
  });

  it('step 6: community manager, backup, no extra team, a training session, the checklist', async () => {
    const out = await h.chat(['étape 6', 'Marie Tremblay', 'Jean Roy', 'passer', '2027-01-10 9h', 'Gérer les commentaires', 'Toute l’équipe', 'terminer', '1, 2, 3, 4, 5, 6', 'terminer']);
    expectNoRefusal(out);
    const step = (await plan()).step(6);
    expect(step.status).toBe('complete');
    expect(step.answers.communityManager).toMatchObject({ name: 'Marie Tremblay' });
    expect(step.answers.backup).toMatchObject({ name: 'Jean Roy' });
    expect(groupItems(step.answers.team)).toEqual([]);
    expect(groupItems(step.answers.training)).toHaveLength(1);
  });

  it('step 7 unlocks once 1 to 6 are complete', async () => {
    const out = await h.chat(['étape 7', '2027-06-01', '#rappels', '#alertes', '#veille', '1, 3', 'passer', 'terminer']);
    expectNoRefusal(out);
    const step = (await plan()).step(7);
    expect(step.status).toBe('complete');
    expect(step.answers.remindersChannel).toBe('#rappels');
    // The channels named in step 7 become where reminders, alerts and the digest are posted.
    expect(out).toContain('📣 #rappels recevra les rappels du calendrier.');
    const tenant = await h.repositories.tenants.findOne(TENANT, { _id: TENANT });
    expect(tenant!.channels).toEqual({ reminders: '#rappels', alerts: '#alertes', digest: '#veille' });
  });

  it('step 8: opinion leaders pre-filled from step 1, one more added', async () => {
    const out = await h.chat(['étape 8', 'oui', 'ajouter', 'Paul Roy', 'x', '@paulroy', '3', 'terminer', 'IA, éducation', 'terminer']);
    expectNoRefusal(out);
    expect(out).toContain('prérempli');
    const step = (await plan()).step(8);
    expect(step.status).toBe('complete');
    expect(groupItems(step.answers.leaders)).toMatchObject([
      { name: 'Marie Tremblay', platform: 'linkedin', status: 'identified' },
      { name: 'Paul Roy', platform: 'x', status: 'interacted' },
    ]);
  });

  it('step 8 answered "no" is skipped at once, and counts as done', async () => {
    const other = await consoleHarness(db, 'other-org');
    await other.chat(['étape 8', 'non', 'terminer']);
    expect((await other.repositories.plans.get(asTenant('console:other-org'))).step(8).status).toBe('skipped');
  });

  it('step 9: conversation norms with the reaction speed suggested from the playbook', async () => {
    const out = await h.chat(['étape 9', '1', '1', '1, 2', '4', 'terminer']);
    expectNoRefusal(out);
    expect(out).toContain('Suggestion\u00a0: 4');
    const step = (await plan()).step(9);
    expect(step.status).toBe('complete');
    expect(step.answers.reactionHours).toBe(4);
  });

  it('step 10: KPIs for each platform, sources, cadence, owner', async () => {
    const out = await h.chat(['étape 10', '1, 2', 'terminer', '1, 2', '1', 'Marie Tremblay', '2', '2', 'terminer']);
    expectNoRefusal(out);
    const step = (await plan()).step(10);
    expect(step.status).toBe('complete');
    expect(groupItems(step.answers.kpis)).toMatchObject([{ platform: 'linkedin', metrics: ['followers', 'page-views'] }]);
    expect(step.answers.checkIn).toBe('weekly');
  });

  it('step 10 lives on: the team rates the quality of its conversations in the chat, and reads it back', async () => {
    expect((await plan()).step(10).answers.qualityCadence).toBe('monthly');
    const out = await h.chat(['kpi qualité 6', 'kpi qualité 4/5 de bons échanges avec la presse', 'kpi']);
    expect(out).toContain('La note est un nombre entier de 1 (conversations pauvres) à 5 (excellentes)\u202f; «\u00a06\u00a0» n’en est pas un.');
    expect(out).toMatch(/⭐ Noté\u00a0: qualité des conversations ▄ 4\/5 \([^)]+\) — de bons échanges avec la presse/);
    // `kpi` lists it with the KPIs (the console prints bold as plain text).
    expect(out).toMatch(/\nQualité des conversations\u00a0: ▄ 4\/5 \([^)]+\) — de bons échanges/);
    expect((await h.repositories.qualityRatings.latest(TENANT, 5)).map((r) => [r.rating, r.notes])).toEqual([[4, 'de bons échanges avec la presse']]);
  });

  it('status then shows every step complete and nothing left to do', async () => {
    const out = await h.chat(['état']);
    expect(out.match(/✅/g)).toHaveLength(10);
    expect(out).toContain('Toutes les étapes sont terminées');
  });
});
