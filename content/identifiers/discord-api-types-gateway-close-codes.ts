/**
 * Discord Gateway close codes as discord-api-types names them: the `GatewayCloseCodes` enum of
 * `discord-api-types/v10`. It has no member for 4006, 4015 or 4016.
 * Read from the package; the tests compare every member with the installed version.
 * @see https://github.com/discordjs/discord-api-types/blob/0.38.57/gateway/v10.ts
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const discordApiTypesGatewayCloseCodes = {
  library: {
    id: 'discord-api-types',
    language: 'TypeScript',
    name: 'discord-api-types',
    version: '0.38.57',
    source: {
      label: 'discord-api-types 0.38.57, gateway/v10.ts',
      url: 'https://github.com/discordjs/discord-api-types/blob/0.38.57/gateway/v10.ts',
    },
  },
  table: 'discord/gateway-close-codes',
  coverage: 'partial',
  identifiers: [
    { code: 4_000, identifier: 'GatewayCloseCodes.UnknownError' },
    { code: 4_001, identifier: 'GatewayCloseCodes.UnknownOpcode' },
    { code: 4_002, identifier: 'GatewayCloseCodes.DecodeError' },
    { code: 4_003, identifier: 'GatewayCloseCodes.NotAuthenticated' },
    { code: 4_004, identifier: 'GatewayCloseCodes.AuthenticationFailed' },
    { code: 4_005, identifier: 'GatewayCloseCodes.AlreadyAuthenticated' },
    { code: 4_007, identifier: 'GatewayCloseCodes.InvalidSeq' },
    { code: 4_008, identifier: 'GatewayCloseCodes.RateLimited' },
    { code: 4_009, identifier: 'GatewayCloseCodes.SessionTimedOut' },
    { code: 4_010, identifier: 'GatewayCloseCodes.InvalidShard' },
    { code: 4_011, identifier: 'GatewayCloseCodes.ShardingRequired' },
    { code: 4_012, identifier: 'GatewayCloseCodes.InvalidAPIVersion' },
    { code: 4_013, identifier: 'GatewayCloseCodes.InvalidIntents' },
    { code: 4_014, identifier: 'GatewayCloseCodes.DisallowedIntents' },
  ],
} as const satisfies LibraryIdentifiers;
