/**
 * Inline in ToolHowTo, right after the how-to: closes it from laptop width up before first paint (no
 * layout shift), so the tool's first question is on the first screen; on a phone it stays open. Its
 * hash is added to the Content-Security-Policy in astro.config.mjs (Astro does not hash inline scripts).
 */
export const HOWTO_FOLD_SCRIPT =
  "(function(){var s=document.currentScript,d=s&&s.previousElementSibling;if(d&&window.matchMedia('(min-width: 64rem)').matches)d.open=false})()";
