/**
 * The site's own UI strings, added to Starlight's i18n schema (src/content.config.ts).
 * Every key is required, so a locale file that lacks one fails the build with
 * Starlight's own error naming the file and the key. The texts live in
 * src/content/i18n/{en,es}.json.
 */
import { z } from 'astro/zod';

const uiKeys = [
  // Home
  'home.title',
  'home.description',
  'home.lead',
  'home.jumpLabel',
  'home.jumpButton',
  'home.jumpHint',
  'home.tables',
  'home.entries',
  'home.searchHint',
  'home.api',
  // Entry chrome
  'entry.copyLink',
  'entry.linkCopied',
  'entry.linkTo',
  'entry.notes',
  'note.disagreement',
  'note.caution',
  'note.info',
  'page.sources',
  'page.entries',
  'page.groups',
  // Fact labels
  'fact.http',
  'fact.httpNote',
  'fact.retry',
  'fact.library',
  'fact.direction',
  'fact.availability',
  'fact.status',
  'fact.reconnect',
  'fact.format',
  'fact.standing',
  'fact.spec',
  'fact.origin',
  'fact.formerNames',
  'fact.grpcMappedFrom',
  'fact.grpcClientCode',
  'fact.httpEntry',
  'fact.observedMessage',
  'fact.source',
  'fact.provenance',
  'provenance.official',
  'provenance.community',
  'provenance.vendor',
  'fact.identifiers',
  'identifiers.none',
  // Fact values
  'retry.retry',
  'retry.conditional',
  'retry.no',
  'library.never',
  'library.side.client',
  'library.side.server',
  'library.side.both',
  'direction.send',
  'direction.receive',
  'direction.both',
  'availability.bot-api',
  'availability.client-only',
  'opcodeStatus.deprecated',
  'opcodeStatus.removed',
  'reconnect.resume',
  'reconnect.identify',
  'reconnect.no',
  'reconnect.inferred',
  'format.json',
  'format.binary',
  'standing.standard',
  'standing.temporary',
  'standing.unused',
  'standing.obsoleted',
  'standing.non-standard',
  'grpcClient.skipped',
  'grpcClient.default',
  'grpcMapped.none',
  'discordRetry.no',
  'discordRetry.after-retry-after',
  'discordRetry.with-backoff',
  'discordRetry.your-call',
  'jsonSource.official',
  'jsonSource.observed',
  'jsonSource.both',
  'json.placeholder',
  // gRPC extras
  'grpc.statusFields',
  'grpc.errorDetails',
  'grpc.clientMappingDefault',
  'column.field',
  'column.number',
  'column.type',
  'column.description',
  'column.fields',
  'column.message',
  'column.httpStatus',
  'column.grpcCode',
  // 404
  'notFound.title',
  'notFound.text',
  'notFound.home',
] as const;

export type UiKey = (typeof uiKeys)[number];

export const uiStringsSchema = z.object(
  Object.fromEntries(uiKeys.map((k) => [k, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);

export type UiStrings = Record<UiKey, string>;
