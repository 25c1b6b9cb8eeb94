/** The variables a reply template may use; custom ones come with issue 4. */
export const TEMPLATE_VARIABLES = ['author', 'brand', 'agent', 'product', 'date'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Names of the placeholders that are not known variables, so the editor can refuse them. */
export function unknownVariables(template: string): string[] {
  const unknown = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) unknown.add(name);
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
      const value = values[name as TemplateVariable]?.trim();
      return value ? space + value : '';
    })
    .trim();
}
