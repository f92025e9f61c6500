import { defineCatalog } from '../core/i18n/catalog.js';

/** Words of the tasks that follow from the plan's answers (accounts still to reserve). */
export const ACTIVITY_TEXT = defineCatalog(
  {
    reserveTask: '📌 **À faire\u00a0: réserver {account}.** L’étape\u00a03 le note «\u00a0à réserver\u00a0»\u00a0: réservez le nom avant qu’un autre ne le prenne. Une fois fait, indiquez-le à l’étape\u00a03 (`rouvrir 3`, puis le statut «\u00a0Réservé\u00a0»)\u00a0; ce rappel revient chaque semaine d’ici là.',
    reserveNoteOne: '📌 {accounts} est à réserver\u00a0: c’est une tâche. Boussole vous la rappelle demain à 9\u00a0h, puis chaque semaine jusqu’à ce que l’étape\u00a03 le dise réservé.',
    reserveNoteOther: '📌 {accounts} sont à réserver\u00a0: ce sont des tâches. Boussole vous les rappelle demain à 9\u00a0h, puis chaque semaine jusqu’à ce que l’étape\u00a03 les dise réservés.',
  },
  {
    reserveNoteOne: '📌 {accounts} still needs reserving, so it’s now a task. Boussole will remind you tomorrow at 9 a.m., then every week until step 3 marks it reserved.',
    reserveNoteOther: '📌 {accounts} still need reserving, so they’re now tasks. Boussole will remind you tomorrow at 9 a.m., then every week until step 3 marks them reserved.',
    reserveTask: '📌 **To do: reserve {account}.** Step 3 marks it “to reserve”: reserve the name before someone else takes it. Once it’s done, record it in step 3 (`reopen 3`, then the status “Reserved”); until then, this reminder comes back every week.',
  },
);
