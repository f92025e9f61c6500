// 4b — the usage guide, the team's internal "bible": how we speak on each platform.
import { platformLabel } from '../../conversations/platforms.js';
import { readStep4 } from '../../conversations/step-04-content.js';
import { formatter } from './format.js';
import { blocks, bullets, filename, heading, inline, titled } from './markdown.js';
import type { DocumentDefinition, DocumentInput } from './types.js';
import { DOCUMENT_TEXT } from './messages.js';

const L = {
  title: DOCUMENT_TEXT.both('usage.title'),
  intro: DOCUMENT_TEXT.both('usage.intro'),
  context: DOCUMENT_TEXT.both('usage.context'),
  vocabulary: DOCUMENT_TEXT.both('usage.vocabulary'),
  register: DOCUMENT_TEXT.both('usage.register'),
  signature: DOCUMENT_TEXT.both('usage.signature'),
  voice: DOCUMENT_TEXT.both('usage.voice'),
  reminders: DOCUMENT_TEXT.both('usage.reminders'),
  reminderList: (['usage.reminderList.1', 'usage.reminderList.2', 'usage.reminderList.3', 'usage.reminderList.4'] as const).map((key) => DOCUMENT_TEXT.both(key)),
};

/** The guide without its title; `level` is the heading level of its sections. */
export function usageGuideSections(input: DocumentInput, level: number): string {
  const f = formatter(input);
  const platforms = readStep4(input.read(4)).usage.map((item) => {
    const text = (value: string | undefined) => (value ? inline(value) : f.toComplete(4));
    const choice = (key: 'register' | 'signature' | 'voice') => {
      const value = item[key];
      return value ? f.choice(4, key, value, 'usage') : f.toComplete(4);
    };
    return blocks([
      heading(level, item.platform ? f.t(platformLabel(item.platform)) : f.toComplete(4)),
      bullets([
        f.field(L.context, text(item.context)),
        f.field(L.vocabulary, text(item.vocabulary)),
        f.field(L.register, choice('register')),
        f.field(L.signature, choice('signature')),
        f.field(L.voice, choice('voice')),
      ]),
    ]);
  });
  return blocks([
    f.t(L.intro),
    ...(platforms.length > 0 ? platforms : [f.toComplete(4)]),
    heading(level, f.t(L.reminders)),
    bullets(L.reminderList.map((reminder) => f.t(reminder))),
  ]);
}

export const usageGuide: DocumentDefinition = {
  id: 'usage-guide',
  names: { fr: ['guide', 'utilisation', 'guide d’utilisation'], en: ['guide', 'usage', 'usage guide'] },
  title: L.title,
  render(input) {
    const title = titled(formatter(input).t(L.title), input.organization);
    return {
      title,
      filename: filename(DOCUMENT_TEXT.t(input.locale, 'fileUsageGuide'), input.organization),
      markdown: blocks([heading(1, title), usageGuideSections(input, 2)]) + '\n',
    };
  },
};
