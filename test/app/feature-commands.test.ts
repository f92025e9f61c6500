import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { featureCommands } from '../../src/app/feature-commands.js';
import type { CommandContext, CommandHandler } from '../../src/core/commands/command.js';
import type { StepAnswers } from '../../src/core/dialogue/values.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const T = asTenant('slack:CMD');
const now = DateTime.fromISO('2026-03-07T10:00', { zone: 'America/Toronto' }).toJSDate();
let repositories: Repositories;
let commands: CommandHandler[];
const answers: Record<number, StepAnswers> = {
  4: { playbook: { items: { r: { _at: 'x', answers: { kind: 'angry', assignee: { id: 'U-ang', name: 'Angie' }, delayHours: 3 } } } } },
  6: { communityManager: { id: 'U-cm', name: 'Cam' }, backup: { id: 'U-bk' } },
};

beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc(T));
  commands = featureCommands({ repositories, notifier: new RecordingNotifier(), log: silentLog, scheduler: () => undefined, clock: () => now });
});

/** These commands answer at once; a form started here would be a bug. */
const noForm = () => Promise.reject(new Error('no form expected'));

function ctx(locale: 'fr' | 'en', isOwner = false): CommandContext {
  return { tenantId: T, user: { id: 'U1', name: 'Ann', isOwner }, locale, timeZone: 'America/Toronto', now, answers: async (step) => answers[step] ?? {}, event: {} as never, startForm: noForm };
}
const run = async (id: string, args: string, context: CommandContext) => {
  const replies = await commands.find((c) => c.id === id)!.run(args, context);
  return replies.map((r) => (r.kind === 'text' ? r.text : r.kind === 'facts' ? r.facts.map((f) => `${f.label}: ${f.value}`).join('\n') : '')).join('\n');
};

describe('calendar command', () => {
  it('adds an entry from inline arguments, lists, changes, publishes', async () => {
    const added = await run('calendar', 'ajouter demain 14h | LinkedIn | Lancement du rapport', ctx('fr'));
    expect(added).toContain('Ajouté\u00a0: «\u00a0Lancement du rapport\u00a0» sur LinkedIn');
    const ref = added.match(/réf\. `(\w+)`/)![1]!;
    expect(await run('calendar', 'list', ctx('en'))).toContain(`\`${ref}\``);
    expect(await run('calendar', `change ${ref} lundi 10h`, ctx('fr'))).toContain('Modifié');
    expect(await run('calendar', `publié ${ref}`, ctx('fr'))).toContain('marqué publié');
    expect(await run('calendar', `cancel ${ref}`, ctx('en'))).toContain('already published or cancelled');
  });

  it('answers bad arguments with the reason and the usage line, in the user’s language', async () => {
    expect(await run('calendar', 'ajouter 31 février 10h | linkedin | Sujet', ctx('fr'))).toMatch(/n’existe pas[\s\S]*Utilisation\u00a0: `calendrier/);
    expect(await run('calendar', 'add tomorrow 2pm | myspace | Topic', ctx('en'))).toMatch(/Unknown platform: “myspace”[\s\S]*Usage: `calendar/);
    expect(await run('calendar', 'add yesterday 9am | x | Topic', ctx('en'))).toContain('has already passed');
    expect(await run('calendar', 'frobnicate', ctx('en'))).toContain('Usage: `calendar');
  });
});

describe('comment command', () => {
  it('logs a comment routed by the playbook and marks it answered', async () => {
    const added = await run('comment', 'add facebook | Jean | https://fb.example/1 | C’est scandaleux | colère', ctx('en'));
    expect(added).toContain('Assignee: Angie');
    expect(added).toContain('(3 h)');
    const ref = added.match(/ref\. `(\w+)`/)![1]!;
    expect(await run('comment', 'list', ctx('en'))).toContain(ref);
    expect(await run('comment', `répondu ${ref}`, ctx('fr'))).toContain('Répondu en 0 min');
    expect(await run('comment', 'add facebook | Jean | - | texte | furieux', ctx('fr'))).toMatch(/Type de commentaire inconnu[\s\S]*Utilisation/);
    expect(await run('comment', 'add facebook | Jean | javascript:alert(1) | texte | question', ctx('en'))).toContain('must start with http');
  });
});

describe('kpi command', () => {
  it('records valid values and refuses negative, absurd and unknown ones', async () => {
    expect(await run('kpi', 'ajouter linkedin abonnés 1 250', ctx('fr'))).toMatch(/^📈 Noté\u00a0: LinkedIn · abonnés = 1\s250 {2}▄$/u);
    expect(await run('kpi', 'add linkedin page views 300', ctx('en'))).toContain('LinkedIn · page views = 300');
    expect(await run('kpi', 'add linkedin followers -5', ctx('en'))).toContain('can’t be negative');
    expect(await run('kpi', 'add linkedin followers 99999999999', ctx('en'))).toContain('“99999999999” looks wrong (over a billion)');
    expect(await run('kpi', 'add linkedin karma 5', ctx('en'))).toContain('Unknown metric');
    expect(await run('kpi', 'add friendster followers 5', ctx('en'))).toContain('Unknown platform');
    expect(await run('kpi', '', ctx('en'))).toContain('LinkedIn · followers');
  });

  it('rates the quality of conversations from 1 to 5 with notes, refuses anything else, and shows the trend', async () => {
    expect(await run('kpi', 'quality', ctx('en'))).toContain('No quality rating yet');
    expect(await run('kpi', '', ctx('en'))).toContain('**Conversation quality**: not rated yet');
    expect(await run('kpi', 'qualité 4/5 de bons échanges avec la presse', ctx('fr'))).toBe('⭐ Noté\u00a0: qualité des conversations ▄ 4/5 (7 mars) — de bons échanges avec la presse');
    expect(await run('kpi', 'quality 6', ctx('en'))).toMatch(/whole number from 1 \(poor conversations\) to 5 \(excellent\); “6” isn’t one[\s\S]*Usage: `kpi/);
    expect(await run('kpi', 'qualite 3,5', ctx('fr'))).toContain('«\u00a03,5\u00a0» n’en est pas un');
    expect(await run('kpi', 'quality great', ctx('en'))).toContain('“great” isn’t one');
    expect(await run('kpi', `quality 2 ${'x'.repeat(501)}`, ctx('en'))).toContain('too long (501 characters, 500 max)');
    // Rating again the same day corrects the day's rating (and drops its old notes).
    expect(await run('kpi', 'quality 5', ctx('en'))).toBe('⭐ Recorded: conversation quality ▄ 5/5 (March 7)');
    expect(await run('kpi', 'quality', ctx('en'))).toBe('**Conversation quality** ▄\n- 2026-03-07: 5/5');
    expect(await run('kpi', '', ctx('en'))).toContain('**Conversation quality**: ▄ 5/5 (March 7)');
  });
});

describe('settings command', () => {
  it('is for owners, validates each setting and shows the result', async () => {
    expect(await run('settings', 'timezone Europe/Paris', ctx('en'))).toContain('Only owners');
    expect(await run('settings', 'timezone Mars/Olympus', ctx('fr', true))).toMatch(/pas un fuseau horaire IANA[\s\S]*Utilisation\u00a0: `réglages/);
    expect(await run('settings', 'timezone Europe/Paris', ctx('en', true))).toContain('Time zone: Europe/Paris');
    expect(await run('settings', 'leads 2j, 30min', ctx('fr', true))).toContain('Rappels avant publication: 2 jours, 30 min');
    expect(await run('settings', 'leads 0h', ctx('en', true))).toContain('Between 1 and 5 lead times');
    expect(await run('settings', 'canal alertes #urgences', ctx('fr', true))).toContain('Canal des alertes: urgences');
    // The digest's hour as each language writes it: « 4 p.m. », « 16 h », never « 16:00 ».
    expect(await run('settings', 'digest friday 16', ctx('en', true))).toContain('Friday at 4\u00a0p.m. (next: Friday, March 13, 2026');
    expect(await run('settings', 'résumé vendredi 16', ctx('fr', true))).toContain('le vendredi à 16\u00a0h (prochain\u00a0: vendredi 13 mars 2026');
    expect(await run('settings', 'digest someday 25', ctx('en', true))).toContain('Give a day and an hour');
    expect(await run('settings', 'language en', ctx('fr', true))).toContain('Setting saved');
    const tenant = await repositories.tenants.findOne(T, { _id: T });
    expect(tenant).toMatchObject({ timeZone: 'Europe/Paris', locale: 'en', channels: { alerts: 'urgences' }, reminders: { leadMinutes: [2880, 30] }, digest: { weekday: 5, hour: 16 } });
  });
});
