// 4b — the usage guide, the team's internal "bible": how we speak on each platform.
import { platformLabel } from '../../conversations/platforms.js';
import { readStep4 } from '../../conversations/step-04-content.js';
import { formatter } from './format.js';
import { blocks, bullets, filename, heading, inline, titled } from './markdown.js';
import type { DocumentDefinition, DocumentInput } from './types.js';
import { DOCUMENT_TEXT } from './messages.js';

const L = {
  title: { fr: 'Guide d’utilisation des médias sociaux', en: 'Social media usage guide' },
  intro: {
    fr: 'Notre « bible » interne : comment nous nous exprimons sur chaque plateforme. Toute personne qui publie ou répond au nom de l’organisation s’y réfère.',
    en: 'Our internal “bible”: how we express ourselves on each platform. Everyone who posts or replies on behalf of the organization follows it.',
  },
  context: { fr: 'Contexte d’utilisation', en: 'Context of use' },
  vocabulary: { fr: 'Vocabulaire', en: 'Vocabulary' },
  register: { fr: 'Registre de langue', en: 'Language register' },
  signature: { fr: 'Signature des réponses', en: 'How replies are signed' },
  voice: { fr: 'Voix', en: 'Voice' },
  reminders: { fr: 'Rappels', en: 'Reminders' },
  reminderList: [
    { fr: 'Faites valider chaque publication avant sa mise en ligne.', en: 'Have every post validated before it goes out.' },
    { fr: 'Soignez la qualité de la langue.', en: 'Take care with the quality of the language.' },
    { fr: 'Soyez transparents et partagez.', en: 'Be transparent and share.' },
    { fr: 'Respectez le fonctionnement de chaque plateforme.', en: 'Respect how each platform works.' },
  ],
} as const;

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
  names: ['guide', 'usage', 'utilisation', 'usage-guide', 'guide-utilisation'],
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
