import type { AuditKey } from '../../i18n/tools/maturity-audit/fr';
import type { FormatParams } from '../format';

/**
 * The audit's strings in one language (the page's). The logic receives it rather than importing
 * the dictionaries, so a page's script never carries both languages.
 */
export type AuditText = (key: AuditKey, params?: FormatParams) => string;
