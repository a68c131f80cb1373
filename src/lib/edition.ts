/** The edition of the published method, shown in the footer and in "cite this page". */
export const EDITION = '2026.1';
/** Publication date of this edition (ISO), used when a chapter has no `updated` date of its own. */
export const EDITION_DATE = '2026-11-25';
