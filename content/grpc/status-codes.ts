/**
 * gRPC status codes: the 17 canonical codes of `google.rpc.Code`, with their HTTP
 * mapping, retry advice and the cases in which the gRPC library itself produces
 * them; plus the `google.rpc.Status` message and the standard error detail types.
 * @see https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto
 * @see https://github.com/grpc/grpc/blob/master/doc/statuscodes.md
 */
import type {
  ErrorDetailType,
  GrpcStatusCodeEntry,
  StatusField,
  TableMeta,
} from '../../src/schema/entries.ts';

export const meta = {
  title: {
    en: 'gRPC status codes',
    es: 'Códigos de estado de gRPC',
  },
  intro: {
    en: [
      'Every gRPC call ends with a status: a numeric code, an optional message and, if the server sends them, structured error details. The 17 codes are the canonical error space defined by `google.rpc.Code` in googleapis’ code.proto. gRPC uses the same numbers and names in every language, and Google’s HTTP/JSON APIs use them too, together with the HTTP status listed for each code. `OK` (0) is the only success; every other code is an error. On the gRPC wire itself the HTTP status is 200 even for errors: the code travels in the `grpc-status` trailer, and the HTTP mapping only matters for gateways and HTTP/JSON APIs.',
      'When more than one code applies, return the most specific one: prefer `OUT_OF_RANGE` over `FAILED_PRECONDITION`, and `NOT_FOUND` or `ALREADY_EXISTS` over `FAILED_PRECONDITION`. The gRPC library itself produces only some of the codes (each entry lists when); `INVALID_ARGUMENT`, `NOT_FOUND`, `ALREADY_EXISTS`, `FAILED_PRECONDITION`, `ABORTED`, `OUT_OF_RANGE` and `DATA_LOSS` always come from application code.',
    ],
    es: [
      'Toda llamada gRPC termina con un estado: un código numérico, un mensaje opcional y, si el servidor los envía, detalles de error estructurados. Los 17 códigos forman el espacio de errores canónico que define `google.rpc.Code` en el archivo code.proto de googleapis. gRPC usa los mismos números y nombres en todos los lenguajes, y las APIs HTTP/JSON de Google también los emplean, junto con el estado HTTP que se indica para cada código. `OK` (0) es el único que indica éxito; todos los demás son errores. En la conexión gRPC propiamente dicha, el estado HTTP es 200 incluso cuando hay error: el código viaja en el trailer `grpc-status`, y la correspondencia con HTTP solo importa en gateways y APIs HTTP/JSON.',
      'Cuando se puedan aplicar varios códigos, devuelve el más específico: mejor `OUT_OF_RANGE` que `FAILED_PRECONDITION`, y mejor `NOT_FOUND` o `ALREADY_EXISTS` que `FAILED_PRECONDITION`. La propia biblioteca de gRPC solo genera algunos códigos (cada entrada indica en qué casos); `INVALID_ARGUMENT`, `NOT_FOUND`, `ALREADY_EXISTS`, `FAILED_PRECONDITION`, `ABORTED`, `OUT_OF_RANGE` y `DATA_LOSS` siempre proceden del código de la aplicación.',
    ],
  },
  sources: [
    {
      label: 'googleapis: google/rpc/code.proto',
      url: 'https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto',
    },
    {
      label: 'grpc/grpc: doc/statuscodes.md',
      url: 'https://github.com/grpc/grpc/blob/master/doc/statuscodes.md',
    },
    {
      label: 'googleapis: google/rpc/status.proto',
      url: 'https://github.com/googleapis/googleapis/blob/master/google/rpc/status.proto',
    },
    {
      label: 'googleapis: google/rpc/error_details.proto',
      url: 'https://github.com/googleapis/googleapis/blob/master/google/rpc/error_details.proto',
    },
    {
      label: 'grpc.io: Status Codes',
      url: 'https://grpc.io/docs/guides/status-codes/',
    },
    {
      label: 'grpc.io: Error handling',
      url: 'https://grpc.io/docs/guides/error/',
    },
    {
      label: 'grpc.io: Retry',
      url: 'https://grpc.io/docs/guides/retry/',
    },
    {
      label: 'AIP-194: Automatic retry configuration',
      url: 'https://google.aip.dev/194',
    },
    {
      label: 'AIP-154: Resource freshness validation',
      url: 'https://google.aip.dev/154',
    },
    {
      label: 'grpc-gateway: runtime/errors.go',
      url: 'https://github.com/grpc-ecosystem/grpc-gateway/blob/main/runtime/errors.go',
    },
  ],
  sections: [
    {
      id: 'choosing-failed-precondition-aborted-unavailable',
      title: {
        en: 'Choosing between FAILED_PRECONDITION, ABORTED and UNAVAILABLE',
        es: 'Cómo elegir entre FAILED_PRECONDITION, ABORTED y UNAVAILABLE',
      },
      body: {
        en: [
          'All three codes say that the operation could not be carried out right now, even though the request may be perfectly valid. What separates them is how the client should recover, and code.proto turns that into a simple test.',
          'Use `UNAVAILABLE` if the client can retry just the failing call, preferably with exponential backoff: the service is down, overloaded or restarting, and nothing about the request needs to change.',
          'Use `ABORTED` if the client should retry at a higher level. The typical case is a client-specified test-and-set that fails because the data changed after the client read it: repeating the last write is pointless, so the client must restart the whole read-modify-write sequence (read again, recompute, write again) or rerun the whole transaction.',
          'Use `FAILED_PRECONDITION` if the client should not retry until the system state has been explicitly fixed. If `rmdir` fails because the directory is not empty, retrying achieves nothing until someone deletes the files in it.',
          'The HTTP mapping follows the same split: `UNAVAILABLE` becomes 503, `ABORTED` 409 and `FAILED_PRECONDITION` 400. Google’s API guidelines apply the test to ETags: a request whose ETag no longer matches the resource gets `ABORTED` (AIP-154), because the client has to read the resource again and redo its change, not wait for someone to fix the state.',
        ],
        es: [
          'Los tres códigos indican que la operación no se pudo llevar a cabo en ese momento, aunque la solicitud sea perfectamente válida. Lo que los distingue es cómo debe recuperarse el cliente, y code.proto lo convierte en una prueba sencilla.',
          'Usa `UNAVAILABLE` si el cliente puede limitarse a reintentar la llamada que falló, preferiblemente con backoff exponencial: el servicio está caído, saturado o reiniciándose, y no hay que cambiar nada de la solicitud.',
          'Usa `ABORTED` si el cliente debe reintentar a un nivel superior. El caso típico es una operación test-and-set (comprobar y asignar) indicada por el cliente que falla porque los datos cambiaron después de que los leyera: repetir la última escritura no sirve, y el cliente debe volver a empezar toda la secuencia de lectura-modificación-escritura (leer de nuevo, recalcular y volver a escribir) o repetir la transacción completa.',
          'Usa `FAILED_PRECONDITION` si el cliente no debe reintentar hasta que alguien corrija explícitamente el estado del sistema. Si `rmdir` falla porque el directorio no está vacío, reintentar no sirve de nada hasta que se borren los archivos que contiene.',
          'La correspondencia con HTTP sigue la misma división: `UNAVAILABLE` pasa a ser 503, `ABORTED` 409 y `FAILED_PRECONDITION` 400. Las guías de diseño de APIs de Google aplican esta prueba a los ETag: una solicitud cuyo ETag ya no coincide con el del recurso recibe `ABORTED` (AIP-154), porque el cliente tiene que volver a leer el recurso y rehacer su cambio, no esperar a que alguien corrija el estado.',
        ],
      },
    },
    {
      id: 'choosing-invalid-argument-out-of-range',
      title: {
        en: 'Choosing between INVALID_ARGUMENT and OUT_OF_RANGE',
        es: 'Cómo elegir entre INVALID_ARGUMENT y OUT_OF_RANGE',
      },
      body: {
        en: [
          '`INVALID_ARGUMENT` means the argument is wrong whatever the state of the system, such as a malformed file name. Sending the same request again will always fail.',
          '`OUT_OF_RANGE` means the operation went past the valid range in a way that may be fixed if the system state changes, such as seeking or reading past the current end of a file. code.proto illustrates the line with a 32-bit file system: asked to read at an offset outside [0, 2^32-1], it returns `INVALID_ARGUMENT`, because no file can ever have that offset; asked to read past the current file size, it returns `OUT_OF_RANGE`, because the file may grow.',
          '`OUT_OF_RANGE` also overlaps with `FAILED_PRECONDITION`. Prefer `OUT_OF_RANGE`, the more specific code, whenever it applies: callers iterating through a space (an iterator, a chunked read) can then simply look for `OUT_OF_RANGE` to detect that they are done.',
        ],
        es: [
          '`INVALID_ARGUMENT` indica que el argumento es incorrecto sea cual sea el estado del sistema, como un nombre de archivo mal formado. Repetir la misma solicitud fallará siempre.',
          '`OUT_OF_RANGE` indica que la operación se salió del rango válido de un modo que podría dejar de fallar si cambia el estado del sistema, como buscar o leer más allá del final actual de un archivo. code.proto marca la frontera con un sistema de archivos de 32 bits: si se le pide leer en un offset fuera de [0, 2^32-1], devuelve `INVALID_ARGUMENT`, porque ningún archivo puede tener ese offset; si se le pide leer más allá del tamaño actual del archivo, devuelve `OUT_OF_RANGE`, porque el archivo puede crecer.',
          '`OUT_OF_RANGE` también se solapa con `FAILED_PRECONDITION`. Usa `OUT_OF_RANGE`, que es más específico, siempre que corresponda: así, quien recorre un espacio (un iterador, una lectura por bloques) solo tiene que comprobar si recibe `OUT_OF_RANGE` para saber que ha terminado.',
        ],
      },
    },
    {
      id: 'choosing-not-found-permission-denied',
      title: {
        en: 'Choosing between NOT_FOUND and PERMISSION_DENIED',
        es: 'Cómo elegir entre NOT_FOUND y PERMISSION_DENIED',
      },
      body: {
        en: [
          '`NOT_FOUND` says that a requested entity does not exist. code.proto also allows it when a request is denied to an entire class of users, such as a feature in gradual rollout or behind an undocumented allowlist: for everyone outside that class, the feature simply does not exist.',
          'When a request is denied to some users within a class, as with user-based access control, the server must return `PERMISSION_DENIED`. That code has two limits of its own: it must not be used for rejections caused by exhausting a resource such as a quota (use `RESOURCE_EXHAUSTED`), nor when the caller cannot be identified (use `UNAUTHENTICATED`).',
          '`PERMISSION_DENIED` does not imply that the request is valid, or that the requested entity exists or satisfies other preconditions: once the permission is granted, the same call may still fail with `NOT_FOUND` or `INVALID_ARGUMENT`. As a client, read `NOT_FOUND` as “does not exist, or does not exist for you”: if the name is right, the feature may not be enabled for your account or project.',
        ],
        es: [
          '`NOT_FOUND` indica que una entidad solicitada no existe. code.proto también lo admite cuando se deniega una solicitud a toda una clase de usuarios, por ejemplo en el lanzamiento gradual de una función o con una lista de permitidos no documentada: para quien está fuera de esa clase, la función sencillamente no existe.',
          'Cuando la solicitud se deniega a algunos usuarios dentro de una clase, como ocurre con el control de acceso por usuario, el servidor debe devolver `PERMISSION_DENIED`. Ese código tiene a su vez dos límites: no debe usarse para rechazos causados por haber agotado un recurso, como una cuota (para eso está `RESOURCE_EXHAUSTED`), ni cuando no se puede identificar a quien llama (para eso está `UNAUTHENTICATED`).',
          '`PERMISSION_DENIED` no implica que la solicitud sea válida, ni que la entidad exista o cumpla otras condiciones previas: una vez concedido el permiso, la misma llamada todavía puede fallar con `NOT_FOUND` o `INVALID_ARGUMENT`. Como cliente, interpreta `NOT_FOUND` como «no existe, o no existe para ti»: si el nombre es correcto, puede que la función no esté habilitada para tu cuenta o tu proyecto.',
        ],
      },
    },
    {
      id: 'retrying',
      title: {
        en: 'Which codes to retry',
        es: 'Qué códigos reintentar',
      },
      body: {
        en: [
          'gRPC’s own documentation is careful here: the library produces the same code in different situations, and servers can return those codes too, so there is no fixed list of codes that is safe to retry in every application. Each application has to decide which codes to retry, method by method. Google’s AIP-194 gives a sensible default, and the Retry advice on every code of this page follows its groups.',
          'Yes, with exponential backoff: `UNAVAILABLE`, the one code AIP-194 lists as retryable. Only after something changes: the codes it says not to retry until a resource is created or deleted, the caller is authenticated or given permission, the system state changes, the range is extended or the method is implemented (`NOT_FOUND`, `ALREADY_EXISTS`, `UNAUTHENTICATED`, `PERMISSION_DENIED`, `FAILED_PRECONDITION`, `OUT_OF_RANGE`, `UNIMPLEMENTED`). No: the codes it says never to retry automatically (`OK`, `CANCELLED`, `DEADLINE_EXCEEDED`, `INVALID_ARGUMENT`, `DATA_LOSS`).',
          'AIP-194 has a fourth group, codes that generally should not be retried automatically, and that is where this page has to choose a label. `ABORTED` and `RESOURCE_EXHAUSTED` get “only after something changes”, because AIP-194 itself says how they can be retried: the whole transaction from the start, or after a shortage that is not an exhausted quota. `INTERNAL` and `UNKNOWN` get “no”, because it says to surface them to the application immediately. AIP-194 also lists `UNAUTHORIZED`, which is not a gRPC code.',
          '`UNAVAILABLE` is the retryable code: retry with exponential backoff and a cap on attempts, waiting at least the delay of a `RetryInfo` detail if the server sent one. Even so, it is only safe for calls that can run twice without harm: the server may have received, and even processed, the request before the connection broke.',
          '`ABORTED` should not be retried as a single call: retry the whole transaction or read-modify-write sequence from the start.',
          '`RESOURCE_EXHAUSTED` depends on what ran out. An exhausted quota may not recover for hours, and retries may be billed; a message over the size limit will never fit. A short-lived shortage, such as a rate limit that comes with a `RetryInfo` delay, can be retried after that delay.',
          '`DEADLINE_EXCEEDED` and `CANCELLED` should not be retried automatically: the deadline and the cancellation were the caller’s own decisions. Trying again with a new deadline is an application-level choice, and for calls that change state the first attempt may already have succeeded.',
          '`UNKNOWN`, `INTERNAL` and `DATA_LOSS` should be surfaced to the application, not retried blindly. `INVALID_ARGUMENT` will never succeed as sent. `NOT_FOUND`, `ALREADY_EXISTS`, `PERMISSION_DENIED`, `UNAUTHENTICATED`, `FAILED_PRECONDITION`, `OUT_OF_RANGE` and `UNIMPLEMENTED` will fail the same way until the resource, the credentials, the system state or the server change.',
          'gRPC clients can do the retrying for you: a `retryPolicy` in the service config sets the `retryableStatusCodes`, the maximum number of attempts and the backoff, per method. Even without a policy, and unless retries have been disabled, gRPC transparently retries calls that failed before leaving the client.',
        ],
        es: [
          'La documentación de gRPC es prudente en este punto: la biblioteca produce el mismo código en situaciones distintas y los servidores también pueden devolverlo, de modo que no existe una lista fija de códigos que se puedan reintentar sin riesgo en cualquier aplicación. Cada aplicación debe decidir qué códigos reintentar, método a método. La AIP-194 de Google propone un criterio razonable por defecto, y la indicación «Reintentar» de cada código de esta página sigue sus grupos.',
          'Sí, con backoff exponencial: `UNAVAILABLE`, el único código que la AIP-194 considera reintentable. Solo después de que algo cambie: los códigos que, según la AIP-194, no deben reintentarse hasta que se cree o se borre un recurso, quien llama se autentique o reciba permiso, cambie el estado del sistema, se amplíe el rango o se implemente el método (`NOT_FOUND`, `ALREADY_EXISTS`, `UNAUTHENTICATED`, `PERMISSION_DENIED`, `FAILED_PRECONDITION`, `OUT_OF_RANGE`, `UNIMPLEMENTED`). No: los que no deben reintentarse nunca de forma automática (`OK`, `CANCELLED`, `DEADLINE_EXCEEDED`, `INVALID_ARGUMENT`, `DATA_LOSS`).',
          'La AIP-194 tiene un cuarto grupo, el de los códigos que en general no deben reintentarse automáticamente, y ahí esta página tiene que elegir una etiqueta. `ABORTED` y `RESOURCE_EXHAUSTED` llevan «Solo después de que algo cambie», porque la propia AIP-194 dice cómo pueden reintentarse: la transacción completa desde el principio, o tras una escasez que no sea una cuota agotada. `INTERNAL` y `UNKNOWN` llevan «No», porque la AIP-194 pide comunicarlos de inmediato a la aplicación. La AIP-194 también menciona `UNAUTHORIZED`, que no es un código de gRPC.',
          '`UNAVAILABLE` es el código que se reintenta: hazlo con backoff exponencial y un número máximo de intentos, y espera al menos el retardo del detalle `RetryInfo` si el servidor lo envió. Aun así, solo es seguro en llamadas que se pueden ejecutar dos veces sin consecuencias: puede que el servidor recibiera la solicitud, e incluso que la procesara, antes de que se cortara la conexión.',
          '`ABORTED` no debe reintentarse como una llamada aislada: repite desde el principio la transacción o la secuencia de lectura-modificación-escritura completa.',
          '`RESOURCE_EXHAUSTED` depende de lo que se haya agotado. Una cuota agotada puede tardar horas en recuperarse, y los reintentos pueden facturarse; un mensaje que supera el tamaño máximo no cabrá nunca. Una escasez pasajera, como un límite de solicitudes (rate limit) que viene con un retardo en `RetryInfo`, sí puede reintentarse pasado ese retardo.',
          '`DEADLINE_EXCEEDED` y `CANCELLED` no deben reintentarse automáticamente: tanto el plazo (deadline) como la cancelación fueron decisiones de quien hizo la llamada. Volver a intentarlo con un plazo nuevo es una decisión de la aplicación, y en las llamadas que cambian el estado el primer intento puede haberse completado ya.',
          '`UNKNOWN`, `INTERNAL` y `DATA_LOSS` deben comunicarse a la aplicación, no reintentarse a ciegas. `INVALID_ARGUMENT` no funcionará nunca tal como se envió. `NOT_FOUND`, `ALREADY_EXISTS`, `PERMISSION_DENIED`, `UNAUTHENTICATED`, `FAILED_PRECONDITION`, `OUT_OF_RANGE` y `UNIMPLEMENTED` fallarán igual mientras no cambien el recurso, las credenciales, el estado del sistema o el servidor.',
          'Los clientes de gRPC pueden encargarse de los reintentos: una `retryPolicy` en la configuración del servicio (service config) fija, para cada método, los `retryableStatusCodes`, el número máximo de intentos y el backoff. Incluso sin política, y salvo que se hayan desactivado los reintentos, gRPC reintenta de forma transparente las llamadas que fallaron antes de salir del cliente.',
        ],
      },
    },
    {
      id: 'status-message',
      title: {
        en: 'The google.rpc.Status message',
        es: 'El mensaje google.rpc.Status',
      },
      body: {
        en: [
          '`google.rpc.Status`, defined in status.proto, is a logical error model that works for both RPC and REST APIs; gRPC and Google’s APIs use it. Each `Status` carries three things: `code`, a `google.rpc.Code` value; `message`, a developer-facing error message that should be in English; and `details`, a list of messages, each packed in a `google.protobuf.Any`, with structured information about the error.',
          'Do not show `message` to end users, and do not translate it. Any user-facing message should be localized and sent in `details` (as a `LocalizedMessage`), or localized by the client. Plain gRPC carries only the code and the message, in the `grpc-status` and `grpc-message` trailers; the full `Status`, details included, travels as described under standard error details.',
        ],
        es: [
          '`google.rpc.Status`, definido en status.proto, es un modelo lógico de error que sirve tanto para APIs RPC como REST; lo usan gRPC y las APIs de Google. Cada `Status` contiene tres datos: `code`, un valor de `google.rpc.Code`; `message`, un mensaje de error dirigido a desarrolladores que debe estar en inglés; y `details`, una lista de mensajes, cada uno empaquetado en un `google.protobuf.Any`, con información estructurada sobre el error.',
          'No muestres `message` a los usuarios finales ni lo traduzcas. Cualquier mensaje destinado al usuario debe localizarse y enviarse en `details` (como `LocalizedMessage`), o bien localizarlo el cliente. gRPC por sí solo transporta únicamente el código y el mensaje, en los trailers `grpc-status` y `grpc-message`; el `Status` completo, con sus detalles, viaja como se explica en el apartado de detalles de error estándar.',
        ],
      },
      example: {
        language: 'proto',
        code: `message Status {
  int32 code = 1;
  string message = 2;
  repeated google.protobuf.Any details = 3;
}`,
      },
    },
    {
      id: 'error-details',
      title: {
        en: 'Standard error details',
        es: 'Detalles de error estándar',
      },
      body: {
        en: [
          'error_details.proto defines a common set of messages to put in `Status.details`, so that clients can act on an error programmatically instead of parsing `message`: `ErrorInfo` (a machine-readable reason), `RetryInfo` (when to retry), `QuotaFailure`, `PreconditionFailure` and `BadRequest` (what exactly failed), `ResourceInfo`, `RequestInfo`, `DebugInfo`, `Help` and `LocalizedMessage`. Each entry of `details` is a `google.protobuf.Any` and so carries its type URL, for example `type.googleapis.com/google.rpc.RetryInfo`; a client unpacks the types it knows and ignores the rest.',
          'Over gRPC, libraries that support this richer error model send the whole serialized `Status` in the binary trailer `grpc-status-details-bin`, next to `grpc-status` and `grpc-message`, whose code and message it should repeat. Client libraries decode it for you: `status.FromError` and `Details()` in Go, `StatusProto.fromThrowable` in Java, `rpc_status.from_call` in Python. Over HTTP/JSON, as in Google’s REST APIs or grpc-gateway, the status is returned as JSON and each detail has an `@type` field with its type URL.',
          'Keep details small and do not rely on them alone: proxies and loggers cannot see inside them, and a large details payload can exceed header size limits, in which case the original error is lost.',
        ],
        es: [
          'error_details.proto define un conjunto común de mensajes para incluir en `Status.details`, de modo que los clientes puedan reaccionar a un error de forma programática en lugar de analizar `message`: `ErrorInfo` (un motivo legible por máquina), `RetryInfo` (cuándo reintentar), `QuotaFailure`, `PreconditionFailure` y `BadRequest` (qué falló exactamente), `ResourceInfo`, `RequestInfo`, `DebugInfo`, `Help` y `LocalizedMessage`. Cada elemento de `details` es un `google.protobuf.Any` y, por tanto, lleva la URL de su tipo, por ejemplo `type.googleapis.com/google.rpc.RetryInfo`; el cliente desempaqueta los tipos que conoce e ignora el resto.',
          'En gRPC, las bibliotecas que admiten este modelo de error enriquecido envían el `Status` completo serializado en el trailer binario `grpc-status-details-bin`, junto a `grpc-status` y `grpc-message`, cuyo código y mensaje debe repetir. Las bibliotecas cliente lo decodifican por ti: `status.FromError` y `Details()` en Go, `StatusProto.fromThrowable` en Java, `rpc_status.from_call` en Python. En HTTP/JSON, como en las APIs REST de Google o en grpc-gateway, el estado se devuelve en JSON y cada detalle lleva un campo `@type` con la URL de su tipo.',
          'Mantén los detalles pequeños y no dependas solo de ellos: los proxies y los sistemas de registro no ven su contenido, y unos detalles demasiado grandes pueden superar el límite de tamaño de las cabeceras, con lo que se pierde el error original.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

export const grpcStatusCodes = [
  {
    code: 0,
    name: 'OK',
    nameEs: 'correcto',
    description: {
      en: 'Not an error: the call completed successfully. It is the only code that signals success, and a server returns it simply by finishing the call normally. There is nothing to retry.',
      es: 'No es un error: la llamada se completó correctamente. Es el único código que indica éxito, y el servidor lo devuelve simplemente al terminar la llamada con normalidad. No hay nada que reintentar.',
    },
    http: { table: 'http/status-codes', code: 200 },
    retry: 'no',
    libraryCases: [],
  },
  {
    code: 1,
    name: 'CANCELLED',
    nameEs: 'cancelado',
    aliases: { en: ['canceled'] },
    description: {
      en: [
        'The operation was canceled, typically by the caller: the client canceled the call, the context or parent call it belonged to was canceled, or the client went away. The gRPC library generates it on both sides; on the server it usually means nobody is waiting for the answer any more, so the handler can stop working on the request.',
        'Do not retry it automatically: a cancellation is a decision that must be honored. If your code did not cancel the call, find out what did, such as a canceled parent context or a client that was shutting down. An expired deadline is reported as `DEADLINE_EXCEEDED`, not as `CANCELLED`.',
      ],
      es: [
        'La operación se canceló, normalmente por iniciativa de quien hizo la llamada: el cliente canceló la llamada, se canceló el contexto o la llamada padre a la que pertenecía, o el cliente se desconectó. La biblioteca de gRPC lo genera en ambos lados; en el servidor suele significar que ya nadie espera la respuesta y que se puede dejar de procesar la solicitud.',
        'No lo reintentes automáticamente: una cancelación es una decisión que hay que respetar. Si tu código no canceló la llamada, averigua qué lo hizo, por ejemplo un contexto padre cancelado o un cliente que se estaba cerrando. Un plazo (deadline) vencido se notifica como `DEADLINE_EXCEEDED`, no como `CANCELLED`.',
      ],
    },
    http: { table: 'http/status-codes', code: 499 },
    httpNote: {
      en: '499 Client Closed Request is not a standard HTTP status: it comes from nginx, which uses it when the client closes the connection before the response is sent. grpc-gateway mapped `CANCELLED` to 408 Request Timeout until v2.13.0, so older gateways still answer 408.',
      es: '499 Client Closed Request no es un estado HTTP estándar: procede de nginx, que lo usa cuando el cliente cierra la conexión antes de recibir la respuesta. grpc-gateway asignaba `CANCELLED` a 408 Request Timeout hasta la versión v2.13.0, y los gateways anteriores siguen respondiendo 408.',
    },
    retry: 'no',
    libraryCases: [
      {
        side: 'both',
        situation: {
          en: 'The client application canceled the request.',
          es: 'La aplicación cliente canceló la solicitud.',
        },
      },
    ],
  },
  {
    code: 2,
    name: 'UNKNOWN',
    nameEs: 'desconocido',
    description: {
      en: [
        'An unknown error. code.proto gives two typical sources: a `Status` received from another address space that belongs to an error space unknown in this one, and errors raised by APIs that do not return enough information to choose a better code.',
        'In practice it most often means that the server handler threw an exception, or ended the call without returning a status, and the library filled in `UNKNOWN`. The client reports it too when it cannot parse the status it received, and when an HTTP response without `grpc-status` has a status gRPC does not map, including a 200 from something that is not a gRPC server. Start with the server logs and the error message.',
        'Do not retry automatically: the cause is unknown, and the server may already have carried out the operation. On the server side, map errors to a specific code instead of letting exceptions escape as `UNKNOWN`.',
      ],
      es: [
        'Un error desconocido. code.proto menciona dos orígenes típicos: un `Status` recibido de otro espacio de direcciones que pertenece a un espacio de errores desconocido en este, y los errores de APIs que no devuelven información suficiente para elegir un código mejor.',
        'En la práctica, lo más habitual es que el método del servidor lanzara una excepción, o terminara la llamada sin devolver un estado, y la biblioteca pusiera `UNKNOWN` en su lugar. El cliente también lo notifica cuando no puede interpretar el estado recibido, y cuando una respuesta HTTP sin `grpc-status` trae un estado que gRPC no asigna a ningún código, incluido un 200 de algo que no es un servidor gRPC. Empieza por los registros del servidor y el mensaje de error.',
        'No lo reintentes automáticamente: la causa es desconocida y puede que el servidor ya haya realizado la operación. En el lado del servidor, asigna a cada error un código específico en vez de dejar que las excepciones acaben como `UNKNOWN`.',
      ],
    },
    http: { table: 'http/status-codes', code: 500 },
    httpNote: {
      en: '`INTERNAL` and `DATA_LOSS` also map to 500; over HTTP/JSON, only the code in the error body tells them apart.',
      es: '`INTERNAL` y `DATA_LOSS` también corresponden a 500; en HTTP/JSON, solo el código del cuerpo del error permite distinguirlos.',
    },
    retry: 'no',
    libraryCases: [
      {
        side: 'server',
        situation: {
          en: 'The server application threw an exception, or did something other than return a status to end the call.',
          es: 'La aplicación del servidor lanzó una excepción, o terminó la llamada de otra forma que no fuera devolviendo un estado.',
        },
      },
      {
        side: 'client',
        situation: {
          en: 'The client could not parse the status it received.',
          es: 'El cliente no pudo interpretar el estado que recibió.',
        },
      },
    ],
    notes: [
      {
        kind: 'info',
        text: {
          en: 'A gRPC client that receives an HTTP response without `grpc-status` also reports `UNKNOWN` for every HTTP status not in gRPC’s HTTP-to-gRPC table, including 200.',
          es: 'Un cliente gRPC que recibe una respuesta HTTP sin `grpc-status` también notifica `UNKNOWN` para cualquier estado HTTP que no figure en la tabla de HTTP a gRPC, incluido el 200.',
        },
      },
    ],
  },
  {
    code: 3,
    name: 'INVALID_ARGUMENT',
    nameEs: 'argumento no válido',
    aliases: { es: ['argumento inválido'] },
    description: {
      en: [
        'The client specified an invalid argument, such as a malformed name or a value the API does not accept. Unlike `FAILED_PRECONDITION`, it describes arguments that are wrong regardless of the state of the system, so the same request will always fail.',
        'Do not retry: fix the request. Servers should say which field is wrong, ideally in a `BadRequest` detail, and should use `OUT_OF_RANGE` or `FAILED_PRECONDITION` instead when the value could become acceptable in another state. The gRPC library never generates this code, so it always comes from the application; a request message that cannot be parsed is reported as `INTERNAL`.',
      ],
      es: [
        'El cliente especificó un argumento no válido, como un nombre mal formado o un valor que la API no acepta. A diferencia de `FAILED_PRECONDITION`, se refiere a argumentos que son incorrectos sea cual sea el estado del sistema: la misma solicitud fallará siempre.',
        'No reintentes: corrige la solicitud. El servidor debería indicar qué campo es incorrecto, a ser posible en un detalle `BadRequest`, y usar `OUT_OF_RANGE` o `FAILED_PRECONDITION` si el valor pudiera ser aceptable en otro estado. La biblioteca de gRPC nunca genera este código: siempre procede de la aplicación; un mensaje de solicitud que no se puede interpretar se notifica como `INTERNAL`.',
      ],
    },
    http: { table: 'http/status-codes', code: 400 },
    httpNote: {
      en: '`FAILED_PRECONDITION` and `OUT_OF_RANGE` also map to 400; over HTTP/JSON, only the code in the error body tells them apart.',
      es: '`FAILED_PRECONDITION` y `OUT_OF_RANGE` también corresponden a 400; en HTTP/JSON, solo el código del cuerpo del error permite distinguirlos.',
    },
    retry: 'no',
    libraryCases: [],
  },
  {
    code: 4,
    name: 'DEADLINE_EXCEEDED',
    nameEs: 'plazo superado',
    aliases: { en: ['timeout', 'timed out'], es: ['tiempo de espera agotado'] },
    description: {
      en: [
        'The deadline expired before the operation could complete. The gRPC library generates it on both sides when the deadline passes before the server returns a status, whether the request never reached the server or the server was too slow to answer.',
        'For operations that change the state of the system, it does not mean the operation failed: it may have completed, and only the response arrived too late. Check the outcome, or make the call idempotent (for example with a request ID), before doing it again.',
        'Do not retry it automatically: the deadline was the caller’s choice, and it must be honored. Find out whether the deadline is too tight for the work, whether the server or something it depends on is slow, or whether the call never left the client, for example because it was waiting for a connection with wait-for-ready.',
      ],
      es: [
        'El plazo (deadline) venció antes de que la operación pudiera completarse. La biblioteca de gRPC lo genera en ambos lados cuando el plazo vence antes de que el servidor devuelva un estado, tanto si la solicitud no llegó al servidor como si este tardó demasiado en responder.',
        'En las operaciones que cambian el estado del sistema, no significa que la operación fallara: puede que se completara y que solo la respuesta llegara tarde. Comprueba el resultado, o haz que la llamada sea idempotente (por ejemplo, con un ID de solicitud), antes de repetirla.',
        'No lo reintentes automáticamente: el plazo lo eligió quien hizo la llamada, y hay que respetarlo. Averigua si el plazo es demasiado corto para el trabajo, si el servidor o algo de lo que depende va lento, o si la llamada ni siquiera salió del cliente, por ejemplo porque esperaba una conexión con wait-for-ready.',
      ],
    },
    http: { table: 'http/status-codes', code: 504 },
    retry: 'no',
    libraryCases: [
      {
        side: 'both',
        situation: {
          en: 'The deadline expired before the server returned a status.',
          es: 'El plazo venció antes de que el servidor devolviera un estado.',
        },
      },
      {
        side: 'both',
        situation: {
          en: 'No response arrived before the deadline, either because the client could not send the request or because the server did not answer in time.',
          es: 'No llegó ninguna respuesta antes de que venciera el plazo, porque el cliente no pudo enviar la solicitud o porque el servidor no respondió a tiempo.',
        },
      },
    ],
  },
  {
    code: 5,
    name: 'NOT_FOUND',
    nameEs: 'no encontrado',
    description: {
      en: [
        'Some requested entity, such as a file or a directory, was not found. The gRPC library never generates this code, so it always means the application looked for a resource; a method or service the server does not have is reported as `UNIMPLEMENTED`.',
        'Servers may also use it when a request is denied to an entire class of users, such as a feature in gradual rollout or behind an undocumented allowlist. When the denial depends on the individual user, as with user-based access control, they must return `PERMISSION_DENIED` instead.',
        'Retrying the same call will not help until the resource exists: check the name or ID, the project or region it lives in, and whether the feature is enabled for you.',
      ],
      es: [
        'No se encontró alguna entidad solicitada, como un archivo o un directorio. Como la biblioteca de gRPC nunca genera este código, siempre significa que la aplicación buscó un recurso; un método o servicio que el servidor no tiene se notifica como `UNIMPLEMENTED`.',
        'El servidor también puede usarlo cuando deniega una solicitud a toda una clase de usuarios, por ejemplo en el lanzamiento gradual de una función o con una lista de permitidos no documentada. Cuando la denegación depende de cada usuario, como en el control de acceso por usuario, debe devolver `PERMISSION_DENIED`.',
        'Reintentar la misma llamada no servirá mientras el recurso no exista: revisa el nombre o el ID, el proyecto o la región donde está, y si la función está habilitada para ti.',
      ],
    },
    http: { table: 'http/status-codes', code: 404 },
    retry: 'conditional',
    libraryCases: [],
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Older versions of code.proto said that, for privacy reasons, `NOT_FOUND` might be returned when the client lacks access rights to the entity. The current text limits that to requests denied to a whole class of users and requires `PERMISSION_DENIED` for per-user access control. Servers written to the older guidance may still answer `NOT_FOUND` for a resource you are not allowed to see, so check your credentials and permissions as well.',
          es: 'Las versiones antiguas de code.proto decían que, por motivos de privacidad, se podía devolver `NOT_FOUND` cuando el cliente no tiene derechos de acceso a la entidad. El texto actual lo limita a solicitudes denegadas a toda una clase de usuarios y exige `PERMISSION_DENIED` para el control de acceso por usuario. Los servidores que siguen la pauta antigua pueden responder todavía `NOT_FOUND` ante un recurso que no tienes permiso para ver; revisa también tus credenciales y permisos.',
        },
      },
    ],
  },
  {
    code: 6,
    name: 'ALREADY_EXISTS',
    nameEs: 'ya existe',
    description: {
      en: 'The entity that the client tried to create, such as a file or a directory, already exists. It always comes from the application. Do not repeat the create as it is: pick another name, or fetch and use the existing entity. If this create was itself a retry after `DEADLINE_EXCEEDED` or `UNAVAILABLE`, the entity may come from your own first attempt, which did succeed, so check before treating it as a conflict.',
      es: 'La entidad que el cliente intentó crear, como un archivo o un directorio, ya existe. Siempre procede de la aplicación. No repitas la creación tal cual: elige otro nombre, o recupera la entidad existente y úsala. Si esta creación era a su vez un reintento después de un `DEADLINE_EXCEEDED` o un `UNAVAILABLE`, puede que la entidad sea fruto de tu primer intento, que sí tuvo éxito: compruébalo antes de tratarlo como un conflicto.',
    },
    http: { table: 'http/status-codes', code: 409 },
    httpNote: {
      en: '`ABORTED` also maps to 409; over HTTP/JSON, only the code in the error body tells them apart.',
      es: '`ABORTED` también corresponde a 409; en HTTP/JSON, solo el código del cuerpo del error permite distinguirlos.',
    },
    retry: 'conditional',
    libraryCases: [],
  },
  {
    code: 7,
    name: 'PERMISSION_DENIED',
    nameEs: 'permiso denegado',
    aliases: { en: ['access denied'], es: ['acceso denegado'] },
    description: {
      en: [
        'The caller does not have permission to execute the specified operation. code.proto sets two limits on this code: it must not be used for rejections caused by exhausting some resource, such as a quota (that is `RESOURCE_EXHAUSTED`), nor when the caller cannot be identified (that is `UNAUTHENTICATED`). It does not imply that the request is valid, or that the requested entity exists or satisfies other preconditions.',
        'Servers return it when access depends on the individual user, as with user-based access control; a request denied to an entire class of users may be answered with `NOT_FOUND` instead.',
        'Retrying will not help until the permission changes: check which identity the call actually runs as (service account, token, API key) and grant it the role or permission it needs.',
      ],
      es: [
        'Quien llama no tiene permiso para ejecutar la operación indicada. code.proto pone dos límites a este código: no debe usarse para rechazos causados por haber agotado algún recurso, como una cuota (eso es `RESOURCE_EXHAUSTED`), ni cuando no se puede identificar a quien llama (eso es `UNAUTHENTICATED`). Tampoco implica que la solicitud sea válida, ni que la entidad solicitada exista o cumpla otras condiciones previas.',
        'El servidor lo devuelve cuando el acceso depende de cada usuario, como en el control de acceso por usuario; una solicitud denegada a toda una clase de usuarios puede responderse con `NOT_FOUND`.',
        'Reintentar no servirá hasta que cambien los permisos: comprueba con qué identidad se ejecuta realmente la llamada (cuenta de servicio, token, clave de API) y concédele el rol o el permiso que necesita.',
      ],
    },
    http: { table: 'http/status-codes', code: 403 },
    retry: 'conditional',
    libraryCases: [],
    notes: [
      {
        kind: 'info',
        text: {
          en: 'A gRPC client also reports `PERMISSION_DENIED` when it receives a plain HTTP 403 without `grpc-status`, typically from a proxy or load balancer rather than from the gRPC server.',
          es: 'Un cliente gRPC también notifica `PERMISSION_DENIED` cuando recibe un HTTP 403 sin `grpc-status`, normalmente de un proxy o un balanceador de carga y no del servidor gRPC.',
        },
      },
    ],
  },
  {
    code: 8,
    name: 'RESOURCE_EXHAUSTED',
    nameEs: 'recurso agotado',
    aliases: { en: ['quota exceeded', 'rate limit'], es: ['cuota superada', 'límite de solicitudes'] },
    description: {
      en: [
        'Some resource has been exhausted: perhaps a per-user quota or rate limit, perhaps the entire file system is out of space. The gRPC library generates it too: the server when it is temporarily out of resources (for example, flow-control limits), the client when it lacks the memory to hold the response, and either side when a message is larger than the configured limit.',
        'Whether to retry depends on what ran out. A rate limit or a temporary shortage can be retried after a delay, preferably the one in a `RetryInfo` detail, with exponential backoff; an exhausted quota may not recover for hours, and retries may be billed. A message over the size limit will never fit: raise the limit on the receiving side (the receive limit defaults to 4 MiB in the main implementations) or send smaller messages, for example by paging or streaming.',
      ],
      es: [
        'Se ha agotado algún recurso: quizá una cuota o un límite de solicitudes (rate limit) por usuario, quizá el sistema de archivos entero se ha quedado sin espacio. La biblioteca de gRPC también lo genera: el servidor, cuando se queda temporalmente sin recursos (por ejemplo, por los límites del control de flujo); el cliente, cuando no tiene memoria suficiente para la respuesta; y cualquiera de los dos, cuando un mensaje supera el tamaño máximo configurado.',
        'Reintentar o no depende de lo que se haya agotado. Un límite de solicitudes o una escasez pasajera pueden reintentarse tras un retardo, a ser posible el que indique un detalle `RetryInfo`, con backoff exponencial; una cuota agotada puede tardar horas en recuperarse, y los reintentos pueden facturarse. Un mensaje que supera el tamaño máximo no cabrá nunca: sube el límite en el lado que recibe (en las implementaciones principales, el límite de recepción es de 4 MiB por defecto) o envía mensajes más pequeños, por ejemplo paginando o usando streaming.',
      ],
    },
    http: { table: 'http/status-codes', code: 429 },
    retry: 'conditional',
    libraryCases: [
      {
        side: 'server',
        situation: {
          en: 'The server is temporarily out of resources, for example because flow-control limits were reached.',
          es: 'El servidor se ha quedado temporalmente sin recursos, por ejemplo porque se alcanzaron los límites del control de flujo.',
        },
      },
      {
        side: 'client',
        situation: {
          en: 'The client does not have enough memory to hold the server response.',
          es: 'El cliente no tiene memoria suficiente para guardar la respuesta del servidor.',
        },
      },
      {
        side: 'both',
        situation: {
          en: 'A message sent or received was larger than the configured limit.',
          es: 'Un mensaje enviado o recibido superaba el tamaño máximo configurado.',
        },
      },
    ],
  },
  {
    code: 9,
    name: 'FAILED_PRECONDITION',
    nameEs: 'precondición no cumplida',
    description: {
      en: [
        'The operation was rejected because the system is not in the state it requires: for example, the directory to delete is not empty, or `rmdir` was applied to something that is not a directory. The request itself may be perfectly valid; it just cannot run in the current state.',
        'This is the code for failures the client should not retry until the state has been explicitly fixed. If simply retrying the call may work, the right code is `UNAVAILABLE`; if the client should restart a higher-level sequence, it is `ABORTED`. Prefer the more specific `OUT_OF_RANGE`, `NOT_FOUND` or `ALREADY_EXISTS` when they apply.',
        'As a client, do not retry as is: read the message, and any `PreconditionFailure` detail, to learn which condition failed, fix it (empty the directory, accept the terms, enable the feature) and only then try again.',
      ],
      es: [
        'Se rechazó la operación porque el sistema no está en el estado que esta requiere: por ejemplo, el directorio que se quiere eliminar no está vacío, o se aplicó `rmdir` a algo que no es un directorio. La solicitud puede ser perfectamente válida; simplemente no puede ejecutarse en el estado actual.',
        'Es el código para fallos que el cliente no debe reintentar hasta que alguien corrija explícitamente el estado. Si bastara con reintentar la llamada, el código adecuado sería `UNAVAILABLE`; si el cliente tuviera que repetir una secuencia de nivel superior, `ABORTED`. Cuando correspondan, usa los más específicos `OUT_OF_RANGE`, `NOT_FOUND` o `ALREADY_EXISTS`.',
        'Como cliente, no reintentes sin más: lee el mensaje, y el detalle `PreconditionFailure` si lo hay, para saber qué condición falló, corrígela (vacía el directorio, acepta los términos, habilita la función) y solo entonces vuelve a intentarlo.',
      ],
    },
    http: { table: 'http/status-codes', code: 400 },
    httpNote: {
      en: 'code.proto maps it to 400 Bad Request, and grpc-gateway does the same; `INVALID_ARGUMENT` and `OUT_OF_RANGE` also map to 400. Despite the similar name, it is not 412 Precondition Failed, which answers HTTP conditional headers such as `If-Match`: grpc-gateway’s source says it deliberately avoids 412 here, and for a stale ETag Google’s AIP-154 prescribes `ABORTED` (409), not this code.',
      es: 'code.proto lo hace corresponder con 400 Bad Request, y grpc-gateway hace lo mismo; `INVALID_ARGUMENT` y `OUT_OF_RANGE` también corresponden a 400. Pese al nombre parecido, no equivale a 412 Precondition Failed, que responde a cabeceras condicionales de HTTP como `If-Match`: el código fuente de grpc-gateway dice que evita el 412 a propósito, y ante un ETag desactualizado la AIP-154 de Google prescribe `ABORTED` (409), no este código.',
    },
    retry: 'conditional',
    libraryCases: [],
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Older sources still mention 412. Until November 2016, code.proto added that the HTTP specification reserves 412 for requests with ETag-related headers, so a server that saw such headers might return 412 instead; that remark is gone from the current file. grpc-gateway returned 412 for this code in its early versions and again from v1.4.1 (2018) to v1.9.4, and has returned 400 since v1.9.5 (July 2019). AIP-154 answered an ETag mismatch with `FAILED_PRECONDITION` until March 2021, when it switched to `ABORTED`.',
          es: 'Las fuentes antiguas todavía mencionan el 412. Hasta noviembre de 2016, code.proto añadía que la especificación HTTP reserva el 412 para solicitudes con cabeceras relacionadas con ETag, así que un servidor que recibiera esas cabeceras podía devolver 412 en su lugar; esa observación ya no está en el archivo actual. grpc-gateway devolvió 412 para este código en sus primeras versiones y otra vez desde la v1.4.1 (2018) hasta la v1.9.4, y devuelve 400 desde la v1.9.5 (julio de 2019). La AIP-154 respondía a un ETag que no coincide con `FAILED_PRECONDITION` hasta marzo de 2021, cuando pasó a `ABORTED`.',
        },
      },
    ],
  },
  {
    code: 10,
    name: 'ABORTED',
    nameEs: 'anulado',
    aliases: { es: ['abortado'] },
    description: {
      en: [
        'The operation was aborted, typically because of a concurrency issue: a sequencer check failed, a transaction was aborted, or a client-specified test-and-set found that the data had changed since it was read. It always comes from the application.',
        'Do not retry just the failing call; retry at a higher level. Read the data again, recompute and write again, or rerun the whole transaction from the start, with backoff if conflicts keep happening. That is what sets it apart from `UNAVAILABLE` (retry the same call) and `FAILED_PRECONDITION` (do not retry until the state is fixed).',
      ],
      es: [
        'La operación se anuló, normalmente por un problema de concurrencia: falló la comprobación de un secuenciador, se abortó una transacción o un test-and-set indicado por el cliente detectó que los datos habían cambiado desde que los leyó. Siempre procede de la aplicación.',
        'No reintentes solo la llamada que falló; reintenta a un nivel superior. Vuelve a leer los datos, recalcula y vuelve a escribir, o repite la transacción completa desde el principio, con backoff si los conflictos se repiten. Eso es lo que lo distingue de `UNAVAILABLE` (reintentar la misma llamada) y de `FAILED_PRECONDITION` (no reintentar hasta corregir el estado).',
      ],
    },
    http: { table: 'http/status-codes', code: 409 },
    httpNote: {
      en: '`ALREADY_EXISTS` also maps to 409; over HTTP/JSON, only the code in the error body tells them apart.',
      es: '`ALREADY_EXISTS` también corresponde a 409; en HTTP/JSON, solo el código del cuerpo del error permite distinguirlos.',
    },
    retry: 'conditional',
    libraryCases: [],
  },
  {
    code: 11,
    name: 'OUT_OF_RANGE',
    nameEs: 'fuera de rango',
    description: {
      en: [
        'The operation was attempted past the valid range, such as seeking or reading past the end of a file. Unlike `INVALID_ARGUMENT`, it describes a problem that may be fixed if the system state changes: a 32-bit file system returns `INVALID_ARGUMENT` for an offset outside [0, 2^32-1], but `OUT_OF_RANGE` for an offset past the current file size, because the file may grow.',
        'It overlaps with `FAILED_PRECONDITION`; servers should prefer `OUT_OF_RANGE`, the more specific code, so that callers iterating through a space can look for it to detect the end. As a client, treat it as “nothing more to read” when iterating; otherwise, retry only once the range has grown.',
      ],
      es: [
        'Se intentó realizar la operación fuera del rango válido, por ejemplo buscar o leer más allá del final de un archivo. A diferencia de `INVALID_ARGUMENT`, indica un problema que podría resolverse si cambia el estado del sistema: un sistema de archivos de 32 bits devuelve `INVALID_ARGUMENT` para un offset fuera de [0, 2^32-1], pero `OUT_OF_RANGE` para un offset posterior al tamaño actual del archivo, porque el archivo puede crecer.',
        'Se solapa con `FAILED_PRECONDITION`; el servidor debería preferir `OUT_OF_RANGE`, que es más específico, para que quien recorre un espacio pueda usarlo para detectar el final. Como cliente, al iterar, interprétalo como «no hay nada más que leer»; en otros casos, reintenta solo cuando el rango haya crecido.',
      ],
    },
    http: { table: 'http/status-codes', code: 400 },
    httpNote: {
      en: '`INVALID_ARGUMENT` and `FAILED_PRECONDITION` also map to 400; over HTTP/JSON, only the code in the error body tells them apart.',
      es: '`INVALID_ARGUMENT` y `FAILED_PRECONDITION` también corresponden a 400; en HTTP/JSON, solo el código del cuerpo del error permite distinguirlos.',
    },
    retry: 'conditional',
    libraryCases: [],
  },
  {
    code: 12,
    name: 'UNIMPLEMENTED',
    nameEs: 'no implementado',
    aliases: { en: ['unknown service', 'unknown method'] },
    description: {
      en: [
        'The operation is not implemented, or is not supported or enabled in this service. The gRPC library generates it on the server when the method is not found, when the client used a compression algorithm the server does not support, and when a call sends the wrong number of request messages for the method; the client generates it when the server sends the wrong number of responses.',
        'It almost always points to a mismatch rather than a passing failure: the client calls a service or method name (proto package included) that the server has not registered, client and server were built from different versions of the .proto file, or the call reached the wrong server. Do not retry until the method is implemented and the call reaches it: fix the stub, the service registration or the routing.',
      ],
      es: [
        'La operación no está implementada, o no es compatible o no está habilitada en este servicio. La biblioteca de gRPC lo genera en el servidor cuando no encuentra el método, cuando el cliente usó un algoritmo de compresión que el servidor no admite y cuando una llamada envía un número de mensajes de solicitud que no corresponde al método; el cliente lo genera cuando el servidor envía un número incorrecto de respuestas.',
        'Casi siempre revela una discrepancia y no un fallo pasajero: el cliente llama a un servicio o método (incluido el paquete del proto) que el servidor no ha registrado, cliente y servidor se generaron a partir de versiones distintas del archivo .proto, o la llamada llegó al servidor equivocado. No reintentes hasta que el método esté implementado y la llamada llegue a él: corrige el stub, el registro del servicio o el enrutamiento.',
      ],
    },
    http: { table: 'http/status-codes', code: 501 },
    retry: 'conditional',
    libraryCases: [
      {
        side: 'server',
        situation: {
          en: 'The method was not found on the server.',
          es: 'El servidor no encontró el método.',
        },
      },
      {
        side: 'server',
        situation: {
          en: 'The compression mechanism used by the client is not supported by the server.',
          es: 'El servidor no admite el mecanismo de compresión que usó el cliente.',
        },
      },
      {
        side: 'server',
        situation: {
          en: 'Request cardinality violation: the method requires exactly one request, but the client sent a different number.',
          es: 'Cardinalidad de solicitud incorrecta: el método requiere exactamente una solicitud, pero el cliente envió otro número.',
        },
      },
      {
        side: 'client',
        situation: {
          en: 'Response cardinality violation: the method requires exactly one response, but the server sent a different number.',
          es: 'Cardinalidad de respuesta incorrecta: el método requiere exactamente una respuesta, pero el servidor envió otro número.',
        },
      },
    ],
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'A gRPC client also reports `UNIMPLEMENTED` when it receives a plain HTTP 404 without `grpc-status`. If the server does implement the method, look at what sits in between: a proxy, ingress or load balancer that does not route that path to the gRPC server.',
          es: 'Un cliente gRPC también notifica `UNIMPLEMENTED` cuando recibe un HTTP 404 sin `grpc-status`. Si el servidor sí implementa el método, revisa lo que hay por medio: un proxy, un ingress o un balanceador de carga que no dirige esa ruta al servidor gRPC.',
        },
      },
    ],
  },
  {
    code: 13,
    name: 'INTERNAL',
    nameEs: 'error interno',
    description: {
      en: [
        'An internal error: some invariant the underlying system relies on has been broken. code.proto reserves it for serious errors. The gRPC library generates it when it cannot decompress a message even though the compression algorithm is supported, on a flow-control protocol violation, and when it cannot parse the request (server) or response (client) message, which points to incompatible message definitions or corrupted data.',
        'Do not retry automatically; report it together with whatever identifies the request (for example the ID in a `RequestInfo` detail). Servers should keep this code for real bugs and not use it as a catch-all for errors the client could fix.',
      ],
      es: [
        'Un error interno: se ha roto alguna invariante de la que depende el sistema subyacente. code.proto lo reserva para errores graves. La biblioteca de gRPC lo genera cuando no puede descomprimir un mensaje aunque el algoritmo de compresión sea compatible, cuando se viola el protocolo de control de flujo y cuando no puede interpretar el mensaje de solicitud (en el servidor) o de respuesta (en el cliente), lo que apunta a definiciones de mensaje incompatibles o a datos dañados.',
        'No lo reintentes automáticamente; notifícalo junto con lo que identifique la solicitud (por ejemplo, el ID de un detalle `RequestInfo`). El servidor debería reservar este código para fallos reales y no usarlo como comodín para errores que el cliente podría corregir.',
      ],
    },
    http: { table: 'http/status-codes', code: 500 },
    httpNote: {
      en: '`UNKNOWN` and `DATA_LOSS` also map to 500; over HTTP/JSON, only the code in the error body tells them apart.',
      es: '`UNKNOWN` y `DATA_LOSS` también corresponden a 500; en HTTP/JSON, solo el código del cuerpo del error permite distinguirlos.',
    },
    retry: 'no',
    libraryCases: [
      {
        side: 'server',
        situation: {
          en: 'The server could not decompress a client message, although the compression algorithm is supported.',
          es: 'El servidor no pudo descomprimir un mensaje del cliente, aunque el algoritmo de compresión es compatible.',
        },
      },
      {
        side: 'client',
        situation: {
          en: 'The client could not decompress a server message, although the compression algorithm is supported.',
          es: 'El cliente no pudo descomprimir un mensaje del servidor, aunque el algoritmo de compresión es compatible.',
        },
      },
      {
        side: 'both',
        situation: {
          en: 'The peer violated the flow-control protocol.',
          es: 'El otro extremo violó el protocolo de control de flujo.',
        },
      },
      {
        side: 'client',
        situation: {
          en: 'The client could not parse the response message.',
          es: 'El cliente no pudo interpretar el mensaje de respuesta.',
        },
      },
      {
        side: 'server',
        situation: {
          en: 'The server could not parse the request message.',
          es: 'El servidor no pudo interpretar el mensaje de solicitud.',
        },
      },
    ],
    notes: [
      {
        kind: 'info',
        text: {
          en: 'A gRPC client also reports `INTERNAL` when it receives a plain HTTP 400 without `grpc-status`, and, in implementations that follow the newest version of gRPC’s HTTP-to-gRPC table, a 431 Request Header Fields Too Large.',
          es: 'Un cliente gRPC también notifica `INTERNAL` cuando recibe un HTTP 400 sin `grpc-status` y, en las implementaciones que siguen la versión más reciente de la tabla de HTTP a gRPC, un 431 Request Header Fields Too Large.',
        },
      },
    ],
  },
  {
    code: 14,
    name: 'UNAVAILABLE',
    nameEs: 'no disponible',
    description: {
      en: [
        'The service is currently unavailable. This is most likely a transient condition, which can be corrected by retrying with a backoff. The gRPC library generates it when the server is shutting down, when the connection breaks after some data has been sent, and when the keepalive watchdog times out; in practice, clients also report it when they cannot connect at all (connection refused, DNS failure, TLS handshake error) and the call is not set to wait for ready.',
        'It is the main retryable code: retry with exponential backoff and a limit on attempts, or let a gRPC retry policy do it. Be careful with non-idempotent calls: the request may have reached the server, and even been processed, before the connection broke, so a retry can repeat the operation.',
        'If it does not go away, it is no longer transient: check the address and port, the TLS settings on both sides, any proxy or load balancer in between, and whether the server is up and listening.',
      ],
      es: [
        'El servicio no está disponible en este momento. Lo más probable es que sea una situación pasajera, que puede resolverse reintentando con backoff. La biblioteca de gRPC lo genera cuando el servidor se está cerrando, cuando la conexión se corta después de haber enviado algunos datos y cuando vence el temporizador de keepalive; en la práctica, los clientes también lo notifican cuando no consiguen conectarse (conexión rechazada, fallo de DNS, error en el handshake TLS) y la llamada no está configurada para esperar a que la conexión esté lista (wait-for-ready).',
        'Es el principal código reintentable: reintenta con backoff exponencial y un número máximo de intentos, o deja que lo haga una política de reintentos de gRPC. Ten cuidado con las llamadas no idempotentes: puede que la solicitud llegara al servidor, e incluso que se procesara, antes de que se cortara la conexión, y entonces un reintento puede repetir la operación.',
        'Si no desaparece, ya no es pasajero: revisa la dirección y el puerto, la configuración TLS de ambos lados, los proxies o balanceadores de carga intermedios y si el servidor está en marcha y escuchando.',
      ],
    },
    http: { table: 'http/status-codes', code: 503 },
    retry: 'retry',
    libraryCases: [
      {
        side: 'server',
        situation: {
          en: 'The server is shutting down.',
          es: 'El servidor se está cerrando.',
        },
      },
      {
        side: 'client',
        situation: {
          en: 'Some data had been transmitted (for example, the request metadata had been written to the TCP connection) before the connection broke.',
          es: 'Se habían transmitido algunos datos (por ejemplo, los metadatos de la solicitud ya se habían escrito en la conexión TCP) antes de que se cortara la conexión.',
        },
      },
      {
        side: 'both',
        situation: {
          en: 'The keepalive watchdog timed out.',
          es: 'Venció el temporizador (watchdog) de keepalive.',
        },
      },
    ],
    notes: [
      {
        kind: 'info',
        text: {
          en: 'A gRPC client also reports `UNAVAILABLE` when it receives a plain HTTP 429, 502, 503 or 504 without `grpc-status`. A rate-limiting proxy therefore shows up as `UNAVAILABLE`, not `RESOURCE_EXHAUSTED`, and a retry policy on `UNAVAILABLE` will retry it.',
          es: 'Un cliente gRPC también notifica `UNAVAILABLE` cuando recibe un HTTP 429, 502, 503 o 504 sin `grpc-status`. Por eso un proxy que limita las solicitudes aparece como `UNAVAILABLE`, no como `RESOURCE_EXHAUSTED`, y una política de reintentos sobre `UNAVAILABLE` lo reintentará.',
        },
      },
    ],
  },
  {
    code: 15,
    name: 'DATA_LOSS',
    nameEs: 'pérdida de datos',
    description: {
      en: 'Unrecoverable data loss or corruption. The gRPC library never generates it: a server returns it when it detects that stored or transmitted data is damaged or lost beyond repair. Do not retry; surface it to the application immediately, alert whoever runs the service, and treat the affected data as suspect.',
      es: 'Pérdida irrecuperable de datos o datos dañados. La biblioteca de gRPC nunca lo genera: lo devuelve un servidor que detecta que unos datos almacenados o transmitidos están dañados o se han perdido sin remedio. No reintentes; comunícalo de inmediato a la aplicación, avisa a quien opera el servicio y trata como dudosos los datos afectados.',
    },
    http: { table: 'http/status-codes', code: 500 },
    httpNote: {
      en: '`UNKNOWN` and `INTERNAL` also map to 500; over HTTP/JSON, only the code in the error body tells them apart.',
      es: '`UNKNOWN` e `INTERNAL` también corresponden a 500; en HTTP/JSON, solo el código del cuerpo del error permite distinguirlos.',
    },
    retry: 'no',
    libraryCases: [],
  },
  {
    code: 16,
    name: 'UNAUTHENTICATED',
    nameEs: 'no autenticado',
    description: {
      en: [
        'The request does not have valid authentication credentials for the operation: the token is missing, expired or invalid, or the caller could not be identified. The gRPC library generates it on both sides when the auth metadata is wrong: the credentials failed to produce metadata, the credentials set on the channel and on the call are incompatible, or the host in `:authority` is invalid.',
        'Retry only after fixing the credentials: refresh an expired token and try once more; otherwise check which credentials the client actually sends and whether they are meant for this service. Do not confuse it with `PERMISSION_DENIED`, which means the caller was identified but is not allowed to do this.',
      ],
      es: [
        'La solicitud no tiene credenciales de autenticación válidas para la operación: falta el token, ha caducado o no es válido, o no se pudo identificar a quien llama. La biblioteca de gRPC lo genera en ambos lados cuando los metadatos de autenticación son incorrectos: las credenciales no pudieron generar los metadatos, las credenciales del canal y las de la llamada son incompatibles, o el host de `:authority` no es válido.',
        'Reintenta solo después de corregir las credenciales: renueva el token caducado y vuelve a intentarlo una vez; si no, comprueba qué credenciales envía realmente el cliente y si están pensadas para este servicio. No lo confundas con `PERMISSION_DENIED`, que significa que quien llama está identificado, pero no tiene permiso para hacer esto.',
      ],
    },
    http: { table: 'http/status-codes', code: 401 },
    retry: 'conditional',
    libraryCases: [
      {
        side: 'both',
        situation: {
          en: 'Incorrect auth metadata: the credentials failed to get metadata, the credentials set on the channel and on the call are incompatible, the host set in `:authority` is invalid, and so on.',
          es: 'Metadatos de autenticación incorrectos: las credenciales no pudieron obtener los metadatos, las credenciales del canal y las de la llamada son incompatibles, el host indicado en `:authority` no es válido, etc.',
        },
      },
    ],
    notes: [
      {
        kind: 'info',
        text: {
          en: 'A gRPC client also reports `UNAUTHENTICATED` when it receives a plain HTTP 401 without `grpc-status`, typically from a proxy or gateway that checks credentials before the gRPC server.',
          es: 'Un cliente gRPC también notifica `UNAUTHENTICATED` cuando recibe un HTTP 401 sin `grpc-status`, normalmente de un proxy o gateway que comprueba las credenciales antes que el servidor gRPC.',
        },
      },
    ],
  },
] as const satisfies readonly GrpcStatusCodeEntry[];

export const statusMessageFields = [
  {
    field: 'code',
    number: 1,
    type: 'int32',
    description: {
      en: 'The status code, which should be a value of the `google.rpc.Code` enum. Over gRPC the same code also travels in the `grpc-status` trailer.',
      es: 'El código de estado, que debe ser un valor del enum `google.rpc.Code`. En gRPC, el mismo código viaja también en el trailer `grpc-status`.',
    },
  },
  {
    field: 'message',
    number: 2,
    type: 'string',
    description: {
      en: 'A developer-facing error message, which should be in English. Any user-facing message should be localized and sent in `details` (as a `LocalizedMessage`), or localized by the client.',
      es: 'Un mensaje de error dirigido a desarrolladores, que debe estar en inglés. Cualquier mensaje destinado al usuario debe localizarse y enviarse en `details` (como `LocalizedMessage`), o bien localizarlo el cliente.',
    },
  },
  {
    field: 'details',
    number: 3,
    type: 'repeated google.protobuf.Any',
    description: {
      en: 'A list of messages that carry the error details, each packed in a `google.protobuf.Any`. error_details.proto defines a common set of types for APIs to use.',
      es: 'Una lista de mensajes con los detalles del error, cada uno empaquetado en un `google.protobuf.Any`. error_details.proto define un conjunto común de tipos para que lo usen las APIs.',
    },
  },
] as const satisfies readonly StatusField[];

export const errorDetailTypes = [
  {
    name: 'ErrorInfo',
    fields: ['reason', 'domain', 'metadata'],
    description: {
      en: 'The structured cause of the error; attach it whenever clients may need to tell causes apart. `reason` is a constant that identifies the proximate cause, unique within `domain` (usually the service name, such as `pubsub.googleapis.com`); it should be at most 63 characters and match `[A-Z][A-Z0-9_]+[A-Z0-9]`, that is, UPPER_SNAKE_CASE. `metadata` adds key-value context. Clients should branch on `reason` and `domain`, never on the text of `message`.',
      es: 'La causa estructurada del error; inclúyelo siempre que los clientes puedan necesitar distinguir unas causas de otras. `reason` es una constante que identifica la causa inmediata y es única dentro de `domain` (normalmente el nombre del servicio, como `pubsub.googleapis.com`); debe tener como máximo 63 caracteres y cumplir `[A-Z][A-Z0-9_]+[A-Z0-9]`, es decir, UPPER_SNAKE_CASE. `metadata` añade contexto en pares clave-valor. Los clientes deben decidir en función de `reason` y `domain`, nunca del texto de `message`.',
    },
  },
  {
    name: 'RetryInfo',
    fields: ['retry_delay'],
    description: {
      en: 'How long the client should wait before retrying the same request (`retry_delay`, a `google.protobuf.Duration`). Attach it to retryable errors such as `UNAVAILABLE` or a short-term `RESOURCE_EXHAUSTED`. Clients should wait at least that long and, if retries keep failing, back off exponentially from there up to a maximum number of retries or a maximum delay.',
      es: 'Cuánto debe esperar el cliente antes de reintentar la misma solicitud (`retry_delay`, un `google.protobuf.Duration`). Inclúyelo en errores reintentables como `UNAVAILABLE` o un `RESOURCE_EXHAUSTED` de corta duración. El cliente debe esperar al menos ese tiempo y, si los reintentos siguen fallando, aplicar a partir de ahí un backoff exponencial hasta un número máximo de reintentos o un retardo máximo.',
    },
  },
  {
    name: 'DebugInfo',
    fields: ['stack_entries', 'detail'],
    description: {
      en: 'Stack trace entries and free-form debugging detail from the server. Useful during development and between internal services; think twice before sending it to outside callers, since it exposes implementation details.',
      es: 'Entradas de la traza de pila y detalles de depuración en texto libre del servidor. Útil durante el desarrollo y entre servicios internos; piénsatelo antes de enviarlo a clientes externos, porque expone detalles de la implementación.',
    },
  },
  {
    name: 'QuotaFailure',
    fields: [
      'violations',
      'violations.subject',
      'violations.description',
      'violations.api_service',
      'violations.quota_metric',
      'violations.quota_id',
      'violations.quota_dimensions',
      'violations.quota_value',
      'violations.future_quota_value',
    ],
    description: {
      en: 'Which quota checks failed: one violation per quota, with the subject it applies to (for example a project or a client IP) and a description of the limit exceeded; recent versions also identify the quota’s service, metric, ID, dimensions and value. Attach it to `RESOURCE_EXHAUSTED`, with `RetryInfo` when waiting will help and `Help` when the caller has to raise the limit.',
      es: 'Qué comprobaciones de cuota fallaron: una infracción por cuota, con el sujeto al que se aplica (por ejemplo, un proyecto o la IP de un cliente) y una descripción del límite superado; las versiones recientes identifican además el servicio, la métrica, el ID, las dimensiones y el valor de la cuota. Inclúyelo en `RESOURCE_EXHAUSTED`, junto con `RetryInfo` si esperar sirve de algo y con `Help` si hay que ampliar el límite.',
    },
  },
  {
    name: 'PreconditionFailure',
    fields: ['violations', 'violations.type', 'violations.subject', 'violations.description'],
    description: {
      en: 'Which preconditions failed, each with a service-specific `type` (for example `TOS` for terms of service not accepted), the `subject` it refers to and a `description` that helps the developer fix it. Attach it to `FAILED_PRECONDITION`.',
      es: 'Qué condiciones previas fallaron, cada una con un `type` propio del servicio (por ejemplo, `TOS` si no se han aceptado los términos del servicio), el `subject` al que se refiere y una `description` que ayuda al desarrollador a corregirla. Inclúyelo en `FAILED_PRECONDITION`.',
    },
  },
  {
    name: 'BadRequest',
    fields: [
      'field_violations',
      'field_violations.field',
      'field_violations.description',
      'field_violations.reason',
      'field_violations.localized_message',
    ],
    description: {
      en: 'Which request fields are invalid, with the path to each field and why its value is wrong; recent versions add a `reason` constant and a `localized_message` for end users. It covers the syntactic side of the request. Attach it to `INVALID_ARGUMENT` so that clients can point at the offending fields.',
      es: 'Qué campos de la solicitud no son válidos, con la ruta de cada campo y el motivo por el que su valor es incorrecto; las versiones recientes añaden una constante `reason` y un `localized_message` para el usuario final. Se centra en los aspectos sintácticos de la solicitud. Inclúyelo en `INVALID_ARGUMENT` para que el cliente pueda señalar los campos erróneos.',
    },
  },
  {
    name: 'RequestInfo',
    fields: ['request_id', 'serving_data'],
    description: {
      en: 'An opaque request ID, plus optional serving data such as an encrypted stack trace, that the caller can quote when filing a bug or contacting support, so that the service can find the request in its logs. Useful on any error, and especially with `INTERNAL` and `UNKNOWN`.',
      es: 'Un ID de solicitud opaco, más datos opcionales del servicio, como una traza de pila cifrada, que quien llama puede citar al informar de un fallo o al contactar con soporte, para que el servicio encuentre la solicitud en sus registros. Útil en cualquier error, y sobre todo con `INTERNAL` y `UNKNOWN`.',
    },
  },
  {
    name: 'ResourceInfo',
    fields: ['resource_type', 'resource_name', 'owner', 'description'],
    description: {
      en: 'The resource being accessed when the error happened: its type, its name, optionally its owner, and what went wrong with it (for example, the permission that was needed). Typical with `NOT_FOUND`, `ALREADY_EXISTS` and `PERMISSION_DENIED`.',
      es: 'El recurso al que se accedía cuando se produjo el error: su tipo, su nombre, opcionalmente su propietario, y qué falló con él (por ejemplo, el permiso que hacía falta). Habitual con `NOT_FOUND`, `ALREADY_EXISTS` y `PERMISSION_DENIED`.',
    },
  },
  {
    name: 'Help',
    fields: ['links', 'links.description', 'links.url'],
    description: {
      en: 'Links to documentation, or to a place where the caller can fix the problem out of band, such as the console page where a disabled API can be enabled. Useful with `FAILED_PRECONDITION`, `PERMISSION_DENIED` and quota errors.',
      es: 'Enlaces a la documentación, o a un lugar donde quien llama puede resolver el problema por otra vía, como la página de la consola donde se habilita una API desactivada. Útil con `FAILED_PRECONDITION`, `PERMISSION_DENIED` y los errores de cuota.',
    },
  },
  {
    name: 'LocalizedMessage',
    fields: ['locale', 'message'],
    description: {
      en: 'An error message that is safe to show to end users, in the locale given by `locale` (a BCP 47 tag such as `en-US` or `es-MX`). Use it for anything user-facing instead of `Status.message`, which is meant for developers and written in English.',
      es: 'Un mensaje de error que es seguro mostrar a los usuarios finales, en el idioma y la región que indica `locale` (una etiqueta BCP 47, como `en-US` o `es-MX`). Úsalo para todo lo que vea el usuario en lugar de `Status.message`, que está pensado para desarrolladores y escrito en inglés.',
    },
  },
] as const satisfies readonly ErrorDetailType[];
