/**
 * Discord Voice close codes as discord-api-types names them: the `VoiceCloseCodes` enum of
 * `discord-api-types/voice/v8`. It has no member for 4013.
 * Read from the package; the tests compare every member with the installed version.
 * @see https://github.com/discordjs/discord-api-types/blob/0.38.57/voice/v8.ts
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const discordApiTypesVoiceCloseCodes = {
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
  table: 'discord/voice-close-codes',
  coverage: 'partial',
  identifiers: [
    { code: 4_001, identifier: 'VoiceCloseCodes.UnknownOpcode' },
    { code: 4_002, identifier: 'VoiceCloseCodes.FailedToDecode' },
    { code: 4_003, identifier: 'VoiceCloseCodes.NotAuthenticated' },
    { code: 4_004, identifier: 'VoiceCloseCodes.AuthenticationFailed' },
    { code: 4_005, identifier: 'VoiceCloseCodes.AlreadyAuthenticated' },
    { code: 4_006, identifier: 'VoiceCloseCodes.SessionNoLongerValid' },
    { code: 4_009, identifier: 'VoiceCloseCodes.SessionTimeout' },
    { code: 4_011, identifier: 'VoiceCloseCodes.ServerNotFound' },
    { code: 4_012, identifier: 'VoiceCloseCodes.UnknownProtocol' },
    { code: 4_014, identifier: 'VoiceCloseCodes.Disconnected' },
    { code: 4_015, identifier: 'VoiceCloseCodes.VoiceServerCrashed' },
    { code: 4_016, identifier: 'VoiceCloseCodes.UnknownEncryptionMode' },
    { code: 4_017, identifier: 'VoiceCloseCodes.EndToEndEncryptionDAVEProtocolRequired' },
    { code: 4_020, identifier: 'VoiceCloseCodes.BadRequest' },
    { code: 4_021, identifier: 'VoiceCloseCodes.RateLimited' },
    { code: 4_022, identifier: 'VoiceCloseCodes.CallTerminated' },
  ],
} as const satisfies LibraryIdentifiers;
