import { DateTime } from 'luxon';
import { pick } from '../i18n/locale.js';
import type { Reply } from '../replies.js';
import { normalize } from '../text/normalize.js';
import type { Turn } from '../turn.js';
import type { PlanView } from '../ports/stores.js';
import { intlLocale } from '../i18n/format.js';
import { dayInWords } from '../i18n/format.js';

/**
 * The Word copy's edition: the staff policy's version is its adoption date (what `ack` records);
 * another document's is the plan's revision number. Dated today, in the team's zone.
 */
function documentEdition(id: string, plan: PlanView, turn: Turn): { organization?: string; version: string; date: string } {
  const adopted = plan.step(5).completedAt;
  const version = id === 'staff-policy' && adopted ? (DateTime.fromISO(adopted).setZone(turn.tenant.timeZone).toISODate() ?? adopted) : String(plan.version);
  const date = DateTime.fromJSDate(turn.now).setZone(turn.tenant.timeZone).setLocale(intlLocale(turn.locale)).toLocaleString(DateTime.DATE_FULL);
  return { ...(turn.tenant.name ? { organization: turn.tenant.name } : {}), version, date };
}

export async function policy(turn: Turn, raw: string): Promise<Reply[]> {
  const name = normalize(raw);
  const documents = turn.deps.documents;
  const list = documents.map((d) => `\`${d.names[turn.locale === 'fr' ? 1 : 0] ?? d.names[0] ?? d.id}\``).join(', ');
  if (name === '') {
    return [
      {
        kind: 'buttons',
        text: turn.t('document.list'),
        buttons: documents.map((d) => ({ label: pick(d.title, turn.locale), action: { kind: 'command', text: `policy ${d.id}` } })),
      },
    ];
  }
  const document = documents.find((d) => d.id === name || d.names.some((n) => normalize(n) === name || name.split(' ').includes(normalize(n))));
  if (!document) return [turn.text('document.unknown', { value: raw.trim().slice(0, 40), list })];
  const plan = await turn.deps.plans.get(turn.tenantId);
  const rendered = document.render({
    read: (n) => plan.step(n).answers,
    locale: turn.locale,
    timeZone: turn.tenant.timeZone,
    ...(turn.tenant.name ? { organization: turn.tenant.name } : {}),
  });
  const replies: Reply[] = [
    turn.text('document.attached', { title: rendered.title }),
    { kind: 'document', title: rendered.title, filename: rendered.filename, markdown: rendered.markdown, edition: documentEdition(document.id, plan, turn) },
  ];
  if (document.id === 'staff-policy' && plan.step(5).status === 'complete') {
    replies.push({ kind: 'buttons', buttons: [{ label: turn.t('ack.button'), action: { kind: 'command', text: 'ack' }, style: 'primary' }] });
  }
  return replies;
}

/** The staff policy's version is the moment step 5 was (last) completed. */
export async function acknowledge(turn: Turn): Promise<Reply[]> {
  const plan = await turn.deps.plans.get(turn.tenantId);
  const step5 = plan.step(5);
  if (step5.status !== 'complete' || !step5.completedAt) return [turn.text('ack.noPolicy')];
  const outcome = await turn.deps.acks.acknowledge(turn.tenantId, turn.actor.id, step5.completedAt, turn.actor.name);
  const adopted = DateTime.fromISO(step5.completedAt).setZone(turn.tenant.timeZone);
  const version = adopted.isValid ? dayInWords(adopted, turn.locale, false) : step5.completedAt;
  return [turn.text(outcome === 'new' ? 'ack.done' : 'ack.already', { version })];
}
