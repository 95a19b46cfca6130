/** Stable YAML serialisation: fixed key order as built, dates always quoted. */
import YAML from 'yaml';

const DATE_RE = /^\d{4}-\d{2}(-\d{2})?$/;

export function toYaml(value: unknown): string {
  const doc = new YAML.Document(value);
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && DATE_RE.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

export function frontMatter(data: unknown, body: string): string {
  return `---\n${toYaml(data)}---\n\n${body.trim()}\n`;
}
