export type FormatParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; unknown placeholders are left visible so a gap is noticed. */
export function format(template: string, params?: FormatParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
