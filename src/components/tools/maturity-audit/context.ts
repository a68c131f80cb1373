import { createContext, useContext } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import type { Questionnaire } from '../../../lib/maturity-audit/index';
import type { SectionLinkMap } from '../../../lib/section-links';
import type { AuditKey } from '../../../i18n/tools/maturity-audit/index';
import type { Translator } from '../../../lib/translator';

export interface AuditContextValue {
  readonly lang: Lang;
  readonly q: Questionnaire;
  /** Chapter sections, keyed by `sectionKey`, made at build time (base-aware). */
  readonly links: SectionLinkMap;
  readonly t: Translator<AuditKey>;
}

export const AuditContext = createContext<AuditContextValue | null>(null);

export function useAudit(): AuditContextValue {
  const value = useContext(AuditContext);
  if (!value) throw new Error('useAudit must be used inside <AuditContext.Provider>');
  return value;
}
