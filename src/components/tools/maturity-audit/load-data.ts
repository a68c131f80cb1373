/**
 * The questionnaire and the strings of ONE language, loaded as separate chunks once the island
 * starts: they stay out of the page's HTML (island props would triple their size) and the other
 * language is never downloaded. Both files were validated at build time by the page body; the
 * questionnaire is parsed again here, which also gives it its type.
 */
import type { Lang } from '../../../lib/i18n-core';
import { parseQuestionnaire, type Questionnaire } from '../../../lib/maturity-audit/index';
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
    return { questionnaire: parseQuestionnaire(questions.default, 'questions.fr.json'), dict: strings.auditFr };
  }
  const [questions, strings] = await Promise.all([
    import('../../../content/tools/maturity-audit/questions.en.json'),
    import('../../../i18n/tools/maturity-audit/en'),
  ]);
  return { questionnaire: parseQuestionnaire(questions.default, 'questions.en.json'), dict: strings.auditEn };
}
