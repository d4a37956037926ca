/**
 * Discord RPC error and close codes: a number, a name and what to do. The close codes
 * link to the WebSocket close code or range each one is (websocket-discord.ts).
 */
import { z } from 'astro/zod';
import { meta as closeMeta, rpcCloseCodes } from '../../content/discord/rpc-close-codes.ts';
import { meta as errorMeta, rpcErrorCodes } from '../../content/discord/rpc-error-codes.ts';
import type { DiscordRpcCodeEntry, TableMeta } from '../schema/entries.ts';
import { discordDocs, userdoccers } from './discord-availability.ts';
import { defineTable, type PasteDefinition } from './types.ts';
import { webSocketLinksFor } from './websocket-discord.ts';

const rpcTable = (
  id: 'discord/rpc-error-codes' | 'discord/rpc-close-codes',
  meta: TableMeta,
  entries: readonly DiscordRpcCodeEntry[],
  codeRange: { min: number; max: number },
  paste: PasteDefinition,
) =>
  defineTable({
    id,
    file: `content/${id}.ts`,
    meta,
    entries,
    anchorStyle: 'code',
    codeRange,
    // Codes missing from Discord's RPC tables are known from the community's RPC page.
    provenance: (entry) => (entry.source === 'community' ? userdoccers : discordDocs),
    facts: webSocketLinksFor(id).facts,
    // Only approved apps talking to the desktop client see these.
    search: { tier: () => 'secondary' },
    paste,
    export: { schema: z.object({}), facts: () => ({}) },
    // No facts to compare: the glance table is an index of codes and names.
    glance: { columns: [] },
    parts: webSocketLinksFor(id).parts,
  });

// RPC errors arrive as `{"code": 4000, "message": …}`; close codes close the RPC WebSocket.
export const rpcErrorCodesTable = rpcTable(
  'discord/rpc-error-codes',
  errorMeta,
  rpcErrorCodes,
  { min: 1000, max: 5999 },
  { contexts: ['json-error-body'], tier: 'secondary' },
);
// 1000, 1003 and 1006 are WebSocket's own close codes (RFC 6455), which the RPC server uses too.
export const rpcCloseCodesTable = rpcTable(
  'discord/rpc-close-codes',
  closeMeta,
  rpcCloseCodes,
  { min: 1000, max: 4999 },
  { contexts: ['close-code'], tier: 'secondary' },
);
