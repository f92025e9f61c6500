import { defineCatalog } from '../../i18n/catalog.js';

/**
 * What the answer readers say when they refuse an answer (dates have their own, date-messages.ts).
 * What the person typed is echoed between quotes, as typed; bounds are figures (`{max, number}`:
 * « 4 000 », "4,000").
 */
export const ANSWER_TEXT = defineCatalog(
  {
    wrongControl: 'Cette réponse ne correspond pas à la question posée.',
    notAChoice: '« {raw} » ne fait pas partie des choix : {choices}.',
    tooFewChoices: '{min, plural, one {Choisissez au moins un élément} other {Choisissez au moins #\u00a0éléments}} : {choices}.',
    notYesNo: 'Répondez par oui ou par non.',
    notANumber: '« {raw} » n’est pas un nombre.',
    notWhole: 'Donnez un nombre entier.',
    belowMin: 'Le nombre doit être au moins {min, number}.',
    aboveMax: 'Le nombre doit être au plus {max, number}.',
    noDuration: 'Je n’ai pas compris la durée « {raw} ». Exemples : 2\u00a0h, 90\u00a0min, 1\u00a0jour.',
    durationRange: 'La durée doit être positive et d’au plus un an.',
    emptyText: 'La réponse est vide : écrivez quelques mots.',
    textTooLong: 'La réponse est trop longue ({length, number}\u00a0caractères, {max, number}\u00a0au plus). Raccourcissez-la.',
    badUrl: '« {raw} » n’est pas une adresse web valide (http:// ou https://, par exemple https://exemple.ca/flux.xml).',
    emptyList: 'La liste est vide : séparez les éléments par des virgules ou des retours à la ligne.',
    itemTooLong: '« {raw}… » est trop long ({max, number}\u00a0caractères au plus par élément).',
    tooManyItems: 'Trop d’éléments ({count, number}) : {max, number}\u00a0au plus.',
    noPerson: 'Indiquez une personne : mentionnez-la (@nom) ou écrivez son nom.',
  },
  {
    wrongControl: 'That answer doesn’t fit the question.',
    notAChoice: '“{raw}” isn’t one of the choices: {choices}.',
    tooFewChoices: '{min, plural, one {Pick at least one} other {Pick at least #}}: {choices}.',
    notYesNo: 'Answer yes or no.',
    notANumber: '“{raw}” isn’t a number.',
    notWhole: 'Give a whole number.',
    belowMin: 'The number must be at least {min, number}.',
    aboveMax: 'The number must be at most {max, number}.',
    noDuration: 'I couldn’t read the duration “{raw}”. For example: 2 h, 90 min, 1 day.',
    durationRange: 'The duration must be more than zero and at most a year.',
    emptyText: 'The answer is empty: write a few words.',
    textTooLong: 'The answer is too long ({length, number} characters, at most {max, number}). Please shorten it.',
    badUrl: '“{raw}” isn’t a valid web address (http:// or https://, for example https://example.com/feed.xml).',
    emptyList: 'The list is empty: separate items with commas or new lines.',
    itemTooLong: '“{raw}…” is too long (at most {max, number} characters per item).',
    tooManyItems: 'Too many items ({count, number}): at most {max, number}.',
    noPerson: 'Name a person: mention them (@name) or type their name.',
  },
);
