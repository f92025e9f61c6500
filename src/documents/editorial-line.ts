// 4c — the editorial line: what we talk about, what we avoid, what each platform is for.
import { platformLabel } from '../../conversations/platforms.js';
import { readStep4 } from '../../conversations/step-04-content.js';
import { WARNINGS } from '../../conversations/warnings.js';
import { formatter } from './format.js';
import { blocks, bullets, filename, heading, inline, table, titled } from './markdown.js';
import type { DocumentDefinition, DocumentInput } from './types.js';
import { DOCUMENT_TEXT } from './messages.js';

const L = {
  title: DOCUMENT_TEXT.both('editorial.title'),
  covered: DOCUMENT_TEXT.both('editorial.covered'),
  avoided: DOCUMENT_TEXT.both('editorial.avoided'),
  selfShare: DOCUMENT_TEXT.both('editorial.selfShare'),
  objectives: DOCUMENT_TEXT.both('editorial.objectives'),
  platform: DOCUMENT_TEXT.both('editorial.platform'),
  objective: DOCUMENT_TEXT.both('editorial.objective'),
};

export function editorialLineSections(input: DocumentInput, level: number): string {
  const f = formatter(input);
  const step4 = readStep4(input.read(4));
  const list = (topics: string[]) => (topics.length > 0 ? bullets(topics.map(inline)) : f.toComplete(4));
  const share = step4.selfShare;
  const objectives = step4.objectives;
  return blocks([
    heading(level, f.t(L.covered)),
    list(step4.topicsCovered),
    heading(level, f.t(L.avoided)),
    list(step4.topicsAvoided),
    heading(level, f.t(L.selfShare)),
    share ? f.choice(4, 'selfShare', share) : f.toComplete(4),
    share === 'most' || share === 'all' ? `**${f.t(WARNINGS.onlyAboutUs)}**` : undefined,
    heading(level, f.t(L.objectives)),
    objectives.length > 0
      ? table(
          [f.t(L.platform), f.t(L.objective)],
          objectives.map((item) => [item.platform ? f.t(platformLabel(item.platform)) : f.toComplete(4), item.objective ?? f.toComplete(4)]),
        )
      : f.toComplete(4),
  ]);
}

export const editorialLine: DocumentDefinition = {
  id: 'editorial-line',
  names: { fr: ['éditoriale', 'ligne', 'ligne éditoriale', 'politique éditoriale'], en: ['editorial', 'line', 'editorial line', 'editorial policy'] },
  title: L.title,
  render(input) {
    const title = titled(formatter(input).t(L.title), input.organization);
    return {
      title,
      filename: filename(DOCUMENT_TEXT.t(input.locale, 'fileEditorialLine'), input.organization),
      markdown: blocks([heading(1, title), editorialLineSections(input, 2)]) + '\n',
    };
  },
};
