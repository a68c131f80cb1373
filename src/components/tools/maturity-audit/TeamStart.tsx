import { useId, useState } from 'react';
import { isoNow, makeEnvelope, randomResultId, type ResultEnvelope, type ToolDefinition } from '../../../lib/results/index';
import { addRespondents, MAX_RESPONDENTS, respondentsOf, type AuditData } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { RespondentImport } from './RespondentImport';
import { dateFormat } from '../../../lib/intl';

interface Props {
  readonly tool: ToolDefinition<AuditData>;
  readonly open: ResultEnvelope<AuditData>;
  /** Saves the new team result and opens it (the results layer's addResults). */
  readonly onCreate: (envelope: ResultEnvelope<AuditData>) => void;
  readonly announce: (text: string) => void;
  /** The last import's per-file outcome, kept until dismissed. */
  readonly report: readonly string[];
  readonly onReport: (lines: readonly string[]) => void;
}

/** Starts a team result from respondents' files or links (optionally with the open audit). */
export function TeamStart({ tool, open, onCreate, announce, report, onReport }: Props) {
  const { lang, t } = useAudit();
  const headingId = useId();
  const checkboxId = useId();
  const [includeOpen, setIncludeOpen] = useState(false);

  const create = (envelopes: ResultEnvelope<AuditData>[]): string[] => {
    const sources = includeOpen ? [open, ...envelopes] : envelopes;
    const merged = addRespondents(undefined, sources.flatMap(respondentsOf));
    const now = isoNow();
    const date = dateFormat(lang, { dateStyle: 'medium' }).format(new Date(now));
    onCreate(
      makeEnvelope<AuditData>({
        tool: tool.id,
        schemaVersion: tool.schemaVersion,
        data: { answers: {}, plan: [], team: merged.team },
        lang,
        id: randomResultId(),
        now,
        title: t('team.defaultTitle', { date }),
      }),
    );
    return [
      t('team.created', { n: merged.team.respondents.length }),
      ...merged.skipped.map((skip) => t('team.full', { name: skip.name, max: MAX_RESPONDENTS })),
    ];
  };

  return (
    <section className="ma-section ma-team-start" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.heading')}</h2>
      <p>{t('team.intro')}</p>
      <div className="ma-check">
        <input id={checkboxId} type="checkbox" checked={includeOpen} onChange={(event) => setIncludeOpen(event.currentTarget.checked)} />
        <label htmlFor={checkboxId}>{t('team.includeOpen')}</label>
      </div>
      <RespondentImport tool={tool} buttonLabel={t('team.importFiles')} onImported={create} announce={announce} report={report} onReport={onReport} />
    </section>
  );
}
