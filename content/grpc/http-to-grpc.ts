/**
 * gRPC's HTTP → gRPC status table: the status a gRPC client reports when a response
 * carries no `grpc-status` (typically because a proxy or load balancer answered
 * instead of the gRPC server). Clients only; servers must not use it to pick an HTTP
 * status, since the mapping is neither symmetric nor one-to-one.
 * @see https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md
 */
import type { HttpToGrpcRule } from '../../src/schema/entries.ts';
import type { Citation, Text } from '../../src/schema/text.ts';

export const httpToGrpcClientMeta = {
  title: {
    en: 'HTTP responses without grpc-status',
    es: 'Respuestas HTTP sin grpc-status',
  },
  intro: {
    en: 'A gRPC server always sends a `grpc-status`, but a proxy, load balancer or web server in between may answer the request itself with a plain HTTP error. When a response has no `grpc-status`, a gRPC client derives the status from the HTTP status code with this table; if `grpc-status` is present, it always wins. The table is for clients only: servers must not use it to choose an HTTP status, because the mapping is neither symmetric nor one-to-one.',
    es: 'Un servidor gRPC siempre envía `grpc-status`, pero un proxy, un balanceador de carga o un servidor web intermedio puede responder él mismo a la solicitud con un error HTTP normal. Cuando una respuesta no trae `grpc-status`, el cliente gRPC deduce el estado a partir del código HTTP con esta tabla; si `grpc-status` está presente, siempre tiene prioridad. La tabla es solo para clientes: los servidores no deben usarla para elegir un estado HTTP, porque la correspondencia no es simétrica ni biunívoca.',
  },
  source: {
    label: 'grpc/grpc: doc/http-grpc-status-mapping.md',
    url: 'https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md',
  },
} as const satisfies { readonly title: Text; readonly intro: Text; readonly source: Citation };

export const httpToGrpcClientMapping = [
  { http: 400, grpc: 'INTERNAL' },
  { http: 401, grpc: 'UNAUTHENTICATED' },
  { http: 403, grpc: 'PERMISSION_DENIED' },
  { http: 404, grpc: 'UNIMPLEMENTED' },
  { http: 429, grpc: 'UNAVAILABLE' },
  {
    http: 431,
    grpc: 'INTERNAL',
    note: {
      en: 'Only the newest version of gRPC’s mapping table has a row for 431; older versions do not list it. grpc-java maps it to `INTERNAL`, but @grpc/grpc-js (as of 1.14) has no case for it and reports `UNKNOWN`, so the code you see depends on the client library.',
      es: 'Solo la versión más reciente de la tabla de gRPC tiene una fila para el 431; las versiones anteriores no lo incluyen. grpc-java lo asigna a `INTERNAL`, pero @grpc/grpc-js (en la versión 1.14) no lo contempla y notifica `UNKNOWN`: el código que veas depende de la biblioteca cliente.',
    },
  },
  { http: 502, grpc: 'UNAVAILABLE' },
  { http: 503, grpc: 'UNAVAILABLE' },
  { http: 504, grpc: 'UNAVAILABLE' },
] as const satisfies readonly HttpToGrpcRule[];

/**
 * The status for every HTTP code without a row above, including a 200 that carries no
 * `grpc-status` (a real success always has one). 1xx responses are not mapped: the
 * client skips those headers and reads the next ones (RFC 7540, Section 8.1).
 */
export const httpToGrpcClientDefault = 'UNKNOWN' as const;
