/**
 * Names the other lists hold as companies without a cue, whose other sense is at least as common in
 * general news: places ("Bethesda", "Berkshire", "Iberia"), people ("Oppenheimer", "Lawson", "Wanda"),
 * weather and animals ("Blizzard", "Greyhound"), science ("Proton", "Iridium") and words ("Tenet",
 * "Mosaic", "Freeport"). They stay companies, but only where the text gives a cue of its own.
 */
export const NAMES: readonly string[] = [];

export const AMBIGUOUS: readonly string[] = [
  'Blizzard', 'Supercell', 'Greyhound', 'Iberia', 'Scania', 'Randstad', 'Berkshire', 'Bridgewater', 'Bethesda', 'Gilead',
  'Oppenheimer', 'Vinci', 'Kawasaki', 'Antofagasta', 'Woodside', 'Lordstown', 'Corning', 'Wanda', 'Rafael', 'Lawson', 'Meredith',
  'Sinclair', 'Pearson', 'Cummins', 'Forrester', 'Tenet', 'Proton', 'Iridium', 'Olympus', 'Tapestry', 'Mosaic', 'Cadence',
  'Flutter', 'Freeport', 'Lupin', 'Wickes', 'Linde', 'Eastman', 'Stryker', 'Hearst', 'Chubb', 'Lazard', 'Cowen', 'Nielsen', 'Lotte',
  'Didi', 'Miro', 'Asana', 'Continental', 'Vale', 'Nikola', 'Mercedes', 'Ferrari', 'Kellogg', 'Dell', 'Canon', 'Emirates', 'Plaid',
];
