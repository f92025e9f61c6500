import { DateTime } from 'luxon';
import { readStep10 } from '../../conversations/step-10-evaluate.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import { fill } from '../core/i18n/locale.js';
import type { Notifier } from '../core/ports/notifier.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { userTarget } from '../notify/tenant-targets.js';
import { stepOf, type Plan } from '../plan/plan.js';
import type { Tenant } from '../tenants/tenant.js';
import { monthlyMomentPassed, quarterlyMomentPassed, weeklyMomentPassed } from '../tenants/weekly-moment.js';

const TEXT = {
  fr: '📊 C’est le moment du point {cadence} sur les indicateurs. À relever :\n{list}\nNotez chaque valeur avec `kpi ajouter <plateforme> <mesure> <valeur>`, par exemple `kpi ajouter linkedin abonnés 1250`.',
  en: '📊 Time for the {cadence} KPI check-in. To collect:\n{list}\nRecord each value with `kpi add <platform> <metric> <value>`, for example `kpi add linkedin followers 1250`.',
};
const CADENCE = { weekly: { fr: 'hebdomadaire', en: 'weekly' }, monthly: { fr: 'mensuel', en: 'monthly' } };

/**
 * Asks step 10's KPI owner for the numbers at the chosen cadence (weekly at the tenant's digest
 * moment, monthly from the first of the month), once per period.
 */
export async function checkIn(notifier: Notifier, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan) return undefined;
  const step10 = readStep10(stepOf(plan, 10).answers);
  const owner = step10.kpiOwner;
  const cadence = step10.checkIn;
  if (!owner || !cadence) return undefined;
  if (!(cadence === 'weekly' ? weeklyMomentPassed(tenant, now) : monthlyMomentPassed(tenant, now))) return undefined;
  const local = DateTime.fromJSDate(now, { zone: tenant.timeZone });
  const period = cadence === 'weekly' ? local.toFormat("kkkk-'W'WW") : local.toFormat('yyyy-MM');
  const rows = step10.kpis.map((item) => `- ${item.platform ?? '?'} : ${item.metrics.join(', ')}`);
  const text = fill(TEXT[tenant.locale], { cadence: CADENCE[cadence][tenant.locale], list: rows.join('\n') || '-' });
  return deliverAll(notifier, [
    { target: userTarget(tenant.tenantId, owner.id), message: [{ kind: 'text', text }], key: `kpi-checkin:${tenant.tenantId}:${period}` },
  ]);
}

const QUALITY_TEXT = {
  fr: '⭐ C’est le moment d’évaluer la qualité des conversations {period}, de 1 (pauvres) à 5 (excellentes), avec vos remarques : `kpi qualité 4 de bons échanges avec la presse locale`. Compter les abonnés en dit moins que la qualité des échanges et les personnes influentes avec qui nous parlons vraiment.',
  en: '⭐ Time to rate the quality of {period} conversations, from 1 (poor) to 5 (excellent), with your notes: `kpi quality 4 good talks with the local press`. Counting followers says less than the quality of the conversations and the influential people we actually talk to.',
};
const QUALITY_PERIOD = {
  weekly: { fr: 'de la semaine', en: 'this week’s' },
  monthly: { fr: 'du mois', en: 'this month’s' },
  quarterly: { fr: 'du trimestre', en: 'this quarter’s' },
};

/**
 * Asks for step 10's conversation-quality rating at its own cadence (weekly, monthly or
 * quarterly), once per period: to the KPI owner, else the community manager of step 6.
 */
export async function qualityCheckIn(notifier: Notifier, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan) return undefined;
  const step10 = readStep10(stepOf(plan, 10).answers);
  const cadence = step10.qualityCadence;
  const owner = step10.kpiOwner ?? readStep6(stepOf(plan, 6).answers).communityManager;
  if (!owner || !cadence) return undefined;
  const passed = cadence === 'weekly' ? weeklyMomentPassed(tenant, now) : cadence === 'monthly' ? monthlyMomentPassed(tenant, now) : quarterlyMomentPassed(tenant, now);
  if (!passed) return undefined;
  const local = DateTime.fromJSDate(now, { zone: tenant.timeZone });
  const period = cadence === 'weekly' ? local.toFormat("kkkk-'W'WW") : cadence === 'monthly' ? local.toFormat('yyyy-MM') : local.toFormat("yyyy-'Q'q");
  const text = fill(QUALITY_TEXT[tenant.locale], { period: QUALITY_PERIOD[cadence][tenant.locale] });
  return deliverAll(notifier, [
    { target: userTarget(tenant.tenantId, owner.id), message: [{ kind: 'text', text }], key: `quality-checkin:${tenant.tenantId}:${period}` },
  ]);
}
