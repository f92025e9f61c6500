import { defineCatalog } from '../i18n/catalog.js';

/** The dialogue's words about what was understood: echoes, "answer or command?", teammates' changes. */
export const DIALOGUE_TEXT = defineCatalog(
  {
    echo: '✓ {label}\u00A0: {value}',
    itemQuestion: '{item} — {prompt}',
    waiting: 'La question attend toujours votre réponse\u00A0:',
    'ambiguous.prompt': '«\u00a0{text}\u00a0»\u00A0: est-ce votre réponse, ou la commande `{command}`\u202F?',
    'ambiguous.help': 'Entre guillemets, « comme ceci », un texte est toujours pris comme réponse.',
    'ambiguous.answer': 'C’est ma réponse',
    'ambiguous.command': 'Lancer la commande',
    'conflict.prompt': '{who} a changé cette réponse depuis que la question vous a été posée. Réponse actuelle\u00A0: {theirs}. La vôtre\u00A0: {mine}.',
    'conflict.someone': 'Quelqu’un',
    'conflict.keep': 'Garder la réponse actuelle',
    'conflict.replace': 'La remplacer par la mienne',
    'conflict.kept': 'Réponse actuelle gardée.',
    'context.choice': 'Étape {step, number} · {title} — une précision',
  },
  {
    echo: '✓ {label}: {value}',
    itemQuestion: '{item} — {prompt}',
    waiting: 'The question is still waiting for your answer:',
    'ambiguous.prompt': '“{text}”: is this your answer, or the `{command}` command?',
    'ambiguous.help': 'Text in quotes, “like this”, is always taken as an answer.',
    'ambiguous.answer': 'It’s my answer',
    'ambiguous.command': 'Run the command',
    'conflict.prompt': '{who} changed this answer after you saw the question. Current answer: {theirs}. Yours: {mine}.',
    'conflict.someone': 'Someone',
    'conflict.keep': 'Keep the current answer',
    'conflict.replace': 'Replace it with mine',
    'conflict.kept': 'Current answer kept.',
    'context.choice': 'Step {step, number} · {title} — one thing to check',
  },
);
