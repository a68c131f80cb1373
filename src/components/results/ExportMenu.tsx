import { useId, useState } from 'react';
import { downloadBlob, downloadFile, copyText, urlWithFragment } from './browser';
import { SHARE_QR } from './PrintShareQr';
import { QrCode } from './QrCode';
import { canvasToPng } from '../charts/png';
import { prepareChartsForPrint } from '../charts/deferred';
import {
  encodeShareFragment,
  exportFile,
  formatResultError,
  resultFileName,
  resultsText,
  t,
  type ExportKind,
  type Lang,
  type ResultEnvelope,
  type ToolDefinition,
} from './deps';

interface Props<TData> {
  readonly lang: Lang;
  readonly tool: ToolDefinition<TData>;
  readonly envelope: ResultEnvelope<TData>;
  readonly announce: (text: string) => void;
  /** Charts to offer as PNG images, if the tool draws any. */
  readonly getChartCanvases?: (() => HTMLCanvasElement[] | Promise<HTMLCanvasElement[]>) | undefined;
}

/** Export menu: JSON, CSV (both delimiters), PNG charts, print, share link. */
export function ExportMenu<TData>({ lang, tool, envelope, announce, getChartCanvases }: Props<TData>) {
  const linkId = useId();
  const [shareLink, setShareLink] = useState<string | null>(null);

  const download = (kind: ExportKind): void => {
    try {
      const file = exportFile(envelope, tool, kind, lang);
      downloadFile(file);
      announce(t(lang, 'ui.export.done', { file: file.fileName }));
    } catch {
      announce(t(lang, 'ui.export.failed'));
    }
  };

  const exportCharts = async (): Promise<void> => {
    const canvases = (await getChartCanvases?.()) ?? [];
    for (const [index, canvas] of canvases.entries()) {
      const blob = await canvasToPng(canvas);
      if (!blob) {
        announce(t(lang, 'ui.export.failed'));
        continue;
      }
      const fileName = resultFileName(envelope, 'png', { suffix: `chart-${index + 1}` });
      downloadBlob(blob, fileName);
      announce(t(lang, 'ui.export.done', { file: fileName }));
    }
  };

  const share = async (): Promise<void> => {
    const encoded = await encodeShareFragment(envelope, tool);
    if (!encoded.ok) {
      announce(formatResultError(encoded.error, resultsText(lang)));
      return;
    }
    const link = urlWithFragment(encoded.value);
    setShareLink(link);
    announce(t(lang, (await copyText(link)) ? 'ui.share.copied' : 'ui.share.copyFailed'));
  };

  return (
    <div className="res-export">
      <details className="res-menu">
        <summary className="res-button">{t(lang, 'ui.export.menu')}</summary>
        <ul className="res-menu__list">
          <li>
            <button type="button" className="res-button" onClick={() => download('json')}>
              {t(lang, 'ui.export.json')}
            </button>
          </li>
          <li>
            <button type="button" className="res-button" onClick={() => download('csv-comma')}>
              {t(lang, 'ui.export.csvComma')}
            </button>
          </li>
          <li>
            <button type="button" className="res-button" onClick={() => download('csv-semicolon')}>
              {t(lang, 'ui.export.csvSemicolon')}
            </button>
          </li>
          {getChartCanvases ? (
            <li>
              <button type="button" className="res-button" onClick={() => void exportCharts()}>
                {t(lang, 'ui.export.png')}
              </button>
            </li>
          ) : null}
          <li>
            <button type="button" className="res-button" onClick={() => void prepareChartsForPrint().then(() => window.print())}>
              {t(lang, 'ui.export.print')}
            </button>
          </li>
          <li>
            <button type="button" className="res-button" onClick={() => void share()}>
              {t(lang, 'ui.export.share')}
            </button>
          </li>
        </ul>
      </details>
      {shareLink ? (
        <div className="res-share-link">
          <label htmlFor={linkId}>{t(lang, 'ui.share.linkLabel')}</label>
          <input id={linkId} type="text" readOnly value={shareLink} onFocus={(event) => event.currentTarget.select()} />
          <p className="res-hint">{t(lang, 'ui.share.privacy')}</p>
          <QrCode url={shareLink} caption={t(lang, 'ui.share.qr')} options={SHARE_QR} />
        </div>
      ) : null}
    </div>
  );
}
