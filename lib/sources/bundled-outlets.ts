// The outlet profiles that ship with the extension (seeds/outlets.json), validated once on first use.
import outletsJson from '../../seeds/outlets.json';
import type { OutletProfile } from '../types';
import { loadOutlets } from './outlets';

let cached: OutletProfile[] | null = null;

/** The bundled profiles; validation errors surface at the first call, naming outlet and field. */
export function bundledOutlets(): OutletProfile[] {
  cached ??= loadOutlets(outletsJson as unknown);
  return cached;
}
