// Step 10's indicators are not five fixed names: likes, shares and comments in both languages, and
// a team's own metric, declared once, then recorded — through the console, as a team types them.
import { describe, expect, it } from 'vitest';
import { readMetric } from '../../src/kpis/kpi-input.js';
import { slugOf } from '../../src/kpis/custom-metric.js';
import { consoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';
import { municipalPlan, storedPlan } from '../conversations/fixtures.js';

const { db } = useTestDatabase();

describe('reading a metric', () => {
  it('knows likes, shares and comments as people write them, in French and English', () => {
    for (const text of ['j’aime', "j'aime", 'J’AIME', 'likes', 'like', 'mentions j’aime']) expect(readMetric(text)).toBe('likes');
    for (const text of ['partages', 'shares', 'Partage']) expect(readMetric(text)).toBe('shares');
    for (const text of ['commentaires', 'comments']) expect(readMetric(text)).toBe('comments');
    expect(readMetric('inscriptions')).toBeUndefined();
    expect(readMetric('Inscriptions', [{ slug: 'inscriptions' }])).toBe('inscriptions');
  });

  it('turns a team’s name for a metric into a stable slug, or refuses it', () => {
    expect(slugOf('Inscriptions à l’infolettre')).toBe('inscriptions-a-l-infolettre');
    expect(slugOf('!!!')).toBeUndefined();
    expect(slugOf('x'.repeat(41))).toBeUndefined();
  });
});

describe('the kpi command with more metrics, through the console', () => {
  it('in French: j’aime recorded, a second value the same day replaces the first and shows both, a team’s own metric declared once then recorded', async () => {
    const h = await consoleHarness(db, 'kpi-fr');
    const out = await h.chat(['kpi ajouter facebook j’aime 120', 'kpi ajouter facebook j’aime 1 300']);
    expect(out).toContain('📈 Noté\u00a0: Facebook · mentions J’aime = 120');
    expect(out).toContain('↺ Remplace la valeur notée plus tôt aujourd’hui\u00a0: 120 → 1\u202f300.');
    const saved = await h.repositories.kpis.findMany(asTenant('console:kpi-fr'), { metric: 'likes' });
    expect(saved.map((m) => m.value)).toEqual([1300]);

    const unknown = await h.chat(['kpi ajouter facebook inscriptions 12']);
    expect(unknown).toContain('Mesure inconnue\u00a0: «\u00a0inscriptions\u00a0»');
    expect(unknown).toContain('Déclarez-la une fois\u00a0: `kpi mesure inscriptions`');

    const declared = await h.chat(['kpi mesure Inscriptions', 'kpi mesure inscriptions', 'kpi mesure partages', 'kpi ajouter facebook inscriptions 12', 'kpi mesure', 'kpi']);
    expect(declared).toContain('🆕 Nouvelle mesure «\u00a0Inscriptions\u00a0» (`inscriptions`)');
    expect(declared).toContain('«\u00a0inscriptions\u00a0» est déjà une mesure connue (`inscriptions`)');
    expect(declared).toContain('«\u00a0partages\u00a0» est déjà une mesure connue (`shares`)');
    expect(declared).toContain('📈 Noté\u00a0: Facebook · Inscriptions = 12');
    expect(declared).toContain('Les vôtres\u00a0: Inscriptions');
    // The built-in metrics by their French names, as the unknown-metric message gives them.
    expect(declared).toMatch(/prévues\u00a0: abonnés, [^.]*mentions J’aime/);
    expect(declared).not.toContain('page-views');
    expect(declared).toMatch(/- Facebook · Inscriptions\u00a0: \S+ 12/);
  });

  it('shows a team’s own metric by the name it declared, not its slug: kpi, its trend, the digest and the review', async () => {
    const h = await consoleHarness(db, 'kpi-own-name');
    await h.repositories.plans.insert(storedPlan(asTenant('console:kpi-own-name'), municipalPlan()));
    await h.chat(['kpi mesure Inscriptions à l’infolettre', 'kpi ajouter facebook inscriptions a l infolettre 4250']);
    const series = 'Facebook · Inscriptions à l’infolettre';
    expect(await h.chat(['kpi ajouter facebook inscriptions à l’infolettre 4300'])).toContain(`📈 Noté\u00a0: ${series} = 4\u202f300`);
    expect(await h.chat(['kpi'])).toMatch(new RegExp(`- ${series}\u00a0: \\S+ 4\u202f300`));
    expect(await h.chat(['kpi tendance facebook inscriptions à l’infolettre'])).toContain(series);
    expect(await h.chat(['digest'])).toMatch(new RegExp(`- ${series}\u00a0: \\S+ 4\u202f300`));
    expect(await h.chat(['bilan'])).toMatch(new RegExp(`${series}\u00a0: \\S+ 4\u202f300`));
    expect(await h.chat(['kpi mesure'])).not.toContain('inscriptions-a-l-infolettre');
  });

  it('in English: shares and comments, and a name that cannot be a metric', async () => {
    const h = await consoleHarness(db, 'kpi-en', 'en');
    const out = await h.chat(['kpi add linkedin shares 40', 'kpi add linkedin comments 9', 'kpi metric !!!', 'kpi add linkedin shares 45']);
    expect(out).toContain('📈 Recorded: LinkedIn · shares = 40');
    expect(out).toContain('📈 Recorded: LinkedIn · comments = 9');
    expect(out).toContain('“!!!” can’t be a metric name');
    expect(out).toContain('↺ Replaces the value recorded earlier today: 40 → 45.');
  });

  it('kpi shows step 8’s leaders engaged with the trend of its readings', async () => {
    const h = await consoleHarness(db, 'kpi-leaders', 'en');
    const now = new Date().toISOString();
    const leader = (name: string, status: string) => ({ _at: now, answers: { name, status } });
    await h.repositories.plans.insert({
      _id: asTenant('console:kpi-leaders'), tenantId: asTenant('console:kpi-leaders'), version: 1, createdAt: now, updatedAt: now,
      steps: { '8': { status: 'complete', answers: { buildCommunity: true, leaders: { items: { a: leader('Julie', 'interacted'), b: leader('Paul', 'relationship'), c: leader('Léa', 'identified') } } } as never } },
    });
    await h.repositories.kpis.leaders.record({ _id: 'console:kpi-leaders|2026-01-01', tenantId: asTenant('console:kpi-leaders'), day: '2026-01-01', engaged: 0, listed: 3, at: new Date('2026-01-01T12:00:00Z') });
    expect(await h.chat(['kpi'])).toContain('- Opinion leaders you’ve engaged with: 2 of 3 ▁█');
  });
});

