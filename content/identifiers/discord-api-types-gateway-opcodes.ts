/**
 * Discord Gateway opcodes as discord-api-types names them: the `GatewayOpcodes` enum of
 * `discord-api-types/v10`. It names the bot-API opcodes only; the client-only ones have no member.
 * Read from the package; the tests compare every member with the installed version.
 * @see https://github.com/discordjs/discord-api-types/blob/0.38.57/gateway/v10.ts
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const discordApiTypesGatewayOpcodes = {
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
  table: 'discord/gateway-opcodes',
  coverage: 'partial',
  identifiers: [
    { code: 0, identifier: 'GatewayOpcodes.Dispatch' },
    { code: 1, identifier: 'GatewayOpcodes.Heartbeat' },
    { code: 2, identifier: 'GatewayOpcodes.Identify' },
    { code: 3, identifier: 'GatewayOpcodes.PresenceUpdate' },
    { code: 4, identifier: 'GatewayOpcodes.VoiceStateUpdate' },
    { code: 6, identifier: 'GatewayOpcodes.Resume' },
    { code: 7, identifier: 'GatewayOpcodes.Reconnect' },
    { code: 8, identifier: 'GatewayOpcodes.RequestGuildMembers' },
    { code: 9, identifier: 'GatewayOpcodes.InvalidSession' },
    { code: 10, identifier: 'GatewayOpcodes.Hello' },
    { code: 11, identifier: 'GatewayOpcodes.HeartbeatAck' },
    { code: 31, identifier: 'GatewayOpcodes.RequestSoundboardSounds' },
    { code: 43, identifier: 'GatewayOpcodes.RequestChannelInfo' },
  ],
} as const satisfies LibraryIdentifiers;
