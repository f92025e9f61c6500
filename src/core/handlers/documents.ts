import { DateTime } from 'luxon';
import { pick } from '../i18n/locale.js';
import type { Reply } from '../replies.js';
import { normalize } from '../text/normalize.js';
import type { Turn } from '../turn.js';
import type { PlanView, StaffPolicyStatus } from '../ports/stores.js';
import type { DocumentDefinition } from '../ports/documents.js';
import type { Locale } from '../i18n/locale.js';
import { dayInWords } from '../i18n/format.js';
import { findDocument } from './document-name.js';
import { documentEdition } from './document-edition.js';

/** The staff policy's state, as the stores know it. */
function staffPolicyStatus(turn: Turn, plan: PlanView): Promise<StaffPolicyStatus> {
  const step5 = plan.step(5);
  return turn.deps.acks.policyStatus(turn.tenantId, { answers: step5.answers, ...(step5.completedAt ? { completedAt: step5.completedAt } : {}) });
}

/** The names a reader types for a document in their language, first the one to show. */
function namesIn(document: DocumentDefinition, locale: Locale): readonly string[] {
  return document.names[locale];
}

export async function policy(turn: Turn, raw: string): Promise<Reply[]> {
  const documents = turn.deps.documents;
  const shown = (d: DocumentDefinition) => namesIn(d, turn.locale)[0] ?? d.id;
  const list = documents.map((d) => `\`${shown(d)}\``).join(', ');
  const command = turn.locale === 'fr' ? 'politique' : 'policy';
  if (normalize(raw) === '') {
    return [
      {
        kind: 'buttons',
        text: `${turn.t('document.list')} ${list}`,
        buttons: documents.map((d) => ({ label: pick(d.title, turn.locale), action: { kind: 'command', text: `${command} ${shown(d)}` } })),
      },
    ];
  }
  const document = findDocument(documents, raw);
  if (!document) return [turn.text('document.unknown', { value: raw.trim().slice(0, 40), list })];
  const plan = await turn.deps.plans.get(turn.tenantId);
  const status = await staffPolicyStatus(turn, plan);
  const rendered = document.render({
    read: (n) => plan.step(n).answers,
    locale: turn.locale,
    timeZone: turn.tenant.timeZone,
    policy: status,
    today: DateTime.fromJSDate(turn.now).setZone(turn.tenant.timeZone).toISODate()!,
    ...(turn.tenant.name ? { organization: turn.tenant.name } : {}),
  });
  const replies: Reply[] = [
    turn.text('document.attached', { title: rendered.title }),
    { kind: 'document', title: rendered.title, filename: rendered.filename, markdown: rendered.markdown, edition: documentEdition({ id: document.id, planVersion: plan.version, policy: status, organization: turn.tenant.name, locale: turn.locale, timeZone: turn.tenant.timeZone, now: turn.now }) },
  ];
  if (document.id === 'staff-policy' && status.state === 'official') {
    replies.push({ kind: 'buttons', buttons: [{ label: turn.t('ack.button'), action: { kind: 'command', text: 'ack' }, style: 'primary' }] });
  }
  return replies;
}

/**
 * Recorded against the policy's official version; nothing to acknowledge before it is official.
 * An official policy stays in force while step 5 is reopened (its next version is made official
 * later), so only the policy's state decides, not step 5's.
 */
export async function acknowledge(turn: Turn): Promise<Reply[]> {
  const plan = await turn.deps.plans.get(turn.tenantId);
  const status = await staffPolicyStatus(turn, plan);
  if (status.state !== 'official') return [turn.text(plan.step(5).status === 'complete' ? 'ack.notOfficial' : 'ack.noPolicy')];
  const outcome = await turn.deps.acks.acknowledge(turn.tenantId, turn.actor.id, status.version, turn.actor.name);
  const officialOn = DateTime.fromISO(status.officialOn, { zone: turn.tenant.timeZone });
  const version = officialOn.isValid ? dayInWords(officialOn, turn.locale, false) : status.officialOn;
  return [turn.text(outcome === 'new' ? 'ack.done' : 'ack.already', { version })];
}
