import { defineCatalog } from '../core/i18n/catalog.js';

/** The documents' own words (their section texts sit beside each document). */
export const DOCUMENT_TEXT = defineCatalog(
  {
    toComplete: '_À compléter — étape {step}_',
    field: '**{label}** : {value}',
    /** Between choice labels, which may contain commas themselves. */
    listSeparator: ' ; ',
    approvedOn: '{who}, le {date}',
    hourOne: '{n} heure',
    hourOther: '{n} heures',
    fileCommentPlaybook: 'schemas-commentaires',
    fileEditorialLine: 'ligne-editoriale',
    fileSocialMediaPlan: 'plan-medias-sociaux',
    fileStaffPolicy: 'politique-personnel',
    fileUsageGuide: 'guide-utilisation',
  },
  {
    toComplete: '_To be completed — step {step}_',
    field: '**{label}**: {value}',
    listSeparator: '; ',
    approvedOn: '{who}, on {date}',
    hourOne: '{n} hour',
    hourOther: '{n} hours',
    fileCommentPlaybook: 'comment-playbook',
    fileEditorialLine: 'editorial-line',
    fileSocialMediaPlan: 'social-media-plan',
    fileStaffPolicy: 'staff-policy',
    fileUsageGuide: 'usage-guide',
  },
);
