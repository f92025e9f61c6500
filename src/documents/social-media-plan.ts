// The whole plan, step by step: what the team decided, what is still to be completed, and the
// pitfalls the answers reveal.
import { hasAnswers } from '../../conversations/answers.js';
import { STEPS } from '../../conversations/index.js';
import { detectPitfalls } from '../plan/pitfalls.js';
import { commentPlaybookSections } from './comment-playbook.js';
import { editorialLineSections } from './editorial-line.js';
import { formatter } from './format.js';
import { blocks, bullets, filename, heading, titled } from './markdown.js';
import { stepSection } from './step-section.js';
import type { DocumentDefinition, DocumentInput } from './types.js';
import { usageGuideSections } from './usage-guide.js';
import { DOCUMENT_TEXT } from './messages.js';

const L = {
  title: DOCUMENT_TEXT.both('plan.title'),
  intro: DOCUMENT_TEXT.both('plan.intro'),
  step: DOCUMENT_TEXT.both('plan.step'),
  optional: DOCUMENT_TEXT.both('plan.optional'),
  usage: DOCUMENT_TEXT.both('plan.usage'),
  editorial: DOCUMENT_TEXT.both('plan.editorial'),
  playbook: DOCUMENT_TEXT.both('plan.playbook'),
  pitfalls: DOCUMENT_TEXT.both('plan.pitfalls'),
  noPitfall: DOCUMENT_TEXT.both('plan.noPitfall'),
};

/** Step 4's house rules have documents of their own; the plan embeds them rather than a raw dump. */
const STEP4_CONTENT_KEYS = ['material', 'materialNotes', 'horizon', 'frequency', 'calendar', 'curator'];

function planBody(input: DocumentInput): string {
  const f = formatter(input);
  const sections = STEPS.map((step) => {
    const title = heading(2, `${f.t(L.step)} ${step.number} — ${f.t(step.title)}`);
    if (!hasAnswers(input.read(step.number))) {
      return blocks([title, step.optional ? `${f.toComplete(step.number)} ${f.t(L.optional)}` : f.toComplete(step.number)]);
    }
    if (step.number !== 4) return blocks([title, stepSection(input, f, step, { level: 3 })]);
    return blocks([
      title,
      stepSection(input, f, step, { level: 3, keys: STEP4_CONTENT_KEYS }),
      heading(3, f.t(L.usage)),
      usageGuideSections(input, 4),
      heading(3, f.t(L.editorial)),
      editorialLineSections(input, 4),
      heading(3, f.t(L.playbook)),
      commentPlaybookSections(input, 4),
    ]);
  });
  const pitfalls = detectPitfalls(input.read);
  return blocks([
    f.t(L.intro),
    ...sections,
    heading(2, f.t(L.pitfalls)),
    pitfalls.length > 0
      ? bullets(pitfalls.map((pitfall) => `${f.t(pitfall.text)} (${f.t(L.step).toLowerCase()} ${pitfall.step})`))
      : f.t(L.noPitfall),
  ]);
}

export const socialMediaPlan: DocumentDefinition = {
  id: 'plan',
  names: { fr: ['plan', 'complet', 'tout', 'plan complet'], en: ['plan', 'full', 'all', 'whole plan', 'full plan'] },
  title: L.title,
  render(input) {
    const title = titled(formatter(input).t(L.title), input.organization);
    return {
      title,
      filename: filename(DOCUMENT_TEXT.t(input.locale, 'fileSocialMediaPlan'), input.organization),
      markdown: blocks([heading(1, title), planBody(input)]) + '\n',
    };
  },
};
