/** The variables every reply template may use; the settings may define more (custom ones). */
export const TEMPLATE_VARIABLES = ['author', 'brand', 'agent', 'product', 'date'] as const;
export type TemplateValues = Readonly<Record<string, string | undefined>>;

/** A custom variable's name: lower-case letters, digits and `_`, not one of the built-in ones. */
export const VARIABLE_NAME = /^[a-z][a-z0-9_]{0,31}$/;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Names of the placeholders that are neither built-in nor among `custom`, in the order
 * they first appear, so the editor can refuse a template that would show `{xyz}`.
 */
export function unknownVariables(template: string, custom: readonly string[] = []): string[] {
  const unknown = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name) && !custom.includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Fills a template. Values are plain text and are not re-scanned, so an author called
 * `{brand}` stays `{brand}`. A missing value collapses with the space before it, so a
 * reply never shows an empty slot or a literal `{agent}`.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template
    .replace(/(\s?)\{([^{}]*)\}/g, (_all, space: string, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name]?.trim() : undefined;
      return value ? space + value : '';
    })
    .trim();
}
