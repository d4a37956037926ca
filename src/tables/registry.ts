/**
 * Every table the site publishes, by section, in sidebar order: the one list.
 * Adding a table: write its content file, a definition module in this folder,
 * and one line here (plus `npm run anchors:update`). A new section is one more
 * `section(...)` here.
 */
import { libraryIdentifiers } from '../../content/identifiers/index.ts';
import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import { assertValidSite } from '../lib/validate.ts';
import { gatewayCloseCodesTable, voiceCloseCodesTable } from './discord-close-codes.ts';
import { discordHttpStatusCodesTable } from './discord-http-status-codes.ts';
import { jsonErrorCodesTable } from './discord-json-error-codes.ts';
import { gatewayOpcodesTable, voiceOpcodesTable } from './discord-opcodes.ts';
import { rpcCloseCodesTable, rpcErrorCodesTable } from './discord-rpc-codes.ts';
import { grpcHttpMappingsTable } from './grpc-http-mappings.ts';
import { grpcStatusCodesTable } from './grpc-status-codes.ts';
import { http2ErrorCodesTable } from './http2-error-codes.ts';
import { httpStatusCodesTable } from './http-status-codes.ts';
import { section, type Section } from './section.ts';
import { webSocketCloseCodesTable } from './websocket-close-codes.ts';
import type { TableDefinition } from './types.ts';

export const sections: readonly Section[] = [
  section('discord', 'Discord', [
    gatewayOpcodesTable,
    gatewayCloseCodesTable,
    voiceOpcodesTable,
    voiceCloseCodesTable,
    discordHttpStatusCodesTable,
    jsonErrorCodesTable,
    rpcErrorCodesTable,
    rpcCloseCodesTable,
  ]),
  section('grpc', 'gRPC', [grpcStatusCodesTable, grpcHttpMappingsTable]),
  section('http', 'HTTP', [httpStatusCodesTable]),
  section('websocket', 'WebSocket', [webSocketCloseCodesTable]),
  section('http2', 'HTTP/2', [http2ErrorCodesTable]),
];

export const tables: readonly TableDefinition[] = sections.flatMap((s) => s.tables);

let site: SiteIndex | undefined;

/** The validated site index; the first call validates all data and throws on any problem. */
export function getSite(): SiteIndex {
  if (!site) {
    assertValidSite(sections, libraryIdentifiers);
    site = buildSiteIndex(sections, libraryIdentifiers);
  }
  return site;
}
