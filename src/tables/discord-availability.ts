/**
 * Discord's bot API against the official client's undocumented surface: the same
 * rule for search rank and provenance in every Discord table that has `availability`.
 */
import type { Availability } from '../schema/entries.ts';
import type { Provenance, SearchTier } from './types.ts';

export const discordDocs: Provenance = { kind: 'official', source: 'Discord Developer Docs' };
export const userdoccers: Provenance = { kind: 'community', source: 'Discord Userdoccers' };

/** Undocumented, client-only Discord codes rank below the documented bot API in search. */
export function tierByAvailability(entry: { readonly availability: Availability }): SearchTier {
  return entry.availability === 'client-only' ? 'secondary' : 'primary';
}

/** Client-only codes are known from the community's user-API documentation. */
export function provenanceByAvailability(entry: { readonly availability: Availability }): Provenance {
  return entry.availability === 'client-only' ? userdoccers : discordDocs;
}
