/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Per-page state shared by the MDX components of one chapter. */
    chapter?: {
      lang: import('./lib/i18n-core').Lang;
      sources: readonly string[];
      termsSeen: Set<string>;
    };
  }
}
