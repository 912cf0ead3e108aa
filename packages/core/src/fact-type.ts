import * as z from 'zod/mini';

// On its own, apart from the schemas of a whole fact (fact.ts): the query filters need only this,
// and a query command's bundle then builds no fact schema at start-up. zod/mini, as the query
// filters are (api/query.ts); the classic schemas take it as any other.
export const FactType = z.enum(['tonnage', 'percentage', 'date', 'company', 'country', 'money']);
export type FactType = z.infer<typeof FactType>;
