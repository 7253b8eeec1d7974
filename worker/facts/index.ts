export { factQueryTokens, rankFacts, type ScoredFact } from "./rank-facts.ts";
export { toApiFact } from "./to-api-fact.ts";
