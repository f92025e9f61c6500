import { defineCatalog } from '../../i18n/catalog.js';

/** What the date and time reader says when it refuses an answer, in both languages. */
export const DATE_TEXT = defineCatalog(
  {
    noDate: 'Je n’ai pas compris la date «\u00a0{raw}\u00a0». Exemples\u00a0: 3\u00a0décembre, `2026-12-03`, demain, lundi dernier, il y a deux semaines.',
    noTime: 'Je n’ai pas compris l’heure «\u00a0{raw}\u00a0». Exemples\u00a0: 14\u00a0h, 9\u00a0h\u00a015, 13h30, 14:30, 2\u00a0pm.',
    badTime: 'Cette heure n’existe pas (de 00:00 à 23:59).',
    timeMissing: 'J’ai compris {understood}, mais il manque l’heure\u00a0: par exemple «\u00a0{raw} 14\u00a0h\u00a0».',
    partial: 'J’ai compris {understood}, mais pas «\u00a0{rest}\u00a0». Réécrivez la réponse en entier, par exemple «\u00a010\u00a0décembre 13\u00a0h\u00a030\u00a0».',
    impossible: '«\u00a0{what}\u00a0» n’existe pas dans le calendrier\u00a0: vérifiez le jour et le mois.',
    gap: '{local} n’existe pas dans le fuseau {zone}\u00a0: les horloges avancent d’une heure ce jour-là. Choisissez une autre heure.',
    past: '{understood} est déjà passé. Cette question demande un moment à venir.',
    onDay: 'le {date}',
    atTime: 'le {date} à {time}',
  },
  {
    noDate: 'I couldn’t read the date “{raw}”. For example: December 3, `2026-12-03`, tomorrow, last Monday, two weeks ago.',
    noTime: 'I couldn’t read the time “{raw}”. For example: 2pm, 10 a.m., 9:15, 14:30.',
    badTime: 'That time doesn’t exist (00:00 to 23:59).',
    timeMissing: 'I understood {understood}, but the time is missing: for example “{raw} 2pm”.',
    partial: 'I understood {understood}, but not “{rest}”. Please write the whole answer again, for example “December 10 1:30 pm”.',
    impossible: '“{what}” isn’t a real date: check the day and the month.',
    gap: '{local} does not exist in the {zone} time zone: clocks spring forward that day. Pick another time.',
    past: '{understood} has already passed: this question needs a date to come.',
    onDay: '{date}',
    atTime: '{date} at {time}',
  },
);
