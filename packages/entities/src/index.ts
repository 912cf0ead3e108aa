/**
 * @newsfacts/entities: company names across articles -> entities. Pure: legal-form and punctuation
 * variants, short forms, acronyms and tickers defined in brackets, and the ambiguous cases that stay
 * unresolved with a reason. The store persists what these functions decide.
 */
export { coreWords, displayName, LEGAL_SUFFIXES, nameKey, nameWords } from './name-key.ts';
export { isShortOf, shortForms, shortKeys, shortRefusal } from './short-names.ts';
export { definitionAfter, initialsMatch, type Definition, type Ticker } from './definitions.ts';
export { entityKeyRows, MemoryEntityIndex, registeredKeys, type EntityLookup, type EntityNames, type EntitySummary, type KeyRow, type KeyStrength } from './entity-index.ts';
export { resolveArticle, type AliasSource, type ArticleMention, type ArticleResolution, type MentionResolution, type Target } from './resolve-article.ts';
export { applyInMemory } from './apply-in-memory.ts';
export { EXCHANGE_BY_QID, ImportFormatError, parseCsvRows, parseEntityCsv, parseWikidataJson, type ImportedEntity } from './import-formats.ts';
