import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { downloadFile } from './browser';
import { QrCode } from './QrCode';
import {
  exportFile,
  isoNow,
  makeEnvelope,
  MAX_GROUP_MEMBERS,
  randomResultId,
  t,
  type GroupMember,
  type Lang,
  type ToolDefinition,
} from './deps';
import type { WorkshopGroupSession } from './useWorkshopGroup';

/** What a tool brings to a workshop group. */
export interface WorkshopGroupSpec<TData> {
  /** What the group keeps of a participant's data: nothing that names them. Null: nothing to add (a blank result). */
  member(data: TData): TData | null;
  /** The group on the projector, anonymous. */
  render(members: readonly GroupMember<TData>[]): ReactNode;
  /** The group as the data of one team file the tool's team view reads, when the tool has one. */
  teamData?(members: readonly GroupMember<TData>[]): TData | null;
}

interface Props<TData> {
  readonly lang: Lang;
  readonly tool: ToolDefinition<TData>;
  readonly spec: WorkshopGroupSpec<TData>;
  readonly group: WorkshopGroupSession<TData>;
}

/** The tool's address for the participants' phones (a worked scenario carries its own code: see ShareView). */
function joinUrl(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}`;
}

/**
 * The group view: a button, and a large dialog for the projector with a QR code of the tool for the
 * participants' phones, the group (anonymous), its export as one team file, and "clear" with undo.
 */
export function WorkshopGroupView<TData>({ lang, tool, spec, group }: Props<TData>) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [notice, setNotice] = useState<{ text: string; seq: number } | null>(null);
  const { members, cleared } = group.group;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const say = (text: string): void => setNotice((last) => ({ text, seq: (last?.seq ?? 0) + 1 }));

  const exportTeam = (): void => {
    const data = spec.teamData?.(members);
    if (!data) return;
    const envelope = makeEnvelope({
      tool: tool.id,
      schemaVersion: tool.schemaVersion,
      data,
      lang,
      id: randomResultId(),
      now: isoNow(),
      title: t(lang, 'ui.workshop.groupFileTitle'),
    });
    try {
      const file = exportFile(envelope, tool, 'json', lang);
      downloadFile(file);
      say(t(lang, 'ui.workshop.exported', { file: file.fileName, n: members.length }));
    } catch {
      say(t(lang, 'ui.export.failed'));
    }
  };

  return (
    <>
      <button
        type="button"
        className="res-button"
        onClick={() => {
          setUrl(joinUrl());
          setOpen(true);
        }}
      >
        {t(lang, 'ui.workshop.groupView', { n: members.length })}
      </button>
      <dialog ref={dialogRef} className="res-projector res-group" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className="res-projector__head">
          <h2 id={titleId}>{t(lang, 'ui.workshop.groupTitle')}</h2>
          <button type="button" className="res-button" onClick={() => setOpen(false)}>
            {t(lang, 'ui.workshop.close')}
          </button>
        </div>
        {open ? (
          <div className="res-projector__body">
            <div className="res-group__intro">
              <QrCode url={url} caption={t(lang, 'ui.workshop.join')} showUrl />
              <div>
                <p className="res-group__count" data-members={members.length}>
                  {members.length === 0 ? t(lang, 'ui.workshop.groupEmpty') : t(lang, 'ui.workshop.groupCount', { n: members.length })}
                </p>
                <div className="res-actions">
                  {spec.teamData && members.length > 0 ? (
                    <button type="button" className="res-button res-button--primary" onClick={exportTeam}>
                      {t(lang, 'ui.workshop.exportGroup')}
                    </button>
                  ) : null}
                  {members.length > 0 ? (
                    <button
                      type="button"
                      className="res-button res-button--danger"
                      onClick={() => {
                        group.clear();
                        say(t(lang, 'ui.workshop.groupCleared'));
                      }}
                    >
                      {t(lang, 'ui.workshop.clearGroup')}
                    </button>
                  ) : null}
                  {cleared ? (
                    <button
                      type="button"
                      className="res-button"
                      onClick={() => {
                        group.undoClear();
                        say(t(lang, 'ui.workshop.groupRestored', { n: Math.min(cleared.length + members.length, MAX_GROUP_MEMBERS) }));
                      }}
                    >
                      {t(lang, 'ui.workshop.undoClear')}
                    </button>
                  ) : null}
                </div>
                <p className="res-live" role="status" aria-live="polite">
                  {notice ? <span key={notice.seq}>{notice.text}</span> : null}
                </p>
              </div>
            </div>
            {members.length > 0 ? spec.render(members) : null}
          </div>
        ) : null}
      </dialog>
    </>
  );
}
