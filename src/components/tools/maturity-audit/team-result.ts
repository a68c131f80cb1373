import { isoNow, makeEnvelope, randomResultId, type MergedImport, type ResultEnvelope, type ToolDefinition } from '../../../lib/results/index';
import { addRespondents, MAX_RESPONDENTS, respondentsOf, type AuditData } from '../../../lib/maturity-audit/index';
import { dateFormat } from '../../../lib/intl';
import type { Lang } from '../../../lib/i18n-core';
import type { AuditContextValue } from './context';

/**
 * A new team result whose respondents are the given audits (their own answers, or their respondents
 * if they are team results), dated today; what to tell: how many respondents, and who did not fit.
 * The one way the audit makes a team, from the team section or from several files imported at once.
 */
export function teamResult(
  sources: readonly ResultEnvelope<AuditData>[],
  tool: ToolDefinition<AuditData>,
  lang: Lang,
  t: AuditContextValue['t'],
): MergedImport<ResultEnvelope<AuditData>> {
  const merged = addRespondents(undefined, sources.flatMap(respondentsOf));
  const now = isoNow();
  const date = dateFormat(lang, { dateStyle: 'medium' }).format(new Date(now));
  const result = makeEnvelope<AuditData>({
    tool: tool.id,
    schemaVersion: tool.schemaVersion,
    data: { answers: {}, plan: [], team: merged.team },
    lang,
    id: randomResultId(),
    now,
    title: t('team.defaultTitle', { date }),
  });
  return {
    result,
    lines: [
      t('team.created', { n: merged.team.respondents.length }),
      ...merged.skipped.map((skip) => t('team.full', { name: skip.name, max: MAX_RESPONDENTS })),
    ],
  };
}
