/** Id formats of the questionnaire (shared by the build-time schema and the browser's data schema). */
export const DIMENSION_ID_PATTERN = /^[a-z]{2}$/;
/** Statement ids: the dimension id, a hyphen and a number ("lf-1"). Stable: never a position. */
export const STATEMENT_ID_PATTERN = /^[a-z]{2}-[1-9][0-9]?$/;
/** Next-step ids: the dimension id, "-n" and a number ("lf-n3"). */
export const STEP_ID_PATTERN = /^[a-z]{2}-n[1-9][0-9]?$/;
