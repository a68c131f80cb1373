import { useCallback, useState, type DragEvent } from 'react';
import { FilePickerButton } from './FilePickerButton';
import { ImportChoiceDialog } from './ImportChoiceDialog';
import { readFiles } from './read-files';
import {
  decideImport,
  formatErrorSummary,
  importMany,
  resultsText,
  t,
  type ImportChoice,
  type FileImportOutcome,
  type Lang,
  type MergedImport,
  type ResultEnvelope,
  type ToolDefinition,
} from './deps';

/** A tool's team merge of several imported results (absent: the tool has none, files open separately). */
export type MergeImported<TData> = (envelopes: readonly ResultEnvelope<TData>[]) => MergedImport<ResultEnvelope<TData>>;

interface Options<TData> {
  readonly lang: Lang;
  readonly tool: ToolDefinition<TData>;
  /** Saves the valid results; returns them as saved (possibly under new ids). */
  readonly onResults: (envelopes: ResultEnvelope<TData>[]) => ResultEnvelope<TData>[];
  readonly announce: (text: string) => void;
  readonly mergeImported?: MergeImported<TData> | undefined;
}

interface Pending<TData> {
  readonly outcomes: readonly FileImportOutcome<TData>[];
  readonly valid: readonly ResultEnvelope<TData>[];
  readonly respondents: number;
}

export interface FileImport<TData> {
  /** Chosen or dropped files: read, validated, then saved, or the question asked first. */
  importFiles(files: readonly File[]): Promise<void>;
  readonly pending: Pending<TData> | null;
  choose(choice: ImportChoice): void;
  /** One line per file (or per merge) of the last import. */
  readonly messages: readonly string[];
  dismiss(): void;
  readonly dragging: boolean;
  /** Spread on the element that accepts dropped files. */
  readonly dropTarget: {
    onDragOver(event: DragEvent<HTMLElement>): void;
    onDragLeave(event: DragEvent<HTMLElement>): void;
    onDrop(event: DragEvent<HTMLElement>): void;
  };
}

/**
 * The one import entry point of a tool, for files chosen or dropped: one message per file, and when
 * several different results of a tool that can merge arrive together, the question "separate results
 * or one team result?" before anything is saved.
 */
export function useFileImport<TData>({ lang, tool, onResults, announce, mergeImported }: Options<TData>): FileImport<TData> {
  const [messages, setMessages] = useState<readonly string[]>([]);
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<Pending<TData> | null>(null);

  const report = useCallback(
    (lines: readonly string[]) => {
      setMessages(lines);
      announce(lines.join(' '));
    },
    [announce],
  );

  const refusals = (outcomes: readonly FileImportOutcome<TData>[]): string[] =>
    outcomes.flatMap(({ name, outcome }) => (outcome.ok ? [] : [t(lang, 'ui.import.failure', { file: name, message: formatErrorSummary(outcome.errors, resultsText(lang)) })]));

  const openSeparately = (outcomes: readonly FileImportOutcome<TData>[]): void => {
    const saved = onResults(outcomes.flatMap(({ outcome }) => (outcome.ok ? [outcome.envelope] : [])));
    let savedIndex = 0;
    report(
      outcomes.map(({ name, outcome }) => {
        if (!outcome.ok) return t(lang, 'ui.import.failure', { file: name, message: formatErrorSummary(outcome.errors, resultsText(lang)) });
        const title = saved[savedIndex++]?.title.trim() || t(lang, 'ui.untitled');
        return outcome.migratedFrom === null
          ? t(lang, 'ui.import.success', { file: name, title })
          : t(lang, 'ui.import.migrated', { file: name, title, from: outcome.migratedFrom });
      }),
    );
  };

  const importFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    const outcomes = importMany(await readFiles(files), { expectedTool: tool, lang });
    const valid = outcomes.flatMap(({ outcome }) => (outcome.ok ? [outcome.envelope] : []));
    const decision = decideImport(valid, mergeImported !== undefined);
    if (decision.kind === 'ask') setPending({ outcomes, valid: decision.results, respondents: decision.respondents });
    else openSeparately(outcomes);
  };

  const choose = (choice: ImportChoice): void => {
    const asked = pending;
    setPending(null);
    if (!asked) return;
    if (choice === 'separate') openSeparately(asked.outcomes);
    else if (choice === 'cancel' || !mergeImported) report([t(lang, 'ui.import.cancelled')]);
    else {
      const merged = mergeImported(asked.valid);
      if (merged.result) onResults([merged.result]);
      report([...merged.lines, ...refusals(asked.outcomes)]);
    }
  };

  return {
    importFiles,
    pending,
    choose,
    messages,
    dismiss: () => setMessages([]),
    dragging,
    dropTarget: {
      onDragOver: (event) => {
        event.preventDefault();
        setDragging(true);
      },
      onDragLeave: (event) => {
        // Leaving for one of the target's own children is not leaving.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      },
      onDrop: (event) => {
        event.preventDefault();
        setDragging(false);
        void importFiles([...event.dataTransfer.files]);
      },
    },
  };
}

interface Props<TData> {
  readonly lang: Lang;
  readonly importer: FileImport<TData>;
}

/** The import button (several files at once), the question for several files, and the last import's messages. */
export function ImportControls<TData>({ lang, importer }: Props<TData>) {
  return (
    <div className="res-import">
      <FilePickerButton label={t(lang, 'ui.import.button')} onFiles={(files) => void importer.importFiles(files)} />
      {importer.pending ? <ImportChoiceDialog lang={lang} respondents={importer.pending.respondents} onChoose={importer.choose} /> : null}
    </div>
  );
}

/** The last import's messages, one per file, until dismissed. */
export function ImportMessages<TData>({ lang, importer }: Props<TData>) {
  if (importer.messages.length === 0) return null;
  return (
    <div className="res-import__report">
      <ul className="res-import__messages">
        {importer.messages.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
      <button type="button" className="res-button" onClick={importer.dismiss}>
        {t(lang, 'ui.import.dismiss')}
      </button>
    </div>
  );
}
