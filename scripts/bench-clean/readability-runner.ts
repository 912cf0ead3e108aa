import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The reference extractor, set up as in the shared run-js-baselines.mjs (readability-linkedom):
 * linkedom parse, Readability.parse(), textContent. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return article?.textContent ?? '';
}
