/** The edition of the published method, shown in the footer and in "cite this page". */
export const EDITION = '2026.1';
