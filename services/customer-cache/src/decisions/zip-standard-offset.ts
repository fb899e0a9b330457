/**
 * Standard-time UTC offsets of US zip codes by their first three digits: `[first, last, hours]`.
 * The original read the offset from a zip database (pyzipcode), which also ignored daylight
 * saving time. By prefix, a few border areas (western Kansas, eastern Oregon…) are approximate.
 */
const ZIP_PREFIX_OFFSETS: readonly (readonly [number, number, number])[] = [
  [5, 5, -5],
  [6, 9, -4], // Puerto Rico, Virgin Islands
  [10, 323, -5],
  [324, 325, -6], // Florida panhandle
  [326, 349, -5],
  [350, 372, -6], // Alabama, middle Tennessee
  [373, 374, -5], // Chattanooga
  [375, 375, -6],
  [376, 379, -5], // east Tennessee
  [380, 397, -6], // west Tennessee, Mississippi
  [398, 419, -5], // Georgia, Kentucky
  [420, 424, -6], // west Kentucky
  [425, 462, -5], // Kentucky, Ohio, Indiana
  [463, 464, -6], // northwest Indiana
  [465, 475, -5],
  [476, 477, -6], // Evansville
  [478, 499, -5], // Indiana, Michigan
  [500, 576, -6], // Iowa, Wisconsin, Minnesota, South Dakota
  [577, 577, -7], // Rapid City
  [580, 588, -6], // North Dakota
  [590, 599, -7], // Montana
  [600, 689, -6], // Illinois, Missouri, Kansas, Nebraska
  [690, 693, -7], // western Nebraska
  [700, 797, -6], // Louisiana, Arkansas, Oklahoma, Texas
  [798, 834, -7], // El Paso, Colorado, Wyoming, southern Idaho
  [835, 838, -8], // northern Idaho
  [840, 885, -7], // Utah, Arizona, New Mexico, El Paso
  [889, 961, -8], // Nevada, California
  [967, 968, -10], // Hawaii
  [969, 969, 10], // Guam
  [970, 994, -8], // Oregon, Washington
  [995, 999, -9], // Alaska
];

/** The standard UTC offset of a 5-digit US zip code, or null when it is not one we know. */
export function zipStandardOffset(zip: string): number | null {
  if (!/^\d{5}$/.test(zip)) return null;
  const prefix = Number(zip.slice(0, 3));
  const range = ZIP_PREFIX_OFFSETS.find(([first, last]) => prefix >= first && prefix <= last);
  return range === undefined ? null : range[2];
}
