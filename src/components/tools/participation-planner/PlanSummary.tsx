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
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { ControlMixChartSlot } from './ControlMixChartSlot';
import { MixTable } from './MixTable';
import type { ToolDefinition } from '../../../lib/results/tool-definition';
import { dateFormat } from '../../../lib/intl';
import { PrintHeader } from '../../results/PrintHeader';
import { usePlannerContent } from './content-context';

interface Props {
  readonly lang: Lang;
  readonly envelope: ResultEnvelope<PlannerData>;
  /** Ids must be unique on the page: the share view and the summary step use different prefixes. */
  readonly idPrefix: string;
  readonly onPrint?: (() => void) | undefined;
  /** With the tool (the open result's own summary), the printed summary carries a QR code of its share link and its chart is offered to the PNG export. */
  readonly tool?: ToolDefinition<PlannerData> | undefined;
}

/** The one-page summary: header (the shared print header, shown on screen too), text, control mix (chart + table), frameworks, action plan, checklist. */
export function PlanSummary({ lang, envelope, idPrefix, onPrint, tool }: Props) {
  const t = plannerText(lang);
  const content = usePlannerContent();
  const { data } = envelope;
  const evaluation = evaluatePlan(data, content);
  const sentences = summarySentences(data, evaluation, t, content);
  const rows = frameworkRows(data, evaluation, t, content);
  const checklist = content.words.checklist.filter((item) => data.checks[item.id]?.confirmed);
  const name = data.offer.name.trim() || envelope.title.trim();
  const chartTitle = name ? `${t('mix.chartTitle')} — ${name}` : t('mix.chartTitle');
  return (
    <div className="pp-summary">
      <PrintHeader lang={lang} envelope={envelope} tool={tool} className="pp-summary__header" lead={<p className="pp-summary__tool">{t('summary.tool')}</p>}>
        {data.example !== null ? <p className="pp-illustration">{t('summary.illustration')}</p> : null}
      </PrintHeader>
      <h3 id={`${idPrefix}-words`}>{t('summary.inWords')}</h3>
      <p className="pp-summary__text">{sentences.join(' ')}</p>
      <h3>{t('summary.mix')}</h3>
      <ControlMixChartSlot lang={lang} emphasis={evaluation.emphasis} exportTitle={tool ? chartTitle : undefined} />
      <MixTable lang={lang} emphasis={evaluation.emphasis} showRules={false} />
      <p className="pp-summary__label">{t('mix.fired', { n: evaluation.emphasis.fired.length })}</p>
      {evaluation.emphasis.fired.length === 0 ? (
        <p>{t('mix.noneFired')}</p>
      ) : (
        <ul className="pp-summary__rules">
          {evaluation.emphasis.fired.map((rule) => (
            <li key={rule.id}>
              {rule.text.rule} <span className="pp-summary__effects">({effectsText(t, rule.effects)})</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('summary.where')}</h3>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${idPrefix}-where`}>
        <table className="pp-table">
          <caption id={`${idPrefix}-where`}>{t('summary.whereCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.col.framework')}</th>
              <th scope="col">{t('summary.col.answer')}</th>
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
      <h3>{t('summary.actions')}</h3>
      {data.actions.length === 0 ? (
        <p>{t('summary.noActions')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${idPrefix}-actions`}>
          <table className="pp-table pp-actions-table">
            <caption id={`${idPrefix}-actions`}>{t('summary.actionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.text')}</th>
                <th scope="col">{t('mix.col.lever')}</th>
                <th scope="col">{t('actions.owner')}</th>
                <th scope="col">{t('actions.due')}</th>
                <th scope="col">{t('actions.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.text || t('actions.untitled')}</th>
                  <td>{leverLabel(t, action.lever)}</td>
                  <td>{action.owner}</td>
                  <td>{action.due === '' ? '' : dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${action.due}T00:00:00Z`))}</td>
                  <td>{t(`status.${action.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('summary.checks')}</h3>
      {checklist.length === 0 ? (
        <p>{t('summary.noChecks')}</p>
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
            {t('summary.print')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
