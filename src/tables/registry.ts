/**
 * Every table the site publishes, in sidebar order. Adding a table: write its
 * content file, a definition module in this folder, add its id to `tableIds`
 * (types.ts) and list it here.
 */
import { httpToGrpcClientMapping } from '../../content/grpc/http-to-grpc.ts';
import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import { assertValidSite } from '../lib/validate.ts';
import { gatewayCloseCodesTable, voiceCloseCodesTable } from './discord-close-codes.ts';
import { discordHttpStatusCodesTable } from './discord-http-status-codes.ts';
import { jsonErrorCodesTable } from './discord-json-error-codes.ts';
import { gatewayOpcodesTable, voiceOpcodesTable } from './discord-opcodes.ts';
import { rpcCloseCodesTable, rpcErrorCodesTable } from './discord-rpc-codes.ts';
import { grpcStatusCodesTable } from './grpc-status-codes.ts';
import { httpStatusCodesTable } from './http-status-codes.ts';
import type { TableDefinition } from './types.ts';

export const tables: readonly TableDefinition[] = [
  gatewayOpcodesTable,
  gatewayCloseCodesTable,
  voiceOpcodesTable,
  voiceCloseCodesTable,
  discordHttpStatusCodesTable,
  jsonErrorCodesTable,
  rpcErrorCodesTable,
  rpcCloseCodesTable,
  grpcStatusCodesTable,
  httpStatusCodesTable,
] as readonly TableDefinition[];

/** References that live outside the tables (gRPC's HTTP → gRPC client table). */
export const extraRefs = [
  {
    file: 'content/grpc/http-to-grpc.ts',
    owner: 'httpToGrpcClientMapping',
    refs: httpToGrpcClientMapping.flatMap((r) => [
      { table: 'http/status-codes' as const, code: r.http },
      { table: 'grpc/status-codes' as const, code: r.grpc },
    ]),
  },
];

let site: SiteIndex | undefined;

/** The validated site index; the first call validates all data and throws on any problem. */
export function getSite(): SiteIndex {
  if (!site) {
    assertValidSite(tables, extraRefs);
    site = buildSiteIndex(tables);
  }
  return site;
}
