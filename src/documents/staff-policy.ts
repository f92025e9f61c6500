// 5 — the staff usage policy, as published to staff and acknowledged in chat.
import { readStep5, type Step5Answers } from '../../conversations/step-05-staff-policy.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import { formatter, type Formatter } from './format.js';
import { blocks, bullets, filename, heading, inline, titled } from './markdown.js';
import type { DocumentDefinition, DocumentInput } from './types.js';
import { DOCUMENT_TEXT } from './messages.js';

const L = {
  title: DOCUMENT_TEXT.both('staff.title'),
  intro: DOCUMENT_TEXT.both('staff.intro'),
  access: DOCUMENT_TEXT.both('staff.access'),
  rules: DOCUMENT_TEXT.both('staff.rules'),
  adoption: DOCUMENT_TEXT.both('staff.adoption'),
  discussed: DOCUMENT_TEXT.both('staff.discussed'),
  official: DOCUMENT_TEXT.both('staff.official'),
  planned: DOCUMENT_TEXT.both('staff.planned'),
  toConfirm: DOCUMENT_TEXT.both('staff.toConfirm'),
  state: DOCUMENT_TEXT.both('staff.state'),
  draft: DOCUMENT_TEXT.both('staff.draft'),
  discussedState: DOCUMENT_TEXT.both('staff.discussedState'),
  officialState: DOCUMENT_TEXT.both('staff.officialState'),
  version: DOCUMENT_TEXT.both('staff.version'),
  questions: DOCUMENT_TEXT.both('staff.questions'),
  ask: DOCUMENT_TEXT.both('staff.ask'),
  team: DOCUMENT_TEXT.both('staff.team'),
  ack: DOCUMENT_TEXT.both('staff.ack'),
};

/**
 * Where the policy stands: a discussion is "held" only once an owner confirmed it, so a date still
 * ahead (or past but unconfirmed) reads as planned; official comes with its date and version.
 */
function adoptionLines(f: Formatter, step5: Step5Answers, input: DocumentInput): string[] {
  const status = input.policy ?? { state: 'draft' as const, ...(step5.discussedOn ? { plannedOn: step5.discussedOn } : {}) };
  const format = step5.discussionFormat ? ` (${f.choice(5, 'discussionFormat', step5.discussionFormat).toLowerCase()})` : '';
  if (status.state === 'draft') {
    const planned = status.plannedOn;
    const overdue = planned !== undefined && input.today !== undefined && planned < input.today;
    return [
      f.field(L.state, f.t(L.draft)),
      f.field(L.planned, planned ? `${f.date(planned) ?? planned}${format}${overdue ? `, ${f.t(L.toConfirm)}` : ''}` : f.toComplete(5)),
    ];
  }
  const discussedOn = status.discussedOn ?? step5.discussedOn;
  const discussed = f.field(L.discussed, discussedOn ? `${f.date(discussedOn) ?? discussedOn}${format}` : f.toComplete(5));
  if (status.state === 'discussed') return [f.field(L.state, f.t(L.discussedState)), discussed];
  const version = status.version.length > 10 ? (f.date(status.version.slice(0, 10)) ?? status.version) : status.version;
  return [f.field(L.state, f.t(L.officialState)), discussed, f.field(L.official, f.date(status.officialOn.slice(0, 10)) ?? status.officialOn), f.field(L.version, version)];
}

export function staffPolicySections(input: DocumentInput, level: number): string {
  const f = formatter(input);
  const step5 = readStep5(input.read(5));
  const access = step5.accountAccess;
  const holders = step5.accountHolders
    .map((item) => f.user(item.person))
    .filter((name): name is string => name !== undefined);
  const accessText = !access
    ? f.toComplete(5)
    : access === 'named'
      ? blocks([f.choice(5, 'accountAccess', access), holders.length > 0 ? bullets(holders) : f.toComplete(5)])
      : f.choice(5, 'accountAccess', access);
  const rules = [
    ...step5.rules.map((rule) => f.choice(5, 'rules', rule)),
    ...step5.customRules.map(inline),
  ];
  const adoption = adoptionLines(f, step5, input);
  const manager = f.user(readStep6(input.read(6)).communityManager);
  return blocks([
    f.t(L.intro),
    heading(level, f.t(L.access)),
    accessText,
    heading(level, f.t(L.rules)),
    rules.length > 0 ? bullets(rules) : f.toComplete(5),
    heading(level, f.t(L.adoption)),
    bullets(adoption),
    heading(level, f.t(L.questions)),
    `${f.t(L.ask)} ${manager ?? f.t(L.team)}.`,
    // Staff are asked to acknowledge the official policy only.
    input.policy?.state === 'official' ? f.t(L.ack) : undefined,
  ]);
}

export const staffPolicy: DocumentDefinition = {
  id: 'staff-policy',
  names: { fr: ['personnel', 'politique', 'politique du personnel', 'politique d’usage'], en: ['staff', 'policy', 'staff policy', 'usage policy'] },
  title: L.title,
  render(input) {
    const title = titled(formatter(input).t(L.title), input.organization);
    return {
      title,
      filename: filename(DOCUMENT_TEXT.t(input.locale, 'fileStaffPolicy'), input.organization),
      markdown: blocks([heading(1, title), staffPolicySections(input, 2)]) + '\n',
    };
  },
};
