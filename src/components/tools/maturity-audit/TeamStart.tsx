import { useId, useState } from 'react';
import type { ResultEnvelope, ToolDefinition } from '../../../lib/results/index';
import type { AuditData } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { RespondentImport } from './RespondentImport';
import { teamResult } from './team-result';

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
    const { result, lines } = teamResult(includeOpen ? [open, ...envelopes] : envelopes, tool, lang, t);
    if (result) onCreate(result);
    return [...lines];
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
