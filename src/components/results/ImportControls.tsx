import { useState, type DragEvent } from 'react';
import { FilePickerButton } from './FilePickerButton';
import { readFiles } from './read-files';
import {
  formatErrorSummary,
  importMany,
  resultsText,
  t,
  type Lang,
  type ResultEnvelope,
  type ToolDefinition,
} from './deps';

interface Props<TData> {
  readonly lang: Lang;
  readonly tool: ToolDefinition<TData>;
  /** Receives the valid results; returns them as saved (possibly under new ids). */
  readonly onResults: (envelopes: ResultEnvelope<TData>[]) => ResultEnvelope<TData>[];
  readonly announce: (text: string) => void;
}

/** Import button (several files at once) and a drop zone; one message per file. */
export function ImportControls<TData>({ lang, tool, onResults, announce }: Props<TData>) {
  const [messages, setMessages] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  const importFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    const outcomes = importMany(await readFiles(files), { expectedTool: tool, lang });
    const valid = outcomes.flatMap(({ outcome }) => (outcome.ok ? [outcome.envelope] : []));
    const saved = onResults(valid);
    let savedIndex = 0;
    const lines = outcomes.map(({ name, outcome }) => {
      if (!outcome.ok) return t(lang, 'ui.import.failure', { file: name, message: formatErrorSummary(outcome.errors, resultsText(lang)) });
      const title = saved[savedIndex++]?.title.trim() || t(lang, 'ui.untitled');
      return outcome.migratedFrom === null
        ? t(lang, 'ui.import.success', { file: name, title })
        : t(lang, 'ui.import.migrated', { file: name, title, from: outcome.migratedFrom });
    });
    setMessages(lines);
    announce(lines.join(' '));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  return (
    <div className="res-import">
      <FilePickerButton label={t(lang, 'ui.import.button')} onFiles={(files) => void importFiles(files)} />
      <div
        className={`res-dropzone${dragging ? ' res-dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {t(lang, dragging ? 'ui.import.dropActive' : 'ui.import.drop')}
      </div>
      {messages.length > 0 ? (
        <ul className="res-import__messages">
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
