/**
 * The questionnaire and the strings of ONE language, loaded as separate chunks once the island
 * starts: they stay out of the page's HTML (island props would triple their size) and the other
 * language is never downloaded. Both files were validated at build time by the page body, and a
 * unit test proves the questionnaire files are in the schema's canonical form, so the browser uses
 * them as written (no zod schema of the content ships to the browser).
 */
import type { Lang } from '../../../lib/i18n-core';
import type { Questionnaire } from '../../../lib/maturity-audit/index';
import type { AuditDict } from '../../../i18n/tools/maturity-audit/fr';

export interface LoadedAudit {
  readonly questionnaire: Questionnaire;
  readonly dict: AuditDict;
}

export async function loadAuditData(lang: Lang): Promise<LoadedAudit> {
  if (lang === 'fr') {
    const [questions, strings] = await Promise.all([
      import('../../../content/tools/maturity-audit/questions.fr.json'),
      import('../../../i18n/tools/maturity-audit/fr'),
    ]);
    return { questionnaire: questions.default as Questionnaire, dict: strings.auditFr };
  }
  const [questions, strings] = await Promise.all([
    import('../../../content/tools/maturity-audit/questions.en.json'),
    import('../../../i18n/tools/maturity-audit/en'),
  ]);
  return { questionnaire: questions.default as Questionnaire, dict: strings.auditEn };
}
