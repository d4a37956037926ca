/**
 * Discord RPC close codes as discord-api-types names them: the `RPCCloseEventCodes` enum of
 * `discord-api-types/v10` (also exported by `discord-api-types/rpc/v10`), including its
 * `@unstable` members for the standard WebSocket codes 1000, 1003 and 1006, which the community
 * documentation lists as RPC close codes.
 * Read from the package; the tests compare every member with the installed version.
 * @see https://github.com/discordjs/discord-api-types/blob/0.38.57/rpc/common.ts
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const discordApiTypesRpcCloseCodes = {
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
  table: 'discord/rpc-close-codes',
  coverage: 'partial',
  identifiers: [
    { code: 1_000, identifier: 'RPCCloseEventCodes.CloseNormal' },
    { code: 1_003, identifier: 'RPCCloseEventCodes.CloseUnsupported' },
    { code: 1_006, identifier: 'RPCCloseEventCodes.CloseAbnormal' },
    { code: 4_000, identifier: 'RPCCloseEventCodes.InvalidClientId' },
    { code: 4_001, identifier: 'RPCCloseEventCodes.InvalidOrigin' },
    { code: 4_002, identifier: 'RPCCloseEventCodes.RateLimited' },
    { code: 4_003, identifier: 'RPCCloseEventCodes.TokenRevoked' },
    { code: 4_004, identifier: 'RPCCloseEventCodes.InvalidVersion' },
    { code: 4_005, identifier: 'RPCCloseEventCodes.InvalidEncoding' },
  ],
} as const satisfies LibraryIdentifiers;
