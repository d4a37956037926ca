/**
 * Discord Voice opcodes as discord-api-types names them: the `VoiceOpcodes` enum of
 * `discord-api-types/voice/v8` (voice gateway version 8, the version the Voice opcodes table
 * documents). Opcode 11 is the current Clients Connect, not the removed Reset that shares its number.
 * Read from the package; the tests compare every member with the installed version.
 * @see https://github.com/discordjs/discord-api-types/blob/0.38.57/voice/v8.ts
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const discordApiTypesVoiceOpcodes = {
  library: {
    id: 'discord-api-types',
    language: 'TypeScript',
    name: 'discord-api-types',
    version: '0.38.57',
    source: {
      label: 'discord-api-types 0.38.57, voice/v8.ts',
      url: 'https://github.com/discordjs/discord-api-types/blob/0.38.57/voice/v8.ts',
    },
  },
  table: 'discord/voice-opcodes',
  coverage: 'partial',
  identifiers: [
    { code: 0, identifier: 'VoiceOpcodes.Identify' },
    { code: 1, identifier: 'VoiceOpcodes.SelectProtocol' },
    { code: 2, identifier: 'VoiceOpcodes.Ready' },
    { code: 3, identifier: 'VoiceOpcodes.Heartbeat' },
    { code: 4, identifier: 'VoiceOpcodes.SessionDescription' },
    { code: 5, identifier: 'VoiceOpcodes.Speaking' },
    { code: 6, identifier: 'VoiceOpcodes.HeartbeatAck' },
    { code: 7, identifier: 'VoiceOpcodes.Resume' },
    { code: 8, identifier: 'VoiceOpcodes.Hello' },
    { code: 9, identifier: 'VoiceOpcodes.Resumed' },
    { code: 11, identifier: 'VoiceOpcodes.ClientsConnect', entryName: 'Clients Connect' },
    { code: 13, identifier: 'VoiceOpcodes.ClientDisconnect' },
    { code: 21, identifier: 'VoiceOpcodes.DavePrepareTransition' },
    { code: 22, identifier: 'VoiceOpcodes.DaveExecuteTransition' },
    { code: 23, identifier: 'VoiceOpcodes.DaveTransitionReady' },
    { code: 24, identifier: 'VoiceOpcodes.DavePrepareEpoch' },
    { code: 25, identifier: 'VoiceOpcodes.DaveMlsExternalSender' },
    { code: 26, identifier: 'VoiceOpcodes.DaveMlsKeyPackage' },
    { code: 27, identifier: 'VoiceOpcodes.DaveMlsProposals' },
    { code: 28, identifier: 'VoiceOpcodes.DaveMlsCommitWelcome' },
    { code: 29, identifier: 'VoiceOpcodes.DaveMlsAnnounceCommitTransition' },
    { code: 30, identifier: 'VoiceOpcodes.DaveMlsWelcome' },
    { code: 31, identifier: 'VoiceOpcodes.DaveMlsInvalidCommitWelcome' },
  ],
} as const satisfies LibraryIdentifiers;
