import { defineCatalog } from '../i18n/catalog.js';

/** What the review says about editing one field of one list item. */
export const EDIT_TEXT = defineCatalog(
  {
    itemHint: 'Pour corriger un champ d’un élément de liste\u00a0: `modifier {example}` (le numéro de la ligne, puis de l’élément), puis choisissez le champ.',
    chooseField: '**{item} {line}.{n}** — quel champ modifier\u202f?',
    noItem: 'La ligne {line} n’a pas d’élément n°\u00a0{n}. Ses éléments sont numérotés {range} dans la révision.',
    notAList: 'La ligne {line} n’est pas une liste\u00a0: tapez `modifier {line}`.',
    noField: 'L’élément {line}.{item} n’a pas de champ n°\u00a0{n}. Tapez `modifier {line}.{item}` pour voir ses champs.',
    command: 'modifier',
  },
  {
    itemHint: 'To fix one field of a list item: `edit {example}` (the line’s number, then the item’s), then pick the field.',
    chooseField: '**{item} {line}.{n}** — which field do you want to change?',
    noItem: 'Line {line} has no item #{n}. Its items are numbered {range} in the review.',
    notAList: 'Line {line} is not a list: type `edit {line}`.',
    noField: 'Item {line}.{item} has no field #{n}. Type `edit {line}.{item}` to see its fields.',
    command: 'edit',
  },
);
