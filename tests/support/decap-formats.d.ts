// Types for the two Decap CMS formatters the round-trip test runs (decap-cms-core ships no types).
interface DecapFormatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export class FrontmatterFormatter implements DecapFormatter {
    fromFile(content: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
  }
}

declare module 'decap-cms-core/dist/esm/formats/yaml.js' {
  const yamlFormatter: DecapFormatter;
  export default yamlFormatter;
}
