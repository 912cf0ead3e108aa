import nlp from 'compromise';
import { WELL_KNOWN_COMPANIES, AMBIGUOUS_NAMES } from '../src/entities/well-known-companies.ts';
import { MORE_COMPANIES, MORE_AMBIGUOUS } from '../src/entities/well-known/index.ts';
import { KNOWN_COMPANY_NAMES } from '../src/entities/known-companies.ts';
const amb = new Set([...AMBIGUOUS_NAMES, ...MORE_AMBIGUOUS.map((n) => n.toLowerCase())]);
const names = [...new Set([...WELL_KNOWN_COMPANIES, ...MORE_COMPANIES, ...KNOWN_COMPANY_NAMES])].filter((n) => /^[A-Z][a-z]+$/.test(n) && !amb.has(n.toLowerCase()));
const out: string[] = [];
for (const n of names) {
  const l = n.toLowerCase();
  const t = nlp(l).terms().json()[0]?.terms?.[0]?.tags ?? [];
  const tc = nlp(n).terms().json()[0]?.terms?.[0]?.tags ?? [];
  const word = t.some((x: string) => ['Noun', 'Adjective', 'Verb', 'Adverb'].includes(x)) && !t.includes('ProperNoun');
  const person = tc.some((x: string) => ['FirstName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region'].includes(x));
  if (word || person) out.push(`${n}:${word ? 'W' : ''}${person ? 'P' : ''}`);
}
console.log(out.length, names.length); console.log(out.join(' '));
