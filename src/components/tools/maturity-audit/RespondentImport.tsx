import { useId, useState } from 'react';
import { FilePickerButton } from '../../results/FilePickerButton';
import type { ResultEnvelope, ToolDefinition } from '../../../lib/results/index';
import type { AuditData } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { importFiles, importLinks, type Imported } from './read-files';

interface Props {
  readonly tool: ToolDefinition<AuditData>;
  readonly buttonLabel: string;
  /** Receives the valid results; returns the messages to show about them. */
  readonly onImported: (envelopes: ResultEnvelope<AuditData>[]) => string[];
  readonly announce: (text: string) => void;
  /**
   * The per-file outcome of the last import (held by the audit, not here, so it survives the switch
   * from starting a team to the team view) and how to replace or dismiss it.
   */
  readonly report: readonly string[];
  readonly onReport: (lines: readonly string[]) => void;
}

/** Respondents' files (several at once) or share links, read through the results layer. */
export function RespondentImport({ tool, buttonLabel, onImported, announce, report, onReport }: Props) {
  const { lang, t } = useAudit();
  const id = useId();
  const [links, setLinks] = useState('');

  const finish = (imported: Imported): void => {
    const lines = imported.refused.map(({ name, message }) => t('team.refused', { name, message }));
    if (imported.valid.length > 0) lines.unshift(...onImported(imported.valid));
    else lines.push(t('team.noneValid'));
    onReport(lines);
    announce(lines.join(' '));
  };

  return (
    <div className="ma-import">
      <FilePickerButton label={buttonLabel} primary onFiles={(files) => void importFiles(files, tool, lang).then(finish)} />
      <div className="ma-field">
        <label htmlFor={`${id}-links`}>{t('team.links.label')}</label>
        <textarea id={`${id}-links`} rows={2} value={links} onChange={(event) => setLinks(event.currentTarget.value)} />
      </div>
      <button
        type="button"
        className="res-button"
        onClick={() => {
          if (links.trim() === '') return;
          void importLinks(links, tool, lang, (n) => t('team.linkName', { n })).then((imported) => {
            if (imported.valid.length > 0) setLinks('');
            finish(imported);
          });
        }}
      >
        {t('team.links.add')}
      </button>
      {report.length > 0 ? (
        <div className="ma-import__report">
          <ul className="ma-import__messages">
            {report.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
          <button type="button" className="res-button" onClick={() => onReport([])}>
            {t('team.report.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
