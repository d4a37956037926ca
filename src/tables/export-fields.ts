/**
 * Export fields that mean the same thing in several tables, so that they have one
 * shape everywhere (a tool comparing retry advice across tables reads one field).
 */
import { z } from 'astro/zod';

export const retryableSchema = z
  .enum(['yes', 'conditional', 'no'])
  .describe(
    'Whether repeating the request can succeed: yes (transient: retry with backoff or after the time given), ' +
      'conditional (only after something changes, or only for idempotent requests), no.',
  );
