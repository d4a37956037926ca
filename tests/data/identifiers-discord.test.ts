/**
 * The identifiers that name Discord's codes in libraries, checked against the libraries
 * themselves: discord-api-types as installed from npm, and discordgo, JDA and Discord.Net
 * against the declarations recorded from their source files (tests/fixtures/identifiers/).
 */
import { readdirSync } from 'node:fs';
import {
  GatewayCloseCodes,
  GatewayOpcodes,
  RESTJSONErrorCodes,
  RPCCloseEventCodes,
  RPCErrorCodes,
} from 'discord-api-types/v10';
import { VoiceCloseCodes, VoiceOpcodes } from 'discord-api-types/voice/v8';
import { getSite } from '../../src/tables/registry.ts';
import { describe, expect, it } from 'vitest';
import { jsonErrorCodes } from '../../content/discord/json-error-codes/index.ts';
import { discordApiTypesGatewayCloseCodes } from '../../content/identifiers/discord-api-types-gateway-close-codes.ts';
import { discordApiTypesGatewayOpcodes } from '../../content/identifiers/discord-api-types-gateway-opcodes.ts';
import { discordApiTypesJsonErrorCodes } from '../../content/identifiers/discord-api-types-json-error-codes.ts';
import { discordApiTypesRpcCloseCodes } from '../../content/identifiers/discord-api-types-rpc-close-codes.ts';
import { discordApiTypesRpcErrorCodes } from '../../content/identifiers/discord-api-types-rpc-error-codes.ts';
import { discordApiTypesVoiceCloseCodes } from '../../content/identifiers/discord-api-types-voice-close-codes.ts';
import { discordApiTypesVoiceOpcodes } from '../../content/identifiers/discord-api-types-voice-opcodes.ts';
import { discordNetJsonErrorCodes } from '../../content/identifiers/discord-net-json-error-codes.ts';
import { discordgoJsonErrorCodes } from '../../content/identifiers/discordgo-json-error-codes.ts';
import { libraryIdentifiers } from '../../content/identifiers/index.ts';
import { jdaJsonErrorCodes } from '../../content/identifiers/jda-json-error-codes.ts';
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';
import { tables } from '../../src/tables/registry.ts';
import {
  enumMemberTags,
  enumMembers,
  installedDiscordApiTypesVersion,
  readRecordedSource,
  type Declaration,
  type RecordedSource,
} from '../support/library-sources.ts';

const discordFiles: readonly LibraryIdentifiers[] = libraryIdentifiers.filter((f) =>
  f.table.startsWith('discord/'),
);

function tableEntries(tableId: string) {
  const table = tables.find((t) => t.id === tableId);
  if (!table) throw new Error(`no table ${tableId}`);
  return table.entries;
}

/** Every name the file records, bare (without the qualifier), with its code, sorted. */
function recordedDeclarations(file: LibraryIdentifiers, qualifier: string): Declaration[] {
  return file.identifiers
    .flatMap((i) => [i.identifier, ...(i.also ?? [])].map((id) => [id, i.code] as const))
    .map(([id, code]) => {
      expect(id.startsWith(qualifier), `${id} is written as ${qualifier}…`).toBe(true);
      return [id.slice(qualifier.length), code] as const;
    })
    .sort(byName);
}

const byName = (a: Declaration, b: Declaration) => a[0].localeCompare(b[0]) || a[1] - b[1];

/** The declarations of `wanted` that `list` lacks (same name and code), as `Name = code`. */
function missingFrom(list: readonly Declaration[], wanted: readonly Declaration[]): string[] {
  const have = new Set(list.map(([name, code]) => `${name} = ${code}`));
  return wanted.map(([name, code]) => `${name} = ${code}`).filter((d) => !have.has(d));
}

// ─── discord-api-types ───────────────────────────────────────────────────────

/**
 * Members of the installed enums that name codes our tables do not have, with the reason.
 * Each one must still be a member with that code and carry the tag the reason relies on.
 */
const membersNotInOurTables: Record<
  string,
  { readonly members: readonly string[]; readonly tag: string; readonly reason: string }
> = {};

/**
 * Members whose number disagrees with the community documentation of Discord's RPC server
 * (docs.discord.food, "RPC Errors"): the package leaves out the lobby codes 4013, 4014 and 5007,
 * so the members after them are shifted. Each maps to the code the community gives that name;
 * they are not recorded as identifiers, and the entry at that code says why.
 */
const misnumberedMembers: Record<string, Readonly<Record<string, number>>> = {
  RPCErrorCodes: {
    InvalidEntitlement: 4015,
    InvalidGiftCode: 4016,
    PurchaseCanceled: 5008,
    PurchaseError: 5009,
    UnauthorizedForAchievement: 5010,
    RateLimited: 5011,
  },
};

const discordApiTypesCases: readonly {
  readonly enumName: string;
  readonly members: readonly Declaration[];
  /** The package's declaration file for the enum, read for `@deprecated` and `@unstable`. */
  readonly declarationFile: string;
  readonly file: LibraryIdentifiers;
}[] = [
  {
    enumName: 'GatewayOpcodes',
    members: enumMembers(GatewayOpcodes),
    declarationFile: 'gateway/v10.d.ts',
    file: discordApiTypesGatewayOpcodes,
  },
  {
    enumName: 'GatewayCloseCodes',
    members: enumMembers(GatewayCloseCodes),
    declarationFile: 'gateway/v10.d.ts',
    file: discordApiTypesGatewayCloseCodes,
  },
  {
    enumName: 'VoiceOpcodes',
    members: enumMembers(VoiceOpcodes),
    declarationFile: 'voice/v8.d.ts',
    file: discordApiTypesVoiceOpcodes,
  },
  {
    enumName: 'VoiceCloseCodes',
    members: enumMembers(VoiceCloseCodes),
    declarationFile: 'voice/v8.d.ts',
    file: discordApiTypesVoiceCloseCodes,
  },
  {
    enumName: 'RESTJSONErrorCodes',
    members: enumMembers(RESTJSONErrorCodes),
    declarationFile: 'rest/common.d.ts',
    file: discordApiTypesJsonErrorCodes,
  },
  {
    enumName: 'RPCErrorCodes',
    members: enumMembers(RPCErrorCodes),
    declarationFile: 'rpc/common.d.ts',
    file: discordApiTypesRpcErrorCodes,
  },
  {
    enumName: 'RPCCloseEventCodes',
    members: enumMembers(RPCCloseEventCodes),
    declarationFile: 'rpc/common.d.ts',
    file: discordApiTypesRpcCloseCodes,
  },
];

describe('discord-api-types identifiers match the installed package', () => {
  it('every file records the installed version and cites its source at that version', () => {
    for (const { file } of discordApiTypesCases) {
      expect(file.library.version, file.table).toBe(installedDiscordApiTypesVersion);
      expect(file.library.source.url, file.table).toContain(
        `github.com/discordjs/discord-api-types/blob/${installedDiscordApiTypesVersion}/`,
      );
    }
  });

  it('there is one file per enum, and each is listed', () => {
    expect(discordFiles.filter((f) => f.library.id === 'discord-api-types')).toEqual(
      discordApiTypesCases.map((c) => c.file),
    );
  });

  describe.each(discordApiTypesCases)('$enumName', ({ enumName, members, declarationFile, file }) => {
    const codesInTable = new Set(tableEntries(file.table).map((e) => e.code));
    const tags = enumMemberTags(declarationFile, enumName);
    const exceptions = membersNotInOurTables[enumName] ?? { members: [], tag: '', reason: '' };
    const misnumbered = misnumberedMembers[enumName] ?? {};
    const considered = members.filter(([name]) => !(name in misnumbered));

    it('every recorded identifier is a member of the installed enum with that code', () => {
      expect(missingFrom(members, recordedDeclarations(file, `${enumName}.`))).toEqual([]);
    });

    it('every member whose code is in the table is recorded (a package upgrade that adds one fails here)', () => {
      const inTable = considered.filter(([, code]) => codesInTable.has(code));
      expect(missingFrom(recordedDeclarations(file, `${enumName}.`), inTable)).toEqual([]);
    });

    it('members marked @deprecated are listed under `also`, never as the identifier', () => {
      for (const i of file.identifiers) {
        expect(
          tags.get(i.identifier.slice(enumName.length + 1))?.has('deprecated') ?? false,
          i.identifier,
        ).toBe(false);
        for (const old of i.also ?? [])
          expect(tags.get(old.slice(enumName.length + 1))?.has('deprecated'), old).toBe(true);
      }
    });

    it(`the members naming codes the table lacks are the known exceptions${exceptions.reason ? `: ${exceptions.reason}` : ' (none)'}`, () => {
      const outside = considered.filter(([, code]) => !codesInTable.has(code)).map(([name]) => name);
      expect(outside.sort()).toEqual([...exceptions.members].sort());
      for (const name of exceptions.members)
        expect(tags.get(name)?.has(exceptions.tag), `${enumName}.${name} is @${exceptions.tag}`).toBe(true);
    });
  });

  it("RPCErrorCodes members numbered differently from the community's list are not recorded, and the entries say so", () => {
    for (const [name, communityCode] of Object.entries(misnumberedMembers['RPCErrorCodes']!)) {
      const packageCode = (RPCErrorCodes as unknown as Record<string, number>)[name];
      expect(packageCode, name).toBeDefined();
      expect(packageCode, name).not.toBe(communityCode);
      expect(discordApiTypesRpcErrorCodes.identifiers.some((i) => i.identifier.endsWith(`.${name}`))).toBe(
        false,
      );
      const entry = tableEntries('discord/rpc-error-codes').find((e) => e.code === communityCode)!;
      expect(entry.name.replaceAll('_', '').toLowerCase(), name).toBe(name.toLowerCase());
      const notes = (entry.notes ?? []).filter((n) => n.kind === 'disagreement');
      expect(
        notes.some((n) => [n.text.en].flat().join(' ').includes(`RPCErrorCodes.${name}`)),
        `${communityCode} ${entry.name}`,
      ).toBe(true);
    }
  });

  it('VoiceOpcodes.ClientsConnect names the current opcode 11, Clients Connect, not the removed Reset', () => {
    expect(VoiceOpcodes.ClientsConnect).toBe(11);
    expect(discordApiTypesVoiceOpcodes.identifiers.find((i) => i.code === 11)).toEqual({
      code: 11,
      identifier: 'VoiceOpcodes.ClientsConnect',
      entryName: 'Clients Connect',
    });
  });

  it('every identifier reaches its entry: the JSON error 10004 shows all four libraries', () => {
    const entry = jsonErrorCodes.find((e) => e.code === 10_004)!;
    const ids = getSite()
      .identifiers('discord/json-error-codes', entry)
      .map((i) => i.identifier);
    expect(ids).toEqual(
      expect.arrayContaining([
        'RESTJSONErrorCodes.UnknownGuild',
        'discordgo.ErrCodeUnknownGuild',
        'ErrorResponse.UNKNOWN_GUILD',
        'DiscordErrorCode.UnknownGuild',
      ]),
    );
  });
});

// ─── Libraries recorded from their source files ──────────────────────────────

const recordedCases: readonly {
  readonly name: string;
  readonly file: LibraryIdentifiers;
  readonly source: RecordedSource;
  readonly qualifier: string;
}[] = [
  {
    name: 'discordgo',
    file: discordgoJsonErrorCodes,
    source: readRecordedSource('discordgo.txt', 'go'),
    qualifier: 'discordgo.',
  },
  {
    name: 'JDA',
    file: jdaJsonErrorCodes,
    source: readRecordedSource('jda.txt', 'java'),
    qualifier: 'ErrorResponse.',
  },
  {
    name: 'Discord.Net',
    file: discordNetJsonErrorCodes,
    source: readRecordedSource('discord-net.txt', 'csharp'),
    qualifier: 'DiscordErrorCode.',
  },
];

describe.each(recordedCases)(
  '$name identifiers match its recorded source file',
  ({ file, source, qualifier }) => {
    it('the file cites the recorded source at the recorded tag, and records that version', () => {
      expect(file.library.source.url).toMatch(
        new RegExp(`^${source.repository}/blob/${source.tag}/${source.path}(#.*)?$`),
      );
      expect(source.tag.replace(/^v/, '')).toBe(file.library.version.replace(/^v/, ''));
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    });

    it('the excerpt has declarations, each name once', () => {
      expect(source.declarations.length).toBeGreaterThan(100);
      const names = source.declarations.map(([name]) => name);
      expect(new Set(names).size).toBe(names.length);
    });

    it('every declaration of the source is recorded, with its code', () => {
      expect(missingFrom(recordedDeclarations(file, qualifier), source.declarations)).toEqual([]);
    });

    it('every recorded identifier is declared in the source, with that code', () => {
      expect(missingFrom(source.declarations, recordedDeclarations(file, qualifier))).toEqual([]);
    });
  },
);

describe('what the libraries name differently from Discord', () => {
  const identifierFor = (file: LibraryIdentifiers, code: number) =>
    file.identifiers.find((i) => i.code === code)?.identifier;

  it("Discord.Net's MissingPermissions is 50001 (Missing access); the others give that name to 50013", () => {
    expect(identifierFor(discordNetJsonErrorCodes, 50_001)).toBe('DiscordErrorCode.MissingPermissions');
    expect(identifierFor(discordNetJsonErrorCodes, 50_013)).toBe('DiscordErrorCode.InsufficientPermissions');
    expect(identifierFor(discordApiTypesJsonErrorCodes, 50_013)).toBe(
      'RESTJSONErrorCodes.MissingPermissions',
    );
    expect(identifierFor(discordgoJsonErrorCodes, 50_013)).toBe('discordgo.ErrCodeMissingPermissions');
    expect(identifierFor(jdaJsonErrorCodes, 50_013)).toBe('ErrorResponse.MISSING_PERMISSIONS');
  });

  it("Discord.Net's MaximumNumberOfWebhooksReached is 30058 (per guild); discord-api-types and discordgo give that name to 30007", () => {
    expect(identifierFor(discordNetJsonErrorCodes, 30_058)).toBe(
      'DiscordErrorCode.MaximumNumberOfWebhooksReached',
    );
    expect(identifierFor(discordNetJsonErrorCodes, 30_007)).toBe('DiscordErrorCode.MaximumWebhooksReached');
    expect(identifierFor(discordApiTypesJsonErrorCodes, 30_007)).toBe(
      'RESTJSONErrorCodes.MaximumNumberOfWebhooksReached',
    );
    expect(identifierFor(discordgoJsonErrorCodes, 30_007)).toBe(
      'discordgo.ErrCodeMaximumNumberOfWebhooksReached',
    );
  });

  it("JDA's SERVER_ERROR carries code 0, Discord's General error, and is its fallback for unknown codes", () => {
    expect(identifierFor(jdaJsonErrorCodes, 0)).toBe('ErrorResponse.SERVER_ERROR');
    expect(tableEntries('discord/json-error-codes').find((e) => e.code === 0)?.name).toMatch(
      /^General error/,
    );
  });

  it('discordgo declares two constants for 50004, the guild widget (once called the guild embed)', () => {
    expect(discordgoJsonErrorCodes.identifiers.find((i) => i.code === 50_004)).toMatchObject({
      identifier: 'discordgo.ErrCodeGuildWidgetDisabled',
      also: ['discordgo.ErrCodeEmbedDisabled'],
    });
  });
});

// ─── Every Discord identifier file ───────────────────────────────────────────

describe('Discord identifier files', () => {
  it('every file in content/identifiers/ is listed in its index', async () => {
    const dir = new URL('../../content/identifiers/', import.meta.url);
    const listed = new Set<unknown>(libraryIdentifiers);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'index.ts')) {
      const exported = Object.values(await import(new URL(name, dir).href));
      expect(exported.length, name).toBeGreaterThan(0);
      for (const value of exported) expect(listed.has(value), `${name} is listed in index.ts`).toBe(true);
    }
  });

  it.each(discordFiles.map((f) => [`${f.library.id} ${f.table}`, f] as const))(
    "%s: every identifier's code is an entry of its table",
    (_, file) => {
      const codes = new Set(tableEntries(file.table).map((e) => e.code));
      for (const i of file.identifiers) expect(codes.has(i.code), `${i.identifier} = ${i.code}`).toBe(true);
    },
  );

  it.each(discordFiles.map((f) => [`${f.library.id} ${f.table}`, f] as const))(
    '%s: `entryName` is given exactly where two entries share the code, and names one of them',
    (_, file) => {
      const entries = tableEntries(file.table);
      for (const i of file.identifiers) {
        const sharing = entries.filter((e) => e.code === i.code);
        if (sharing.length > 1)
          expect(
            sharing.map((e) => e.name),
            `${i.identifier} needs entryName`,
          ).toContain(i.entryName);
        else expect(i.entryName, i.identifier).toBeUndefined();
      }
    },
  );

  it.each(discordFiles.map((f) => [`${f.library.id} ${f.table}`, f] as const))(
    '%s: partial coverage, each code and each identifier once',
    (_, file) => {
      expect(file.coverage).toBe('partial');
      const codes = file.identifiers.map((i) => i.code);
      expect(new Set(codes).size).toBe(codes.length);
      const names = file.identifiers.flatMap((i) => [i.identifier, ...(i.also ?? [])]);
      expect(new Set(names).size).toBe(names.length);
    },
  );

  it('a library is described the same way in all its files', () => {
    const byId = Map.groupBy(discordFiles, (f) => f.library.id);
    for (const [id, files] of byId) {
      const described = files.map(({ library: { id: _, source: __, ...rest } }) => rest);
      expect(new Set(described.map((d) => JSON.stringify(d))).size, id).toBe(1);
    }
  });

  it('no identifier names two different entries (a search for it lands on one)', () => {
    const entryOf = new Map<string, string>();
    for (const file of discordFiles)
      for (const i of file.identifiers)
        for (const name of [i.identifier, ...(i.also ?? [])]) {
          const entry = `${file.table} ${i.code} ${i.entryName ?? ''}`;
          expect(entryOf.get(name) ?? entry, name).toBe(entry);
          entryOf.set(name, entry);
        }
  });
});
