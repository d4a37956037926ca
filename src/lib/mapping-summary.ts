/**
 * Short summaries of gRPC ↔ HTTP as each implementation maps it
 * (content/grpc/http-mappings.ts), for the gRPC and HTTP entries: who agrees on
 * what today, and the earlier values that differed. The comparison page
 * (/grpc/http-mappings/) has the full rows; these say in one or two lines whether
 * it is worth a look.
 */
import type {
  GrpcHttpMappingEntry,
  GrpcToHttpCell,
  HttpToGrpcClientId,
  HttpToGrpcClientTable,
  MappingImplementationId,
  MappingRelease,
} from '../schema/layers.ts';
import type { GrpcCodeName } from '../schema/refs.ts';

/** A stretch of time in which an implementation gave one value. */
export interface Span<V> {
  readonly value: V;
  /** The release that brought the value; none for the first value known. */
  readonly since?: MappingRelease;
  /** The release that replaced it; none for today's value. */
  readonly until?: MappingRelease;
}

/** The values a cell had over time, oldest first; the last one is today's. */
export function spansOf(cell: GrpcToHttpCell): Span<number | null>[] {
  const today = cell.http?.code ?? null;
  const history = cell.history ?? [];
  if (history.length === 0) return [{ value: today }];
  return [
    { value: history[0]!.from, until: history[0]! },
    ...history.map((change, i) => {
      const next = history[i + 1];
      // The last change's value is today's, as the cell records it.
      return next ? { value: change.to, since: change, until: next } : { value: today, since: change };
    }),
  ];
}

/** Items with equal keys gathered together, in the order their key first appears. */
export function groupBy<I>(items: readonly I[], key: (item: I) => string): I[][] {
  const groups = new Map<string, I[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * How to name a release in a summary: the version for a library (`v2.13.0`); for a
 * specification change, its date and the library releases that shipped it.
 */
export function releaseLabel(release: MappingRelease): string {
  return release.shippedIn?.length
    ? `${release.released} (${release.shippedIn.map((s) => `${s.library} ${s.version}`).join(', ')})`
    : release.version;
}

/** "< v2.13.0", "≥ v1.4.1, < v1.9.5": the releases a span covers, the same in every language. */
export function spanLabel(span: Pick<Span<unknown>, 'since' | 'until'>): string {
  return [
    ...(span.since ? [`≥ ${releaseLabel(span.since)}`] : []),
    ...(span.until ? [`< ${releaseLabel(span.until)}`] : []),
  ].join(', ');
}

/** An earlier span of one implementation. */
export type EarlierSpan<V> = Span<V> & { readonly implementation: MappingImplementationId };

export interface GrpcToHttpSummary {
  /** Today's HTTP status, implementations with the same one together; one group when all agree. */
  readonly today: readonly {
    readonly http: number | null;
    readonly implementations: readonly MappingImplementationId[];
  }[];
  /** Earlier spans whose status differs from the implementation's status today, in column order. */
  readonly earlier: readonly EarlierSpan<number | null>[];
}

/** What each implementation answers for one gRPC code, today and before. */
export function grpcToHttpSummary(
  row: GrpcHttpMappingEntry,
  columns: readonly MappingImplementationId[],
): GrpcToHttpSummary {
  const today = (id: MappingImplementationId) => row[id].http?.code ?? null;
  return {
    today: groupBy(columns, (id) => String(today(id))).map((ids) => ({
      http: today(ids[0]!),
      implementations: ids,
    })),
    earlier: columns.flatMap((id) =>
      spansOf(row[id])
        .filter((s) => s.until && s.value !== today(id))
        .map((s) => ({ ...s, implementation: id })),
    ),
  };
}

export interface HttpStatusSummary {
  /**
   * The gRPC codes each implementation answers with this status today, implementations
   * with the same codes together (an empty list where one answers none of them while
   * others do). Empty when no implementation uses the status today.
   */
  readonly today: readonly {
    readonly grpc: readonly GrpcCodeName[];
    readonly implementations: readonly MappingImplementationId[];
  }[];
  /** Earlier spans in which an implementation answered a code with this status and no longer does. */
  readonly earlier: readonly EarlierSpan<GrpcCodeName>[];
}

/** Which gRPC codes each implementation turns into one HTTP status, today and before. */
export function httpStatusSummary(
  status: number,
  rows: readonly GrpcHttpMappingEntry[],
  columns: readonly MappingImplementationId[],
): HttpStatusSummary {
  const codes = (id: MappingImplementationId) =>
    rows.filter((r) => r[id].http?.code === status).map((r) => r.name);
  const used = columns.some((id) => codes(id).length > 0);
  return {
    today: used
      ? groupBy(columns, (id) => codes(id).join(' ')).map((ids) => ({
          grpc: codes(ids[0]!),
          implementations: ids,
        }))
      : [],
    earlier: columns.flatMap((id) =>
      rows.flatMap((r) =>
        r[id].http?.code === status
          ? []
          : spansOf(r[id])
              .filter((s) => s.until && s.value === status)
              .map((s) => ({ ...s, value: r.name, implementation: id })),
      ),
    ),
  };
}

/** The code a client table gives an HTTP status, and whether a rule (not the fallback) gave it. */
export function clientOutcome(
  table: Pick<HttpToGrpcClientTable, 'rules' | 'fallback'>,
  status: number,
): { readonly grpc: GrpcCodeName; readonly rule: boolean } {
  const rule = table.rules.find((r) => r.http === status);
  return { grpc: rule?.grpc ?? table.fallback, rule: rule !== undefined };
}

export interface ClientSummary {
  /** What the clients report today, clients reporting the same code together. */
  readonly today: readonly { readonly grpc: GrpcCodeName; readonly clients: readonly HttpToGrpcClientId[] }[];
  /** Clients whose earlier table reported another code, with the release that changed it. */
  readonly earlier: readonly {
    readonly client: HttpToGrpcClientId;
    readonly grpc: GrpcCodeName;
    readonly until: MappingRelease;
  }[];
  /** Whether some client has (or had) a rule for this status: if none does, every client reports its fallback. */
  readonly ruled: boolean;
}

/**
 * What each client reports for a response with this HTTP status and no status of its own
 * protocol; `null` for 1xx, which clients skip while they wait for the final response.
 */
export function clientSummary(
  status: number,
  clients: readonly HttpToGrpcClientTable[],
): ClientSummary | null {
  if (status >= 100 && status < 200) return null;
  const outcomes = clients.map((c) => ({ client: c.id, ...clientOutcome(c, status) }));
  const earlier = clients.flatMap((c) => {
    if (!c.before) return [];
    const before = clientOutcome(c.before, status);
    return before.grpc === clientOutcome(c, status).grpc
      ? []
      : [{ client: c.id, grpc: before.grpc, until: c.before.until }];
  });
  return {
    today: groupBy(outcomes, (o) => o.grpc).map((group) => ({
      grpc: group[0]!.grpc,
      clients: group.map((o) => o.client),
    })),
    earlier,
    ruled:
      outcomes.some((o) => o.rule) || clients.some((c) => c.before && clientOutcome(c.before, status).rule),
  };
}
