// `politique playbook` typed to Boussole in Teams, through the real CloudAdapter and engine: the
// document card carries a private link to its Word copy, served by Boussole's HTTP server for a
// short while; the file, read back by mammoth, has the document's headings, lists and tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../../src/app/build-engine.js';
import { createRepositories, listRepositories } from '../../../src/app/repositories.js';
import { ensureIndexes } from '../../../src/store/repository.js';
import { completePlan } from '../../conversations/fixtures.js';
import { render } from '../../documents/render.js';
import { silentLog } from '../../support/feature-fixtures.js';
import { useTestDatabase } from '../../support/mongo.js';
import { seedCompletePlan } from '../../support/seed-plan.js';
import { AAD_TENANT, alice, personalMessage } from '../../support/teams-activities.js';
import { cardsOf, elementsOf } from '../../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { markdownStructure, readWordFile } from '../../support/word-file.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
let harness: TeamsHarness;
const chat = `a:personal-${alice.aadObjectId}`;
const tenantId = asTenant(`teams:${AAD_TENANT}:personal:${alice.aadObjectId}`);

beforeAll(async () => {
  const repositories = createRepositories(db);
  await ensureIndexes(listRepositories(repositories));
  const engine = buildEngine({ repositories, defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: silentLog });
  harness = await startTeamsHarness({ db, engine, privateLinks: true });
  await seedCompletePlan(db, repositories, tenantId);
});
afterAll(async () => harness.close());

const local = (url: string) => `${harness.url}${new URL(url).pathname}`;

describe('documents on Teams', () => {
  it('puts a short-lived private download link to the Word copy in the document card', async () => {
    expect((await harness.post(personalMessage({ serviceUrl: harness.connector.url, text: 'politique playbook', locale: 'fr-CA' }))).status).toBe(200);
    const received = await harness.connector.waitFor(chat, 2);
    const elements = received.flatMap(cardsOf).flatMap(elementsOf);
    const open = elements.find((e) => e.type === 'Action.OpenUrl')!;
    expect(open.title).toBe('Télécharger en Word (.docx)');
    const url = String(open.url);
    expect(url).toMatch(/^http:\/\/localhost:\d+\/documents\/[A-Za-z0-9_-]{43}\.docx$/);

    const response = await fetch(local(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=schemas-commentaires.docx');
    const word = await readWordFile(new Uint8Array(await response.arrayBuffer()));
    const tenant = await harness.repositories.tenants.findOne(tenantId, { _id: tenantId });
    const expected = markdownStructure(render('comment-playbook', completePlan(), 'fr', tenant?.name).markdown);
    expect(word.headings).toEqual(expected.headings);
    expect(word.listItems).toEqual(expected.listItems);
    expect(word.cells).toEqual(expected.cells);
    expect(expected.cells.length).toBeGreaterThan(10);

    // Only the token's hash is stored; once the link has expired, it opens nothing.
    const token = /\/documents\/(.+)\.docx$/.exec(url)![1]!;
    const links = db.collection('document_links');
    expect(JSON.stringify(await links.find({}, { projection: { data: 0 } }).toArray())).not.toContain(token);
    await links.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await fetch(local(url));
    expect(expired.status).toBe(404);
    expect(await expired.text()).toBe('');
  });
});
