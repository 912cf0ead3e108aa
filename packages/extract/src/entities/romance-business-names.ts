/**
 * Spanish, Portuguese, Italian and French firms put their trade or form first ("Banco Austral", "Grupo Fertinal del
 * Sur", "Farmacias del Valle", "Companhia Siderúrgica", "Gruppo Tessile"), where English names end with it. English
 * text quotes such names untranslated, so the opening word is a cue no list of names needs.
 */

/** Opening words of firms' names: trades, forms and kinds of business, in the languages' own spelling. */
const LEADING_TRADES = new Set([
  // Spanish
  'banco', 'grupo', 'compañía', 'compania', 'corporación', 'corporacion', 'empresas', 'industrias', 'inversiones', 'almacenes',
  'tiendas', 'farmacias', 'supermercados', 'laboratorios', 'constructora', 'cementos', 'seguros', 'aseguradora', 'transportes',
  'aerolíneas', 'aerolineas', 'minera', 'petróleos', 'petroleos', 'distribuidora', 'financiera', 'cervecería', 'cerveceria',
  'bodegas', 'viña', 'hoteles', 'bufete', 'gasoductos', 'oleoductos', 'ferrocarriles', 'astilleros', 'agrícola', 'agricola',
  'inmobiliaria', 'embotelladora', 'textiles', 'comercializadora', 'naviera', 'pesquera', 'siderúrgica', 'siderurgica',
  'energía', 'energías', 'energia', 'energias',
  // Portuguese
  'companhia', 'construtora', 'lojas', 'indústrias', 'farmácias', 'cervejaria', 'mineração', 'mineracao', 'siderúrgica',
  // Italian
  'gruppo', 'banca', 'cantina', 'cantine', 'acciaierie', 'assicurazioni', 'officine', 'costruzioni',
  // French ("groupe" names bands and art collectives as often as firms: "un groupe de rock")
  'banque', 'société', 'societe', 'compagnie', 'laboratoires', 'établissements', 'etablissements',
]);

/** Words that make a bank or a group public or a body of states ("Banco Central", "Banco Mundial", "Grupo de Lima"). */
const PUBLIC_WORDS = new Set(['central', 'mundial', 'interamericano', 'interamericana', 'centroamericano', 'latinoamericano',
  'desarrollo', 'desenvolvimento', 'sviluppo', 'développement', 'developpement', 'europeo', 'europea', 'européenne', 'europeenne',
  'mondiale', 'reserva', 'trabajo', 'estado', 'nación', 'nacion']);

/** "Grupo de Lima", "Gruppo di lavoro": a group "of" something is a body of states or people as often as a firm. */
const GROUP_WORDS = new Set(['grupo', 'gruppo']);
const OF_WORDS = new Set(['de', 'di', 'du', 'des', 'dei', 'degli']);

/** A name of two or more words that opens with a Romance trade word and is not a public body's. */
export function romanceBusinessName(words: readonly string[]): boolean {
  if (words.length < 2 || !LEADING_TRADES.has(words[0]!)) return false;
  if (words.some((w) => PUBLIC_WORDS.has(w))) return false;
  return !(GROUP_WORDS.has(words[0]!) && OF_WORDS.has(words[1]!));
}
