/**
 * gRPC ↔ HTTP, implementation by implementation: the HTTP status each implementation
 * gives every gRPC code (google.rpc.Code's own mapping, grpc-gateway, Connect, Envoy),
 * with the changes over time, and the gRPC code each kind of client reports for an HTTP
 * error that carries no status of its own protocol.
 * @see https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto
 * @see https://github.com/grpc-ecosystem/grpc-gateway/blob/main/runtime/errors.go
 * @see https://connectrpc.com/docs/protocol/#error-codes
 * @see https://github.com/envoyproxy/envoy/blob/main/source/common/grpc/status.cc
 */
import type { TableMeta } from '../../src/schema/entries.ts';
import type {
  GrpcHttpMappingEntry,
  HttpToGrpcClientTable,
  MappingChange,
  MappingImplementation,
  MappingImplementationId,
  MappingDiagramTexts,
  MappingRelease,
} from '../../src/schema/layers.ts';
import { httpToGrpcClientDefault, httpToGrpcClientMapping, httpToGrpcClientMeta } from './http-to-grpc.ts';

/** Every file and document a value on this page was read from, with its version or commit. */
export const mappingSources = {
  codeProto: {
    label: 'googleapis: google/rpc/code.proto, HTTP Mapping (commit f8291d2b)',
    url: 'https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto',
  },
  grpcGateway: {
    label: 'grpc-ecosystem/grpc-gateway: runtime/errors.go, HTTPStatusFromCode (v2.30.0+76, commit 9648db43)',
    url: 'https://github.com/grpc-ecosystem/grpc-gateway/blob/9648db43c0246058bec6e832bd53adb0cdf4eead/runtime/errors.go',
  },
  connectProtocol: {
    label: 'Connect protocol: Error Codes (connectrpc/connectrpc.com, commit 12f7ad8e)',
    url: 'https://connectrpc.com/docs/protocol/#error-codes',
  },
  connectGo: {
    label: 'connectrpc/connect-go: protocol_connect.go, connectCodeToHTTP (v1.20.0+20, commit 96463260)',
    url: 'https://github.com/connectrpc/connect-go/blob/9646326030fc376e80050f6daa92151a72a4ca20/protocol_connect.go',
  },
  connectEs: {
    label: '@connectrpc/connect 2.3.0: protocol-connect, codeToHttpStatus and codeFromHttpStatus',
    url: 'https://www.npmjs.com/package/@connectrpc/connect/v/2.3.0',
  },
  connectHttpToCode: {
    label: 'Connect protocol: HTTP to Error Code (connectrpc/connectrpc.com, commit 12f7ad8e)',
    url: 'https://connectrpc.com/docs/protocol/#http-to-error-code',
  },
  connectHttpToCodeBefore: {
    label:
      'Connect protocol: HTTP to Error Code, before 2024-03-11 (connectrpc/connectrpc.com, commit 43194676)',
    url: 'https://github.com/connectrpc/connectrpc.com/blob/43194676f3b1d69c0b8d6d7dd70fa312f6d873ab/docs/protocol.md#http-to-error-code',
  },
  envoy: {
    label:
      'envoyproxy/envoy: source/common/grpc/status.cc, grpcToHttpStatus and httpToGrpcStatus (commit 522e4f4c)',
    url: 'https://github.com/envoyproxy/envoy/blob/522e4f4cab63c88af4231a7376c5f3090d1d372b/source/common/grpc/status.cc',
  },
  grpcWeb: {
    label:
      'grpc/grpc-web: javascript/net/grpc/web/statuscode.js, StatusCode.fromHttpStatus (2.0.2+3, commit f89434a8)',
    url: 'https://github.com/grpc/grpc-web/blob/f89434a850557d9e57ee7166b6c8977090ff9d65/javascript/net/grpc/web/statuscode.js',
  },
} as const;

/** The changes to grpc-gateway's HTTPStatusFromCode, read from the git history of runtime/errors.go. */
const gatewayChanges = {
  alignWithCodeProto: {
    version: 'v1.4.0',
    released: '2018-05-20',
    commit: '261dafe7abb6a223549d14d02faccffea736b7e8',
    pullRequest: 580,
    source: {
      label: 'grpc-gateway commit 261dafe7: “Adjust status codes to match googleapis code.proto” (#580)',
      url: 'https://github.com/grpc-ecosystem/grpc-gateway/commit/261dafe7abb6a223549d14d02faccffea736b7e8',
    },
  },
  preconditionFailed: {
    version: 'v1.4.1',
    released: '2018-05-22',
    commit: '4ae34bd767f5b752e8aefdb46f102dd78a1e300a',
    pullRequest: 657,
    source: {
      label:
        'grpc-gateway commit 4ae34bd7: “Translate gRPC FailedPrecondition as HTTP PreconditionFailed” (#657)',
      url: 'https://github.com/grpc-ecosystem/grpc-gateway/commit/4ae34bd767f5b752e8aefdb46f102dd78a1e300a',
    },
  },
  badRequestAgain: {
    version: 'v1.9.5',
    released: '2019-07-22',
    commit: 'f37ac2a6987941c78126eee1fa74f2413c4c37a2',
    source: {
      label:
        'grpc-gateway commit f37ac2a6: “Fix HTTP Status Code returned for a Failed Precondition error” (fixes #972)',
      url: 'https://github.com/grpc-ecosystem/grpc-gateway/commit/f37ac2a6987941c78126eee1fa74f2413c4c37a2',
    },
  },
  cancelled499: {
    version: 'v2.13.0',
    released: '2022-11-01',
    commit: '662d3f8145ead347204189978ffded7aaa08c88e',
    pullRequest: 2957,
    source: {
      label:
        'grpc-gateway commit 662d3f81: “Updated gRPC code Cancelled replaced with HTTP code 499” (#2957)',
      url: 'https://github.com/grpc-ecosystem/grpc-gateway/pull/2957',
    },
  },
} as const;

/** The Connect protocol change of March 2024, and the releases that shipped it. */
const connect2024 = {
  version: 'Connect protocol, 2024-03-11',
  released: '2024-03-11',
  commit: '1e88e8302c5cb41019eb780fe86e6a22598e9632',
  pullRequest: 130,
  source: {
    label:
      'connectrpc/connectrpc.com commit 1e88e830: “Specification update for error code HTTP status” (#130)',
    url: 'https://github.com/connectrpc/connectrpc.com/pull/130',
  },
  shippedIn: [
    { library: 'connect-go', version: 'v1.16.0', released: '2024-03-20' },
    { library: '@connectrpc/connect', version: 'v1.5.0', released: '2024-09-11' },
  ],
} as const;

const change = (
  from: MappingChange['from'],
  to: MappingChange['to'],
  made: MappingRelease,
): MappingChange => ({ from, to, ...made });

/** The columns of the comparison. */
export const mappingImplementations = [
  {
    id: 'codeProto',
    name: 'google.rpc.Code',
    reference: 'HTTP Mapping in google/rpc/code.proto',
    description: {
      en: 'The reference mapping: each code in googleapis’ code.proto documents the HTTP status that Google’s HTTP/JSON APIs return for it. The other columns are compared with it.',
      es: 'La correspondencia de referencia: cada código del code.proto de googleapis documenta el estado HTTP que devuelven para él las APIs HTTP/JSON de Google. Las demás columnas se comparan con ella.',
    },
    sources: [mappingSources.codeProto],
    unknownCode: null,
  },
  {
    id: 'grpcGateway',
    name: 'grpc-gateway',
    reference: 'runtime.HTTPStatusFromCode',
    description: {
      en: 'The Go reverse proxy that serves a gRPC service as a REST/JSON API. Its default error handler picks the HTTP status with `HTTPStatusFromCode`; a custom error handler (`runtime.WithErrorHandler`) can change it. A code it does not know becomes 500.',
      es: 'El proxy inverso en Go que sirve un servicio gRPC como API REST/JSON. Su gestor de errores por defecto elige el estado HTTP con `HTTPStatusFromCode`; un gestor de errores propio (`runtime.WithErrorHandler`) puede cambiarlo. Un código que no conoce se convierte en 500.',
    },
    sources: [mappingSources.grpcGateway],
    unknownCode: 500,
  },
  {
    id: 'connect',
    name: 'Connect',
    reference: 'Connect protocol, Error Codes',
    description: {
      en: 'The Connect protocol’s own table, which sets the HTTP status of a unary error response; connect-go and @connectrpc/connect implement it as written. In its gRPC and gRPC-Web modes, Connect follows gRPC’s rules instead, and Connect streaming responses always use 200.',
      es: 'La tabla propia del protocolo Connect, que fija el estado HTTP de una respuesta de error unaria; connect-go y @connectrpc/connect la implementan tal cual. En sus modos gRPC y gRPC-Web, Connect sigue en cambio las reglas de gRPC, y sus respuestas de streaming usan siempre 200.',
    },
    sources: [mappingSources.connectProtocol, mappingSources.connectGo, mappingSources.connectEs],
    unknownCode: 500,
  },
  {
    id: 'envoy',
    name: 'Envoy',
    reference: 'Grpc::Utility::grpcToHttpStatus',
    description: {
      en: 'The proxy’s gRPC utility, used by its gRPC-JSON transcoder to set the HTTP status from `grpc-status`, and elsewhere to classify gRPC responses (for example, in outlier detection). When the upstream sends no valid `grpc-status`, the transcoder answers 503 instead.',
      es: 'La utilidad de gRPC del proxy, que su transcodificador gRPC-JSON usa para fijar el estado HTTP a partir de `grpc-status`, y que también se usa en otros puntos para clasificar respuestas gRPC (por ejemplo, en la detección de hosts anómalos). Cuando el servidor de origen no envía un `grpc-status` válido, el transcodificador responde 503.',
    },
    sources: [mappingSources.envoy],
    unknownCode: 500,
  },
] as const satisfies readonly MappingImplementation[];

/**
 * What each kind of client reports for an HTTP error that carries no status of its own
 * protocol: gRPC's table (shared with content/grpc/http-to-grpc.ts), Connect's, Envoy's
 * and the gRPC-Web JavaScript client's.
 */
export const httpToGrpcClients = [
  {
    id: 'grpc',
    name: 'gRPC',
    applies: {
      en: 'A gRPC client, when the response has no `grpc-status` (a proxy or web server answered).',
      es: 'Un cliente gRPC, cuando la respuesta no trae `grpc-status` (respondió un proxy o un servidor web).',
    },
    rules: httpToGrpcClientMapping,
    fallback: httpToGrpcClientDefault,
    source: httpToGrpcClientMeta.source,
  },
  {
    id: 'connect',
    name: 'Connect',
    applies: {
      en: 'A Connect client, when a unary response has an HTTP status other than 200 and no Connect error code in its body.',
      es: 'Un cliente Connect, cuando una respuesta unaria tiene un estado HTTP distinto de 200 y ningún código de error de Connect en el cuerpo.',
    },
    rules: [
      { http: 400, grpc: 'INTERNAL' },
      { http: 401, grpc: 'UNAUTHENTICATED' },
      { http: 403, grpc: 'PERMISSION_DENIED' },
      { http: 404, grpc: 'UNIMPLEMENTED' },
      { http: 429, grpc: 'UNAVAILABLE' },
      { http: 502, grpc: 'UNAVAILABLE' },
      { http: 503, grpc: 'UNAVAILABLE' },
      { http: 504, grpc: 'UNAVAILABLE' },
    ],
    fallback: 'UNKNOWN',
    source: mappingSources.connectHttpToCode,
    before: {
      until: connect2024,
      rules: [
        { http: 400, grpc: 'INVALID_ARGUMENT' },
        { http: 401, grpc: 'UNAUTHENTICATED' },
        { http: 403, grpc: 'PERMISSION_DENIED' },
        { http: 404, grpc: 'UNIMPLEMENTED' },
        { http: 408, grpc: 'DEADLINE_EXCEEDED' },
        { http: 409, grpc: 'ABORTED' },
        { http: 412, grpc: 'FAILED_PRECONDITION' },
        { http: 413, grpc: 'RESOURCE_EXHAUSTED' },
        { http: 415, grpc: 'INTERNAL' },
        { http: 429, grpc: 'UNAVAILABLE' },
        { http: 431, grpc: 'RESOURCE_EXHAUSTED' },
        { http: 502, grpc: 'UNAVAILABLE' },
        { http: 503, grpc: 'UNAVAILABLE' },
        { http: 504, grpc: 'UNAVAILABLE' },
      ],
      fallback: 'UNKNOWN',
      source: mappingSources.connectHttpToCodeBefore,
    },
  },
  {
    id: 'envoy',
    name: 'Envoy',
    applies: {
      en: 'Envoy, when it answers a gRPC request itself (a local reply, such as a 503 when no upstream is healthy) and turns the HTTP status it would have sent into a `grpc-status`.',
      es: 'Envoy, cuando responde él mismo a una solicitud gRPC (una respuesta local, como un 503 cuando no hay ningún servidor de origen disponible) y convierte el estado HTTP que habría enviado en un `grpc-status`.',
    },
    rules: [
      { http: 400, grpc: 'INTERNAL' },
      { http: 401, grpc: 'UNAUTHENTICATED' },
      { http: 403, grpc: 'PERMISSION_DENIED' },
      { http: 404, grpc: 'UNIMPLEMENTED' },
      { http: 429, grpc: 'UNAVAILABLE' },
      { http: 502, grpc: 'UNAVAILABLE' },
      { http: 503, grpc: 'UNAVAILABLE' },
      { http: 504, grpc: 'UNAVAILABLE' },
    ],
    fallback: 'UNKNOWN',
    source: mappingSources.envoy,
  },
  {
    id: 'grpcWeb',
    name: 'gRPC-Web',
    applies: {
      en: 'The grpc-web JavaScript client, when the request fails with an HTTP error status. Its table is the inverse of code.proto’s mapping, not gRPC’s client table: 404 becomes `NOT_FOUND`, not `UNIMPLEMENTED`. A 200 never reaches it.',
      es: 'El cliente JavaScript de grpc-web, cuando la solicitud falla con un estado HTTP de error. Su tabla es la inversa de la correspondencia de code.proto, no la tabla de clientes de gRPC: el 404 se convierte en `NOT_FOUND`, no en `UNIMPLEMENTED`. Un 200 nunca llega a ella.',
    },
    rules: [
      { http: 200, grpc: 'OK' },
      { http: 400, grpc: 'INVALID_ARGUMENT' },
      { http: 401, grpc: 'UNAUTHENTICATED' },
      { http: 403, grpc: 'PERMISSION_DENIED' },
      { http: 404, grpc: 'NOT_FOUND' },
      { http: 409, grpc: 'ABORTED' },
      { http: 412, grpc: 'FAILED_PRECONDITION' },
      { http: 429, grpc: 'RESOURCE_EXHAUSTED' },
      { http: 499, grpc: 'CANCELLED' },
      { http: 500, grpc: 'UNKNOWN' },
      { http: 501, grpc: 'UNIMPLEMENTED' },
      { http: 503, grpc: 'UNAVAILABLE' },
      { http: 504, grpc: 'DEADLINE_EXCEEDED' },
    ],
    fallback: 'UNKNOWN',
    source: mappingSources.grpcWeb,
  },
] as const satisfies readonly HttpToGrpcClientTable[];

/** The diagram of both mappings at the top of the page; its lines are drawn from the rows and gRPC's client table. */
export const mappingDiagram = {
  heading: {
    id: 'diagram',
    title: {
      en: 'Both mappings in one picture',
      es: 'Las dos correspondencias de un vistazo',
    },
    intro: {
      en: 'On the left, the 17 gRPC codes; on the right, the HTTP statuses that appear in either direction. One set of lines goes from each code to the status google.rpc.Code gives it, which grpc-gateway, Connect and Envoy also use today. The other set comes back from each status to the code a gRPC client reports when the response carries no `grpc-status`. Where the lines do not close a loop, a round trip changes the code: `NOT_FOUND` leaves as 404 and comes back as `UNIMPLEMENTED`.',
      es: 'A la izquierda, los 17 códigos de gRPC; a la derecha, los estados HTTP que aparecen en uno u otro sentido. Unas líneas van de cada código al estado que le asigna google.rpc.Code, el mismo que hoy usan grpc-gateway, Connect y Envoy. Las otras vuelven de cada estado al código que notifica un cliente gRPC cuando la respuesta no trae `grpc-status`. Donde las líneas no cierran el círculo, el viaje de ida y vuelta cambia el código: `NOT_FOUND` sale como 404 y vuelve como `UNIMPLEMENTED`.',
    },
  },
  title: {
    en: 'gRPC codes and HTTP statuses, in both directions',
    es: 'Códigos de gRPC y estados HTTP, en ambos sentidos',
  },
  description: {
    en: 'The 17 gRPC codes are listed on the left and the HTTP statuses on the right, joined by lines to the statuses or codes they map to.',
    es: 'Los 17 códigos de gRPC figuran a la izquierda y los estados HTTP a la derecha, unidos por líneas a los estados o códigos con los que se corresponden.',
  },
  columns: {
    grpc: { en: 'gRPC code', es: 'Código de gRPC' },
    http: { en: 'HTTP status', es: 'Estado HTTP' },
  },
  legends: {
    codeProto: {
      en: 'gRPC code → HTTP status, as google.rpc.Code maps it: what a server or gateway answers',
      es: 'Código de gRPC → estado HTTP, según google.rpc.Code: lo que responde un servidor o un gateway',
    },
    grpcClient: {
      en: 'HTTP status → the gRPC code a gRPC client reports for a response without grpc-status',
      es: 'Estado HTTP → el código de gRPC que notifica un cliente gRPC ante una respuesta sin grpc-status',
    },
  },
  otherStatus: { en: 'Any other status', es: 'Cualquier otro estado' },
} as const satisfies MappingDiagramTexts;

export const meta = {
  title: {
    en: 'gRPC ↔ HTTP mappings',
    es: 'Correspondencias entre gRPC y HTTP',
  },
  intro: {
    en: [
      'On the gRPC wire the HTTP status is always 200 and the outcome travels in `grpc-status`, so the HTTP status only matters where gRPC meets plain HTTP: gateways and transcoders that serve a gRPC service as a REST/JSON API, the Connect protocol, and proxies. Each of them maps gRPC codes to HTTP statuses on its own, and this page compares them with the mapping `google.rpc.Code` documents, one row per code.',
      'Today grpc-gateway, Connect and Envoy all agree with code.proto for every code. They did not always: grpc-gateway answered 408 for `CANCELLED` until v2.13.0, and Connect changed four codes in 2024. Each row gives today’s values, the source of each one, and any earlier values.',
    ],
    es: [
      'En la conexión gRPC el estado HTTP es siempre 200 y el resultado viaja en `grpc-status`, por lo que el estado HTTP solo importa donde gRPC se encuentra con HTTP a secas: gateways y transcodificadores que sirven un servicio gRPC como API REST/JSON, el protocolo Connect y los proxies. Cada uno hace su propia correspondencia entre códigos de gRPC y estados HTTP, y esta página las compara con la que documenta `google.rpc.Code`, con una fila por código.',
      'Hoy grpc-gateway, Connect y Envoy coinciden con code.proto en todos los códigos. No siempre fue así: grpc-gateway respondía 408 a `CANCELLED` hasta la v2.13.0, y Connect cambió cuatro códigos en 2024. Cada fila da los valores actuales, la fuente de cada uno y los valores anteriores, si los hubo.',
    ],
  },
  sources: [
    mappingSources.codeProto,
    mappingSources.grpcGateway,
    mappingSources.connectProtocol,
    mappingSources.connectGo,
    mappingSources.connectEs,
    mappingSources.envoy,
    mappingSources.grpcWeb,
    httpToGrpcClientMeta.source,
    {
      label: 'grpc/grpc#4955: Add HTTP->gRPC status code mapping (2016)',
      url: 'https://github.com/grpc/grpc/pull/4955',
    },
    { label: 'AIP-154: Resource freshness validation', url: 'https://google.aip.dev/154' },
  ],
  sections: [
    {
      id: 'two-directions',
      title: {
        en: 'Two directions, two different mappings',
        es: 'Dos sentidos, dos correspondencias distintas',
      },
      body: {
        en: [
          'gRPC → HTTP is what a server or gateway sends: the code says `NOT_FOUND`, so the HTTP client gets a 404. HTTP → gRPC is what a client reports when the response is not from the RPC server at all, but from a proxy, load balancer or web server that answered with a plain HTTP error. The second is not the inverse of the first.',
          'gRPC’s client table is built for that situation: its document says that mapping what an intermediary answers lets the client react more appropriately, and that a 200 without `grpc-status` is `UNKNOWN` because a real success always carries one. It gives no reason for the individual rows; our reading is that a 404 from something that is not a gRPC server means the method does not exist there (hence `UNIMPLEMENTED`, not `NOT_FOUND`), and that 429, 502, 503 and 504 are what intermediaries answer when the backend is overloaded or out of reach (hence `UNAVAILABLE`, which clients retry). For 400 → `INTERNAL`, the review of the pull request that added the table (grpc/grpc#4955, 2016) calls it the conservative choice, and notes that `INVALID_ARGUMENT` would fit better only in some cases. Connect adopted the same table in 2024, and Envoy uses it for its own replies to gRPC requests. The grpc-web JavaScript client is the exception: it inverts code.proto’s mapping, so the same 404 becomes `NOT_FOUND` there.',
        ],
        es: [
          'gRPC → HTTP es lo que envía un servidor o un gateway: el código dice `NOT_FOUND` y el cliente HTTP recibe un 404. HTTP → gRPC es lo que notifica un cliente cuando la respuesta no viene del servidor RPC, sino de un proxy, un balanceador de carga o un servidor web que respondió con un error HTTP a secas. La segunda no es la inversa de la primera.',
          'La tabla de clientes de gRPC está pensada para esa situación: su documento dice que traducir lo que responde un intermediario permite al cliente reaccionar de forma más adecuada, y que un 200 sin `grpc-status` es `UNKNOWN` porque un éxito real siempre lo trae. No explica cada fila; según nuestra interpretación, un 404 de algo que no es un servidor gRPC significa que el método no existe ahí (de ahí `UNIMPLEMENTED`, no `NOT_FOUND`), y el 429, el 502, el 503 y el 504 son lo que responden los intermediarios cuando el backend está saturado o fuera de alcance (de ahí `UNAVAILABLE`, que los clientes reintentan). Sobre el 400 → `INTERNAL`, la revisión de la pull request que añadió la tabla (grpc/grpc#4955, 2016) lo llama la opción prudente, y considera `INVALID_ARGUMENT` más adecuado solo en algunos casos. Connect adoptó esa misma tabla en 2024, y Envoy la usa en sus propias respuestas a solicitudes gRPC. El cliente JavaScript de grpc-web es la excepción: invierte la correspondencia de code.proto, de modo que ahí el mismo 404 se convierte en `NOT_FOUND`.',
        ],
      },
    },
    {
      id: 'history',
      title: {
        en: 'What changed, and when',
        es: 'Qué cambió y cuándo',
      },
      body: {
        en: [
          'grpc-gateway’s first mapping (2015) differed from code.proto in four codes. Release v1.4.0 (May 2018) aligned three of them with code.proto: `DEADLINE_EXCEEDED` went from 408 to 504, `RESOURCE_EXHAUSTED` from 403 to 429 and `FAILED_PRECONDITION` from 412 to 400. v1.4.1 put 412 back for `FAILED_PRECONDITION`, and v1.9.5 (July 2019) returned it to 400 for good. `CANCELLED` kept 408 until v2.13.0 (November 2022) moved it to 499; the v1 line never changed it.',
          'The Connect protocol originally mapped `canceled` and `deadline_exceeded` to 408, `failed_precondition` to 412 and `unimplemented` to 404, and inferred codes from HTTP statuses with a larger table of its own. On 2024-03-11 the specification switched to code.proto’s statuses and gRPC’s client table; connect-go shipped the change in v1.16.0 and @connectrpc/connect in v1.5.0. Servers on older releases still answer the old statuses, which matters to proxies, dashboards and anything else that only looks at the HTTP status; Connect clients read the code from the error body and are not affected.',
        ],
        es: [
          'La primera correspondencia de grpc-gateway (2015) difería de code.proto en cuatro códigos. La v1.4.0 (mayo de 2018) alineó tres de ellos con code.proto: `DEADLINE_EXCEEDED` pasó de 408 a 504, `RESOURCE_EXHAUSTED` de 403 a 429 y `FAILED_PRECONDITION` de 412 a 400. La v1.4.1 devolvió el 412 a `FAILED_PRECONDITION`, y la v1.9.5 (julio de 2019) lo dejó definitivamente en 400. `CANCELLED` mantuvo el 408 hasta que la v2.13.0 (noviembre de 2022) lo cambió a 499; en la rama v1 no cambió nunca.',
          'El protocolo Connect asignaba originalmente `canceled` y `deadline_exceeded` al 408, `failed_precondition` al 412 y `unimplemented` al 404, y deducía los códigos a partir de los estados HTTP con una tabla propia más amplia. El 11 de marzo de 2024 la especificación adoptó los estados de code.proto y la tabla de clientes de gRPC; connect-go incorporó el cambio en la v1.16.0 y @connectrpc/connect en la v1.5.0. Los servidores con versiones anteriores siguen respondiendo con los estados antiguos, lo que afecta a los proxies, los paneles de control y cualquier otra cosa que solo mire el estado HTTP; los clientes de Connect leen el código del cuerpo del error y no se ven afectados.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

/** One cell that agrees with code.proto, read from `source`. */
const same = (
  http: GrpcHttpMappingEntry['codeProto']['http'],
  source: GrpcHttpMappingEntry['codeProto']['source'],
) => ({ http, source });

const http = <const C extends NonNullable<GrpcHttpMappingEntry['codeProto']['http']>['code']>(code: C) =>
  ({ table: 'http/status-codes', code }) as const;

/** The four cells of a row in which every implementation gives code.proto's status and nothing changed. */
const agreed = (status: NonNullable<GrpcHttpMappingEntry['codeProto']['http']>['code']) =>
  ({
    codeProto: same(http(status), mappingSources.codeProto),
    grpcGateway: same(http(status), mappingSources.grpcGateway),
    connect: same(http(status), mappingSources.connectProtocol),
    envoy: same(http(status), mappingSources.envoy),
  }) satisfies Pick<GrpcHttpMappingEntry, MappingImplementationId>;

export const grpcHttpMappings = [
  {
    code: 0,
    name: 'OK',
    nameEs: 'correcto',
    grpc: { table: 'grpc/status-codes', code: 'OK' },
    connectCode: null,
    ...agreed(200),
    description: {
      en: 'Success is 200 everywhere. Connect has no `ok` error code: a successful unary call is simply a 200 response with the message.',
      es: 'El éxito es 200 en todas partes. Connect no tiene un código de error `ok`: una llamada unaria correcta es simplemente una respuesta 200 con el mensaje.',
    },
  },
  {
    code: 1,
    name: 'CANCELLED',
    nameEs: 'cancelado',
    grpc: { table: 'grpc/status-codes', code: 'CANCELLED' },
    connectCode: 'canceled',
    codeProto: same(http(499), mappingSources.codeProto),
    grpcGateway: {
      http: http(499),
      source: mappingSources.grpcGateway,
      history: [change(408, 499, gatewayChanges.cancelled499)],
      note: {
        en: 'Every release before v2.13.0, including the whole v1 line, answers 408 Request Timeout.',
        es: 'Todas las versiones anteriores a la v2.13.0, incluida toda la rama v1, responden 408 Request Timeout.',
      },
    },
    connect: {
      http: http(499),
      source: mappingSources.connectProtocol,
      history: [change(408, 499, connect2024)],
    },
    envoy: same(http(499), mappingSources.envoy),
    description: {
      en: [
        'All four give 499 Client Closed Request today, a status nginx introduced for a client that closes the connection before the response is sent; it is not in the IANA registry, so generic HTTP tools may only see “some 4xx”. Older grpc-gateway and Connect versions answer 408 Request Timeout instead.',
        'Going back, only the grpc-web client turns a 499 into `CANCELLED`; gRPC, Connect and Envoy clients report `UNKNOWN`.',
      ],
      es: [
        'Los cuatro dan hoy 499 Client Closed Request, un estado que introdujo nginx para un cliente que cierra la conexión antes de recibir la respuesta; no figura en el registro de la IANA, por lo que las herramientas HTTP genéricas quizá solo vean «algún 4xx». Las versiones antiguas de grpc-gateway y de Connect responden en cambio 408 Request Timeout.',
        'En sentido contrario, solo el cliente de grpc-web convierte un 499 en `CANCELLED`; los clientes de gRPC y de Connect, y Envoy, notifican `UNKNOWN`.',
      ],
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'grpc-gateway before v2.13.0 (November 2022) and Connect before its 2024 specification change map `CANCELLED` to 408, not to code.proto’s 499.',
          es: 'grpc-gateway antes de la v2.13.0 (noviembre de 2022) y Connect antes del cambio de especificación de 2024 asignan `CANCELLED` al 408, no al 499 de code.proto.',
        },
      },
    ],
  },
  {
    code: 2,
    name: 'UNKNOWN',
    nameEs: 'desconocido',
    grpc: { table: 'grpc/status-codes', code: 'UNKNOWN' },
    connectCode: 'unknown',
    ...agreed(500),
    description: {
      en: '500 everywhere, shared with `INTERNAL` and `DATA_LOSS`. It is also what grpc-gateway, Connect and Envoy return for a code they do not know.',
      es: '500 en todas partes, compartido con `INTERNAL` y `DATA_LOSS`. Es también lo que devuelven grpc-gateway, Connect y Envoy para un código que no conocen.',
    },
  },
  {
    code: 3,
    name: 'INVALID_ARGUMENT',
    nameEs: 'argumento no válido',
    grpc: { table: 'grpc/status-codes', code: 'INVALID_ARGUMENT' },
    connectCode: 'invalid_argument',
    ...agreed(400),
    description: {
      en: '400 everywhere, shared with `FAILED_PRECONDITION` and `OUT_OF_RANGE`. The way back differs: gRPC, Connect and Envoy clients read a bare 400 as `INTERNAL`; only the grpc-web client (and Connect before 2024) reads it as `INVALID_ARGUMENT`.',
      es: '400 en todas partes, compartido con `FAILED_PRECONDITION` y `OUT_OF_RANGE`. El camino de vuelta es distinto: los clientes de gRPC y de Connect, y Envoy, interpretan un 400 sin más como `INTERNAL`; solo el cliente de grpc-web (y Connect antes de 2024) lo interpreta como `INVALID_ARGUMENT`.',
    },
  },
  {
    code: 4,
    name: 'DEADLINE_EXCEEDED',
    nameEs: 'plazo vencido',
    grpc: { table: 'grpc/status-codes', code: 'DEADLINE_EXCEEDED' },
    connectCode: 'deadline_exceeded',
    codeProto: same(http(504), mappingSources.codeProto),
    grpcGateway: {
      http: http(504),
      source: mappingSources.grpcGateway,
      history: [change(408, 504, gatewayChanges.alignWithCodeProto)],
    },
    connect: {
      http: http(504),
      source: mappingSources.connectProtocol,
      history: [change(408, 504, connect2024)],
    },
    envoy: same(http(504), mappingSources.envoy),
    description: {
      en: '504 Gateway Timeout everywhere today. grpc-gateway answered 408 Request Timeout until v1.4.0 (2018), and Connect until its 2024 specification change.',
      es: '504 Gateway Timeout hoy en todas partes. grpc-gateway respondía 408 Request Timeout hasta la v1.4.0 (2018), y Connect hasta su cambio de especificación de 2024.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'grpc-gateway before v1.4.0 and Connect before 2024 map `DEADLINE_EXCEEDED` to 408, not to code.proto’s 504.',
          es: 'grpc-gateway antes de la v1.4.0 y Connect antes de 2024 asignan `DEADLINE_EXCEEDED` al 408, no al 504 de code.proto.',
        },
      },
    ],
  },
  {
    code: 5,
    name: 'NOT_FOUND',
    nameEs: 'no encontrado',
    grpc: { table: 'grpc/status-codes', code: 'NOT_FOUND' },
    connectCode: 'not_found',
    ...agreed(404),
    description: {
      en: '404 everywhere. The way back is the classic trap: a gRPC, Connect or Envoy client that gets a 404 without a status of its own reports `UNIMPLEMENTED` (a 404 from a plain web server usually means the method is not there). Only the grpc-web client reports `NOT_FOUND`.',
      es: '404 en todas partes. El camino de vuelta es la trampa clásica: un cliente de gRPC o de Connect, o Envoy, que recibe un 404 sin estado propio notifica `UNIMPLEMENTED` (un 404 de un servidor web normal suele significar que el método no está ahí). Solo el cliente de grpc-web notifica `NOT_FOUND`.',
    },
  },
  {
    code: 6,
    name: 'ALREADY_EXISTS',
    nameEs: 'ya existe',
    grpc: { table: 'grpc/status-codes', code: 'ALREADY_EXISTS' },
    connectCode: 'already_exists',
    ...agreed(409),
    description: {
      en: '409 Conflict everywhere, shared with `ABORTED`; only the code in the error body tells them apart.',
      es: '409 Conflict en todas partes, compartido con `ABORTED`; solo el código del cuerpo del error permite distinguirlos.',
    },
  },
  {
    code: 7,
    name: 'PERMISSION_DENIED',
    nameEs: 'permiso denegado',
    grpc: { table: 'grpc/status-codes', code: 'PERMISSION_DENIED' },
    connectCode: 'permission_denied',
    ...agreed(403),
    description: {
      en: '403 Forbidden everywhere, and one of the few codes that also survive the way back: every client maps a bare 403 to `PERMISSION_DENIED`.',
      es: '403 Forbidden en todas partes, y uno de los pocos códigos que también sobreviven al camino de vuelta: todos los clientes asignan un 403 sin más a `PERMISSION_DENIED`.',
    },
  },
  {
    code: 8,
    name: 'RESOURCE_EXHAUSTED',
    nameEs: 'recurso agotado',
    grpc: { table: 'grpc/status-codes', code: 'RESOURCE_EXHAUSTED' },
    connectCode: 'resource_exhausted',
    codeProto: same(http(429), mappingSources.codeProto),
    grpcGateway: {
      http: http(429),
      source: mappingSources.grpcGateway,
      history: [change(403, 429, gatewayChanges.alignWithCodeProto)],
      note: {
        en: 'A commit in March 2018 briefly chose 503; it was replaced by 429 before v1.4.0 was released.',
        es: 'Un commit de marzo de 2018 eligió brevemente el 503; se sustituyó por el 429 antes de publicarse la v1.4.0.',
      },
    },
    connect: same(http(429), mappingSources.connectProtocol),
    envoy: same(http(429), mappingSources.envoy),
    description: {
      en: '429 Too Many Requests everywhere today; grpc-gateway answered 403 Forbidden until v1.4.0 (2018). The way back loses it: gRPC, Connect and Envoy clients read a bare 429 as `UNAVAILABLE`, which is retryable; only the grpc-web client reads it as `RESOURCE_EXHAUSTED`.',
      es: '429 Too Many Requests hoy en todas partes; grpc-gateway respondía 403 Forbidden hasta la v1.4.0 (2018). El camino de vuelta lo pierde: los clientes de gRPC y de Connect, y Envoy, interpretan un 429 sin más como `UNAVAILABLE`, que se puede reintentar; solo el cliente de grpc-web lo interpreta como `RESOURCE_EXHAUSTED`.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'grpc-gateway before v1.4.0 maps `RESOURCE_EXHAUSTED` to 403, not to code.proto’s 429.',
          es: 'grpc-gateway antes de la v1.4.0 asigna `RESOURCE_EXHAUSTED` al 403, no al 429 de code.proto.',
        },
      },
    ],
  },
  {
    code: 9,
    name: 'FAILED_PRECONDITION',
    nameEs: 'condición previa no cumplida',
    grpc: { table: 'grpc/status-codes', code: 'FAILED_PRECONDITION' },
    connectCode: 'failed_precondition',
    codeProto: same(http(400), mappingSources.codeProto),
    grpcGateway: {
      http: http(400),
      source: mappingSources.grpcGateway,
      history: [
        change(412, 400, gatewayChanges.alignWithCodeProto),
        change(400, 412, gatewayChanges.preconditionFailed),
        change(412, 400, gatewayChanges.badRequestAgain),
      ],
      note: {
        en: 'The source now carries a comment saying that 400 is deliberate and that the similarly named 412 Precondition Failed is not used.',
        es: 'El código fuente lleva ahora un comentario que dice que el 400 es deliberado y que no se usa el 412 Precondition Failed, de nombre parecido.',
      },
    },
    connect: {
      http: http(400),
      source: mappingSources.connectProtocol,
      history: [change(412, 400, connect2024)],
    },
    envoy: same(http(400), mappingSources.envoy),
    description: {
      en: [
        '400 Bad Request everywhere today, which surprises people who expect 412 Precondition Failed. code.proto says only 400; until 2016 it added that a server seeing ETag-related headers (`If-Match` and the like) might return 412 instead, a remark it no longer makes. For a stale ETag, Google’s AIP-154 now prescribes `ABORTED` (409), not this code.',
        'Older versions differ: grpc-gateway answered 412 before v1.4.0 and again from v1.4.1 to v1.9.4, and Connect answered 412 until its 2024 specification change.',
      ],
      es: [
        '400 Bad Request hoy en todas partes, lo que sorprende a quien espera un 412 Precondition Failed. code.proto solo dice 400; hasta 2016 añadía que un servidor que recibiera cabeceras relacionadas con ETag (`If-Match` y similares) podía devolver 412 en su lugar, una observación que ya no hace. Ante un ETag desactualizado, la AIP-154 de Google prescribe ahora `ABORTED` (409), no este código.',
        'Las versiones antiguas difieren: grpc-gateway respondía 412 antes de la v1.4.0 y de nuevo de la v1.4.1 a la v1.9.4, y Connect respondía 412 hasta su cambio de especificación de 2024.',
      ],
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'grpc-gateway before v1.4.0 and from v1.4.1 to v1.9.4, and Connect before 2024, map `FAILED_PRECONDITION` to 412, not to code.proto’s 400.',
          es: 'grpc-gateway antes de la v1.4.0 y de la v1.4.1 a la v1.9.4, y Connect antes de 2024, asignan `FAILED_PRECONDITION` al 412, no al 400 de code.proto.',
        },
      },
    ],
  },
  {
    code: 10,
    name: 'ABORTED',
    nameEs: 'abortado',
    grpc: { table: 'grpc/status-codes', code: 'ABORTED' },
    connectCode: 'aborted',
    ...agreed(409),
    description: {
      en: '409 Conflict everywhere, shared with `ALREADY_EXISTS`. A client that should retry the whole transaction has to read the code in the error body to know it.',
      es: '409 Conflict en todas partes, compartido con `ALREADY_EXISTS`. Un cliente que debe reintentar la transacción completa tiene que leer el código del cuerpo del error para saberlo.',
    },
  },
  {
    code: 11,
    name: 'OUT_OF_RANGE',
    nameEs: 'fuera de rango',
    grpc: { table: 'grpc/status-codes', code: 'OUT_OF_RANGE' },
    connectCode: 'out_of_range',
    ...agreed(400),
    description: {
      en: '400 Bad Request everywhere, shared with `INVALID_ARGUMENT` and `FAILED_PRECONDITION`.',
      es: '400 Bad Request en todas partes, compartido con `INVALID_ARGUMENT` y `FAILED_PRECONDITION`.',
    },
  },
  {
    code: 12,
    name: 'UNIMPLEMENTED',
    nameEs: 'no implementado',
    grpc: { table: 'grpc/status-codes', code: 'UNIMPLEMENTED' },
    connectCode: 'unimplemented',
    codeProto: same(http(501), mappingSources.codeProto),
    grpcGateway: same(http(501), mappingSources.grpcGateway),
    connect: {
      http: http(501),
      source: mappingSources.connectProtocol,
      history: [change(404, 501, connect2024)],
    },
    envoy: same(http(501), mappingSources.envoy),
    description: {
      en: '501 Not Implemented everywhere today; Connect answered 404 Not Found until its 2024 specification change. On the way back, gRPC, Connect and Envoy read a bare 404 as `UNIMPLEMENTED`, while a bare 501 becomes `UNKNOWN` for them; only the grpc-web client reads a 501 as `UNIMPLEMENTED`.',
      es: '501 Not Implemented hoy en todas partes; Connect respondía 404 Not Found hasta su cambio de especificación de 2024. En el camino de vuelta, gRPC, Connect y Envoy interpretan un 404 sin más como `UNIMPLEMENTED`, mientras que un 501 sin más se convierte para ellos en `UNKNOWN`; solo el cliente de grpc-web interpreta un 501 como `UNIMPLEMENTED`.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Connect before its 2024 specification change maps `unimplemented` to 404, not to code.proto’s 501.',
          es: 'Connect antes de su cambio de especificación de 2024 asigna `unimplemented` al 404, no al 501 de code.proto.',
        },
      },
    ],
  },
  {
    code: 13,
    name: 'INTERNAL',
    nameEs: 'error interno',
    grpc: { table: 'grpc/status-codes', code: 'INTERNAL' },
    connectCode: 'internal',
    ...agreed(500),
    description: {
      en: '500 everywhere, shared with `UNKNOWN` and `DATA_LOSS`. Going back, a bare 500 becomes `UNKNOWN` for every client, never `INTERNAL`.',
      es: '500 en todas partes, compartido con `UNKNOWN` y `DATA_LOSS`. En sentido contrario, un 500 sin más se convierte en `UNKNOWN` para todos los clientes, nunca en `INTERNAL`.',
    },
  },
  {
    code: 14,
    name: 'UNAVAILABLE',
    nameEs: 'no disponible',
    grpc: { table: 'grpc/status-codes', code: 'UNAVAILABLE' },
    connectCode: 'unavailable',
    ...agreed(503),
    description: {
      en: '503 Service Unavailable everywhere, and it survives the way back: every client reads a bare 503 as `UNAVAILABLE`. gRPC, Connect and Envoy clients also read 429, 502 and 504 that way.',
      es: '503 Service Unavailable en todas partes, y sobrevive al camino de vuelta: todos los clientes interpretan un 503 sin más como `UNAVAILABLE`. Los clientes de gRPC y de Connect, y Envoy, interpretan igual el 429, el 502 y el 504.',
    },
  },
  {
    code: 15,
    name: 'DATA_LOSS',
    nameEs: 'pérdida de datos',
    grpc: { table: 'grpc/status-codes', code: 'DATA_LOSS' },
    connectCode: 'data_loss',
    ...agreed(500),
    description: {
      en: '500 everywhere, shared with `UNKNOWN` and `INTERNAL`: an unrecoverable loss looks like any other server error unless the client reads the code in the error body.',
      es: '500 en todas partes, compartido con `UNKNOWN` e `INTERNAL`: una pérdida irrecuperable parece un error de servidor más, salvo que el cliente lea el código del cuerpo del error.',
    },
  },
  {
    code: 16,
    name: 'UNAUTHENTICATED',
    nameEs: 'no autenticado',
    grpc: { table: 'grpc/status-codes', code: 'UNAUTHENTICATED' },
    connectCode: 'unauthenticated',
    ...agreed(401),
    description: {
      en: '401 Unauthorized everywhere, and it survives the way back: every client reads a bare 401 as `UNAUTHENTICATED`.',
      es: '401 Unauthorized en todas partes, y sobrevive al camino de vuelta: todos los clientes interpretan un 401 sin más como `UNAUTHENTICATED`.',
    },
  },
] as const satisfies readonly GrpcHttpMappingEntry[];
