import type { SectionLink as Link } from '../../lib/section-links';

/** A link to a chapter section ("Chapter 8, “The risks”", the chapter's title as tooltip). */
export function SectionLink({ link }: { readonly link: Link }) {
  return (
    <a href={link.href} title={link.title}>
      {link.label}
    </a>
  );
}

/** "Read: Chapter 2, “…”; Chapter 3, “…”" for a list of section links. */
export function SectionLinks({ label, links, className }: { readonly label: string; readonly links: readonly Link[]; readonly className: string }) {
  return (
    <p className={className}>
      <span>{label}</span>{' '}
      {links.map((link, index) => (
        <span key={link.href}>
          {index > 0 ? '; ' : null}
          <SectionLink link={link} />
        </span>
      ))}
    </p>
  );
}
