/**
 * Discord RPC error codes as discord-api-types names them: the `RPCErrorCodes` enum of
 * `discord-api-types/v10` (also exported by `discord-api-types/rpc/v10`). Its `@unstable` members
 * name codes Discord does not document; those whose number matches the community documentation
 * (1001, 1002, 4011, 4012, 5005, 5006) are here. The others are numbered differently from the
 * community documentation (the package leaves out the lobby codes 4013, 4014 and 5007, so
 * `InvalidEntitlement` is 4013 instead of 4015, and so on): they are not recorded, and the
 * entries concerned say so.
 * Read from the package; the tests compare every member with the installed version.
 * @see https://github.com/discordjs/discord-api-types/blob/0.38.57/rpc/common.ts
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const discordApiTypesRpcErrorCodes = {
  library: {
    id: 'discord-api-types',
    language: 'TypeScript',
    name: 'discord-api-types',
    version: '0.38.57',
    source: {
      label: 'discord-api-types 0.38.57, rpc/common.ts',
      url: 'https://github.com/discordjs/discord-api-types/blob/0.38.57/rpc/common.ts',
    },
  },
  table: 'discord/rpc-error-codes',
  coverage: 'partial',
  identifiers: [
    { code: 1_000, identifier: 'RPCErrorCodes.UnknownError' },
    { code: 1_001, identifier: 'RPCErrorCodes.ServiceUnavailable' },
    { code: 1_002, identifier: 'RPCErrorCodes.TransactionAborted' },
    { code: 4_000, identifier: 'RPCErrorCodes.InvalidPayload' },
    { code: 4_002, identifier: 'RPCErrorCodes.InvalidCommand' },
    { code: 4_003, identifier: 'RPCErrorCodes.InvalidGuild' },
    { code: 4_004, identifier: 'RPCErrorCodes.InvalidEvent' },
    { code: 4_005, identifier: 'RPCErrorCodes.InvalidChannel' },
    { code: 4_006, identifier: 'RPCErrorCodes.InvalidPermissions' },
    { code: 4_007, identifier: 'RPCErrorCodes.InvalidClientId' },
    { code: 4_008, identifier: 'RPCErrorCodes.InvalidOrigin' },
    { code: 4_009, identifier: 'RPCErrorCodes.InvalidToken' },
    { code: 4_010, identifier: 'RPCErrorCodes.InvalidUser' },
    { code: 4_011, identifier: 'RPCErrorCodes.InvalidInvite' },
    { code: 4_012, identifier: 'RPCErrorCodes.InvalidActivityJoinRequest' },
    { code: 5_000, identifier: 'RPCErrorCodes.OAuth2Error' },
    { code: 5_001, identifier: 'RPCErrorCodes.SelectChannelTimedOut' },
    { code: 5_002, identifier: 'RPCErrorCodes.GetGuildTimedOut' },
    { code: 5_003, identifier: 'RPCErrorCodes.SelectVoiceForceRequired' },
    { code: 5_004, identifier: 'RPCErrorCodes.CaptureShortcutAlreadyListening' },
    { code: 5_005, identifier: 'RPCErrorCodes.InvalidActivitySecret' },
    { code: 5_006, identifier: 'RPCErrorCodes.NoEligibleActivity' },
  ],
} as const satisfies LibraryIdentifiers;
