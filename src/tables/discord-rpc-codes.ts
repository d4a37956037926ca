/** Discord RPC error and close codes: a number, a name and what to do. */
import { meta as closeMeta, rpcCloseCodes } from '../../content/discord/rpc-close-codes.ts';
import { meta as errorMeta, rpcErrorCodes } from '../../content/discord/rpc-error-codes.ts';
import type { DiscordRpcCodeEntry } from '../schema/entries.ts';
import { defineTable } from './types.ts';

export const rpcErrorCodesTable = defineTable<DiscordRpcCodeEntry>({
  id: 'discord/rpc-error-codes',
  section: 'discord',
  file: 'content/discord/rpc-error-codes.ts',
  meta: errorMeta,
  entries: rpcErrorCodes,
  anchorStyle: 'code',
  codeRange: { min: 1000, max: 5999 },
  facts: () => [],
  exportFacts: () => ({}),
  // Only approved apps talking to the desktop client see these.
  searchTier: () => 'secondary',
});

export const rpcCloseCodesTable = defineTable<DiscordRpcCodeEntry>({
  id: 'discord/rpc-close-codes',
  section: 'discord',
  file: 'content/discord/rpc-close-codes.ts',
  meta: closeMeta,
  entries: rpcCloseCodes,
  anchorStyle: 'code',
  codeRange: { min: 4000, max: 4999 },
  facts: () => [],
  exportFacts: () => ({}),
  // Only approved apps talking to the desktop client see these.
  searchTier: () => 'secondary',
});
