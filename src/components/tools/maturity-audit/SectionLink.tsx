import type { ChapterRef } from '../../../lib/maturity-audit/index';
import { refKey } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

/** A link to a chapter section: "chapter 8, “The risks”", with the chapter's title as tooltip. */
export function SectionLink({ reference }: { readonly reference: ChapterRef }) {
  const { links, t } = useAudit();
  const link = links[refKey(reference)];
  if (!link) return null;
  return (
    <a href={link.href} title={t('link.sectionTitle', { n: link.chapterNumber, chapter: link.chapterTitle })}>
      {t('link.section', { n: link.chapterNumber, section: link.sectionTitle })}
    </a>
  );
}

/** "Read: chapter 2, “…”; chapter 3, “…”" for a list of references. */
export function SectionLinks({ label, references }: { readonly label: string; readonly references: readonly ChapterRef[] }) {
  return (
    <p className="ma-read">
      <span>{label}</span>{' '}
      {references.map((reference, index) => (
        <span key={refKey(reference)}>
          {index > 0 ? '; ' : null}
          <SectionLink reference={reference} />
        </span>
      ))}
    </p>
  );
}
