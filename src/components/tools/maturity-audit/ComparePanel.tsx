import { useId, useMemo, useRef, useState } from 'react';
import { t as resultsT, type ResultEnvelope, type ResultSummary, type ToolDefinition } from '../../results/deps';
import { compareScores, comparisonSummary, effectiveValues, scoreAudit, type AuditData } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { DeltaTable } from './DeltaTable';
import { RadarChartSlot } from './RadarChartSlot';
import type { RadarSpec } from './radar-config';
import { importFiles } from './read-files';
import { dateFormat } from '../../../lib/intl';

interface Props {
  readonly tool: ToolDefinition<AuditData>;
  readonly open: ResultEnvelope<AuditData>;
  readonly results: readonly ResultSummary[];
  /** The latest saved version of a result, through the session (the open one as edited). */
  readonly read: (id: string) => ResultEnvelope<AuditData> | undefined;
  /** Saves an imported result without opening it (the results layer's keepCopy). */
  readonly keepCopy: (envelope: ResultEnvelope<AuditData>) => ResultEnvelope<AuditData> | null;
  readonly announce: (text: string) => void;
}

/** Two audits side by side: overlaid radar and the change per dimension. */
export function ComparePanel({ tool, open, results, read, keepCopy, announce }: Props) {
  const { lang, q, t } = useAudit();
  const headingId = useId();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const chosenAfter = afterId ?? open.id;

  const load = (target: string): ResultEnvelope<AuditData> | undefined => {
    if (target === '') return undefined;
    if (target === open.id) return open;
    return read(target);
  };
  // `results` changes on every save, so reloading here keeps both sides current.
  const before = useMemo(() => load(beforeId), [beforeId, results, open, read]); // eslint-disable-line react-hooks/exhaustive-deps
  const after = useMemo(() => load(chosenAfter), [chosenAfter, results, open, read]); // eslint-disable-line react-hooks/exhaustive-deps

  const titleOf = (envelope: ResultEnvelope<AuditData>): string => envelope.title.trim() || resultsT(lang, 'ui.untitled');
  const dateOf = (iso: string): string => dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const optionLabel = (summary: ResultSummary): string => {
    const title = summary.title.trim() || resultsT(lang, 'ui.untitled');
    const date = dateOf(summary.createdAt);
    return summary.id === open.id ? t('cmp.openOption', { title, date }) : t('cmp.option', { title, date });
  };

  const comparison = useMemo(() => {
    if (!before || !after || before.id === after.id) return null;
    return compareScores(scoreAudit(q, effectiveValues(before.data)), scoreAudit(q, effectiveValues(after.data)));
  }, [before, after, q]);

  const spec = useMemo<RadarSpec | null>(() => {
    if (!comparison || !before || !after) return null;
    return {
      key: 'b-compare',
      title: t('cmp.pngTitle', { before: titleOf(before), after: titleOf(after) }),
      labels: q.dimensions.map((dimension) => dimension.short),
      series: [
        { label: `${t('cmp.before')} — ${titleOf(before)}`, values: comparison.rows.map((row) => row.before), kind: 'secondary' },
        { label: `${t('cmp.after')} — ${titleOf(after)}`, values: comparison.rows.map((row) => row.after), kind: 'primary' },
      ],
    };
  }, [comparison, before, after, q, t]); // eslint-disable-line react-hooks/exhaustive-deps

  const na = t('cmp.na');
  return (
    <section className="ma-section ma-compare" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cmp.heading')}</h2>
      <p>{t('cmp.intro')}</p>
      <div className="ma-compare__pick">
        <div className="ma-field">
          <label htmlFor={`${id}-before`}>{t('cmp.before')}</label>
          <select id={`${id}-before`} value={beforeId} onChange={(event) => setBeforeId(event.currentTarget.value)}>
            <option value="">{t('cmp.choose')}</option>
            {results.map((summary) => (
              <option key={summary.id} value={summary.id}>
                {optionLabel(summary)}
              </option>
            ))}
          </select>
        </div>
        <div className="ma-field">
          <label htmlFor={`${id}-after`}>{t('cmp.after')}</label>
          <select id={`${id}-after`} value={chosenAfter} onChange={(event) => setAfterId(event.currentTarget.value)}>
            {results.map((summary) => (
              <option key={summary.id} value={summary.id}>
                {optionLabel(summary)}
              </option>
            ))}
          </select>
        </div>
        <div className="ma-import">
          <button type="button" className="res-button" onClick={() => inputRef.current?.click()}>
            {t('cmp.import')}
          </button>
          <input
            ref={inputRef}
            type="file"
            accept=".json,application/json"
            className="res-visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])].slice(0, 1);
              event.currentTarget.value = '';
              if (files.length === 0) return;
              void importFiles(files, tool, lang).then(({ valid, refused }) => {
                const imported = valid[0];
                const saved = imported ? keepCopy(imported) : null;
                const text = saved
                  ? t('cmp.imported', { title: titleOf(saved) })
                  : refused.map(({ name, message: reason }) => t('team.refused', { name, message: reason })).join(' ') || t('team.noneValid');
                if (saved) {
                  setBeforeId(saved.id);
                  setAfterId(open.id);
                }
                setMessage(text);
                announce(text);
              });
            }}
          />
        </div>
      </div>
      {message ? <p className="ma-note">{message}</p> : null}
      {results.length < 2 ? <p className="ma-hint">{t('cmp.need')}</p> : null}
      {before && after && before.id === after.id ? <p className="ma-hint">{t('cmp.same')}</p> : null}
      {comparison && spec && before && after ? (
        <div className="ma-compare__result">
          <p className="ma-summary" aria-live="polite">
            {comparisonSummary(q, comparison, t, lang)}
          </p>
          <div className="ma-results__grid">
            <RadarChartSlot
              spec={spec}
              label={t('cmp.chart.label', {
                before: titleOf(before),
                after: titleOf(after),
                list: comparison.rows
                  .map((row, index) => t('cmp.chart.item', { name: q.dimensions[index]?.name ?? row.id, before: row.before ?? na, after: row.after ?? na }))
                  .join('; '),
              })}
            />
            <DeltaTable comparison={comparison} before={titleOf(before)} after={titleOf(after)} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
