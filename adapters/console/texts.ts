import { defineCatalog } from '../../src/core/i18n/catalog.js';

/** The console's own words: how to answer each kind of question by typing. */
export const CONSOLE_TEXT = defineCatalog(
  {
    text: 'écrivez votre réponse',
    list: 'séparez les éléments par des virgules',
    choice: 'tapez le numéro ou le texte',
    multi: 'un ou plusieurs numéros séparés par des virgules',
    other: 'ou écrivez autre chose',
    yesno: 'oui / non',
    date: 'ex. 2026-12-03, demain, lundi prochain',
    time: 'ex. 14 h, 9h30',
    datetime: 'ex. demain 14 h, 3 décembre 10h30',
    duration: 'ex. 2 h, 90 min, 1 jour',
    url: 'une adresse https://…',
    user: 'le nom de la personne',
    number: 'un nombre',
    controls: 'Aussi : retour · passer · réviser · pause',
    button: 'tapez',
  },
  {
    text: 'type your answer',
    list: 'separate items with commas',
    choice: 'type the number or the text',
    multi: 'one or more numbers separated by commas',
    other: 'or type something else',
    yesno: 'yes / no',
    date: 'e.g. 2026-12-03, tomorrow, next Monday',
    time: 'e.g. 2pm, 9:30',
    datetime: 'e.g. tomorrow 2pm, December 3 10:30',
    duration: 'e.g. 2 h, 90 min, 1 day',
    url: 'an https://… address',
    user: "the person's name",
    number: 'a number',
    controls: 'Also: back · skip · review · pause',
    button: 'type',
  },
);
