import type { Lang } from '../../../lib/i18n-core';
import type { ResultEnvelope } from '../../../lib/results/envelope';
import {
  effectsText,
  evaluatePlan,
  frameworkRows,
  leverLabel,
  summarySentences,
  type PlannerData,
} from '../../../lib/participation-planner/index';
import { pt } from '../../../i18n/tools/participation-planner/index';
import { ControlMixChartSlot } from './ControlMixChartSlot';
import { MixTable } from './MixTable';
import { dateFormat } from '../../../lib/intl';
import type { ToolDefinition } from '../../../lib/results/tool-definition';
import { PrintShareQr } from '../../results/PrintShareQr';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly envelope: ResultEnvelope<PlannerData>;
  /** Ids must be unique on the page: the share view and the summary step use different prefixes. */
  readonly idPrefix: string;
  readonly onPrint?: (() => void) | undefined;
  /** With the tool, the printed summary carries a QR code of its share link. */
  readonly tool?: ToolDefinition<PlannerData> | undefined;
}

/** The one-page summary: header, text, control mix (chart + table), frameworks, action plan, checklist. */
export function PlanSummary({ lang, envelope, idPrefix, onPrint, tool }: Props) {
  const content = usePlannerContent();
  const { data } = envelope;
  const evaluation = evaluatePlan(data, content);
  const sentences = summarySentences(data, evaluation, lang, content);
  const rows = frameworkRows(data, evaluation, lang, content);
  const checklist = content.words.checklist.filter((item) => data.checks[item.id]?.confirmed);
  const date = dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(envelope.updatedAt));
  return (
    <div className="pp-summary">
      <header className="pp-summary__header">
        {tool ? <PrintShareQr lang={lang} envelope={envelope} tool={tool} /> : null}
        <p className="pp-summary__tool">{pt(lang, 'summary.tool')}</p>
        <p className="pp-summary__title">{envelope.title.trim() || pt(lang, 'summary.untitled')}</p>
        {envelope.respondent ? <p>{pt(lang, 'summary.respondent', { name: envelope.respondent })}</p> : null}
        <p>{pt(lang, 'summary.updated', { date })}</p>
        {data.example !== null ? <p className="pp-illustration">{pt(lang, 'summary.illustration')}</p> : null}
      </header>
      <h3 id={`${idPrefix}-words`}>{pt(lang, 'summary.inWords')}</h3>
      <p className="pp-summary__text">{sentences.join(' ')}</p>
      <h3>{pt(lang, 'summary.mix')}</h3>
      <ControlMixChartSlot lang={lang} emphasis={evaluation.emphasis} />
      <MixTable lang={lang} emphasis={evaluation.emphasis} showRules={false} />
      <p className="pp-summary__label">{pt(lang, 'mix.fired', { n: evaluation.emphasis.fired.length })}</p>
      {evaluation.emphasis.fired.length === 0 ? (
        <p>{pt(lang, 'mix.noneFired')}</p>
      ) : (
        <ul className="pp-summary__rules">
          {evaluation.emphasis.fired.map((rule) => (
            <li key={rule.id}>
              {rule.text.rule} <span className="pp-summary__effects">({effectsText(lang, rule.effects)})</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{pt(lang, 'summary.where')}</h3>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${idPrefix}-where`}>
        <table className="pp-table">
          <caption id={`${idPrefix}-where`}>{pt(lang, 'summary.whereCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{pt(lang, 'summary.col.framework')}</th>
              <th scope="col">{pt(lang, 'summary.col.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{pt(lang, 'summary.actions')}</h3>
      {data.actions.length === 0 ? (
        <p>{pt(lang, 'summary.noActions')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${idPrefix}-actions`}>
          <table className="pp-table pp-actions-table">
            <caption id={`${idPrefix}-actions`}>{pt(lang, 'summary.actionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{pt(lang, 'actions.text')}</th>
                <th scope="col">{pt(lang, 'mix.col.lever')}</th>
                <th scope="col">{pt(lang, 'actions.owner')}</th>
                <th scope="col">{pt(lang, 'actions.due')}</th>
                <th scope="col">{pt(lang, 'actions.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.text || pt(lang, 'actions.untitled')}</th>
                  <td>{leverLabel(lang, action.lever)}</td>
                  <td>{action.owner}</td>
                  <td>{action.due === '' ? '' : dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${action.due}T00:00:00Z`))}</td>
                  <td>{pt(lang, `status.${action.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{pt(lang, 'summary.checks')}</h3>
      {checklist.length === 0 ? (
        <p>{pt(lang, 'summary.noChecks')}</p>
      ) : (
        <ul className="pp-summary__checks">
          {checklist.map((item) => (
            <li key={item.id}>
              <strong>{item.label}</strong>
              {data.checks[item.id]?.note ? ` — ${data.checks[item.id]?.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {onPrint ? (
        <p className="pp-no-print">
          <button type="button" className="res-button res-button--primary" onClick={onPrint}>
            {pt(lang, 'summary.print')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
