// 4c — the editorial line: what we talk about, what we avoid, what each platform is for.
import { itemsOf, stringsOf, textOf } from '../../conversations/answers.js';
import { platformLabel } from '../../conversations/platforms.js';
import { WARNINGS } from '../../conversations/warnings.js';
import { formatter } from './format.js';
import { blocks, bullets, filename, heading, inline, table, titled } from './markdown.js';
import type { DocumentDefinition, DocumentInput } from './types.js';

const L = {
  title: { fr: 'Ligne éditoriale', en: 'Editorial line' },
  covered: { fr: 'Sujets que nous abordons', en: 'Topics we cover' },
  avoided: { fr: 'Sujets que nous évitons', en: 'Topics we avoid' },
  selfShare: { fr: 'Part des publications consacrées à l’organisation', en: 'Share of posts about the organization' },
  objectives: { fr: 'Objectif de chaque plateforme', en: 'Objective of each platform' },
  platform: { fr: 'Plateforme', en: 'Platform' },
  objective: { fr: 'Objectif', en: 'Objective' },
} as const;

export function editorialLineSections(input: DocumentInput, level: number): string {
  const f = formatter(input);
  const step4 = input.read(4);
  const list = (key: string) => {
    const topics = stringsOf(step4, key);
    return topics.length > 0 ? bullets(topics.map(inline)) : f.toComplete(4);
  };
  const share = textOf(step4, 'selfShare');
  const objectives = itemsOf(step4, 'objectives');
  return blocks([
    heading(level, f.t(L.covered)),
    list('topicsCovered'),
    heading(level, f.t(L.avoided)),
    list('topicsAvoided'),
    heading(level, f.t(L.selfShare)),
    share ? f.choice(4, 'selfShare', share) : f.toComplete(4),
    share === 'most' || share === 'all' ? `**${f.t(WARNINGS.onlyAboutUs)}**` : undefined,
    heading(level, f.t(L.objectives)),
    objectives.length > 0
      ? table(
          [f.t(L.platform), f.t(L.objective)],
          objectives.map((item) => {
            const platform = textOf(item, 'platform');
            return [platform ? f.t(platformLabel(platform)) : f.toComplete(4), textOf(item, 'objective') ?? f.toComplete(4)];
          }),
        )
      : f.toComplete(4),
  ]);
}

export const editorialLine: DocumentDefinition = {
  id: 'editorial-line',
  names: ['editorial', 'éditoriale', 'editoriale', 'ligne', 'line', 'editorial-line', 'ligne-editoriale'],
  title: L.title,
  render(input) {
    const title = titled(formatter(input).t(L.title), input.organization);
    return {
      title,
      filename: filename(input.locale === 'fr' ? 'ligne-editoriale' : 'editorial-line', input.organization),
      markdown: blocks([heading(1, title), editorialLineSections(input, 2)]) + '\n',
    };
  },
};
