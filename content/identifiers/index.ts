/**
 * Every library identifier file, one per library and table. A file that is not listed here is
 * not published: a test checks that each file in this folder is listed.
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';
import { discordApiTypesGatewayCloseCodes } from './discord-api-types-gateway-close-codes.ts';
import { discordApiTypesGatewayOpcodes } from './discord-api-types-gateway-opcodes.ts';
import { discordApiTypesJsonErrorCodes } from './discord-api-types-json-error-codes.ts';
import { discordApiTypesRpcCloseCodes } from './discord-api-types-rpc-close-codes.ts';
import { discordApiTypesRpcErrorCodes } from './discord-api-types-rpc-error-codes.ts';
import { discordApiTypesVoiceCloseCodes } from './discord-api-types-voice-close-codes.ts';
import { discordApiTypesVoiceOpcodes } from './discord-api-types-voice-opcodes.ts';
import { discordNetJsonErrorCodes } from './discord-net-json-error-codes.ts';
import { discordgoJsonErrorCodes } from './discordgo-json-error-codes.ts';
import { jdaJsonErrorCodes } from './jda-json-error-codes.ts';

export const libraryIdentifiers = [
  // ─── Discord ──────────────────────────────────────────────────────────────
  // discord-api-types for every table it has an enum for; for JSON error codes, also the
  // libraries that enumerate them (discordgo, JDA, Discord.Net).
  discordApiTypesGatewayOpcodes,
  discordApiTypesGatewayCloseCodes,
  discordApiTypesVoiceOpcodes,
  discordApiTypesVoiceCloseCodes,
  discordApiTypesJsonErrorCodes,
  discordgoJsonErrorCodes,
  jdaJsonErrorCodes,
  discordNetJsonErrorCodes,
  discordApiTypesRpcErrorCodes,
  discordApiTypesRpcCloseCodes,
  // ─── End of Discord ───────────────────────────────────────────────────────
] as const satisfies readonly LibraryIdentifiers[];
