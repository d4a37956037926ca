/**
 * Where a WebSocket close code is explained on the WebSocket page: its own entry when
 * the IANA registry lists it (Discord's RPC server also closes with 1000), otherwise
 * the row of the range it falls in (Discord's 4000–4999 codes: private use).
 */
export type CloseCodePlace<R> = { readonly entry: number } | { readonly range: R };

export function closeCodePlace<R extends { readonly from: number; readonly to: number }>(
  code: number,
  registered: readonly { readonly code: number }[],
  ranges: readonly R[],
): CloseCodePlace<R> | undefined {
  if (registered.some((e) => e.code === code)) return { entry: code };
  const range = ranges.find((r) => code >= r.from && code <= r.to);
  return range ? { range } : undefined;
}
