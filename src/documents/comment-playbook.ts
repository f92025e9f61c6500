// 4d — the comment-handling playbook: one row per kind of comment. Its delays and assignees are
// the ones the comment log applies, so the document shows the same fallback the routing uses:
// with no one named, the community manager answers.
import { commentKindLabel, missingCommentKinds } from '../../conversations/comment-kinds.js';
import { readStep4, type PlaybookRow } from '../../conversations/step-04-content.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import { formatter, type Formatter } from './format.js';
import { blocks, bullets, filename, heading, inline, table, titled } from './markdown.js';
import type { DocumentDefinition, DocumentInput } from './types.js';
import { DOCUMENT_TEXT } from './messages.js';

const L = {
  title: DOCUMENT_TEXT.both('playbook.title'),
  intro: DOCUMENT_TEXT.both('playbook.intro'),
  kind: DOCUMENT_TEXT.both('playbook.kind'),
  who: DOCUMENT_TEXT.both('playbook.who'),
  delay: DOCUMENT_TEXT.both('playbook.delay'),
  content: DOCUMENT_TEXT.both('playbook.content'),
  exchanges: DOCUMENT_TEXT.both('playbook.exchanges'),
  channel: DOCUMENT_TEXT.both('playbook.channel'),
  escalate: DOCUMENT_TEXT.both('playbook.escalate'),
  contact: DOCUMENT_TEXT.both('playbook.contact'),
  approved: DOCUMENT_TEXT.both('playbook.approved'),
  manager: DOCUMENT_TEXT.both('playbook.manager'),
  backup: DOCUMENT_TEXT.both('playbook.backup'),
  supervisor: DOCUMENT_TEXT.both('playbook.supervisor'),
  escalation: DOCUMENT_TEXT.both('playbook.escalation'),
};

function hours(f: Formatter, value: number): string {
  // ICU's French « one » covers 0 to 2 exclusive (« 1,5 heure »), English only exactly 1.
  return DOCUMENT_TEXT.t(f.locale, 'hours', { n: value });
}

/** A step-6 role with the person it names today, when step 6 names one. */
const role = (f: Formatter, label: { fr: string; en: string }, person: string | undefined) => (person ? `${f.t(label)} (${person})` : f.t(label));

function who(f: Formatter, item: PlaybookRow, staff: { manager: string | undefined; backup: string | undefined }): string {
  if (item.answeredBy === 'community-manager') return role(f, L.manager, staff.manager);
  if (item.answeredBy === 'backup') return role(f, L.backup, staff.backup);
  // A row saved before "who answers" was asked: its person, else the routing's fallback.
  return f.user(item.assignee) ?? (item.answeredBy === 'person' ? f.toComplete(4) : role(f, L.manager, staff.manager));
}

function row(f: Formatter, item: PlaybookRow, staff: { manager: string | undefined; backup: string | undefined }): string[] {
  const { kind, delayHours: delay, publicExchanges: exchanges, channel } = item;
  return [
    kind ? f.t(commentKindLabel(kind)) : f.toComplete(4),
    who(f, item, staff),
    delay !== undefined ? hours(f, delay) : f.toComplete(4),
    item.content ?? f.toComplete(4),
    exchanges !== undefined ? f.number(exchanges) : f.toComplete(4),
    channel ? f.choice(4, 'channel', channel, 'playbook') : f.toComplete(4),
    item.escalateWhen ?? f.toComplete(4),
  ];
}

export function commentPlaybookSections(input: DocumentInput, level: number): string {
  const f = formatter(input);
  const step4 = readStep4(input.read(4));
  const step6 = readStep6(input.read(6));
  const staff = { manager: f.user(step6.communityManager), backup: f.user(step6.backup) };
  const rows = step4.playbook.map((item) => row(f, item, staff));
  const missing = missingCommentKinds(step4.playbook).map((kind) => [f.t(commentKindLabel(kind)), f.toComplete(4), '', '', '', '', '']);
  const approver = f.user(step4.approvedBy);
  const approvedOn = f.date(step4.approvedOn);
  const approval = approver ? (approvedOn ? DOCUMENT_TEXT.t(f.locale, 'approvedOn', { who: approver, date: approvedOn }) : approver) : f.toComplete(4);
  return blocks([
    f.t(L.intro),
    table(
      [L.kind, L.who, L.delay, L.content, L.exchanges, L.channel, L.escalate].map((label) => f.t(label)),
      [...rows, ...missing],
    ),
    heading(level, f.t(L.escalation)),
    bullets([
      f.field(L.contact, inline(f.user(step4.escalationContact) ?? f.toComplete(4))),
      f.field(L.supervisor, inline(f.user(step4.supervisor) ?? f.toComplete(4))),
      f.field(L.approved, approval),
    ]),
  ]);
}

export const commentPlaybook: DocumentDefinition = {
  id: 'comment-playbook',
  names: {
    fr: ['commentaires', 'schémas', 'playbook', 'gestion', 'schémas commentaires', 'gestion des commentaires', 'schémas de gestion des commentaires'],
    en: ['playbook', 'comments', 'comment', 'comment playbook', 'comment-handling playbook'],
  },
  title: L.title,
  render(input) {
    const title = titled(formatter(input).t(L.title), input.organization);
    return {
      title,
      filename: filename(DOCUMENT_TEXT.t(input.locale, 'fileCommentPlaybook'), input.organization),
      markdown: blocks([heading(1, title), commentPlaybookSections(input, 2)]) + '\n',
    };
  },
};
