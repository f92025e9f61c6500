// How the engine behaves around the questions: resuming, navigating, refusing, sharing one plan.
import { MongoClient } from 'mongodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/app/build-engine.js';
import type { InboundEvent } from '../../src/core/events.js';
import type { Reply } from '../../src/core/replies.js';
import { createLogger } from '../../src/log/logger.js';
import { createRepositories } from '../../src/app/repositories.js';
import { consoleHarness, type ConsoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { freePort } from '../../src/util/free-port.js';
import { asTenant } from '../support/tenant.js';
import type { TenantId } from '../../src/core/tenant-id.js';
import { onTestDay } from '../support/test-day.js';

const { db } = useTestDatabase();
let n = 0;
async function fresh(clock?: () => Date): Promise<{ h: ConsoleHarness; tenant: TenantId; id: string }> {
  const id = `org${++n}`;
  return { h: await consoleHarness(db, id, 'fr', clock), tenant: asTenant(`console:${id}`), id };
}

function event(tenant: string, input: InboundEvent['input'], user = { id: 'console:marie', name: 'Marie', isAdmin: true }): InboundEvent {
  return { tenant: { platform: 'console', id: tenant }, user, conversation: { id: 'console', kind: 'direct' }, input };
}
const question = (replies: Reply[]) => replies.find((r) => r.kind === 'question') as Extract<Reply, { kind: 'question' }> | undefined;
const texts = (replies: Reply[]) => replies.map((r) => ('text' in r && r.text) || ('prompt' in r && r.prompt) || '').join('\n');

let shared: Awaited<ReturnType<typeof fresh>>;
beforeAll(async () => {
  shared = await fresh();
});

describe('answers', () => {
  it('a refused answer says why, asks again, and keeps what was answered before', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 1', 'Boussole, Laval', 'Concordia']);
    const out = await h.chat(['passer', 'pas une adresse']);
    expect(out).toContain('n’est pas une adresse web valide');
    expect(out.match(/Quelles sources/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const step = (await h.repositories.plans.get(tenant)).step(1);
    expect(step.answers.keywords).toEqual(['Boussole', 'Laval']);
    expect(step.answers.competitors).toEqual(['Concordia']);
  });

  it('a French answer that starts with a command word is asked about, then stored as the answer it is', async () => {
    const { h, tenant } = await fresh();
    const out = await h.chat(['étape 1', 'politique de confidentialité']);
    expect(out).toContain('est-ce votre réponse, ou la commande `politique`');
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toBeUndefined();
    await h.chat(['1']);
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toEqual(['politique de confidentialité']);
  });
});

describe('a person’s characters', () => {
  it('are echoed on the console as typed, markdown characters and backslashes included', async () => {
    const { h, tenant } = await fresh();
    const out = await h.chat(['étape 1', '*urgent*, _brouillon_, C:\\dossier']);
    expect(out).toContain('Mots-clés surveillés\u00a0: *urgent*, _brouillon_, C:\\dossier');
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toEqual(['*urgent*', '_brouillon_', 'C:\\dossier']);
  });
});

describe('sessions', () => {
  it('resume where the user left off after a restart of the process', async () => {
    const { h, id, tenant } = await fresh();
    await h.chat(['étape 1', 'Boussole']);
    // A new engine with nothing in memory: what a restarted process has.
    const restarted = await consoleHarness(db, id);
    const out = await restarted.chat(['continuer', 'Concordia']);
    expect(out).toContain('On reprend là où vous en étiez');
    expect(out).toContain('concurrents');
    expect((await restarted.repositories.plans.get(tenant)).step(1).answers.competitors).toEqual(['Concordia']);
  });

  it('back returns to the previous question with its answer shown; review then edit changes it', async () => {
    const { h, tenant } = await fresh();
    const out = await h.chat(['étape 2', 'Journalistes', 'retour']);
    expect(out).toContain('Réponse actuelle\u00a0: Journalistes');
    await h.chat(['Médias', 'Objectif', 'Besoins', 'Intérêts', 'Attentes', 'terminer', '1', 'Objectifs RP', 'terminer']);
    const review = await h.chat(['réviser']);
    expect(review).toContain('Révision — étape 2');
    expect(review).toMatch(/1\. .*: 1\.1 Médias/);
    const edited = await h.chat(['modifier 1', 'ajouter', 'Étudiants', 'Recruter', 'Infos', 'Vie étudiante', 'Réponses']);
    // The edited item finished: straight back to the review, which now lists both audiences.
    expect(edited).toMatch(/Révision — étape 2[^]*1\. public\u00a0: 1\.1 Médias · 1\.2 Étudiants/);
    const step = (await h.repositories.plans.get(tenant)).step(2);
    expect(step.status).toBe('in-progress');
    expect(JSON.stringify(step.answers.audiences)).toContain('Étudiants');
  });

  it('skip passes an optional question, refuses a required one', async () => {
    const { h, tenant } = await fresh();
    const out = await h.chat(['étape 1', 'passer', 'Boussole', 'Concordia', 'passer', 'passer']);
    expect(out).toContain('Cette question est obligatoire');
    const step = (await h.repositories.plans.get(tenant)).step(1);
    expect(step.answers.keywords).toEqual(['Boussole']);
    expect(step.answers.feeds).toBeUndefined();
    expect(out).toContain('Quels outils de veille');
  });

  it('pause ends the questionnaire, keeps the answers, and `étape` picks up again', async () => {
    const { h, tenant } = await fresh();
    const out = await h.chat(['étape 1', 'Boussole', 'pause', 'Concordia']);
    expect(out).toContain('Questionnaire en pause');
    expect(out).toContain('Je ne connais pas la commande «\u00a0Concordia\u00a0»');
    expect((await h.repositories.plans.get(tenant)).step(1).answers.competitors).toBeUndefined();
    const back = await h.chat(['étape 1', 'Concordia']);
    expect(back).toContain('personnes ou quels comptes influents');
  });

  it('`reprendre` after a pause goes back to the step the team last worked on, at its next question', async () => {
    const { h } = await fresh();
    await h.chat(['étape 2', 'pause', 'étape 1', 'Boussole', 'pause']);
    const back = await h.chat(['reprendre']);
    expect(back).toContain('Étape 1 —');
    expect(back).toContain('Quels concurrents');
    // With no step in progress, it says where the plan stands.
    const { h: idle } = await fresh();
    expect(await idle.chat(['reprendre'])).toContain('À faire maintenant');
  });

  it('a button from an older question is recognized as stale and the current question is asked', async () => {
    const { h, id, tenant } = await fresh();
    const first = await h.engine.handle(event(id, { kind: 'command', text: 'step 1' }));
    const ref = question(first)!.ref;
    await h.engine.handle(event(id, { kind: 'action', action: { kind: 'answer', ref, value: { kind: 'text', text: 'Boussole' } } }));
    const stale = await h.engine.handle(event(id, { kind: 'action', action: { kind: 'answer', ref, value: { kind: 'text', text: 'Autre' } } }));
    expect(texts(stale)).toContain('Cette question a déjà reçu une réponse');
    expect(question(stale)!.ref.key).toBe('competitors');
    expect((await h.repositories.plans.get(tenant)).step(1).answers.keywords).toEqual(['Boussole']);
  });

  it('a session whose step changed shape resumes at the first unanswered question', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 1', 'Boussole']);
    // The cursor as an earlier version of the step left it (cursors live in the plan: plan/cursors.ts).
    const plan = await db.collection('plans').findOne({ tenantId: tenant });
    const [key] = Object.keys(plan!.cursors as object);
    await db.collection('plans').updateOne({ tenantId: tenant }, { $set: { [`cursors.${key}.dialogue.definition`]: 'an-older-shape', [`cursors.${key}.dialogue.position`]: { at: 'question', node: 42 } } });
    const out = await h.chat(['Concordia']);
    expect(out).toContain('Les questions de cette étape ont changé');
    expect(out).toContain('concurrents');
  });
});

describe('one plan, several people', () => {
  it('two people answering different steps at once lose nothing', async () => {
    const { h, id, tenant } = await fresh(onTestDay);
    const marie = { id: 'console:marie', name: 'Marie', isAdmin: true };
    const jean = { id: 'console:jean', name: 'Jean', isAdmin: false };
    await h.engine.handle(event(id, { kind: 'message', text: 'étape 1' }, marie));
    await h.engine.handle(event(id, { kind: 'message', text: 'étape 2' }, jean));
    const marieSays = ['Boussole', 'Concordia', 'passer', 'passer', '1', '1', '2026-12-01', '2027-06-01', 'Portrait', '1'];
    const jeanSays = ['Journalistes', 'Objectif', 'Besoins', 'Intérêts', 'Attentes', 'terminer', '1', 'Objectifs'];
    const say = async (user: typeof marie, lines: string[]) => {
      for (const text of lines) await h.engine.handle(event(id, { kind: 'message', text }, user));
    };
    await Promise.all([say(marie, marieSays), say(jean, jeanSays)]);
    const plan = await h.repositories.plans.get(tenant);
    expect(plan.step(1).answers).toMatchObject({ keywords: ['Boussole'], competitors: ['Concordia'], budget: 'free-only', portrait: 'Portrait' });
    expect(JSON.stringify(plan.step(2).answers)).toContain('Journalistes');
    expect(JSON.stringify(plan.step(2).answers)).toContain('Objectifs');
    const history = await h.repositories.plans.history(tenant, 1, 50);
    expect(history.every((e) => e.by.id === 'console:marie')).toBe(true);
  });

  it('every change is in the history with who, before and after; only owners reopen a step', async () => {
    const { h, id, tenant } = shared;
    await h.chat(['étape 8', 'non', 'terminer']);
    const refused = await h.engine.handle(event(id, { kind: 'message', text: 'rouvrir 8' }, { id: 'console:jean', name: 'Jean', isAdmin: false }));
    expect(texts(refused)).toContain('Seules les personnes responsables de l’espace');
    const out = await h.chat(['rouvrir 8', 'étape 8', 'modifier 1', 'oui', 'IA', 'terminer', 'historique 8']);
    expect(out).toContain('L’étape 8 (');
    expect(out).toContain('est rouverte');
    // In words: the question's label and the answers as the review shows them (issue 11).
    expect(out).toContain('Communauté propre\u00a0: Non → Oui');
    // When, in words: « samedi 28 novembre 2026 à 10 h 05 », not « 28 nov. 2026, 10 h 05 ».
    expect(out).toMatch(/\p{Ll}+ \d{1,2}(er)? \p{L}+ \d{4} à \d{1,2}\u00a0h/u);
    expect(out).not.toContain('buildCommunity');
    expect((await h.repositories.plans.get(tenant)).step(8).status).toBe('complete');
  });
});

describe('commands', () => {
  it('an unknown command gets the closest one, never silence', async () => {
    const out = await shared.h.chat(['etap 2']);
    expect(out).toContain('Je ne connais pas la commande «\u00a0etap 2\u00a0»');
    expect(out).toContain('Vouliez-vous dire `étape`');
    // Written as the command is, accents included, in the person's language.
    expect(await shared.h.chat(['épape 2'])).toContain('Vouliez-vous dire `étape`');
    expect(await shared.h.chat(['calendier'])).toContain('Vouliez-vous dire `calendrier`');
  });

  it('a step number out of range is explained', async () => {
    expect(await shared.h.chat(['étape 11'])).toContain('Il n’y a pas d’étape «\u00a011\u00a0»');
    expect(await shared.h.chat(['step douze'])).toContain('les étapes vont de 1 à 10');
  });

  it('each person may choose their language; English works throughout', async () => {
    const out = await shared.h.chat(['language en', 'status', 'help']);
    expect(out).toContain('OK — I’ll talk to you in English');
    expect(out).toContain('Social media plan — progress');
    expect(out).toContain('Boussole — commands');
    const other = await shared.h.chat(['état'], { id: 'console:jean', name: 'Jean' });
    expect(other).toContain('Plan médias sociaux — progression');
    await shared.h.chat(['langue fr']);
  });

  it('status shows pitfalls found in the answers', async () => {
    const { h } = await fresh();
    const out = await h.chat(['étape 6', 'Marie', 'Marie', 'passer', 'état']);
    expect(out).toContain('Écueils repérés');
    // Each pitfall says which step it belongs to in words, not a bare « (6) ».
    expect(out).toMatch(/^- .+[^.] \(étape\u00a06\)\.$/m);
    expect(out).not.toMatch(/ \(6\)$/m);
    expect(await h.chat(['langue en', 'status', 'langue fr'])).toMatch(/^- .+[^.] \(step 6\)\.$/m);
  });

  it('status puts the step inside a pitfall’s closing parenthesis rather than opening a second one', async () => {
    const { h } = await fresh();
    await h.chat(['commentaire ajouter facebook | Jean | - | Quand ouvre la piscine ? | question']);
    const out = await h.chat(['état']);
    expect(out).toContain('puis officialisez-la (`personnel`, étape\u00a05).');
    expect(out).not.toContain(') (étape');
    expect(await h.chat(['langue en', 'status', 'langue fr'])).toContain('then make it official (`staff`, step 5).');
  });

  it('status says who started or completed a step only when someone is recorded', async () => {
    const { h, tenant } = await fresh();
    await h.chat(['étape 1']);
    // The day in words, as the sentence around it (« le 28 novembre 2026 », not « le 28 nov. 2026 »).
    expect(await h.chat(['état'])).toMatch(/en cours \(depuis le \d{1,2}(er)? \p{Ll}+ \d{4}, Marie\)/u);
    // A step whose starter was not kept (started by a job, or before people were recorded).
    await db.collection('plans').updateOne({ _id: tenant as never }, { $unset: { 'steps.1.startedBy': '' } });
    const fr = await h.chat(['état']);
    expect(fr).toMatch(/en cours \(depuis le [^,)]+\)/);
    expect(fr).not.toContain('?)');
    expect(await h.chat(['langue en', 'status', 'langue fr'])).toMatch(/in progress \(since [^()]+\d\)\n/);
  });

  it('documents come as attached Markdown, with what is missing marked', async () => {
    const { h } = await fresh();
    const out = await h.chat(['politique guide', 'policy playbook']);
    expect(out).toContain('----- ');
    expect(out).toMatch(/À compléter — étape 4/);
    expect(await h.chat(['politique inconnue'])).toContain('Je ne connais pas le document');
  });
});

describe('a database outage', () => {
  it('gives a clear "try again", not a crash', async () => {
    const dead = new MongoClient(`mongodb://127.0.0.1:${await freePort()}/`, { serverSelectionTimeoutMS: 300 });
    const engine = buildEngine({
      repositories: createRepositories(dead.db('nowhere')),
      defaults: { locale: 'fr', timeZone: 'America/Toronto' },
      log: createLogger({ level: 'silent', format: 'json' }),
    });
    const replies = await engine.handle(event('down', { kind: 'message', text: 'état' }));
    expect(texts(replies)).toContain('La base de données ne répond pas pour le moment');
    await dead.close();
  });
});
