import { defineCatalog } from '../i18n/catalog.js';

/** What the review says about editing one field of one list item. */
export const EDIT_TEXT = defineCatalog(
  {
    itemHint: 'Pour corriger un champ d’un élément de liste\u00a0: `modifier {example}` (le numéro de la ligne, puis de l’élément), puis choisissez le champ.',
    chooseField: '**{item} {line, number}.{n, number}** — quel champ modifier\u202f?',
    noItem: 'La ligne {line, number} n’a pas d’élément n°\u00a0{n, number}. Ses éléments sont numérotés {range} dans la révision.',
    notAList: 'La ligne {line, number} n’est pas une liste\u00a0: tapez `modifier {line, number}`.',
    noField: 'L’élément {line, number}.{item, number} n’a pas de champ n°\u00a0{n, number}. Tapez `modifier {line, number}.{item, number}` pour voir ses champs.',
    command: 'modifier',
  },
  {
    itemHint: 'To fix one field of a list item: `edit {example}` (the line’s number, then the item’s), then pick the field.',
    chooseField: '**{item} {line, number}.{n, number}** — which field do you want to change?',
    noItem: 'Line {line, number} has no item #{n, number}. Its items are numbered {range} in the review.',
    notAList: 'Line {line, number} is not a list: type `edit {line, number}`.',
    noField: 'Item {line, number}.{item, number} has no field #{n, number}. Type `edit {line, number}.{item, number}` to see its fields.',
    command: 'edit',
  },
);
