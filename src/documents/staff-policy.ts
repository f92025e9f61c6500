// 5 — the staff usage policy, as published to staff and acknowledged in chat.
import { readStep5 } from '../../conversations/step-05-staff-policy.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import { formatter } from './format.js';
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
  questions: DOCUMENT_TEXT.both('staff.questions'),
  ask: DOCUMENT_TEXT.both('staff.ask'),
  team: DOCUMENT_TEXT.both('staff.team'),
  ack: DOCUMENT_TEXT.both('staff.ack'),
};

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
  const discussedOn = f.date(step5.discussedOn);
  const format = step5.discussionFormat;
  const discussed = discussedOn ? (format ? `${discussedOn} (${f.choice(5, 'discussionFormat', format).toLowerCase()})` : discussedOn) : f.toComplete(5);
  const officialOn = f.date(step5.officialOn);
  const manager = f.user(readStep6(input.read(6)).communityManager);
  return blocks([
    f.t(L.intro),
    heading(level, f.t(L.access)),
    accessText,
    heading(level, f.t(L.rules)),
    rules.length > 0 ? bullets(rules) : f.toComplete(5),
    heading(level, f.t(L.adoption)),
    bullets([f.field(L.discussed, discussed), ...(officialOn ? [f.field(L.official, officialOn)] : [])]),
    heading(level, f.t(L.questions)),
    `${f.t(L.ask)} ${manager ?? f.t(L.team)}.`,
    f.t(L.ack),
  ]);
}

export const staffPolicy: DocumentDefinition = {
  id: 'staff-policy',
  names: ['policy', 'politique', 'staff', 'personnel', 'staff-policy', 'politique-personnel'],
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
