import { defineCatalog } from '../core/i18n/catalog.js';

/** Words of the tasks that follow from the plan's answers (accounts still to reserve). */
export const ACTIVITY_TEXT = defineCatalog(
  {
    reserveTask: '📌 **À faire\u00a0: réserver {account}.** L’étape\u00a03 le note «\u00a0à réserver\u00a0»\u00a0: réservez le nom avant qu’un autre ne le prenne. Une fois fait, touchez «\u00a0C’est réservé\u00a0» (ou tapez `compte`)\u202f; d’ici là, ce rappel revient chaque semaine.',
    reserveNoteOne: '📌 {accounts} est à réserver\u00a0: c’est une tâche. Boussole vous la rappelle demain à 9\u00a0h, puis chaque semaine jusqu’à ce que l’étape\u00a03 le dise réservé.',
    reserveNoteOther: '📌 {accounts} sont à réserver\u00a0: ce sont des tâches. Boussole vous les rappelle demain à 9\u00a0h, puis chaque semaine jusqu’à ce que l’étape\u00a03 les dise réservés.',
    'startedBeforePlanning.posts':
      'L’équipe a commencé avant d’avoir fini d’écouter et de planifier (étapes 1 à 6)\u00a0: {posts, plural, one {# publication ajoutée} other {# publications ajoutées}} au calendrier.',
    'startedBeforePlanning.comments':
      'L’équipe a commencé avant d’avoir fini d’écouter et de planifier (étapes 1 à 6)\u00a0: {comments, plural, one {# commentaire noté} other {# commentaires notés}}.',
    'startedBeforePlanning.both':
      'L’équipe a commencé avant d’avoir fini d’écouter et de planifier (étapes 1 à 6)\u00a0: {posts, plural, one {# publication ajoutée} other {# publications ajoutées}} au calendrier et {comments, plural, one {# commentaire noté} other {# commentaires notés}}.',
    'startedBeforePlanning.advice.posts': 'La méthode veut qu’on écoute et qu’on planifie d’abord\u202f; terminez les étapes qui manquent avant d’en ajouter d’autres.',
    'startedBeforePlanning.advice.comments': 'La méthode veut qu’on écoute et qu’on planifie d’abord\u202f; terminez les étapes qui manquent, schémas de gestion des commentaires compris.',
    'startedBeforePlanning.advice.both': 'La méthode veut qu’on écoute et qu’on planifie d’abord\u202f; terminez les étapes qui manquent.',
    'startedBeforePlanning.advice.done': 'Le plan est prêt depuis\u00a0: relisez ce qui a été fait avant lui à la lumière de sa ligne éditoriale et de ses schémas de gestion des commentaires.',
    'accounts.usage': 'compte [réservé <plateforme ou numéro>]',
    'accounts.summary': 'les comptes de l’étape\u00a03 encore à réserver\u202f; `compte réservé linkedin` en marque un réservé (et arrête son rappel)',
    'accounts.none': 'L’étape\u00a03 ne note aucun compte à réserver.',
    'accounts.list': '📌 {n, plural, one {Compte encore à réserver} other {Comptes encore à réserver}}\u00a0:\n{lines}\nUne fois le nom pris\u00a0: `compte réservé <plateforme ou numéro>`.',
    'accounts.unknown': 'Je ne trouve pas «\u00a0{typed}\u00a0» parmi les comptes à réserver\u00a0:\n{lines}',
    'accounts.ambiguous': '«\u00a0{typed}\u00a0» désigne plusieurs comptes à réserver\u202f; précisez avec son numéro\u00a0:\n{lines}',
    'accounts.button': 'C’est réservé',
    'accounts.command': 'compte réservé {account}',
    'accounts.already': '{account} est déjà noté réservé à l’étape\u00a03\u00a0: il n’y a plus de rappel.',
    'accounts.done': '✅ {account}\u00a0: réservé. L’étape\u00a03 est à jour, et le rappel s’arrête.',
  },
  {
    reserveNoteOne: '📌 {accounts} still needs reserving, so it’s now a task. Boussole will remind you tomorrow at 9 a.m., then every week until step 3 marks it reserved.',
    reserveNoteOther: '📌 {accounts} still need reserving, so they’re now tasks. Boussole will remind you tomorrow at 9 a.m., then every week until step 3 marks them reserved.',
    reserveTask: '📌 **To do: reserve {account}.** Step 3 marks it “to reserve”: reserve the name before someone else takes it. Once it’s done, press “It’s reserved” (or type `account`); until then, this reminder comes back every week.',
    'startedBeforePlanning.posts':
      'The team started before it finished listening and planning (steps 1 to 6): {posts, plural, one {# post} other {# posts}} added to the calendar.',
    'startedBeforePlanning.comments':
      'The team started before it finished listening and planning (steps 1 to 6): {comments, plural, one {# comment} other {# comments}} logged.',
    'startedBeforePlanning.both':
      'The team started before it finished listening and planning (steps 1 to 6): {posts, plural, one {# post} other {# posts}} added to the calendar and {comments, plural, one {# comment} other {# comments}} logged.',
    'startedBeforePlanning.advice.posts': 'The method asks you to listen and plan first, so finish the missing steps before adding more.',
    'startedBeforePlanning.advice.comments': 'The method asks you to listen and plan first, so finish the missing steps, the comment playbook included.',
    'startedBeforePlanning.advice.both': 'The method asks you to listen and plan first, so finish the missing steps.',
    'startedBeforePlanning.advice.done': 'The plan is ready now: look again at what was done before it, in the light of its editorial line and comment playbook.',
    'accounts.usage': 'account [reserved <platform or number>]',
    'accounts.summary': 'the step 3 accounts still to reserve; `account reserved linkedin` marks one reserved (and stops its reminder)',
    'accounts.none': 'Step 3 has no account waiting to be reserved.',
    'accounts.list': '📌 {n, plural, one {Account still to reserve} other {Accounts still to reserve}}:\n{lines}\nOnce you have the name: `account reserved <platform or number>`.',
    'accounts.unknown': 'I can’t find “{typed}” among the accounts to reserve:\n{lines}',
    'accounts.ambiguous': '“{typed}” matches more than one account to reserve; use its number:\n{lines}',
    'accounts.button': 'It’s reserved',
    'accounts.command': 'account reserved {account}',
    'accounts.already': '{account} is already marked reserved in step 3, so there’s no reminder any more.',
    'accounts.done': '✅ {account}: reserved. Step 3 is up to date, and the reminder stops.',
  },
);
