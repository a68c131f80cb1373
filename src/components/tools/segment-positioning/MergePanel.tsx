import { useId, useMemo, useRef, useState } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import { formatErrorSummary, importMany, importPastedLinks, mergeMembers, type ResultEnvelope } from '../../../lib/results/index';
import { resultsText } from '../../../i18n/results/index';
import {
  mergePlacements,
  mergeSummary,
  type Placement,
  type SegmentPositioningData,
} from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';
import { chartTexts, mergePoints } from './chart-points';
import { MergeTable } from './MergeTable';
import { PositionChartSlot } from './PositionChartSlot';
import type { LiveMessage } from './MatrixPanel';
import { readFiles } from '../../results/read-files';
import { placementLabel, teamAverage } from './team-average';
import { segmentPositioningTool } from './tool-definition';

interface Props {
  readonly lang: Lang;
  readonly current: ResultEnvelope<SegmentPositioningData>;
  /** Saves results as new ones (the results layer) and returns them as saved. */
  readonly onKeep: (envelopes: readonly ResultEnvelope<SegmentPositioningData>[]) => readonly ResultEnvelope<SegmentPositioningData>[];
}

interface Added extends Placement {
  readonly key: number;
}

/**
 * Team view: several members' placements (files or share links, read through the results layer)
 * merged segment by segment into a mean position with its spread. Nothing is saved unless the
 * team keeps the average as a new result.
 */
export function MergePanel({ lang, current, onKeep }: Props) {
  const id = useId();
  const t = positioningText(lang);
  const nextKey = useRef(1);
  const seq = useRef(0);
  const [added, setAdded] = useState<readonly Added[]>([]);
  const [includeCurrent, setIncludeCurrent] = useState(true);
  const [linksText, setLinksText] = useState('');
  const [messages, setMessages] = useState<readonly string[]>([]);
  const [live, setLive] = useState<LiveMessage | null>(null);

  const say = (lines: readonly string[]): void => {
    setMessages(lines);
    seq.current += 1;
    setLive({ text: lines.join(' '), seq: seq.current });
  };
  // One team-import rule for every tool (results layer): a member is a result id, so the same file
  // imported twice, or a copy of it, replaces the earlier copy instead of counting twice.
  const addPlacements = (placements: readonly Placement[]): void => {
    const incoming = placements.map((placement) => ({ ...placement, key: nextKey.current++ }));
    setAdded((list) => mergeMembers(list, incoming).members);
  };
  /** Whether a member with this result id is already in the team (or earlier in the same import). */
  const membership = (): ((memberId: string) => boolean) => {
    const known = new Set([...added.map((item) => item.id), ...(includeCurrent ? [current.id] : [])]);
    return (memberId) => {
      const already = known.has(memberId);
      known.add(memberId);
      return already;
    };
  };

  const currentLabel = current.respondent?.trim() || current.title.trim() || t('merge.currentLabel');
  const placements: Placement[] = useMemo(
    () => [
      ...(includeCurrent ? [{ id: current.id, label: currentLabel, data: current.data }] : []),
      ...added.filter((item) => !(includeCurrent && item.id === current.id)),
    ],
    [includeCurrent, currentLabel, current.id, current.data, added],
  );
  const result = useMemo(() => (placements.length >= 2 ? mergePlacements(placements) : null), [placements]);
  const points = useMemo(() => (result ? mergePoints(result, lang) : []), [result, lang]);
  const texts = useMemo(() => chartTexts(lang, t('chart.mergeTitle')), [lang]);
  const summary = result ? mergeSummary(result, placements.length, t) : '';

  const onFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    const outcomes = importMany(await readFiles(files), { expectedTool: segmentPositioningTool, lang });
    const ok: Placement[] = [];
    const isMember = membership();
    const lines = outcomes.map(({ name, outcome }) => {
      if (!outcome.ok) return t('merge.fileRefused', { file: name, message: formatErrorSummary(outcome.errors, resultsText(lang)) });
      const label = placementLabel(outcome.envelope, name);
      ok.push({ id: outcome.envelope.id, label, data: outcome.envelope.data });
      return isMember(outcome.envelope.id) ? t('merge.fileAgain', { file: name, label }) : t('merge.fileAdded', { file: name, label });
    });
    addPlacements(ok);
    say(lines);
  };

  const onLinks = async (): Promise<void> => {
    if (linksText.trim() === '') return;
    const ok: Placement[] = [];
    const report: string[] = [];
    const isMember = membership();
    const outcomes = await importPastedLinks(linksText, { expectedTool: segmentPositioningTool, lang });
    for (const { n, outcome } of outcomes) {
      if (!outcome.ok) {
        report.push(t('merge.linkRefused', { n, message: formatErrorSummary(outcome.errors, resultsText(lang), 'link') }));
        continue;
      }
      const label = placementLabel(outcome.envelope, `#${n}`);
      ok.push({ id: outcome.envelope.id, label, data: outcome.envelope.data });
      report.push(isMember(outcome.envelope.id) ? t('merge.linkAgain', { n, label }) : t('merge.linkAdded', { n, label }));
    }
    addPlacements(ok);
    if (ok.length === outcomes.length) setLinksText('');
    say(report);
  };

  const keep = (): void => {
    if (!result) return;
    const { result: envelope, lines } = teamAverage(result, placements.length, lang);
    const [saved] = envelope ? onKeep([envelope]) : [];
    // The open result is now the average: leave it out so it is not counted twice.
    if (saved) setIncludeCurrent(false);
    if (!envelope || saved) say(lines);
  };

  return (
    <div className="sp-merge">
      <p>{t('merge.intro')}</p>
      <label className="sp-choice">
        <input type="checkbox" checked={includeCurrent} onChange={(event) => setIncludeCurrent(event.currentTarget.checked)} />
        <span>{t('merge.includeCurrent', { title: currentLabel })}</span>
      </label>
      <div className="sp-merge__inputs">
        <div className="res-field sp-field">
          <label htmlFor={`${id}-files`}>{t('merge.filesLabel')}</label>
          <input
            id={`${id}-files`}
            className="sp-file"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])];
              event.currentTarget.value = '';
              void onFiles(files);
            }}
          />
        </div>
        <div className="res-field sp-field">
          <label htmlFor={`${id}-links`}>{t('merge.links')}</label>
          <textarea id={`${id}-links`} rows={3} value={linksText} onChange={(event) => setLinksText(event.currentTarget.value)} />
          <div className="res-actions">
            <button type="button" className="res-button" onClick={() => void onLinks()}>
              {t('merge.addLinks')}
            </button>
          </div>
        </div>
      </div>
      {messages.length > 0 ? (
        <ul className="res-import__messages">
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      ) : null}
      <p className="res-live" role="status" aria-live="polite" aria-atomic="true">
        {live ? <span key={live.seq}>{live.text}</span> : null}
      </p>
      {added.length > 0 ? (
        <div className="sp-merge__list">
          <h3 className="sp-subheading">{t('merge.placements')}</h3>
          <ul>
            {added.map((placement) => (
              <li key={placement.key}>
                <span>{t.plural(placement.data.segments.length, { one: 'merge.placementLabel.one', other: 'merge.placementLabel.other' }, { label: placement.label })}</span>{' '}
                <button
                  type="button"
                  className="res-button"
                  aria-label={t('merge.removeLabel', { label: placement.label })}
                  onClick={() => {
                    setAdded((list) => list.filter((item) => item.key !== placement.key));
                    say([t('merge.removed', { label: placement.label })]);
                  }}
                >
                  {t('merge.remove')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="res-button"
            onClick={() => {
              setAdded([]);
              say([t('merge.cleared')]);
            }}
          >
            {t('merge.clear')}
          </button>
        </div>
      ) : null}
      {result ? (
        <section className="sp-merge__result" aria-labelledby={`${id}-result`}>
          <h3 id={`${id}-result`} className="sp-subheading">
            {t('merge.resultHeading')}
          </h3>
          <p className="res-hint">{t('merge.method')}</p>
          <PositionChartSlot
            points={points}
            texts={texts}
            ariaLabel={t('merge.canvasLabel', { summary })}
            exportKey="b-merge"
          />
          <p className="sp-summary">{summary}</p>
          <MergeTable lang={lang} result={result} />
          <div className="res-actions">
            <button type="button" className="res-button res-button--primary" onClick={keep}>
              {t('merge.keep')}
            </button>
          </div>
        </section>
      ) : (
        <p className="sp-empty">{t('merge.needTwo')}</p>
      )}
    </div>
  );
}
