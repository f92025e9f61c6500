import { defineCatalog } from '../core/i18n/catalog.js';

/** What the `leader` command says: step 8's opinion leaders and where each relationship stands. */
export const LEADER_TEXT = defineCatalog(
  {
    usage: 'leader [<nom ou numéro> <statut>]',
    summary: 'où en est la relation avec chaque leader d’opinion de l’étape\u00a08 (statuts\u00a0: {statuses})',
    list: '**Leaders d’opinion (étape\u00a08)**\n{lines}\nPour changer un statut\u00a0: `leader <nom ou numéro> <statut>`, par exemple `leader 1 relation`.',
    none: 'L’étape\u00a08 ne compte encore aucun leader d’opinion. Ajoutez-en avec `étape 8`.',
    unknownLeader: 'Je ne trouve pas de leader «\u00a0{name}\u00a0» à l’étape\u00a08. Leaders\u00a0: {names}.',
    ambiguous: '«\u00a0{name}\u00a0» désigne plusieurs leaders\u00a0: {names}. Précisez le nom ou donnez le numéro.',
    unknownStatus: 'Je ne reconnais pas le statut «\u00a0{status}\u00a0». Statuts\u00a0: {statuses}.',
    changed: '✅ {name}\u00a0: {before} → **{after}**.',
    unchanged: '{name} est déjà au statut « {status} ».',
    noStatus: '(sans statut)',
  },
  {
    usage: 'leader [<name or number> <status>]',
    summary: 'where the relationship with each step-8 opinion leader stands (statuses: {statuses})',
    list: '**Opinion leaders (step 8)**\n{lines}\nTo change a status: `leader <name or number> <status>`, for example `leader 1 relationship`.',
    none: 'Step 8 has no opinion leaders yet. Add some with `step 8`.',
    unknownLeader: 'I can’t find a leader “{name}” in step 8. Leaders: {names}.',
    ambiguous: '“{name}” matches several leaders: {names}. Type more of the name, or the number.',
    unknownStatus: 'I don’t recognize the status “{status}”. Statuses: {statuses}.',
    changed: '✅ {name}: {before} → **{after}**.',
    unchanged: '{name} already has the status “{status}”.',
    noStatus: '(no status)',
  },
);
