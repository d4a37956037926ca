/** A product section of the site (Discord, gRPC, HTTP…): a name and its tables, in order. */
import type { TableDefinition } from './types.ts';

export interface Section {
  /** The first segment of its tables' ids and paths: `grpc` in `/grpc/status-codes/`. */
  readonly id: string;
  /** The product's name, the same in every language: "gRPC", "WebSocket". */
  readonly label: string;
  readonly tables: readonly TableDefinition[];
}

export function section(id: string, label: string, tables: readonly TableDefinition[]): Section {
  return { id, label, tables };
}
