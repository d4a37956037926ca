/**
 * HTTP/2 error codes: the 14 codes of RFC 9113, Section 7, carried by RST_STREAM (one
 * stream) and GOAWAY (the whole connection), and the gRPC status each maps to when a
 * stream is reset, per gRPC's PROTOCOL-HTTP2.md.
 * @see https://www.rfc-editor.org/rfc/rfc9113#section-7
 * @see https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md#errors
 */
import type { TableMeta } from '../../src/schema/entries.ts';
import type { Http2ErrorCodeEntry } from '../../src/schema/layers.ts';

const rfc9113 = (section: string) =>
  ({
    label: `RFC 9113, Section ${section}`,
    url: `https://www.rfc-editor.org/rfc/rfc9113#section-${section}`,
  }) as const;

const errorCodes = rfc9113('7');

/** Where the gRPC mapping and the library readings were read. */
export const grpcMappingSources = {
  protocol: {
    label: 'grpc/grpc: doc/PROTOCOL-HTTP2.md, Errors (commit 010deceb)',
    url: 'https://github.com/grpc/grpc/blob/010decebd96922114400a6490f397367840db2d1/doc/PROTOCOL-HTTP2.md#errors',
  },
  grpcGo: {
    label: 'grpc/grpc-go: internal/transport/http_util.go, http2ErrConvTab (commit 00586ba7)',
    url: 'https://github.com/grpc/grpc-go/blob/00586ba7f105bc2ed12f4302c95cc333bc3aea47/internal/transport/http_util.go',
  },
  grpcJs: {
    label: '@grpc/grpc-js 1.14.7: build/src/subchannel-call.js, RST_STREAM handling',
    url: 'https://www.npmjs.com/package/@grpc/grpc-js/v/1.14.7',
  },
} as const;

const grpcInternal = { table: 'grpc/status-codes', code: 'INTERNAL' } as const;

export const meta = {
  title: {
    en: 'HTTP/2 error codes',
    es: 'Códigos de error de HTTP/2',
  },
  intro: {
    en: [
      'HTTP/2 carries many requests over one connection, each on its own stream, and has two ways to end them early. RST_STREAM resets a single stream and leaves the connection and its other streams alone; GOAWAY announces that the whole connection is closing and tells the peer the last stream that might have been processed. Both frames carry one of these 32-bit error codes, from a single shared code space; some codes only make sense for a stream, others only for the connection.',
      'Browsers and HTTP libraries rarely show these codes to applications: they appear in logs and error messages (`stream error: stream ID 3; REFUSED_STREAM`, `Received RST_STREAM with code 8`). gRPC runs on HTTP/2, so a reset stream also ends the gRPC call on it; each entry gives the gRPC status the call then reports. An unknown code must not trigger any special behavior, and may be treated as INTERNAL_ERROR.',
    ],
    es: [
      'HTTP/2 lleva muchas solicitudes por una sola conexión, cada una en su propio flujo (stream), y tiene dos formas de terminarlas antes de tiempo. RST_STREAM restablece un único flujo y deja intactos la conexión y los demás flujos; GOAWAY anuncia que se cierra toda la conexión e indica al otro extremo el último flujo que puede haberse procesado. Ambas tramas llevan uno de estos códigos de error de 32 bits, que comparten un único espacio de códigos; algunos solo tienen sentido para un flujo, y otros solo para la conexión.',
      'Los navegadores y las bibliotecas HTTP rara vez muestran estos códigos a las aplicaciones: aparecen en registros y mensajes de error (`stream error: stream ID 3; REFUSED_STREAM`, `Received RST_STREAM with code 8`). Como gRPC funciona sobre HTTP/2, un flujo restablecido también termina la llamada gRPC que lleva; cada entrada indica qué estado de gRPC notifica entonces la llamada. Un código desconocido no debe provocar ningún comportamiento especial, y puede tratarse como INTERNAL_ERROR.',
    ],
  },
  sources: [
    errorCodes,
    rfc9113('8.7'),
    grpcMappingSources.protocol,
    grpcMappingSources.grpcGo,
    grpcMappingSources.grpcJs,
  ],
  sections: [
    {
      id: 'grpc-mapping',
      title: {
        en: 'From a reset stream to a gRPC status',
        es: 'De un flujo restablecido a un estado de gRPC',
      },
      body: {
        en: [
          'A gRPC call normally ends with a status in the trailers. When the framing of the call’s messages is corrupt, the runtime may reset the stream instead, and gRPC’s HTTP/2 protocol document says which status each reset becomes. Most codes become `INTERNAL`. Three say something more precise: REFUSED_STREAM becomes `UNAVAILABLE` (nothing was processed, so the call can be retried, possibly elsewhere), ENHANCE_YOUR_CALM becomes `RESOURCE_EXHAUSTED` (the exhausted resource is bandwidth), and INADEQUATE_SECURITY becomes `PERMISSION_DENIED` (the connection is not secure enough for the call).',
          'CANCEL depends on who sent it: from a client, it cancels the call on the server; from a server, the client reports `CANCELLED`, or `DEADLINE_EXCEEDED` if the call’s deadline has passed, since a server resets the stream with CANCEL when the deadline expires. STREAM_CLOSED has no mapping, because there is no open stream left to report it on. HTTP_1_1_REQUIRED is not in the table at all: gRPC cannot fall back to HTTP/1.1, and both libraries checked here report `INTERNAL`.',
          'Libraries follow the table with a few exceptions, shown on the entries: grpc-go reports FLOW_CONTROL_ERROR as `RESOURCE_EXHAUSTED`, and @grpc/grpc-js reports `UNAVAILABLE` when a reset comes from a connection that dropped.',
        ],
        es: [
          'Una llamada gRPC termina normalmente con un estado en los trailers. Cuando la delimitación de los mensajes de la llamada se ha corrompido, el runtime puede restablecer el flujo en su lugar, y el documento del protocolo HTTP/2 de gRPC dice en qué estado se convierte cada restablecimiento. La mayoría de los códigos se convierten en `INTERNAL`. Tres dicen algo más preciso: REFUSED_STREAM se convierte en `UNAVAILABLE` (no se procesó nada y la llamada puede reintentarse, quizá en otro servidor), ENHANCE_YOUR_CALM en `RESOURCE_EXHAUSTED` (el recurso agotado es el ancho de banda) e INADEQUATE_SECURITY en `PERMISSION_DENIED` (la conexión no es lo bastante segura para la llamada).',
          'CANCEL depende de quién lo envíe: si lo envía el cliente, cancela la llamada en el servidor; si lo envía el servidor, el cliente notifica `CANCELLED`, o `DEADLINE_EXCEEDED` si ya venció el plazo de la llamada, porque un servidor restablece el flujo con CANCEL cuando vence el plazo. STREAM_CLOSED no tiene correspondencia, porque no queda ningún flujo abierto en el que notificarlo. HTTP_1_1_REQUIRED ni siquiera figura en la tabla: gRPC no puede recurrir a HTTP/1.1, y las dos bibliotecas consultadas aquí notifican `INTERNAL`.',
          'Las bibliotecas siguen la tabla con algunas excepciones, que se indican en cada entrada: grpc-go notifica FLOW_CONTROL_ERROR como `RESOURCE_EXHAUSTED`, y @grpc/grpc-js notifica `UNAVAILABLE` cuando el restablecimiento viene de una conexión que se cortó.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

export const http2ErrorCodes = [
  {
    code: 0x0,
    name: 'NO_ERROR',
    nameEs: 'sin error',
    hex: '0x0',
    aliases: {
      en: ['0x00', 'no error', 'graceful shutdown', 'GOAWAY NO_ERROR'],
      es: ['0x00', 'sin error', 'cierre ordenado', 'apagado ordenado'],
    },
    spec: errorCodes,
    description: {
      en: [
        'Not an error. In a GOAWAY, it announces a graceful shutdown: the server accepts no new streams on this connection but finishes the ones it has, so open a new connection for new requests and let the ones in flight complete. In an RST_STREAM sent after a complete response, it asks the client to stop sending the rest of the request body, which the server no longer needs.',
        'Nothing to fix. If your client reports an error for it, the client or a proxy in between is mishandling a normal shutdown, for example during a rolling deployment.',
      ],
      es: [
        'No es un error. En un GOAWAY, anuncia un cierre ordenado: el servidor no acepta flujos nuevos en esta conexión, pero termina los que tiene; abre una conexión nueva para las solicitudes nuevas y deja que terminen las que están en curso. En un RST_STREAM enviado tras una respuesta completa, pide al cliente que deje de enviar el resto del cuerpo de la solicitud, que el servidor ya no necesita.',
        'No hay nada que corregir. Si tu cliente lo notifica como error, el cliente o un proxy intermedio está gestionando mal un cierre normal, por ejemplo durante un despliegue gradual.',
      ],
    },
    grpc: {
      rule: 'status',
      status: grpcInternal,
      remark: {
        en: 'A call that ends without a status is an error: the server should have sent an explicit `OK` status in the trailers. gRPC notes that a server may use this reset to lame-duck aggressively, that is, to shed calls while it drains. A gRPC server also sends RST_STREAM with NO_ERROR right after its trailers when the client has not finished sending; that is not an error, because the status has already arrived.',
        es: 'Una llamada que termina sin estado es un error: el servidor debería haber enviado un estado `OK` explícito en los trailers. gRPC señala que un servidor puede usar este restablecimiento para retirarse de forma agresiva (lame duck), es decir, para deshacerse de llamadas mientras drena sus conexiones. Un servidor gRPC también envía RST_STREAM con NO_ERROR justo después de sus trailers cuando el cliente no ha terminado de enviar; eso no es un error, porque el estado ya ha llegado.',
      },
    },
  },
  {
    code: 0x1,
    name: 'PROTOCOL_ERROR',
    nameEs: 'error de protocolo',
    hex: '0x1',
    aliases: {
      en: ['0x01', 'protocol error', 'malformed request', 'malformed header'],
      es: ['0x01', 'error de protocolo', 'solicitud mal formada', 'cabecera mal formada'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('8.1.1'),
    description: {
      en: [
        'The endpoint detected a protocol error and has no more specific code for it. As a stream error, the most common cause is a malformed request or response: an upper-case header field name, a connection-specific header field such as `Connection`, `Keep-Alive` or `Transfer-Encoding`, a missing or repeated pseudo-header field, or a `content-length` that does not match the data.',
        'Look at the headers your code or a proxy adds, since HTTP/1.1 habits are errors in HTTP/2. As a connection error, it points to a bug in one of the two HTTP/2 implementations, or to a TLS 1.2 renegotiation, which HTTP/2 forbids: update the library, and check any intermediary that rewrites frames.',
      ],
      es: [
        'El extremo detectó un error de protocolo y no tiene un código más específico para él. Como error de flujo, la causa más habitual es una solicitud o respuesta mal formada: un nombre de campo de cabecera en mayúsculas, un campo propio de la conexión como `Connection`, `Keep-Alive` o `Transfer-Encoding`, un pseudocampo de cabecera que falta o está repetido, o un `content-length` que no coincide con los datos.',
        'Revisa las cabeceras que añade tu código o un proxy, porque las costumbres de HTTP/1.1 son errores en HTTP/2. Como error de conexión, apunta a un fallo de una de las dos implementaciones de HTTP/2, o a una renegociación de TLS 1.2, que HTTP/2 prohíbe: actualiza la biblioteca y revisa cualquier intermediario que reescriba tramas.',
      ],
    },
    grpc: { rule: 'status', status: grpcInternal },
  },
  {
    code: 0x2,
    name: 'INTERNAL_ERROR',
    nameEs: 'error interno',
    hex: '0x2',
    aliases: {
      en: ['0x02', 'internal error', 'RST_STREAM 2'],
      es: ['0x02', 'error interno', 'fallo interno'],
    },
    spec: errorCodes,
    description: {
      en: [
        'The endpoint hit an unexpected internal error: the HTTP/2 counterpart of a 500, at the level of the stream or the connection. Typical causes are a server handler that crashed after the response had started, or a proxy whose upstream connection failed in the middle of a response.',
        'Retry only requests that are safe to repeat, since the other side may have processed part of the request. If it repeats, the logs of the side that sent it (often a proxy) will say what failed.',
      ],
      es: [
        'El extremo sufrió un error interno inesperado: el equivalente en HTTP/2 de un 500, en el nivel del flujo o de la conexión. Las causas típicas son un manejador del servidor que falló después de empezar la respuesta, o un proxy cuya conexión con el servidor de origen se cayó en mitad de una respuesta.',
        'Reintenta solo las solicitudes que se puedan repetir sin riesgo, porque el otro extremo puede haber procesado parte de la solicitud. Si se repite, los registros del extremo que lo envió (a menudo un proxy) dirán qué falló.',
      ],
    },
    grpc: {
      rule: 'status',
      status: grpcInternal,
      libraries: [
        {
          library: 'grpc-js',
          status: { table: 'grpc/status-codes', code: 'UNAVAILABLE' },
          note: {
            en: 'When Node reports the reset because the connection itself failed locally (`ECONNRESET` or `ETIMEDOUT`), @grpc/grpc-js reports `UNAVAILABLE` instead of `INTERNAL`.',
            es: 'Cuando Node notifica el restablecimiento porque la propia conexión falló localmente (`ECONNRESET` o `ETIMEDOUT`), @grpc/grpc-js notifica `UNAVAILABLE` en lugar de `INTERNAL`.',
          },
          source: grpcMappingSources.grpcJs,
        },
      ],
    },
  },
  {
    code: 0x3,
    name: 'FLOW_CONTROL_ERROR',
    nameEs: 'error de control de flujo',
    hex: '0x3',
    aliases: {
      en: ['0x03', 'flow control error', 'flow-control window exceeded', 'window overflow'],
      es: ['0x03', 'error de control de flujo', 'ventana de control de flujo superada'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('6.9.1'),
    description: {
      en: [
        'The peer broke flow control: it sent more data than the receiver’s window allowed, or a WINDOW_UPDATE pushed a window past its maximum of 2^31-1 bytes. It can be a stream error or, for the connection’s window, a connection error.',
        'This is an implementation bug, not something an application causes by sending too much. Update the HTTP/2 or gRPC library on both sides, and check custom window settings on proxies in between.',
      ],
      es: [
        'El otro extremo incumplió el control de flujo: envió más datos de los que permitía la ventana del receptor, o un WINDOW_UPDATE llevó una ventana más allá de su máximo de 2^31-1 bytes. Puede ser un error de flujo o, para la ventana de la conexión, un error de conexión.',
        'Es un fallo de implementación, no algo que provoque una aplicación por enviar demasiado. Actualiza la biblioteca HTTP/2 o gRPC en ambos extremos y revisa los ajustes de ventana personalizados de los proxies intermedios.',
      ],
    },
    grpc: {
      rule: 'status',
      status: grpcInternal,
      libraries: [
        {
          library: 'grpc-go',
          status: { table: 'grpc/status-codes', code: 'RESOURCE_EXHAUSTED' },
          note: {
            en: 'grpc-go maps FLOW_CONTROL_ERROR to `RESOURCE_EXHAUSTED`, not to `INTERNAL` as gRPC’s table does.',
            es: 'grpc-go asigna FLOW_CONTROL_ERROR a `RESOURCE_EXHAUSTED`, no a `INTERNAL` como hace la tabla de gRPC.',
          },
          source: grpcMappingSources.grpcGo,
        },
      ],
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'gRPC’s protocol document maps FLOW_CONTROL_ERROR to `INTERNAL`, but grpc-go reports `RESOURCE_EXHAUSTED`, so the status you see depends on the library.',
          es: 'El documento del protocolo de gRPC asigna FLOW_CONTROL_ERROR a `INTERNAL`, pero grpc-go notifica `RESOURCE_EXHAUSTED`: el estado que veas depende de la biblioteca.',
        },
      },
    ],
  },
  {
    code: 0x4,
    name: 'SETTINGS_TIMEOUT',
    nameEs: 'tiempo de espera de SETTINGS agotado',
    hex: '0x4',
    aliases: {
      en: ['0x04', 'settings timeout', 'SETTINGS not acknowledged'],
      es: ['0x04', 'tiempo de espera de settings', 'SETTINGS sin confirmar'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('6.5.3'),
    description: {
      en: [
        'The endpoint sent a SETTINGS frame and did not receive the acknowledgment in time. It is a connection error: the whole connection is closed.',
        'The peer is stuck, overloaded or not really speaking HTTP/2, or the network is dropping data. Open a new connection; if it keeps happening with one peer, check its health and anything in between that might hold back frames.',
      ],
      es: [
        'El extremo envió una trama SETTINGS y no recibió a tiempo la confirmación. Es un error de conexión: se cierra toda la conexión.',
        'El otro extremo está bloqueado, saturado o no habla realmente HTTP/2, o la red está perdiendo datos. Abre una conexión nueva; si sigue ocurriendo con el mismo extremo, revisa su estado y cualquier intermediario que pueda retener tramas.',
      ],
    },
    grpc: { rule: 'status', status: grpcInternal },
  },
  {
    code: 0x5,
    name: 'STREAM_CLOSED',
    nameEs: 'flujo cerrado',
    hex: '0x5',
    aliases: {
      en: ['0x05', 'stream closed', 'frame after END_STREAM'],
      es: ['0x05', 'flujo cerrado', 'trama después de END_STREAM'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('5.1'),
    description: {
      en: [
        'The endpoint received a frame on a stream after that stream was half-closed, for example DATA after the peer had already set END_STREAM. Depending on the state, it is a stream or a connection error.',
        'Usually a race condition or a bug in the stream handling of a library or a proxy: update it. An application cannot cause it through the normal APIs.',
      ],
      es: [
        'El extremo recibió una trama en un flujo después de que ese flujo quedara semicerrado, por ejemplo DATA cuando el otro extremo ya había marcado END_STREAM. Según el estado, es un error de flujo o de conexión.',
        'Suele deberse a una condición de carrera o a un fallo en la gestión de flujos de una biblioteca o de un proxy: actualízalo. Una aplicación no puede provocarlo con las APIs normales.',
      ],
    },
    grpc: {
      rule: 'no-mapping',
      status: null,
      remark: {
        en: 'gRPC’s table gives no status: there is no open stream left to report it on, and implementations should log it.',
        es: 'La tabla de gRPC no da ningún estado: no queda ningún flujo abierto en el que notificarlo, y las implementaciones deberían registrarlo.',
      },
      libraries: [
        {
          library: 'grpc-go',
          status: grpcInternal,
          note: {
            en: 'grpc-go’s conversion table maps it to `INTERNAL`.',
            es: 'La tabla de conversión de grpc-go lo asigna a `INTERNAL`.',
          },
          source: grpcMappingSources.grpcGo,
        },
        {
          library: 'grpc-js',
          status: grpcInternal,
          note: {
            en: '@grpc/grpc-js has no case for it and falls back to `INTERNAL`.',
            es: '@grpc/grpc-js no lo contempla y recurre a `INTERNAL`.',
          },
          source: grpcMappingSources.grpcJs,
        },
      ],
    },
  },
  {
    code: 0x6,
    name: 'FRAME_SIZE_ERROR',
    nameEs: 'error de tamaño de trama',
    hex: '0x6',
    aliases: {
      en: ['0x06', 'frame size error', 'frame too large', 'SETTINGS_MAX_FRAME_SIZE'],
      es: ['0x06', 'error de tamaño de trama', 'trama demasiado grande'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('4.2'),
    description: {
      en: [
        'The endpoint received a frame with an invalid size: larger than the SETTINGS_MAX_FRAME_SIZE it advertised (16,384 bytes unless raised), or the wrong size for its type. A frame that could change the state of the whole connection makes it a connection error.',
        'A wildly wrong size usually means the bytes were not HTTP/2 at all, for example a client speaking cleartext HTTP/2 to a TLS or HTTP/1.1 port. Otherwise, it is a bug in one of the implementations, or a peer that ignores the settings it was sent.',
      ],
      es: [
        'El extremo recibió una trama de tamaño no válido: mayor que el SETTINGS_MAX_FRAME_SIZE que anunció (16 384 bytes si no se ha aumentado), o de un tamaño incorrecto para su tipo. Si la trama podía cambiar el estado de toda la conexión, es un error de conexión.',
        'Un tamaño disparatado suele significar que los bytes no eran HTTP/2, por ejemplo un cliente que habla HTTP/2 sin cifrar a un puerto TLS o HTTP/1.1. Si no es el caso, es un fallo de una de las implementaciones, o un extremo que ignora los ajustes que se le enviaron.',
      ],
    },
    grpc: { rule: 'status', status: grpcInternal },
  },
  {
    code: 0x7,
    name: 'REFUSED_STREAM',
    nameEs: 'flujo rechazado',
    hex: '0x7',
    aliases: {
      en: ['0x07', 'refused stream', 'stream refused', 'safe to retry', 'max concurrent streams'],
      es: ['0x07', 'flujo rechazado', 'se puede reintentar', 'máximo de flujos simultáneos'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('8.7'),
    description: {
      en: [
        'The endpoint refused the stream before doing any application processing on it. This is HTTP/2’s guarantee that nothing happened: a request on a refused stream can be retried, even automatically, and even if its method is not idempotent, such as a POST.',
        'Servers refuse streams when the client opens more than SETTINGS_MAX_CONCURRENT_STREAMS allows, or while shutting down. Retry, on a new connection if this one is going away, and keep the number of concurrent streams within the server’s limit.',
      ],
      es: [
        'El extremo rechazó el flujo antes de que la aplicación empezara a procesarlo. Es la garantía de HTTP/2 de que no ocurrió nada: una solicitud en un flujo rechazado puede reintentarse, incluso de forma automática y aunque su método no sea idempotente, como un POST.',
        'Los servidores rechazan flujos cuando el cliente abre más de los que permite SETTINGS_MAX_CONCURRENT_STREAMS, o mientras se apagan. Reintenta, en una conexión nueva si esta se está cerrando, y mantén el número de flujos simultáneos dentro del límite del servidor.',
      ],
    },
    grpc: {
      rule: 'status',
      status: { table: 'grpc/status-codes', code: 'UNAVAILABLE' },
      remark: {
        en: 'No processing occurred, so the call can be retried, possibly on another server. gRPC clients retry such calls transparently.',
        es: 'No hubo ningún procesamiento: la llamada puede reintentarse, quizá en otro servidor. Los clientes de gRPC reintentan esas llamadas de forma transparente.',
      },
    },
  },
  {
    code: 0x8,
    name: 'CANCEL',
    nameEs: 'cancelación',
    hex: '0x8',
    aliases: {
      en: ['0x08', 'cancel', 'cancelled', 'canceled', 'stream cancelled', 'RST_STREAM 8'],
      es: ['0x08', 'cancelación', 'cancelado', 'flujo cancelado'],
    },
    spec: errorCodes,
    description: {
      en: [
        'The stream is no longer needed. Clients send it when the user navigates away, a request times out or the caller cancels; servers send it when they give up on a request, such as when a gRPC deadline expires. It says nothing about whether the request was processed.',
        'If you did not cancel, find out who did: a timeout in your client or a proxy, or a deadline on the server. A WebSocket carried over HTTP/2 (RFC 8441) uses this code for what would be a TCP reset, so the WebSocket side reports 1006.',
      ],
      es: [
        'El flujo ya no se necesita. Los clientes lo envían cuando el usuario abandona la página, una solicitud agota su tiempo de espera o quien llama la cancela; los servidores lo envían cuando renuncian a una solicitud, por ejemplo al vencer el plazo (deadline) de gRPC. No dice nada de si la solicitud se procesó.',
        'Si no cancelaste tú, averigua quién lo hizo: un tiempo de espera en tu cliente o en un proxy, o un plazo en el servidor. Un WebSocket sobre HTTP/2 (RFC 8441) usa este código para lo que sería un reset de TCP, de modo que en el lado de WebSocket se notifica un 1006.',
      ],
    },
    grpc: {
      rule: 'by-sender',
      status: { table: 'grpc/status-codes', code: 'CANCELLED' },
      fromClient: 'call-cancellation',
      remark: {
        en: 'From a client, it is how gRPC cancels a call (an expired deadline counts as a cancellation too), and the server sees the call as canceled. From a server, the client reports `CANCELLED`, or `DEADLINE_EXCEEDED` if the deadline has already passed. Servers should only reset a call this way when the message bytes are incomplete.',
        es: 'Si lo envía el cliente, es la forma en que gRPC cancela una llamada (un plazo vencido también cuenta como cancelación), y el servidor ve la llamada como cancelada. Si lo envía el servidor, el cliente notifica `CANCELLED`, o `DEADLINE_EXCEEDED` si el plazo ya venció. Los servidores solo deberían restablecer así una llamada cuando los bytes del mensaje están incompletos.',
      },
      libraries: [
        {
          library: 'grpc-js',
          status: { table: 'grpc/status-codes', code: 'UNAVAILABLE' },
          note: {
            en: 'Node reports CANCEL when the connection drops, so @grpc/grpc-js reports `UNAVAILABLE` in that case and `CANCELLED` otherwise.',
            es: 'Como Node notifica CANCEL cuando se corta la conexión, @grpc/grpc-js notifica `UNAVAILABLE` en ese caso y `CANCELLED` en los demás.',
          },
          source: grpcMappingSources.grpcJs,
        },
      ],
    },
  },
  {
    code: 0x9,
    name: 'COMPRESSION_ERROR',
    nameEs: 'error de compresión',
    hex: '0x9',
    aliases: {
      en: ['0x09', 'compression error', 'HPACK error', 'header compression'],
      es: ['0x09', 'error de compresión', 'error de HPACK', 'compresión de cabeceras'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('4.3'),
    description: {
      en: [
        'The endpoint could not keep the header compression (HPACK) context for the connection, typically because a header block failed to decode. The compression state is shared by all streams, so this is always a connection error.',
        'Open a new connection. If it repeats, one implementation is encoding headers incorrectly, or a middlebox is altering frames; very large header sections are a frequent trigger.',
      ],
      es: [
        'El extremo no pudo mantener el contexto de compresión de cabeceras (HPACK) de la conexión, normalmente porque no pudo decodificar un bloque de cabeceras. El estado de compresión lo comparten todos los flujos: siempre es un error de conexión.',
        'Abre una conexión nueva. Si se repite, alguna implementación codifica mal las cabeceras, o un intermediario altera las tramas; las secciones de cabeceras muy grandes son un desencadenante frecuente.',
      ],
    },
    grpc: { rule: 'status', status: grpcInternal },
  },
  {
    code: 0xa,
    name: 'CONNECT_ERROR',
    nameEs: 'error de CONNECT',
    hex: '0xa',
    aliases: {
      en: ['0x0a', 'connect error', 'tunnel error', 'CONNECT tunnel reset'],
      es: ['0x0a', 'error de connect', 'error del túnel', 'túnel restablecido'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('8.5'),
    description: {
      en: [
        'The connection a proxy opened for a CONNECT request (a tunnel) was reset or closed abnormally: the proxy received a TCP reset or another error from the destination and passes it on as a stream error.',
        'The problem is between the proxy and the destination. Check that the destination is reachable from the proxy and accepts the connection, then retry if the protocol inside the tunnel allows it.',
      ],
      es: [
        'La conexión que un proxy abrió para una solicitud CONNECT (un túnel) se restableció o se cerró de forma anómala: el proxy recibió un reset de TCP u otro error del destino y lo transmite como error de flujo.',
        'El problema está entre el proxy y el destino. Comprueba que el destino es accesible desde el proxy y acepta la conexión, y reintenta si el protocolo que va dentro del túnel lo permite.',
      ],
    },
    grpc: { rule: 'status', status: grpcInternal },
  },
  {
    code: 0xb,
    name: 'ENHANCE_YOUR_CALM',
    nameEs: 'cálmate',
    hex: '0xb',
    aliases: {
      en: ['0x0b', 'enhance your calm', 'too_many_pings', 'excessive load', 'rapid reset'],
      es: ['0x0b', 'mantén la calma', 'demasiados pings', 'carga excesiva'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('10.5'),
    description: {
      en: [
        'The endpoint thinks its peer is generating excessive load: too many streams opened and reset, too many PING or SETTINGS frames, floods of small frames, too many pushed streams. Servers use it to defend against denial of service, such as the “rapid reset” attack.',
        'Slow down. gRPC servers send it in a GOAWAY with the debug data `too_many_pings` when a client’s keepalive pings are more frequent than the server allows: raise the client’s keepalive interval, or allow more pings on the server. Otherwise, look for code that opens and cancels streams in a loop.',
      ],
      es: [
        'El extremo considera que el otro está generando una carga excesiva: demasiados flujos abiertos y restablecidos, demasiadas tramas PING o SETTINGS, aluviones de tramas pequeñas, demasiados flujos enviados por push. Los servidores lo usan para defenderse de ataques de denegación de servicio, como el de «rapid reset».',
        'Ve más despacio. Los servidores gRPC lo envían en un GOAWAY con los datos de depuración `too_many_pings` cuando los pings de keepalive de un cliente son más frecuentes de lo que permite el servidor: aumenta el intervalo de keepalive del cliente, o permite más pings en el servidor. Si no, busca código que abra y cancele flujos en un bucle.',
      ],
    },
    grpc: {
      rule: 'status',
      status: { table: 'grpc/status-codes', code: 'RESOURCE_EXHAUSTED' },
      remark: {
        en: 'The runtime should add detail saying that the exhausted resource is bandwidth.',
        es: 'El runtime debería añadir un detalle que indique que el recurso agotado es el ancho de banda.',
      },
    },
  },
  {
    code: 0xc,
    name: 'INADEQUATE_SECURITY',
    nameEs: 'seguridad insuficiente',
    hex: '0xc',
    aliases: {
      en: ['0x0c', 'inadequate security', 'TLS cipher', 'prohibited cipher suite', 'TLS 1.2 required'],
      es: ['0x0c', 'seguridad insuficiente', 'cifrado TLS no permitido', 'se requiere TLS 1.2'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('9.2'),
    description: {
      en: [
        'The underlying transport does not meet HTTP/2’s minimum security requirements: a TLS version older than 1.2, a cipher suite on RFC 9113’s prohibited list, TLS compression, or an ephemeral key exchange smaller than the minimum (2,048 bits for DHE, 224 bits for ECDHE).',
        'Fix the TLS configuration of the side that negotiated it: enable TLS 1.2 or 1.3 with modern AEAD cipher suites, and disable TLS compression.',
      ],
      es: [
        'El transporte subyacente no cumple los requisitos mínimos de seguridad de HTTP/2: una versión de TLS anterior a la 1.2, un conjunto de cifrado de la lista prohibida del RFC 9113, compresión de TLS, o un intercambio de claves efímero por debajo del mínimo (2048 bits para DHE, 224 bits para ECDHE).',
        'Corrige la configuración de TLS del extremo que lo negoció: activa TLS 1.2 o 1.3 con conjuntos de cifrado AEAD modernos, y desactiva la compresión de TLS.',
      ],
    },
    grpc: {
      rule: 'status',
      status: { table: 'grpc/status-codes', code: 'PERMISSION_DENIED' },
      remark: {
        en: 'The runtime should add detail saying that permission was denied because the protocol is not secure enough for the call.',
        es: 'El runtime debería añadir un detalle que indique que se denegó el permiso porque el protocolo no es lo bastante seguro para la llamada.',
      },
    },
  },
  {
    code: 0xd,
    name: 'HTTP_1_1_REQUIRED',
    nameEs: 'se requiere HTTP/1.1',
    hex: '0xd',
    aliases: {
      en: ['0x0d', 'HTTP/1.1 required', 'downgrade to HTTP/1.1', 'client certificate renegotiation'],
      es: ['0x0d', 'se requiere HTTP/1.1', 'volver a HTTP/1.1', 'renegociación del certificado de cliente'],
    },
    spec: errorCodes,
    seeAlso: rfc9113('9.2.1'),
    description: {
      en: [
        'The endpoint requires HTTP/1.1 for this request. The typical case is a server that wants a client certificate for one resource: HTTP/2 forbids the TLS renegotiation that would ask for it, so the server asks the client to come back over HTTP/1.1.',
        'Browsers retry over HTTP/1.1 on their own. Other clients should do the same for that request, or the server should request the client certificate when the connection is set up.',
      ],
      es: [
        'El extremo exige HTTP/1.1 para esta solicitud. El caso típico es un servidor que quiere un certificado de cliente para un recurso concreto: HTTP/2 prohíbe la renegociación de TLS que permitiría pedirlo, por lo que el servidor pide al cliente que vuelva por HTTP/1.1.',
        'Los navegadores reintentan por HTTP/1.1 por su cuenta. Los demás clientes deberían hacer lo mismo con esa solicitud, o bien el servidor debería pedir el certificado de cliente al establecer la conexión.',
      ],
    },
    grpc: {
      rule: 'not-listed',
      status: null,
      remark: {
        en: 'gRPC’s table has no row for it, and gRPC cannot fall back to HTTP/1.1. Seeing it on a gRPC call usually means a proxy in front of the server does not support HTTP/2 for that route.',
        es: 'La tabla de gRPC no tiene fila para él, y gRPC no puede recurrir a HTTP/1.1. Verlo en una llamada gRPC suele significar que un proxy delante del servidor no admite HTTP/2 para esa ruta.',
      },
      libraries: [
        {
          library: 'grpc-go',
          status: grpcInternal,
          note: {
            en: 'grpc-go’s conversion table maps it to `INTERNAL`.',
            es: 'La tabla de conversión de grpc-go lo asigna a `INTERNAL`.',
          },
          source: grpcMappingSources.grpcGo,
        },
        {
          library: 'grpc-js',
          status: grpcInternal,
          note: {
            en: '@grpc/grpc-js has no case for it and falls back to `INTERNAL`.',
            es: '@grpc/grpc-js no lo contempla y recurre a `INTERNAL`.',
          },
          source: grpcMappingSources.grpcJs,
        },
      ],
    },
  },
] as const satisfies readonly Http2ErrorCodeEntry[];
