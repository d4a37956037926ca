/**
 * HTTP status codes: the IANA registry, with the RFC 9110 reason phrases, plus the
 * non-standard codes that nginx, Cloudflare and some proxies send.
 * @see https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
import type { HttpStatusCodeEntry, TableMeta } from '../../src/schema/entries.ts';
import type { CodeGroup } from '../../src/tables/types.ts';

export const meta = {
  title: {
    en: 'HTTP status codes',
    es: 'Códigos de estado HTTP',
  },
  intro: {
    en: [
      'An HTTP status code is a three-digit number whose first digit gives its class: 1xx informational (an interim response; the final one is still to come), 2xx success, 3xx redirection, 4xx client error (the request is at fault) and 5xx server error (the server, or something between you and it, failed). A client that does not recognize a code must treat it as the x00 of its class: an unknown 4xx as 400, an unknown 5xx as 500.',
      "IANA keeps the official registry. The names here are the reason phrases of RFC 9110 and the other specifications the registry cites; older names you will still see in libraries and logs are listed with them. The table also includes the non-standard codes you meet in practice: nginx's 444, 494 to 497 and 499, Cloudflare's 520 to 526 and 530 (which also reach you from services behind Cloudflare, Discord's API among them), the AWS Application Load Balancer's 460, 463, 464 and 561, Microsoft's 440 and 449, Laravel's 419 and cPanel's 509. They are marked as non-standard, with the vendor that sends them and the vendor's own documentation or source code.",
    ],
    es: [
      'Un código de estado HTTP es un número de tres cifras cuya primera cifra indica su clase: 1xx informativos (una respuesta provisional; la definitiva aún está por llegar), 2xx éxito, 3xx redirección, 4xx error del cliente (el problema está en la solicitud) y 5xx error del servidor (falló el servidor o algo entre tú y él). Un cliente que no reconoce un código debe tratarlo como el x00 de su clase: un 4xx desconocido como 400 y un 5xx desconocido como 500.',
      'IANA mantiene el registro oficial. Los nombres de esta tabla son las frases de estado (reason phrases) del RFC 9110 y de las demás especificaciones que cita el registro; junto a ellos aparecen los nombres antiguos que aún verás en bibliotecas y registros. La tabla incluye también los códigos no estándar con los que te toparás en la práctica: el 444, del 494 al 497 y el 499 de nginx; del 520 al 526 y el 530 de Cloudflare (que también te llegan de servicios que están detrás de Cloudflare, entre ellos la API de Discord); el 460, el 463, el 464 y el 561 del Application Load Balancer de AWS; el 440 y el 449 de Microsoft, el 419 de Laravel y el 509 de cPanel. Están marcados como no estándar, con el fabricante que los envía y su propia documentación o código fuente.',
    ],
  },
  sources: [
    {
      label: 'IANA: Hypertext Transfer Protocol (HTTP) Status Code Registry',
      url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
    },
    {
      label: 'RFC 9110: HTTP Semantics',
      url: 'https://www.rfc-editor.org/rfc/rfc9110',
    },
    {
      label: 'grpc/grpc: doc/http-grpc-status-mapping.md',
      url: 'https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md',
    },
    {
      label: 'grpc/grpc#4955: Add HTTP->gRPC status code mapping (2016)',
      url: 'https://github.com/grpc/grpc/pull/4955',
    },
    {
      label: 'nginx: src/http/ngx_http_request.h (nginx’s own codes)',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
    {
      label: 'Cloudflare Docs: Cloudflare 5xx errors',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
    },
    {
      label: 'AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
    },
    {
      label: '[MS-ASHTTP]: Exchange ActiveSync HTTP Protocol, Status Line',
      url: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d',
    },
  ],
  sections: [
    {
      id: 'grpc-mappings',
      title: {
        en: 'The two gRPC mappings',
        es: 'Las dos correspondencias con gRPC',
      },
      body: {
        en: [
          'Entries can show two different gRPC mappings. They answer different questions, and they disagree on purpose.',
          '`google.rpc.Code` → HTTP is for servers: it is the HTTP status to use when a gRPC status is exposed over plain HTTP, as grpc-gateway and the JSON/REST interface of Google APIs do. `INVALID_ARGUMENT` becomes 400, `NOT_FOUND` 404, `UNAVAILABLE` 503 and `CANCELLED` the non-standard 499.',
          "gRPC's HTTP → gRPC table is for clients: it gives the status a gRPC client reports when the response is not gRPC at all and carries no `grpc-status`, typically because a proxy, a load balancer or a plain web server answered, or the request went to the wrong place. The HTTP status then describes the transport, not your call. The table maps 400 to `INTERNAL`, 401 to `UNAUTHENTICATED`, 403 to `PERMISSION_DENIED`, 404 to `UNIMPLEMENTED`, and 429, 502, 503 and 504 to `UNAVAILABLE`; its newest version also maps 431 to `INTERNAL`, which not every library does yet. Any other status, including a 200 without `grpc-status`, becomes `UNKNOWN`.",
          "The table gives only two reasons of its own: mapping what an intermediary answers lets the client react more appropriately, and a 200 becomes `UNKNOWN` because a truly successful response always carries `grpc-status`. What follows is our explanation, not gRPC's wording. A 404 from something that does not speak gRPC means the path, which in gRPC is the method name, does not exist there: that is what `UNIMPLEMENTED` says. 429, 502, 503 and 504 are what proxies and load balancers answer when the backend is overloaded or out of reach, so reporting them as `UNAVAILABLE` lets retry policies treat them as transient; the price is that a rate-limited call shows up as `UNAVAILABLE`, not `RESOURCE_EXHAUSTED`. For 400, the review of the pull request that added the table (grpc/grpc#4955, 2016) records `INTERNAL` as the more conservative choice and `INVALID_ARGUMENT` as a better fit only in some cases, without saying why. Our reading: a gRPC client builds its requests itself, so a 400 more likely means a broken proxy or transport than a wrong argument.",
          'So there is no round trip: a server that returns `NOT_FOUND` through a gateway produces a 404, but a gRPC client that receives a bare 404 reports `UNIMPLEMENTED`.',
        ],
        es: [
          'Las entradas pueden mostrar dos correspondencias distintas con gRPC. Responden a preguntas diferentes y no coinciden, a propósito.',
          '`google.rpc.Code` → HTTP es para servidores: indica qué estado HTTP usar cuando un estado gRPC se expone sobre HTTP normal, como hacen grpc-gateway y la interfaz JSON/REST de las APIs de Google. `INVALID_ARGUMENT` pasa a ser 400, `NOT_FOUND` 404, `UNAVAILABLE` 503 y `CANCELLED` el 499, que no es estándar.',
          'La tabla HTTP → gRPC de gRPC es para clientes: da el estado que informa un cliente gRPC cuando la respuesta no es gRPC en absoluto y no trae `grpc-status`, normalmente porque respondió un proxy, un balanceador de carga o un servidor web corriente, o porque la solicitud acabó donde no debía. En ese caso, el estado HTTP describe el transporte, no tu llamada. La tabla asigna el 400 a `INTERNAL`, el 401 a `UNAUTHENTICATED`, el 403 a `PERMISSION_DENIED`, el 404 a `UNIMPLEMENTED`, y los 429, 502, 503 y 504 a `UNAVAILABLE`; su versión más reciente asigna además el 431 a `INTERNAL`, algo que todavía no hacen todas las bibliotecas. Cualquier otro estado, incluido un 200 sin `grpc-status`, se convierte en `UNKNOWN`.',
          'La tabla solo da dos motivos propios: traducir lo que responde un intermediario permite al cliente reaccionar de forma más adecuada, y un 200 se convierte en `UNKNOWN` porque una respuesta realmente correcta siempre trae `grpc-status`. Lo que sigue es explicación nuestra, no texto de gRPC. Un 404 de algo que no habla gRPC significa que la ruta, que en gRPC es el nombre del método, no existe allí: justo lo que dice `UNIMPLEMENTED`. Los 429, 502, 503 y 504 son lo que responden proxies y balanceadores de carga cuando el backend está saturado o fuera de alcance, de modo que tratarlos como `UNAVAILABLE` hace que las políticas de reintento los consideren pasajeros; a cambio, una llamada rechazada por un límite de solicitudes (rate limit) aparece como `UNAVAILABLE`, no como `RESOURCE_EXHAUSTED`. Para el 400, la revisión de la pull request que añadió la tabla (grpc/grpc#4955, 2016) recoge `INTERNAL` como la opción más prudente, y `INVALID_ARGUMENT` como más adecuada solo en algunos casos, sin decir por qué. Nuestra interpretación: un cliente gRPC construye él mismo sus solicitudes, por lo que un 400 apunta más a un proxy o un transporte averiados que a un argumento incorrecto.',
          'Por tanto, no hay ida y vuelta: un servidor que devuelve `NOT_FOUND` a través de un gateway produce un 404, pero un cliente gRPC que recibe un 404 a secas informa `UNIMPLEMENTED`.',
        ],
      },
    },
    {
      id: 'retrying-http',
      title: {
        en: 'Which statuses to retry',
        es: 'Qué estados reintentar',
      },
      body: {
        en: [
          'Worth retrying: 408, 429, 502, 503 and 504 describe a transient condition. Retry with exponential backoff: double the delay after each attempt, add random jitter and cap the number of attempts. If the response has a `Retry-After` header (a number of seconds or an HTTP date), wait at least that long; on a 429 or a 503 it is the server telling you when to come back.',
          'Only for idempotent requests: a 500, a 504, a Cloudflare 520 or 524, or a connection that drops before the response arrives does not prove that nothing happened; the server may have done the work and failed afterwards. GET, HEAD, OPTIONS, PUT and DELETE are idempotent by definition, so repeating them is safe. POST and PATCH are not: retry them only if the API lets you deduplicate (for example with an `Idempotency-Key` header) or after checking that the first attempt had no effect.',
          'Never as they are: every other 4xx. The request itself is wrong, and sending it again unchanged fails the same way. Some of them can succeed after a change: 401 once you have fresh credentials, 409 and 412 after reading the current state again, 413, 414 and 431 after making the request smaller. Likewise, 501, 505 and the certificate errors 525 and 526 need someone to fix a configuration, not another attempt.',
        ],
        es: [
          'Vale la pena reintentar: los 408, 429, 502, 503 y 504 describen una situación transitoria. Reintenta con backoff exponencial: duplica la espera tras cada intento, añade una variación aleatoria (jitter) y limita el número de intentos. Si la respuesta trae la cabecera `Retry-After` (un número de segundos o una fecha HTTP), espera al menos ese tiempo; en un 429 o un 503, es el propio servidor quien te indica cuándo volver.',
          'Solo si la solicitud es idempotente: un 500, un 504, un 520 o un 524 de Cloudflare, o una conexión que se corta antes de que llegue la respuesta no demuestran que no haya pasado nada; puede que el servidor hiciera el trabajo y fallara después. GET, HEAD, OPTIONS, PUT y DELETE son idempotentes por definición, así que repetirlos no tiene riesgo. POST y PATCH no lo son: reintenta solo si la API permite evitar duplicados (por ejemplo, con una cabecera `Idempotency-Key`) o después de comprobar que el primer intento no tuvo efecto.',
          'Nunca tal cual: el resto de los 4xx. La solicitud en sí es incorrecta y, si la envías otra vez sin cambios, fallará igual. Algunos pueden salir bien después de un cambio: el 401 cuando tengas credenciales nuevas, el 409 y el 412 tras volver a leer el estado actual, y el 413, el 414 y el 431 tras reducir la solicitud. Del mismo modo, los 501, 505 y los errores de certificado 525 y 526 requieren que alguien corrija una configuración, no otro intento.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

/** The five classes of RFC 9110 §15, by their first digit: the page's table of contents. */
export const groups = [
  { id: '1xx', from: 100, to: 199, title: { en: '1xx: Informational', es: '1xx: Respuestas informativas' } },
  { id: '2xx', from: 200, to: 299, title: { en: '2xx: Successful', es: '2xx: Respuestas satisfactorias' } },
  { id: '3xx', from: 300, to: 399, title: { en: '3xx: Redirection', es: '3xx: Redirecciones' } },
  { id: '4xx', from: 400, to: 499, title: { en: '4xx: Client error', es: '4xx: Errores del cliente' } },
  { id: '5xx', from: 500, to: 599, title: { en: '5xx: Server error', es: '5xx: Errores del servidor' } },
] as const satisfies readonly CodeGroup[];

export const httpStatusCodes = [
  {
    code: 100,
    name: 'Continue',
    nameEs: 'Continuar',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.2.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1',
    },
    description: {
      en: 'An interim response: the server has received the request headers and the client should go ahead and send the body. It answers a request sent with `Expect: 100-continue`, which lets a client check that a large upload will be accepted before transmitting it. HTTP libraries handle it for you; the final status follows.',
      es: 'Una respuesta provisional: el servidor ha recibido las cabeceras de la solicitud y el cliente puede enviar el cuerpo. Responde a una solicitud enviada con `Expect: 100-continue`, que permite a un cliente comprobar que se aceptará una subida grande antes de transmitirla. Las bibliotecas HTTP lo gestionan por ti; después llega el estado definitivo.',
    },
  },
  {
    code: 101,
    name: 'Switching Protocols',
    nameEs: 'Cambio de protocolos',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.2.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2',
    },
    description: {
      en: 'The server agrees to switch to the protocol the client asked for in its `Upgrade` header, and names it in its own `Upgrade` header. You see it when a WebSocket connection opens over HTTP/1.1: after the 101, the connection speaks WebSocket. HTTP/2 and HTTP/3 do not use it.',
      es: 'El servidor acepta cambiar al protocolo que el cliente pidió en su cabecera `Upgrade` y lo indica en su propia cabecera `Upgrade`. Es lo que ves al abrir una conexión WebSocket sobre HTTP/1.1: tras el 101, la conexión pasa a hablar WebSocket. HTTP/2 y HTTP/3 no lo usan.',
    },
  },
  {
    code: 102,
    name: 'Processing',
    nameEs: 'Procesando',
    standing: 'standard',
    spec: {
      label: 'RFC 2518, Section 10.1',
      url: 'https://www.rfc-editor.org/rfc/rfc2518#section-10.1',
    },
    description: {
      en: 'An interim response from WebDAV: the server has accepted the request and is still working on it, so the client should not time out. It is rarely sent today; a client can ignore it and keep waiting for the final status.',
      es: 'Una respuesta provisional de WebDAV: el servidor ha aceptado la solicitud y sigue procesándola; el cliente no debería dar por agotado el tiempo de espera. Hoy casi no se envía; un cliente puede ignorarla y seguir esperando el estado definitivo.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'RFC 4918, which replaced RFC 2518 as the WebDAV specification, dropped the definition of 102 for lack of implementations. The IANA registry still lists the code, citing RFC 2518.',
          es: 'El RFC 4918, que sustituyó al RFC 2518 como especificación de WebDAV, eliminó la definición del 102 porque apenas se había implementado. El registro de IANA sigue incluyendo el código y cita el RFC 2518.',
        },
      },
    ],
  },
  {
    code: 103,
    name: 'Early Hints',
    nameEs: 'Indicaciones anticipadas',
    standing: 'standard',
    spec: {
      label: 'RFC 8297, Section 2',
      url: 'https://www.rfc-editor.org/rfc/rfc8297#section-2',
    },
    description: {
      en: 'An interim response with headers the final response is likely to carry, usually `Link` headers with `rel=preload` or `rel=preconnect`, sent while the server is still building the page. Browsers use it to start fetching assets early; clients that do not understand it simply ignore it.',
      es: 'Una respuesta provisional con cabeceras que probablemente traerá la respuesta definitiva, por lo general cabeceras `Link` con `rel=preload` o `rel=preconnect`, enviada mientras el servidor aún está generando la página. Los navegadores la aprovechan para empezar a descargar recursos antes; los clientes que no la entienden simplemente la ignoran.',
    },
  },
  {
    code: 104,
    name: 'Upload Resumption Supported',
    nameEs: 'Reanudación de subida admitida',
    standing: 'temporary',
    spec: {
      label: 'draft-ietf-httpbis-resumable-upload',
      url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
    },
    description: {
      en: 'An interim response from the IETF draft on resumable uploads: the server tells the client that it supports resuming this upload and gives the URL of the upload resource in `Location`. If the connection drops, the client can use that URL to find out how much arrived and send only the rest.',
      es: 'Una respuesta provisional del borrador del IETF sobre subidas reanudables: el servidor avisa al cliente de que admite reanudar esta subida y le da en `Location` la URL del recurso de subida. Si la conexión se corta, el cliente puede usar esa URL para averiguar cuánto llegó y enviar solo lo que falta.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: [
            'A temporary IANA registration for a specification that is still a draft. In the registry as this site last recorded it (updated 2025-09-15), the row for 104 reads “TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13”: registered, extended once, and due to expire on 2026-11-13.',
            'That date has passed, and only the registry can tell whether it was extended again, made permanent or allowed to lapse. Look up 104 in IANA’s HTTP Status Code Registry (`https://www.iana.org/assignments/http-status-codes/`): a later expiry date means it was extended, an RFC in place of the draft means the registration is permanent, and if 104 is no longer listed, it has lapsed. The details may also change before the draft becomes an RFC.',
          ],
          es: [
            'Es un registro temporal de IANA para una especificación que sigue siendo un borrador. En el registro, tal como lo consultó este sitio por última vez (actualizado el 2025-09-15), la fila del 104 dice «TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13»: se registró, se prorrogó una vez y vencía el 2026-11-13.',
            'Esa fecha ya ha pasado, y solo el registro puede decir si se prorrogó de nuevo, si pasó a ser permanente o si caducó. Busca el 104 en el registro de códigos de estado HTTP de IANA (`https://www.iana.org/assignments/http-status-codes/`): una fecha de vencimiento posterior indica que se prorrogó; un RFC en lugar del borrador, que el registro es permanente; y si el 104 ya no aparece, que caducó. Además, los detalles pueden cambiar antes de que el borrador se convierta en RFC.',
          ],
        },
      },
    ],
  },
  {
    code: 200,
    name: 'OK',
    nameEs: 'Correcto',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.3.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1',
    },
    description: {
      en: 'The request succeeded. What the body holds depends on the method: the resource for GET, the result of the action for POST, nothing for HEAD. An API may still report a failure inside a 200 body, so check its documentation if it has its own error fields.',
      es: 'La solicitud se completó con éxito. Lo que trae el cuerpo depende del método: el recurso en un GET, el resultado de la acción en un POST y nada en un HEAD. Aun así, una API puede informar de un fallo dentro de un cuerpo con 200: consulta su documentación si tiene sus propios campos de error.',
    },
  },
  {
    code: 201,
    name: 'Created',
    nameEs: 'Creado',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.3.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2',
    },
    description: {
      en: 'The request succeeded and created one or more resources. The `Location` header, when present, gives the URL of the new resource; otherwise it is the request URL itself. Typical answer to a POST that creates something, or to a PUT that creates a resource that did not exist.',
      es: 'La solicitud se completó y creó uno o varios recursos. La cabecera `Location`, si viene, da la URL del recurso nuevo; si no, es la propia URL de la solicitud. Es la respuesta típica a un POST que crea algo o a un PUT que crea un recurso que no existía.',
    },
  },
  {
    code: 202,
    name: 'Accepted',
    nameEs: 'Aceptado',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.3.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3',
    },
    description: {
      en: 'The server accepted the request for processing but has not finished it, and it may still fail. Used for asynchronous jobs: the response usually points to a way to check progress, such as a status URL. Do not treat it as proof that the work is done.',
      es: 'El servidor aceptó la solicitud para procesarla, pero aún no ha terminado y todavía puede fallar. Se usa en tareas asíncronas: la respuesta suele indicar cómo consultar el progreso, por ejemplo una URL de estado. No lo tomes como prueba de que el trabajo está hecho.',
    },
  },
  {
    code: 203,
    name: 'Non-Authoritative Information',
    nameEs: 'Información no autoritativa',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.3.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4',
    },
    description: {
      en: "The request succeeded, but a transforming proxy changed the content the origin server sent (for example, it recompressed an image). Treat it like a 200, knowing the body is not exactly the origin's.",
      es: 'La solicitud se completó, pero un proxy que transforma el contenido modificó lo que envió el servidor de origen (por ejemplo, volvió a comprimir una imagen). Trátalo como un 200, sabiendo que el cuerpo no es exactamente el del origen.',
    },
  },
  {
    code: 204,
    name: 'No Content',
    nameEs: 'Sin contenido',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.3.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5',
    },
    description: {
      en: 'The request succeeded and there is no body. Common answer to PUT, PATCH and DELETE. A 204 cannot carry content, so do not try to parse JSON from it: code that always calls a JSON parser on the response breaks here.',
      es: 'La solicitud se completó y no hay cuerpo. Es la respuesta habitual a PUT, PATCH y DELETE. Un 204 no puede llevar contenido. No intentes leer JSON en él: el código que siempre pasa la respuesta a un parser JSON falla aquí.',
    },
  },
  {
    code: 205,
    name: 'Reset Content',
    nameEs: 'Restablecer contenido',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.3.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6',
    },
    description: {
      en: 'The request succeeded and the client should reset the view that sent it, for example clear a form so the user can enter new data. Like 204, it has no body. Rarely used, and browsers do not act on it.',
      es: 'La solicitud se completó y el cliente debe restablecer la vista que la envió, por ejemplo vaciar un formulario para que el usuario introduzca datos nuevos. Como el 204, no tiene cuerpo. Se usa poco y los navegadores no hacen nada especial con él.',
    },
  },
  {
    code: 206,
    name: 'Partial Content',
    nameEs: 'Contenido parcial',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.3.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7',
    },
    description: {
      en: 'The server is sending only the part of the resource the client asked for with a `Range` header. `Content-Range` says which bytes these are; a request for several ranges comes back as `multipart/byteranges`. This is how downloads resume and how video players seek.',
      es: 'El servidor envía solo la parte del recurso que el cliente pidió con una cabecera `Range`. `Content-Range` indica qué bytes son; si se pidieron varios rangos, llegan como `multipart/byteranges`. Así se reanudan las descargas y así saltan de un punto a otro los reproductores de vídeo.',
    },
  },
  {
    code: 207,
    name: 'Multi-Status',
    nameEs: 'Multiestado',
    standing: 'standard',
    spec: {
      label: 'RFC 4918, Section 11.1',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.1',
    },
    description: {
      en: 'A WebDAV response that carries a separate status for each of several resources, in an XML `multistatus` body. The 207 itself says nothing about success: read every status in the body, because some operations may have failed.',
      es: 'Una respuesta de WebDAV que lleva un estado distinto para cada uno de varios recursos, en un cuerpo XML `multistatus`. El 207 en sí no indica éxito: lee todos los estados del cuerpo, porque algunas operaciones pueden haber fallado.',
    },
  },
  {
    code: 208,
    name: 'Already Reported',
    nameEs: 'Ya informado',
    standing: 'standard',
    spec: {
      label: 'RFC 5842, Section 7.1',
      url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.1',
    },
    description: {
      en: 'Appears only inside a WebDAV 207 body: the members of this collection were already listed earlier in the same response, so they are not repeated. It keeps a resource reachable through several bindings from being enumerated again and again.',
      es: 'Solo aparece dentro del cuerpo de un 207 de WebDAV: los miembros de esta colección ya se enumeraron antes en la misma respuesta y no se repiten. Evita que un recurso al que se llega por varios enlaces (bindings) se liste una y otra vez.',
    },
  },
  {
    code: 226,
    name: 'IM Used',
    nameEs: 'IM aplicada',
    standing: 'standard',
    spec: {
      label: 'RFC 3229, Section 10.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1',
    },
    description: {
      en: 'The server fulfilled a GET with delta encoding: the body is the result of one or more instance manipulations (listed in the `IM` header) applied to the current resource, such as a diff against a version the client already has. Only clients that asked for it with `A-IM` receive it; it is rarely seen.',
      es: 'El servidor atendió un GET con codificación delta: el cuerpo es el resultado de aplicar una o varias manipulaciones de instancia (indicadas en la cabecera `IM`) al recurso actual, como una diferencia respecto a una versión que el cliente ya tiene. Solo lo reciben los clientes que lo pidieron con `A-IM`; casi nunca se ve.',
    },
  },
  {
    code: 300,
    name: 'Multiple Choices',
    nameEs: 'Múltiples opciones',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1',
    },
    description: {
      en: 'The resource has several representations (for example, in different languages or formats) and the server lets the client choose. There is no standard format for the list of choices, and a preferred one may come in `Location`. Rarely used; browsers do not pick an option for you.',
      es: 'El recurso tiene varias representaciones (por ejemplo, en distintos idiomas o formatos) y el servidor deja elegir al cliente. No hay un formato estándar para la lista de opciones, y la preferida puede venir en `Location`. Se usa poco; los navegadores no eligen por ti.',
    },
  },
  {
    code: 301,
    name: 'Moved Permanently',
    nameEs: 'Movido permanentemente',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.4.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2',
    },
    description: {
      en: 'The resource has a new permanent URL, given in `Location`: update your links and bookmarks. Browsers and caches remember it, so a mistaken 301 is hard to undo.',
      es: 'El recurso tiene una nueva URL permanente, indicada en `Location`: actualiza tus enlaces y marcadores. Los navegadores y las cachés lo recuerdan: un 301 por error cuesta deshacerlo.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'For historical reasons, clients may turn a POST into a GET when following a 301, and most do, losing the body. To move a resource permanently and keep the method, use 308.',
          es: 'Por razones históricas, los clientes pueden convertir un POST en GET al seguir un 301, y la mayoría lo hace, con lo que se pierde el cuerpo. Para mover un recurso de forma permanente conservando el método, usa 308.',
        },
      },
    ],
  },
  {
    code: 302,
    name: 'Found',
    nameEs: 'Encontrado',
    aliases: {
      former: [
        {
          name: 'Moved Temporarily',
          changed: {
            en: 'from RFC 1945 (1996) until RFC 2616 (1999)',
            es: 'desde el RFC 1945 (1996) hasta el RFC 2616 (1999)',
          },
        },
      ],
      es: ['movido temporalmente'],
    },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.4.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3',
    },
    description: {
      en: 'The resource is temporarily at the URL given in `Location`; keep using the original URL for future requests. The most common redirect on the web, for example after a login.',
      es: 'El recurso está temporalmente en la URL indicada en `Location`; sigue usando la URL original en las próximas solicitudes. Es la redirección más común en la web, por ejemplo después de iniciar sesión.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'As with 301, clients may turn a POST into a GET when following a 302, and browsers do. If you want the client to switch to GET, say so with 303; if the method and body must be kept, use 307.',
          es: 'Igual que con el 301, los clientes pueden convertir un POST en GET al seguir un 302, y los navegadores lo hacen. Si quieres que el cliente pase a GET, dilo con un 303; si hay que conservar el método y el cuerpo, usa 307.',
        },
      },
    ],
  },
  {
    code: 303,
    name: 'See Other',
    nameEs: 'Ver otro',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.4.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4',
    },
    description: {
      en: 'The result is at another URL, given in `Location`, which the client should fetch with GET, whatever the original method was. The standard answer after a POST form submission (the Post/Redirect/Get pattern), so that reloading the page does not submit the form again.',
      es: 'El resultado está en otra URL, indicada en `Location`, que el cliente debe pedir con GET, sea cual sea el método original. Es la respuesta estándar tras enviar un formulario por POST (el patrón Post/Redirect/Get), para que recargar la página no vuelva a enviar el formulario.',
    },
  },
  {
    code: 304,
    name: 'Not Modified',
    nameEs: 'No modificado',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.4.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5',
    },
    description: {
      en: "The answer to a conditional GET or HEAD (`If-None-Match` with an ETag, or `If-Modified-Since`) when the resource has not changed: the client's cached copy is still valid, so use it. A 304 never has a body, but it carries the headers a 200 would have had, such as `ETag`, `Cache-Control` and `Vary`, so update the cache entry with them. It is not an error, and there is nothing to retry.",
      es: 'La respuesta a un GET o HEAD condicional (`If-None-Match` con un ETag, o `If-Modified-Since`) cuando el recurso no ha cambiado: la copia en caché del cliente sigue siendo válida y puedes usarla. Un 304 nunca tiene cuerpo, pero trae las cabeceras que habría tenido el 200, como `ETag`, `Cache-Control` y `Vary`: actualiza con ellas la entrada de la caché. No es un error y no hay nada que reintentar.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: "If you send `If-None-Match` yourself without keeping a cache, a 304 leaves you with no content at all. Only send validators you can back with a stored copy, or let your HTTP client's cache handle it.",
          es: 'Si envías `If-None-Match` por tu cuenta sin guardar una caché, un 304 te deja sin contenido alguno. Envía solo validadores que puedas respaldar con una copia almacenada, o deja que se encargue la caché de tu cliente HTTP.',
        },
      },
    ],
  },
  {
    code: 305,
    name: 'Use Proxy',
    nameEs: 'Usar proxy',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.4.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6',
    },
    description: {
      en: 'Once meant "access this resource through the proxy in `Location`". It is deprecated because it let a server redirect a client through an arbitrary proxy, and clients ignore it. Do not send it.',
      es: 'En su día significaba «accede a este recurso a través del proxy indicado en `Location`». Está obsoleto porque permitía que un servidor desviara a un cliente a través de cualquier proxy, y los clientes lo ignoran. No lo envíes.',
    },
  },
  {
    code: 306,
    name: 'Unused',
    nameEs: 'Sin uso',
    aliases: { en: ['Switch Proxy'] },
    standing: 'unused',
    spec: {
      label: 'RFC 9110, Section 15.4.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7',
    },
    description: {
      en: 'Defined in an earlier draft of HTTP/1.1 and no longer used; the code is reserved so that it is never assigned again. If you receive it, treat it as a generic 300.',
      es: 'Se definió en un borrador anterior de HTTP/1.1 y ya no se usa; el código queda reservado para que no vuelva a asignarse. Si lo recibes, trátalo como un 300 genérico.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'IANA lists 306 with the reason "(Unused)". The draft that briefly defined it called it "Switch Proxy".',
          es: 'IANA registra el 306 con la frase «(Unused)». El borrador que lo definió brevemente lo llamaba «Switch Proxy».',
        },
      },
    ],
  },
  {
    code: 307,
    name: 'Temporary Redirect',
    nameEs: 'Redirección temporal',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.4.8',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8',
    },
    description: {
      en: 'The resource is temporarily at the URL given in `Location`, and the client must repeat the request there with the same method and body: unlike 302, a POST stays a POST. Keep using the original URL for future requests. Browsers also use an internal 307 to upgrade a URL to HTTPS under HSTS.',
      es: 'El recurso está temporalmente en la URL indicada en `Location`, y el cliente debe repetir allí la solicitud con el mismo método y el mismo cuerpo: a diferencia del 302, un POST sigue siendo un POST. Sigue usando la URL original en las próximas solicitudes. Los navegadores también generan un 307 interno para pasar una URL a HTTPS cuando se aplica HSTS.',
    },
  },
  {
    code: 308,
    name: 'Permanent Redirect',
    nameEs: 'Redirección permanente',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.4.9',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9',
    },
    description: {
      en: 'The resource has a new permanent URL, given in `Location`, and the client must repeat the request there with the same method and body. The method-preserving counterpart of 301: use it to move API endpoints that receive POST or PUT. Update your links.',
      es: 'El recurso tiene una nueva URL permanente, indicada en `Location`, y el cliente debe repetir allí la solicitud con el mismo método y el mismo cuerpo. Es la versión del 301 que conserva el método: úsalo para mover endpoints de una API que reciben POST o PUT. Actualiza tus enlaces.',
    },
  },
  {
    code: 400,
    name: 'Bad Request',
    nameEs: 'Solicitud incorrecta',
    aliases: { es: ['petición incorrecta'] },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
    },
    description: {
      en: 'The server will not process the request because it considers it a client error: malformed syntax, invalid framing, a body that does not parse, a missing or invalid parameter. Many APIs use it as the catch-all for validation errors, so read the response body for the exact cause. Fix the request; sending it again unchanged fails the same way.',
      es: 'El servidor no procesará la solicitud porque la considera un error del cliente: sintaxis mal formada, un encuadre (framing) incorrecto, un cuerpo que no se puede analizar o un parámetro que falta o no es válido. Muchas APIs lo usan como cajón de sastre para los errores de validación, así que busca la causa exacta en el cuerpo de la respuesta. Corrige la solicitud; si la reenvías sin cambios, fallará igual.',
    },
  },
  {
    code: 401,
    name: 'Unauthorized',
    nameEs: 'No autorizado',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
    },
    description: {
      en: [
        'Despite its name, this is about authentication: the request has no valid credentials. The token is missing, malformed, expired or revoked. The server must send a `WWW-Authenticate` header saying which scheme it expects (for example `Bearer`). Refresh or obtain a token and retry once; if it still fails, the credentials themselves are wrong.',
        '401 versus 403: 401 means "I do not know who you are", and new credentials may fix it. 403 means "I know, or do not care, who you are, and the answer is no", and authenticating again will not change it.',
      ],
      es: [
        'Pese a su nombre, tiene que ver con la autenticación: la solicitud no trae credenciales válidas. El token falta, está mal formado, ha caducado o se ha revocado. El servidor debe enviar una cabecera `WWW-Authenticate` que indique qué esquema espera (por ejemplo, `Bearer`). Renueva u obtén un token y reintenta una vez; si vuelve a fallar, el problema está en las propias credenciales.',
        '401 frente a 403: el 401 significa «no sé quién eres», y unas credenciales nuevas pueden arreglarlo. El 403 significa «sé quién eres, o me da igual, y la respuesta es no», y volver a autenticarte no lo cambiará.',
      ],
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'Servers often answer 401 without `WWW-Authenticate`, or use 401 and 403 interchangeably. If an API sends 401 for a permission problem, refreshing the token in a loop will not help: cap token refreshes at one per request.',
          es: 'Es frecuente que los servidores respondan 401 sin `WWW-Authenticate` o que usen 401 y 403 indistintamente. Si una API envía 401 por un problema de permisos, renovar el token en bucle no servirá de nada: limítate a una renovación por solicitud.',
        },
      },
    ],
  },
  {
    code: 402,
    name: 'Payment Required',
    nameEs: 'Pago requerido',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3',
    },
    description: {
      en: 'Reserved for future use by the specification, with no defined meaning. Some APIs use it for billing problems, such as a failed payment, an unpaid plan or an exhausted paid quota; the response body of that API is the only guide. Retrying will not help until the account is sorted out.',
      es: 'La especificación lo reserva para un uso futuro y no le da ningún significado. Algunas APIs lo usan para problemas de facturación, como un pago rechazado, un plan sin pagar o una cuota de pago agotada; la única guía es el cuerpo de la respuesta de esa API. Reintentar no servirá hasta que se resuelva el problema de la cuenta.',
    },
  },
  {
    code: 403,
    name: 'Forbidden',
    nameEs: 'Prohibido',
    aliases: { en: ['access denied'], es: ['acceso denegado'] },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
    },
    description: {
      en: 'The server understood the request and refuses to fulfill it. If credentials were sent, they are valid but not enough: the account lacks a permission or scope, the resource belongs to someone else, or a firewall, WAF or IP rule blocked the request. Authenticating again will not help; get the missing permission or change what you ask for. See 401 for the difference between the two.',
      es: 'El servidor entendió la solicitud y se niega a atenderla. Si se enviaron credenciales, son válidas pero no bastan: a la cuenta le falta un permiso o un alcance (scope), el recurso es de otra persona, o un cortafuegos, un WAF o una regla por IP bloqueó la solicitud. Volver a autenticarte no servirá; consigue el permiso que falta o cambia lo que pides. Consulta el 401 para ver la diferencia entre ambos.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'Some APIs also answer 403 when a rate limit is exceeded, instead of 429. Check the body and headers such as `Retry-After` before concluding that it is a permissions problem.',
          es: 'Algunas APIs también responden 403 al superar un límite de solicitudes (rate limit), en lugar de 429. Revisa el cuerpo y cabeceras como `Retry-After` antes de concluir que se trata de un problema de permisos.',
        },
      },
    ],
  },
  {
    code: 404,
    name: 'Not Found',
    nameEs: 'No encontrado',
    aliases: { en: ['page not found'], es: ['página no encontrada'] },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    },
    description: {
      en: [
        'The server has no resource at this URL, or will not say that it has one. Check the path, the ID and the API version or base URL first. Servers may also answer 404 instead of 403 to hide that a private resource exists, so a resource you lack access to can look missing.',
        '404 versus 410: a 404 says nothing about whether the absence is permanent, and the resource may appear later. A 410 states that it existed and was removed on purpose, for good.',
      ],
      es: [
        'El servidor no tiene ningún recurso en esta URL, o no quiere revelar que lo tiene. Revisa primero la ruta, el ID y la versión o la URL base de la API. Los servidores también pueden responder 404 en lugar de 403 para ocultar que existe un recurso privado; por eso, un recurso al que no tienes acceso puede parecer inexistente.',
        '404 frente a 410: un 404 no dice si la ausencia es permanente, y el recurso puede aparecer más adelante. Un 410 afirma que existió y que se eliminó a propósito y para siempre.',
      ],
    },
  },
  {
    code: 405,
    name: 'Method Not Allowed',
    nameEs: 'Método no permitido',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
    },
    description: {
      en: 'The resource exists, but it does not support this method, for example a POST to a read-only URL. The server must list the methods it does support in an `Allow` header. Use one of those; a common cause is a missing or extra trailing slash that routes the request to a different handler.',
      es: 'El recurso existe, pero no admite este método; por ejemplo, un POST a una URL de solo lectura. El servidor debe enumerar los métodos que sí admite en una cabecera `Allow`. Usa uno de ellos; una causa frecuente es una barra final de más o de menos que envía la solicitud a otro manejador.',
    },
  },
  {
    code: 406,
    name: 'Not Acceptable',
    nameEs: 'No aceptable',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7',
    },
    description: {
      en: "The server cannot produce a representation that matches the request's `Accept`, `Accept-Language` or `Accept-Encoding` headers, for example a client that accepts only `application/xml` from a JSON-only API. Loosen or fix those headers. Most servers ignore the mismatch and send their default instead.",
      es: 'El servidor no puede generar una representación que cumpla las cabeceras `Accept`, `Accept-Language` o `Accept-Encoding` de la solicitud; por ejemplo, un cliente que solo acepta `application/xml` frente a una API que solo sirve JSON. Amplía o corrige esas cabeceras. La mayoría de los servidores ignoran la discrepancia y envían su formato por defecto.',
    },
  },
  {
    code: 407,
    name: 'Proxy Authentication Required',
    nameEs: 'Autenticación de proxy requerida',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.8',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8',
    },
    description: {
      en: 'Like 401, but the credentials are for a proxy between you and the server, not for the server itself. The proxy says which scheme it expects in `Proxy-Authenticate`. Configure your client with the proxy credentials (sent in `Proxy-Authorization`); common inside corporate networks.',
      es: 'Como el 401, pero las credenciales son para un proxy situado entre tú y el servidor, no para el propio servidor. El proxy indica en `Proxy-Authenticate` qué esquema espera. Configura tu cliente con las credenciales del proxy (se envían en `Proxy-Authorization`); es habitual en redes corporativas.',
    },
  },
  {
    code: 408,
    name: 'Request Timeout',
    nameEs: 'Tiempo de espera de la solicitud agotado',
    aliases: { en: ['Request Time-out'] },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.9',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9',
    },
    description: {
      en: 'The server did not receive a complete request in the time it was prepared to wait, and it is closing the connection. Usually a slow or stalled upload, or an idle keep-alive connection the server is tidying up. The request was not processed.',
      es: 'El servidor no recibió una solicitud completa en el tiempo que estaba dispuesto a esperar y va a cerrar la conexión. Suele deberse a una subida lenta o atascada, o a una conexión keep-alive inactiva que el servidor está cerrando. La solicitud no se procesó.',
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: 'Retry on a new connection. The server did not process the request, so repeating it is safe even for non-idempotent methods; HTTP clients often do it automatically.',
        es: 'Reintenta con una conexión nueva. El servidor no procesó la solicitud: repetirla es seguro incluso con métodos no idempotentes; los clientes HTTP suelen hacerlo automáticamente.',
      },
    },
  },
  {
    code: 409,
    name: 'Conflict',
    nameEs: 'Conflicto',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.10',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
    },
    description: {
      en: 'The request conflicts with the current state of the resource: creating something that already exists, updating from a stale version, deleting something still in use. The body should explain the conflict. Fetch the current state, resolve the conflict (merge, rename, wait for the other operation) and send a corrected request; repeating the same one fails again.',
      es: 'La solicitud choca con el estado actual del recurso: crear algo que ya existe, actualizar a partir de una versión desactualizada o borrar algo que sigue en uso. El cuerpo debería explicar el conflicto. Obtén el estado actual, resuelve el conflicto (fusiona, cambia el nombre o espera a que termine la otra operación) y envía una solicitud corregida; si repites la misma, volverá a fallar.',
    },
  },
  {
    code: 410,
    name: 'Gone',
    nameEs: 'Ya no disponible',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.11',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11',
    },
    description: {
      en: 'The resource used to be here and has been removed on purpose, with no forwarding address, and the removal is expected to be permanent. Delete links and stored references to it and stop requesting it. APIs also use it for retired endpoints or versions: move to the replacement. Caches may store it.',
      es: 'El recurso estuvo aquí y se eliminó a propósito, sin dirección nueva, y se espera que sea para siempre. Borra los enlaces y las referencias guardadas y deja de pedirlo. Las APIs también lo usan para endpoints o versiones retirados: pasa al reemplazo. Las cachés pueden almacenarlo.',
    },
  },
  {
    code: 411,
    name: 'Length Required',
    nameEs: 'Longitud requerida',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.12',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12',
    },
    description: {
      en: 'The server refuses a request body without a `Content-Length` header, typically because the client sent it with chunked transfer encoding. Send the body with an explicit `Content-Length`, buffering it first if needed.',
      es: 'El servidor rechaza un cuerpo sin cabecera `Content-Length`, normalmente porque el cliente lo envió con codificación de transferencia por fragmentos (chunked). Envía el cuerpo con un `Content-Length` explícito, almacenándolo antes en un búfer si hace falta.',
    },
  },
  {
    code: 412,
    name: 'Precondition Failed',
    nameEs: 'Precondición fallida',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.13',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
    },
    description: {
      en: 'A condition in the request headers was false, so the server did nothing. Typically an `If-Match` with an ETag that no longer matches: someone changed the resource since you read it, and your write would have overwritten their change. Fetch the resource again, reapply your change to the new version and send it with the new ETag. Also returned for `If-Unmodified-Since`, and for `If-None-Match: *` on a create when the resource already exists.',
      es: 'Una condición de las cabeceras de la solicitud resultó falsa y el servidor no hizo nada. Lo típico es un `If-Match` con un ETag que ya no coincide: alguien modificó el recurso después de que lo leyeras, y tu escritura habría sobrescrito su cambio. Vuelve a obtener el recurso, aplica tu cambio sobre la versión nueva y envíalo con el ETag nuevo. También se devuelve con `If-Unmodified-Since` y con `If-None-Match: *` al crear un recurso que ya existe.',
    },
  },
  {
    code: 413,
    name: 'Content Too Large',
    nameEs: 'Contenido demasiado grande',
    aliases: {
      former: [
        {
          name: 'Payload Too Large',
          changed: {
            en: 'from RFC 7231 (2014) until RFC 9110 (2022)',
            es: 'desde el RFC 7231 (2014) hasta el RFC 9110 (2022)',
          },
        },
        {
          name: 'Request Entity Too Large',
          changed: {
            en: 'from RFC 2068 (1997) until RFC 7231 (2014)',
            es: 'desde el RFC 2068 (1997) hasta el RFC 7231 (2014)',
          },
        },
      ],
      es: ['carga útil demasiado grande'],
    },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.14',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
    },
    description: {
      en: "The request body is larger than the server, or a proxy in front of it, is willing to accept, and the server may close the connection. Send less: compress, split the upload into parts, or use the API's dedicated upload mechanism. A bare 413 page from a reverse proxy usually means its own body limit was hit before the application saw the request (nginx `client_max_body_size` defaults to 1 MB). If the condition is temporary, the server may send `Retry-After`.",
      es: 'El cuerpo de la solicitud supera lo que el servidor, o un proxy situado delante, está dispuesto a aceptar, y el servidor puede cerrar la conexión. Envía menos: comprime, divide la subida en partes o usa el mecanismo de subida específico de la API. Una página 413 escueta de un proxy inverso suele indicar que se alcanzó su propio límite de cuerpo antes de que la aplicación viera la solicitud (en nginx, `client_max_body_size` vale 1 MB por defecto). Si la situación es temporal, el servidor puede enviar `Retry-After`.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'RFC 9110 renamed the code. RFC 7231 called it "Payload Too Large" and RFC 2616 "Request Entity Too Large"; Node.js 20 still uses "Payload Too Large".',
          es: 'El RFC 9110 cambió el nombre del código. El RFC 7231 lo llamaba «Payload Too Large» y el RFC 2616, «Request Entity Too Large»; Node.js 20 sigue usando «Payload Too Large».',
        },
      },
    ],
  },
  {
    code: 414,
    name: 'URI Too Long',
    nameEs: 'URI demasiado larga',
    aliases: {
      former: [
        {
          name: 'Request-URI Too Long',
          changed: {
            en: 'from RFC 2068 (1997) until RFC 7231 (2014)',
            es: 'desde el RFC 2068 (1997) hasta el RFC 7231 (2014)',
          },
        },
      ],
      en: ['Request-URI Too Large'],
      es: ['URL demasiado larga'],
    },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.15',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15',
    },
    description: {
      en: 'The URL is longer than the server will handle. Usually a GET carrying too much data in the query string: send it in a POST body instead. It can also come from a redirect loop that keeps appending to the query.',
      es: 'La URL es más larga de lo que el servidor está dispuesto a procesar. Suele ser un GET que lleva demasiados datos en la cadena de consulta: envíalos en el cuerpo de un POST. También puede deberse a un bucle de redirecciones que va añadiendo parámetros a la consulta.',
    },
  },
  {
    code: 415,
    name: 'Unsupported Media Type',
    nameEs: 'Tipo de medio no admitido',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.16',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16',
    },
    description: {
      en: 'The server does not accept the format of the request body, as declared by `Content-Type` or `Content-Encoding`, or found by inspecting it. The usual fix is to set the right header, for example `Content-Type: application/json` on a JSON body, or to send the format the endpoint expects. The response may list what is accepted in `Accept` or `Accept-Encoding`.',
      es: 'El servidor no acepta el formato del cuerpo de la solicitud, tal como lo declaran `Content-Type` o `Content-Encoding` o como se deduce al examinarlo. Lo habitual es corregir la cabecera, por ejemplo `Content-Type: application/json` en un cuerpo JSON, o enviar el formato que espera el endpoint. La respuesta puede indicar lo que se acepta en `Accept` o en `Accept-Encoding`.',
    },
  },
  {
    code: 416,
    name: 'Range Not Satisfiable',
    nameEs: 'Rango no satisfacible',
    aliases: {
      former: [
        {
          name: 'Requested Range Not Satisfiable',
          changed: {
            en: 'from RFC 2616 (1999) until RFC 7233 (2014)',
            es: 'desde el RFC 2616 (1999) hasta el RFC 7233 (2014)',
          },
        },
      ],
    },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.17',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17',
    },
    description: {
      en: 'None of the ranges in the `Range` header overlap the resource, typically when resuming a download past the end of a file that has since changed or shrunk. The response should carry `Content-Range: bytes */` followed by the current length. Restart the download from the beginning, or request a range within that length.',
      es: 'Ninguno de los rangos de la cabecera `Range` coincide con el recurso; suele pasar al reanudar una descarga más allá del final de un archivo que entretanto cambió o se hizo más pequeño. La respuesta debería traer `Content-Range: bytes */` seguido de la longitud actual. Empieza la descarga desde el principio o pide un rango dentro de esa longitud.',
    },
  },
  {
    code: 417,
    name: 'Expectation Failed',
    nameEs: 'Expectativa fallida',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.18',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18',
    },
    description: {
      en: 'A server or proxy cannot meet the `Expect` header of the request. The only expectation defined is `100-continue`, and some older servers and proxies reject it. Send the request again without the `Expect` header.',
      es: 'Un servidor o un proxy no puede cumplir la cabecera `Expect` de la solicitud. La única expectativa definida es `100-continue`, y algunos servidores y proxies antiguos la rechazan. Vuelve a enviar la solicitud sin la cabecera `Expect`.',
    },
  },
  {
    code: 418,
    name: "I'm a teapot",
    nameEs: 'Soy una tetera',
    standing: 'unused',
    spec: {
      label: 'RFC 9110, Section 15.5.19',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19',
    },
    description: {
      en: "An April Fools' joke from RFC 2324, the Hyper Text Coffee Pot Control Protocol: a teapot refusing to brew coffee. Because it was implemented so widely as an Easter egg, RFC 9110 reserves the code so that it is never assigned to anything real. Some services return it to reject unwanted or automated requests; it never means anything standard.",
      es: 'Una broma del Día de los Inocentes del RFC 2324, el Hyper Text Coffee Pot Control Protocol: una tetera que se niega a preparar café. Como se implementó tanto a modo de huevo de Pascua, el RFC 9110 reserva el código para que nunca se asigne a nada real. Algunos servicios lo devuelven para rechazar solicitudes no deseadas o automatizadas; nunca tiene un significado estándar.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'IANA lists 418 as "(Unused)", reserved by RFC 9110, Section 15.5.19. MDN and Node.js (as "I\'m a Teapot") still give it the teapot name from RFC 2324, which is why it is shown here.',
          es: "IANA registra el 418 como «(Unused)», reservado por el RFC 9110, sección 15.5.19. MDN y Node.js (como «I'm a Teapot») siguen dándole el nombre de la tetera del RFC 2324, y por eso se muestra aquí.",
        },
      },
    ],
  },
  {
    code: 419,
    name: 'Page Expired',
    nameEs: 'Página caducada',
    standing: 'non-standard',
    origin: 'Laravel',
    spec: {
      label: 'laravel/framework: Foundation/Exceptions/Handler.php (TokenMismatchException → 419)',
      url: 'https://github.com/laravel/framework/blob/master/src/Illuminate/Foundation/Exceptions/Handler.php',
    },
    description: {
      en: 'Sent by applications built with the Laravel PHP framework when the CSRF token of a form submission is missing or does not match the session: typically the page stayed open until the session expired, or the browser did not send the session cookie. Laravel turns its `TokenMismatchException` into this status and shows a “Page Expired” page. Reload the page and submit again. From code, send the token Laravel puts in the `XSRF-TOKEN` cookie back in an `X-XSRF-TOKEN` header.',
      es: 'Lo envían las aplicaciones hechas con el framework PHP Laravel cuando el token CSRF de un formulario falta o no coincide con el de la sesión: normalmente la página estuvo abierta hasta que caducó la sesión, o el navegador no envió la cookie de sesión. Laravel convierte su `TokenMismatchException` en este estado y muestra una página «Page Expired». Recarga la página y vuelve a enviar el formulario. Desde código, devuelve en la cabecera `X-XSRF-TOKEN` el token que Laravel pone en la cookie `XSRF-TOKEN`.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'No specification assigns 419, and libraries do not agree with Laravel on it: the npm package http-status-codes calls it `INSUFFICIENT_SPACE_ON_RESOURCE` (“Insufficient Space on Resource”), a name its own doc comment ties to WebDAV’s 507 Insufficient Storage. A library’s reason phrase for 419 may therefore not be what the server meant; look at who sent it.',
          es: 'Ninguna especificación asigna el 419, y las bibliotecas no coinciden con Laravel: el paquete de npm http-status-codes lo llama `INSUFFICIENT_SPACE_ON_RESOURCE` («Insufficient Space on Resource»), un nombre que su propio comentario de documentación relaciona con el 507 Insufficient Storage de WebDAV. Por eso, la frase de estado que dé una biblioteca para el 419 puede no ser lo que quiso decir el servidor; fíjate en quién lo envió.',
        },
      },
    ],
  },
  {
    code: 421,
    name: 'Misdirected Request',
    nameEs: 'Solicitud mal dirigida',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.20',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20',
    },
    description: {
      en: 'The request reached a server that cannot answer for its host name. It typically happens with HTTP/2 or HTTP/3 connection reuse: the client sends a request for a second host over an existing connection because the TLS certificate covers both names, but that server is not configured for the second one.',
      es: 'La solicitud llegó a un servidor que no puede responder por ese nombre de host. Suele ocurrir al reutilizar conexiones en HTTP/2 o HTTP/3: el cliente envía la solicitud de un segundo host por una conexión existente porque el certificado TLS cubre ambos nombres, pero ese servidor no está configurado para el segundo.',
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: 'Retry on a new connection to that host. The server did not process the request; browsers and most HTTP/2 clients do this automatically.',
        es: 'Reintenta con una conexión nueva a ese host. El servidor no procesó la solicitud; los navegadores y la mayoría de los clientes HTTP/2 lo hacen automáticamente.',
      },
    },
  },
  {
    code: 422,
    name: 'Unprocessable Content',
    nameEs: 'Contenido no procesable',
    aliases: {
      former: [
        {
          name: 'Unprocessable Entity',
          changed: {
            en: 'from RFC 2518 (1999, WebDAV) until RFC 9110 (2022)',
            es: 'desde el RFC 2518 (1999, WebDAV) hasta el RFC 9110 (2022)',
          },
        },
      ],
      en: ['validation error'],
      es: ['entidad no procesable', 'error de validación'],
    },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.21',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21',
    },
    description: {
      en: [
        'The server understood the content type and the body is well-formed, but it cannot act on its contents: validation failed. A required field is empty, a value is out of range, a reference points to nothing. Many APIs (Rails, Laravel, FastAPI, GitHub) use it for validation errors and list them field by field in the body. Fix the data; do not retry as is.',
        '422 versus 400: 400 is for requests the server cannot even parse, 422 for requests it parsed and rejected. Many APIs use 400 for both.',
      ],
      es: [
        'El servidor entendió el tipo de contenido y el cuerpo está bien formado, pero no puede procesar lo que contiene: la validación falló. Un campo obligatorio está vacío, un valor está fuera de rango o una referencia no apunta a nada. Muchas APIs (Rails, Laravel, FastAPI, GitHub) lo usan para los errores de validación y los detallan campo por campo en el cuerpo. Corrige los datos; no reintentes tal cual.',
        '422 frente a 400: el 400 es para solicitudes que el servidor ni siquiera puede analizar, y el 422 para solicitudes que analizó y rechazó. Muchas APIs usan 400 para ambos casos.',
      ],
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Defined by WebDAV (RFC 4918) as "Unprocessable Entity" and moved into the core specification by RFC 9110 under its current name. Node.js 20 still uses "Unprocessable Entity".',
          es: 'Lo definió WebDAV (RFC 4918) como «Unprocessable Entity» y el RFC 9110 lo incorporó a la especificación general con su nombre actual. Node.js 20 sigue usando «Unprocessable Entity».',
        },
      },
    ],
  },
  {
    code: 423,
    name: 'Locked',
    nameEs: 'Bloqueado',
    standing: 'standard',
    spec: {
      label: 'RFC 4918, Section 11.3',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.3',
    },
    description: {
      en: 'WebDAV: the resource is locked, typically because another client is editing it. If you hold the lock, send its token in the `If` header; otherwise wait for the lock to be released or to expire, then try again.',
      es: 'WebDAV: el recurso está bloqueado, normalmente porque otro cliente lo está editando. Si el bloqueo es tuyo, envía su token en la cabecera `If`; si no, espera a que se libere o caduque y vuelve a intentarlo.',
    },
  },
  {
    code: 424,
    name: 'Failed Dependency',
    nameEs: 'Dependencia fallida',
    standing: 'standard',
    spec: {
      label: 'RFC 4918, Section 11.4',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.4',
    },
    description: {
      en: 'WebDAV: this operation was not performed because another one it depended on failed, for example one property update in a `PROPPATCH` that applies all or nothing. Look for the operation that actually failed, usually reported in the same multi-status response, and fix that one.',
      es: 'WebDAV: esta operación no se realizó porque falló otra de la que dependía; por ejemplo, una de las modificaciones de propiedades de un `PROPPATCH`, que se aplica entero o no se aplica. Busca la operación que falló de verdad, que suele aparecer en la misma respuesta multiestado, y corrige esa.',
    },
  },
  {
    code: 425,
    name: 'Too Early',
    nameEs: 'Demasiado pronto',
    standing: 'standard',
    spec: {
      label: 'RFC 8470, Section 5.2',
      url: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.2',
    },
    description: {
      en: 'The server will not process a request sent in TLS 1.3 early data (0-RTT), because early data can be replayed by an attacker and this request is not safe to run twice.',
      es: 'El servidor no procesará una solicitud enviada como early data de TLS 1.3 (0-RTT), porque un atacante puede reenviar esos datos y esta solicitud no es segura si se ejecuta dos veces.',
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: 'Retry the same request once the TLS handshake has completed, not as early data. The request was not processed; clients that send early data usually retry automatically.',
        es: 'Reintenta la misma solicitud una vez completado el handshake TLS, no como early data. La solicitud no se procesó; los clientes que envían early data suelen reintentar automáticamente.',
      },
    },
  },
  {
    code: 426,
    name: 'Upgrade Required',
    nameEs: 'Actualización requerida',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.5.22',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22',
    },
    description: {
      en: 'The server refuses to handle the request with the current protocol and names the one it requires in an `Upgrade` header. Switch to that protocol, for example a newer HTTP version or a WebSocket handshake, and send the request again.',
      es: 'El servidor se niega a atender la solicitud con el protocolo actual e indica en una cabecera `Upgrade` el que exige. Cambia a ese protocolo, por ejemplo una versión de HTTP más reciente o un handshake de WebSocket, y vuelve a enviar la solicitud.',
    },
  },
  {
    code: 428,
    name: 'Precondition Required',
    nameEs: 'Precondición requerida',
    standing: 'standard',
    spec: {
      label: 'RFC 6585, Section 3',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-3',
    },
    description: {
      en: "The server requires the request to be conditional, to prevent lost updates: it will not accept a write that could overwrite someone else's change unnoticed. Read the resource first, take its `ETag`, and send the write again with `If-Match`.",
      es: 'El servidor exige que la solicitud sea condicional, para evitar actualizaciones perdidas: no acepta una escritura que podría sobrescribir sin darse cuenta el cambio de otra persona. Lee primero el recurso, toma su `ETag` y vuelve a enviar la escritura con `If-Match`.',
    },
  },
  {
    code: 429,
    name: 'Too Many Requests',
    nameEs: 'Demasiadas solicitudes',
    aliases: {
      en: ['rate limit', 'rate limited', 'throttled'],
      es: ['límite de solicitudes', 'límite de velocidad', 'demasiadas peticiones'],
    },
    standing: 'standard',
    spec: {
      label: 'RFC 6585, Section 4',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
    },
    description: {
      en: 'You hit a rate limit: too many requests in a given amount of time. The specification leaves it to the server how it counts (per user, per token, per IP, per endpoint) and does not require any header, but many APIs add `Retry-After` and their own rate-limit headers, and explain the limit in the body. Slow down. If every client retries at once the moment the limit resets, they all hit it again, so spread retries out.',
      es: 'Has alcanzado un límite de solicitudes (rate limit): demasiadas solicitudes en un periodo de tiempo. La especificación deja en manos del servidor cómo cuenta (por usuario, por token, por IP o por endpoint) y no obliga a enviar ninguna cabecera, pero muchas APIs añaden `Retry-After` y sus propias cabeceras de límite de solicitudes, y explican el límite en el cuerpo. Reduce el ritmo. Si todos los clientes reintentan a la vez en cuanto se reinicia el límite, vuelven a alcanzarlo todos, así que reparte los reintentos.',
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: "Retry after the time in `Retry-After` (seconds or an HTTP date). Without it, use exponential backoff with jitter. Pace later requests with the API's rate-limit headers so as not to hit the limit again.",
        es: 'Reintenta pasado el tiempo que indica `Retry-After` (segundos o una fecha HTTP). Si no viene, usa backoff exponencial con jitter. Dosifica las solicitudes siguientes según las cabeceras de límite de solicitudes (rate limit) de la API para no volver a alcanzar el límite.',
      },
    },
  },
  {
    code: 431,
    name: 'Request Header Fields Too Large',
    nameEs: 'Cabeceras de la solicitud demasiado grandes',
    standing: 'standard',
    spec: {
      label: 'RFC 6585, Section 5',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-5',
    },
    description: {
      en: 'The request headers are too large, either one header or all of them together. In browsers the usual culprit is an oversized `Cookie` header: clear the cookies for the site. In API clients, look for huge tokens or headers added repeatedly, and shrink them before retrying.',
      es: 'Las cabeceras de la solicitud son demasiado grandes, ya sea una sola o todas en conjunto. En los navegadores, el culpable habitual es una cabecera `Cookie` enorme: borra las cookies del sitio. En los clientes de una API, busca tokens enormes o cabeceras que se añaden repetidamente, y redúcelos antes de reintentar.',
    },
  },
  {
    code: 440,
    name: 'Login Timeout',
    nameEs: 'Tiempo de inicio de sesión agotado',
    aliases: { en: ['Login Time-out'] },
    standing: 'non-standard',
    origin: 'Microsoft Exchange (Outlook Web App on IIS)',
    spec: {
      label: 'Microsoft Exchange Server 2007: Troubleshoot the 440 Login Timeout error in Outlook Web Access',
      url: 'https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx',
    },
    description: {
      en: 'Sent by Outlook Web App, the web client of Microsoft Exchange, which runs on IIS: as the name says, the login session has timed out, and signing in again fixes it. When it appears right at sign-in instead, the server is at fault: Microsoft’s troubleshooting article points to permission or authentication problems in IIS and in the OWA virtual directories, which an administrator has to fix.',
      es: 'Lo envía Outlook Web App, el cliente web de Microsoft Exchange, que funciona sobre IIS: como indica su nombre, la sesión ha caducado, y basta con volver a iniciar sesión. Si en cambio aparece nada más iniciar sesión, el problema está en el servidor: el artículo de resolución de problemas de Microsoft apunta a problemas de permisos o de autenticación en IIS y en los directorios virtuales de OWA, que debe corregir un administrador.',
    },
  },
  {
    code: 444,
    name: 'Connection Closed Without Response',
    nameEs: 'Conexión cerrada sin respuesta',
    aliases: { en: ['No Response'] },
    standing: 'non-standard',
    origin: 'nginx',
    spec: {
      label: 'nginx: src/http/ngx_http_request.h (NGX_HTTP_CLOSE)',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
    description: {
      en: 'Not a status anyone ever receives: nginx writes 444 in its access log when a `return 444` rule closes the connection without sending any response. Administrators use it to drop unwanted traffic, such as requests for unknown host names or from abusive clients. The client only sees the connection close with an empty reply; if that is you, the server is deliberately refusing your requests.',
      es: 'No es un estado que llegue a recibir nadie: nginx anota 444 en su registro de accesos cuando una regla `return 444` cierra la conexión sin enviar ninguna respuesta. Los administradores lo usan para descartar tráfico no deseado, como solicitudes a nombres de host desconocidos o de clientes abusivos. El cliente solo ve que la conexión se cierra con una respuesta vacía; si ese cliente eres tú, el servidor está rechazando tus solicitudes a propósito.',
    },
  },
  {
    code: 449,
    name: 'Retry With',
    nameEs: 'Reintentar con',
    aliases: { en: ['Reply With'] },
    standing: 'non-standard',
    origin: 'Microsoft (IIS WebDAV extensions, Exchange ActiveSync)',
    spec: {
      label: '[MS-WDV] Section 2.2.6: 449 Retry With Status Code',
      url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
    },
    description: {
      en: 'A Microsoft extension: the server cannot act on the request until the client supplies more information, and the client should then repeat it. In Microsoft’s WebDAV client extensions ([MS-WDV]), the response carries an `Ms-Echo-Request` header and the client repeats the request with an `Ms-Echo-Reply` header; Exchange ActiveSync has used it to tell a device to run the Provision command, which applies the security policy, before syncing. A client that does not know the code should treat it as a 400. Otherwise, supply what the server asked for and repeat the request once.',
      es: 'Una extensión de Microsoft: el servidor no puede atender la solicitud hasta que el cliente aporte más información, y entonces el cliente debe repetirla. En las extensiones de WebDAV para clientes de Microsoft ([MS-WDV]), la respuesta lleva una cabecera `Ms-Echo-Request` y el cliente repite la solicitud con una cabecera `Ms-Echo-Reply`; Exchange ActiveSync lo ha usado para pedir a un dispositivo que ejecute el comando Provision, que aplica la directiva de seguridad, antes de sincronizar. Un cliente que no conozca el código debe tratarlo como un 400. Si lo conoce, aporta lo que pidió el servidor y repite la solicitud una vez.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Microsoft’s specification calls the code “Retry With” in its section title, but its grammar gives the reason phrase as “Reply With”, and its text uses both. Go by the number: reason phrases carry no meaning for clients.',
          es: 'La especificación de Microsoft llama al código «Retry With» en el título de la sección, pero su gramática da como frase de estado «Reply With», y el texto usa las dos. Guíate por el número: la frase de estado no significa nada para los clientes.',
        },
      },
    ],
  },
  {
    code: 451,
    name: 'Unavailable For Legal Reasons',
    nameEs: 'No disponible por motivos legales',
    standing: 'standard',
    spec: {
      label: 'RFC 7725, Section 3',
      url: 'https://www.rfc-editor.org/rfc/rfc7725#section-3',
    },
    description: {
      en: 'The server is denying access because of a legal demand, such as a court order, a government block or a takedown notice, often only in some countries. The body should explain the demand, and a `Link` header with `rel="blocked-by"` may name who is implementing the block. Nothing to fix or retry on the client side.',
      es: 'El servidor deniega el acceso por una exigencia legal, como una orden judicial, un bloqueo gubernamental o una solicitud de retirada, a menudo solo en algunos países. El cuerpo debería explicar esa exigencia, y una cabecera `Link` con `rel="blocked-by"` puede indicar quién aplica el bloqueo. No hay nada que corregir ni reintentar del lado del cliente.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Microsoft Exchange ActiveSync, served by IIS, uses 451 for something else. Its “451 Redirect” tells a mobile device that it is talking to a server that cannot reach the user’s mailbox, or that a better server exists, and the `X-MS-Location` header gives the URL to use from then on ([MS-ASHTTP], Section 3.1.5.2.2). A 451 from a `/Microsoft-Server-ActiveSync` URL means that, not a legal block: send the following requests to the new URL.',
          es: 'Microsoft Exchange ActiveSync, servido por IIS, usa el 451 para otra cosa. Su «451 Redirect» indica a un dispositivo móvil que está hablando con un servidor que no tiene acceso al buzón del usuario, o que hay otro mejor, y la cabecera `X-MS-Location` da la URL que debe usar a partir de entonces ([MS-ASHTTP], sección 3.1.5.2.2). Un 451 de una URL `/Microsoft-Server-ActiveSync` significa eso, no un bloqueo legal: envía las solicitudes siguientes a la nueva URL.',
        },
      },
    ],
  },
  {
    code: 460,
    name: 'Client Closed Connection',
    nameEs: 'El cliente cerró la conexión',
    standing: 'non-standard',
    origin: 'AWS Application Load Balancer',
    spec: {
      label: 'AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, HTTP 460',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues',
    },
    description: {
      en: 'Recorded by an AWS Application Load Balancer when the client closed the connection before the load balancer could answer: the client’s timeout is shorter than the time the target takes to respond. Like nginx’s 499, the client, already gone, never sees it; it shows up in the load balancer’s access logs and its `HTTPCode_ELB_4XX_Count` metric. AWS’s advice: make the target answer before the client gives up or, if the client allows it, raise the client’s timeout to match the load balancer’s idle timeout.',
      es: 'Lo registra un Application Load Balancer de AWS cuando el cliente cierra la conexión antes de que el balanceador pueda responder: el tiempo de espera del cliente es más corto que lo que tarda el destino en contestar. Como el 499 de nginx, el cliente, que ya se ha ido, nunca lo ve; aparece en los registros de acceso del balanceador y en su métrica `HTTPCode_ELB_4XX_Count`. El consejo de AWS: que el destino responda antes de que el cliente se rinda o, si el cliente lo permite, subir su tiempo de espera hasta el tiempo de inactividad (idle timeout) del balanceador.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'AWS’s documentation gives this code no reason phrase; the name here describes it.',
          es: 'La documentación de AWS no da frase de estado a este código; el nombre de aquí lo describe.',
        },
      },
    ],
  },
  {
    code: 463,
    name: 'Too Many Forwarded IP Addresses',
    nameEs: 'Demasiadas direcciones IP reenviadas',
    standing: 'non-standard',
    origin: 'AWS Application Load Balancer',
    spec: {
      label: 'AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, HTTP 463',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues',
    },
    description: {
      en: 'An AWS Application Load Balancer rejected the request because its `X-Forwarded-For` header listed more than 30 IP addresses, AWS’s limit. Proxies usually append an address to that header, so a long chain of proxies, a forwarding loop or a client that forges the header can reach it. Have the outermost proxy you trust replace the header instead of appending to it, and look for loops; the same header fails the same way every time.',
      es: 'Un Application Load Balancer de AWS rechazó la solicitud porque su cabecera `X-Forwarded-For` tenía más de 30 direcciones IP, el límite de AWS. Los proxies suelen añadir una dirección a esa cabecera, así que pueden alcanzarlo una cadena larga de proxies, un bucle de reenvíos o un cliente que falsifica la cabecera. Haz que el proxy más externo en el que confíes sustituya la cabecera en vez de añadirle direcciones, y busca bucles; con la misma cabecera fallará igual cada vez.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'AWS’s documentation gives this code no reason phrase; the name here describes it.',
          es: 'La documentación de AWS no da frase de estado a este código; el nombre de aquí lo describe.',
        },
      },
    ],
  },
  {
    code: 464,
    name: 'Incompatible Protocol',
    nameEs: 'Protocolo incompatible',
    standing: 'non-standard',
    origin: 'AWS Application Load Balancer',
    spec: {
      label: 'AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, HTTP 464',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues',
    },
    description: {
      en: 'An AWS Application Load Balancer received a request in a protocol its target group is not configured for: HTTP/1.1 to a target group whose protocol version is HTTP/2 or gRPC, gRPC to an HTTP/1.1 target group, or an HTTP/2 request other than a POST to a gRPC target group. Retrying does not help: make the target group’s protocol version match what the clients send, or point gRPC and HTTP/1.1 clients at separate target groups.',
      es: 'Un Application Load Balancer de AWS recibió una solicitud en un protocolo para el que no está configurado su grupo de destino: HTTP/1.1 hacia un grupo cuya versión de protocolo es HTTP/2 o gRPC, gRPC hacia un grupo HTTP/1.1, o una solicitud HTTP/2 que no es un POST hacia un grupo gRPC. Reintentar no sirve: haz que la versión de protocolo del grupo de destino coincida con lo que envían los clientes, o dirige los clientes gRPC y los HTTP/1.1 a grupos de destino distintos.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'AWS’s documentation gives this code no reason phrase; the name here describes it.',
          es: 'La documentación de AWS no da frase de estado a este código; el nombre de aquí lo describe.',
        },
      },
    ],
  },
  {
    code: 494,
    name: 'Request Header Too Large',
    nameEs: 'Cabecera de la solicitud demasiado grande',
    aliases: { en: ['Request Header Or Cookie Too Large'] },
    standing: 'non-standard',
    origin: 'nginx',
    spec: {
      label: 'nginx: src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
    description: {
      en: 'nginx’s internal code for a request whose header does not fit: one header line is longer than a `large_client_header_buffers` buffer, the whole header is too large, or, in recent versions, there are more header lines than `max_headers` allows. An oversized `Cookie` header is the usual culprit. You will not see 494 on the wire or, by default, in the access log: nginx answers and logs 400 Bad Request, with a page titled “400 Request Header Or Cookie Too Large”. The number exists so that `error_page 494` can handle the case apart from other 400s. Clear the site’s cookies or send smaller headers; if you run the server, raise `large_client_header_buffers`.',
      es: 'Código interno de nginx para una solicitud cuya cabecera no cabe: una línea de cabecera es más larga que un búfer de `large_client_header_buffers`, la cabecera entera es demasiado grande o, en las versiones recientes, hay más líneas de cabecera de las que permite `max_headers`. El culpable habitual es una cabecera `Cookie` enorme. El 494 no se ve en la red ni, por defecto, en el registro de accesos: nginx responde y registra 400 Bad Request, con una página titulada «400 Request Header Or Cookie Too Large». El número existe para que `error_page 494` pueda tratar el caso aparte de los demás 400. Borra las cookies del sitio o envía cabeceras más pequeñas; si administras el servidor, amplía `large_client_header_buffers`.',
    },
  },
  {
    code: 495,
    name: 'SSL Certificate Error',
    nameEs: 'Error de certificado SSL',
    aliases: { en: ['The SSL certificate error'] },
    standing: 'non-standard',
    origin: 'nginx',
    spec: {
      label: 'nginx: ngx_http_ssl_module, Error Processing',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    description: {
      en: 'nginx’s internal code for a client certificate that failed verification on a server that checks them (`ssl_verify_client`): it is expired, not issued by a CA the server trusts (`ssl_client_certificate`), its chain is deeper than `ssl_verify_depth`, or, with OCSP checking on, it was revoked. The client receives 400 Bad Request with a page reading “The SSL certificate error”, unless the server handles the code with `error_page 495`. The error log says why verification failed. Fix or replace the client certificate; the same one fails the same way.',
      es: 'Código interno de nginx para un certificado de cliente que no superó la verificación en un servidor que los comprueba (`ssl_verify_client`): ha caducado, no lo emitió una CA de confianza para el servidor (`ssl_client_certificate`), su cadena es más profunda que `ssl_verify_depth` o, con la comprobación OCSP activada, está revocado. El cliente recibe 400 Bad Request con una página que dice «The SSL certificate error», salvo que el servidor trate el código con `error_page 495`. El registro de errores indica por qué falló la verificación. Corrige o sustituye el certificado de cliente; con el mismo fallará igual.',
    },
  },
  {
    code: 496,
    name: 'SSL Certificate Required',
    nameEs: 'Se requiere certificado SSL',
    aliases: { en: ['No required SSL certificate was sent'] },
    standing: 'non-standard',
    origin: 'nginx',
    spec: {
      label: 'nginx: ngx_http_ssl_module, Error Processing',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    description: {
      en: 'nginx’s internal code for a request without a client certificate on a server that requires one (`ssl_verify_client on`). The client receives 400 Bad Request with a page reading “No required SSL certificate was sent”, unless the server handles the code with `error_page 496`. Configure the client to present its certificate and key (for example `--cert` and `--key` with curl); a browser needs the certificate installed, and offers it when the site asks.',
      es: 'Código interno de nginx para una solicitud sin certificado de cliente en un servidor que lo exige (`ssl_verify_client on`). El cliente recibe 400 Bad Request con una página que dice «No required SSL certificate was sent», salvo que el servidor trate el código con `error_page 496`. Configura el cliente para que presente su certificado y su clave (por ejemplo, `--cert` y `--key` con curl); un navegador necesita tener el certificado instalado, y lo ofrece cuando el sitio lo pide.',
    },
  },
  {
    code: 497,
    name: 'HTTP Request Sent to HTTPS Port',
    nameEs: 'Solicitud HTTP enviada a un puerto HTTPS',
    aliases: { en: ['The plain HTTP request was sent to HTTPS port'] },
    standing: 'non-standard',
    origin: 'nginx',
    spec: {
      label: 'nginx: ngx_http_ssl_module, Error Processing',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    description: {
      en: 'nginx’s internal code for a plain HTTP request that arrived on a port set up for HTTPS (`listen … ssl`). The client receives 400 Bad Request with a page reading “The plain HTTP request was sent to HTTPS port”. Use an `https://` URL. If you run the server, `error_page 497 https://$host$request_uri;` turns the mistake into a redirect to HTTPS.',
      es: 'Código interno de nginx para una solicitud HTTP sin cifrar que llegó a un puerto configurado para HTTPS (`listen … ssl`). El cliente recibe 400 Bad Request con una página que dice «The plain HTTP request was sent to HTTPS port». Usa una URL `https://`. Si administras el servidor, `error_page 497 https://$host$request_uri;` convierte el error en una redirección a HTTPS.',
    },
  },
  {
    code: 499,
    name: 'Client Closed Request',
    nameEs: 'El cliente cerró la solicitud',
    aliases: { es: ['el cliente cerró la petición'] },
    standing: 'non-standard',
    origin: 'nginx',
    spec: {
      label: 'nginx: src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
    description: {
      en: [
        'The client closed the connection before the server answered. nginx writes 499 in its log; the client never receives it, because it has already gone. The usual cause is a client timeout shorter than the time the backend needs, or a user navigating away. The backend may still finish the work, so a 499 does not mean nothing happened. Google APIs and grpc-gateway also use 499 for a canceled call.',
        "If you see 499s in your logs, compare the client's timeout with your response times: either the client gives up too early or the backend is too slow.",
      ],
      es: [
        'El cliente cerró la conexión antes de que el servidor respondiera. nginx anota 499 en su registro; el cliente nunca lo recibe, porque ya se ha ido. La causa habitual es un tiempo de espera del cliente más corto que lo que necesita el backend, o un usuario que abandona la página. El backend puede terminar el trabajo de todos modos: un 499 no significa que no haya pasado nada. Las APIs de Google y grpc-gateway también usan el 499 para una llamada cancelada.',
        'Si ves 499 en tus registros, compara el tiempo de espera del cliente con tus tiempos de respuesta: o el cliente se rinde demasiado pronto o el backend es demasiado lento.',
      ],
    },
    retry: {
      retryable: 'conditional',
      advice: {
        en: 'It is your own client that gave up. If that was not intended, raise its timeout and try again, checking first whether a non-idempotent request already took effect.',
        es: 'Quien se rindió fue tu propio cliente. Si no era lo que querías, aumenta su tiempo de espera y vuelve a intentarlo, comprobando antes si una solicitud no idempotente ya surtió efecto.',
      },
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Not in the IANA registry. The number comes from nginx (`NGX_HTTP_CLIENT_CLOSED_REQUEST`); `google.rpc.Code` adopted it as the HTTP mapping for `CANCELLED`, and grpc-gateway uses it since v2.13.0.',
          es: 'No figura en el registro de IANA. El número procede de nginx (`NGX_HTTP_CLIENT_CLOSED_REQUEST`); `google.rpc.Code` lo adoptó como correspondencia HTTP de `CANCELLED`, y grpc-gateway lo usa desde la v2.13.0.',
        },
      },
    ],
  },
  {
    code: 500,
    name: 'Internal Server Error',
    nameEs: 'Error interno del servidor',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.6.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1',
    },
    description: {
      en: 'The server hit an unexpected condition, usually an unhandled exception or a bug, and could not fulfill the request. It says nothing about what went wrong, and your request may be perfectly valid. If it persists, report it with the request ID from the response headers or body and the time of the request. For server operators: the cause is in your logs, not in the response.',
      es: 'El servidor se encontró con una situación inesperada, normalmente una excepción no controlada o un fallo de programación, y no pudo atender la solicitud. No dice nada de lo que falló, y tu solicitud puede ser perfectamente válida. Si persiste, notifícalo con el ID de solicitud que venga en las cabeceras o el cuerpo de la respuesta y la hora de la solicitud. Si el servidor es tuyo, la causa está en tus registros, no en la respuesta.',
    },
    retry: {
      retryable: 'conditional',
      advice: {
        en: 'A retry or two with backoff can help if the cause was transient, but only for idempotent requests: the server may have done part of the work before failing. If it keeps failing the same way, stop and report it.',
        es: 'Uno o dos reintentos con backoff pueden servir si la causa era pasajera, pero solo en solicitudes idempotentes: puede que el servidor hiciera parte del trabajo antes de fallar. Si sigue fallando igual, deja de reintentar y notifícalo.',
      },
    },
  },
  {
    code: 501,
    name: 'Not Implemented',
    nameEs: 'No implementado',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.6.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2',
    },
    description: {
      en: 'The server does not support the functionality the request needs, typically a method it does not recognize for any resource (405 is for a method this particular resource does not allow). APIs also use it for features that are not built yet. Retrying will not help; use a different method or endpoint.',
      es: 'El servidor no admite la funcionalidad que necesita la solicitud; normalmente, un método que no reconoce para ningún recurso (el 405 es para un método que este recurso concreto no permite). Las APIs también lo usan para funciones que aún no existen. Reintentar no servirá; usa otro método u otro endpoint.',
    },
  },
  {
    code: 502,
    name: 'Bad Gateway',
    nameEs: 'Gateway incorrecto',
    aliases: { es: ['puerta de enlace incorrecta'] },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.6.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3',
    },
    description: {
      en: [
        'A gateway or proxy (a load balancer, nginx, a CDN) got an invalid response from the server behind it: the connection was refused or reset, the upstream crashed mid-response or returned something that is not valid HTTP. Often brief, during a deploy or a restart.',
        '502 versus 504: with a 502 the upstream answered badly or not at all; with a 504 it did not answer in time. For the server operator, a 502 points to a crashed or misconfigured upstream, a 504 to a slow one.',
      ],
      es: [
        'Un gateway o un proxy (un balanceador de carga, nginx, una CDN) recibió una respuesta no válida del servidor que tiene detrás: la conexión se rechazó o se reinició, el servidor de origen se cayó a mitad de respuesta o devolvió algo que no es HTTP válido. Suele ser breve, durante un despliegue o un reinicio.',
        '502 frente a 504: con un 502, el servidor de origen respondió mal o no respondió; con un 504, no respondió a tiempo. Para quien opera el servidor, un 502 apunta a un origen caído o mal configurado, y un 504 a uno lento.',
      ],
    },
    retry: {
      retryable: 'conditional',
      advice: {
        en: 'Retry with exponential backoff. From outside you cannot tell whether the upstream received the request before failing, so check before repeating a non-idempotent one.',
        es: 'Reintenta con backoff exponencial. Desde fuera no puedes saber si el servidor de origen recibió la solicitud antes de fallar; compruébalo antes de repetir una que no sea idempotente.',
      },
    },
  },
  {
    code: 503,
    name: 'Service Unavailable',
    nameEs: 'Servicio no disponible',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.6.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4',
    },
    description: {
      en: [
        'The server cannot handle the request right now, but expects to recover: it is overloaded, in maintenance, or (from a load balancer) has no healthy backend to send the request to. The server may say when to come back in `Retry-After`. The request was usually rejected without being processed.',
        'For server operators: send 503 with `Retry-After` for maintenance and load shedding, so that well-behaved clients back off instead of hammering you.',
      ],
      es: [
        'El servidor no puede atender la solicitud en este momento, pero espera recuperarse: está sobrecargado, en mantenimiento o (si responde un balanceador de carga) no tiene ningún backend sano al que enviarla. El servidor puede indicar en `Retry-After` cuándo volver. Normalmente, la solicitud se rechazó sin procesarse.',
        'Si el servidor es tuyo: envía 503 con `Retry-After` durante el mantenimiento y cuando descartes carga, para que los clientes bien diseñados esperen en lugar de saturarte.',
      ],
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: 'Retry after the time in `Retry-After` if present; otherwise use exponential backoff with jitter and a cap on attempts.',
        es: 'Reintenta pasado el tiempo que indica `Retry-After`, si viene; si no, usa backoff exponencial con jitter y un número máximo de intentos.',
      },
    },
  },
  {
    code: 504,
    name: 'Gateway Timeout',
    nameEs: 'Tiempo de espera del gateway agotado',
    aliases: {
      en: ['Gateway Time-out'],
      es: ['tiempo de espera de la puerta de enlace', 'tiempo de espera de la pasarela'],
    },
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.6.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5',
    },
    description: {
      en: "A gateway or proxy did not get a response from the server behind it within its timeout. The upstream may be overloaded, stuck, or simply slow for this request, and it may still be working on it: a 504 does not mean the request failed. If the same request always times out, the operation is too slow for the gateway's limit; ask for less data or use the API's asynchronous variant. See 502 for the difference between the two.",
      es: 'Un gateway o un proxy no recibió respuesta del servidor que tiene detrás dentro de su tiempo de espera. El servidor de origen puede estar sobrecargado, bloqueado o simplemente ser lento con esta solicitud, y puede que siga trabajando en ella: un 504 no significa que la solicitud fallara. Si la misma solicitud agota siempre el tiempo, la operación es demasiado lenta para el límite del gateway; pide menos datos o usa la variante asíncrona de la API. Consulta el 502 para ver la diferencia entre ambos.',
    },
    retry: {
      retryable: 'conditional',
      advice: {
        en: 'Retry with exponential backoff. The request may have completed, so before repeating a non-idempotent one, check whether it already took effect.',
        es: 'Reintenta con backoff exponencial. Puede que la solicitud se completara: antes de repetir una que no sea idempotente, comprueba si ya surtió efecto.',
      },
    },
  },
  {
    code: 505,
    name: 'HTTP Version Not Supported',
    nameEs: 'Versión de HTTP no admitida',
    standing: 'standard',
    spec: {
      label: 'RFC 9110, Section 15.6.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6',
    },
    description: {
      en: 'The server does not support the major HTTP version of the request. Rare in practice; check the client or proxy configuration that chose the version, and send the request with a version the server accepts.',
      es: 'El servidor no admite la versión principal de HTTP de la solicitud. Es raro en la práctica; revisa la configuración del cliente o del proxy que eligió la versión y envía la solicitud con una versión que el servidor acepte.',
    },
  },
  {
    code: 506,
    name: 'Variant Also Negotiates',
    nameEs: 'La variante también negocia',
    standing: 'standard',
    spec: {
      label: 'RFC 2295, Section 8.1',
      url: 'https://www.rfc-editor.org/rfc/rfc2295#section-8.1',
    },
    description: {
      en: 'A server configuration error in transparent content negotiation: the variant chosen for the request is itself set up to negotiate, which would start a loop. Only the server administrator can fix it; retrying will not help.',
      es: 'Un error de configuración del servidor en la negociación transparente de contenido: la variante elegida para la solicitud está configurada a su vez para negociar, lo que provocaría un bucle. Solo puede arreglarlo quien administra el servidor; reintentar no servirá.',
    },
  },
  {
    code: 507,
    name: 'Insufficient Storage',
    nameEs: 'Almacenamiento insuficiente',
    standing: 'standard',
    spec: {
      label: 'RFC 4918, Section 11.5',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.5',
    },
    description: {
      en: 'WebDAV: the server cannot store what it needs to complete the request, because the disk is full or a storage quota is exhausted. If the quota is yours, free up space or reduce the upload; otherwise the condition may be temporary, and some APIs use the code for it.',
      es: 'WebDAV: el servidor no puede almacenar lo que necesita para completar la solicitud, porque el disco está lleno o se agotó una cuota de almacenamiento. Si la cuota es tuya, libera espacio o reduce la subida; si no, la situación puede ser temporal, y algunas APIs usan el código con ese sentido.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "MDN's Spanish index of status codes gives 507 a description copied from 506 (a negotiation configuration error). RFC 4918 defines 507 as insufficient storage, as described here.",
          es: 'El índice de códigos de estado de MDN en español atribuye al 507 una descripción copiada del 506 (un error de configuración de la negociación). El RFC 4918 define el 507 como falta de espacio de almacenamiento, tal como se describe aquí.',
        },
      },
    ],
  },
  {
    code: 508,
    name: 'Loop Detected',
    nameEs: 'Bucle detectado',
    standing: 'standard',
    spec: {
      label: 'RFC 5842, Section 7.2',
      url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.2',
    },
    description: {
      en: 'WebDAV: while processing a request with `Depth: infinity`, the server found an infinite loop in the collection structure (a collection that contains itself through bindings), and the whole operation failed. Retrying will not help; remove the loop or use a finite depth.',
      es: 'WebDAV: al procesar una solicitud con `Depth: infinity`, el servidor encontró un bucle infinito en la estructura de colecciones (una colección que se contiene a sí misma a través de enlaces o bindings), y falló toda la operación. Reintentar no servirá; elimina el bucle o usa una profundidad finita.',
    },
  },
  {
    code: 509,
    name: 'Bandwidth Limit Exceeded',
    nameEs: 'Límite de ancho de banda superado',
    standing: 'non-standard',
    origin: 'cPanel (mod_bwlimited, an Apache module)',
    spec: {
      label: 'cPanel: mod_bwlimited.c (HTTP_BANDWIDTH_LIMIT_EXCEEDED)',
      url: 'https://github.com/CpanelInc/mod_bwlimited/blob/master/SOURCES/mod_bwlimited-1.4/mod_bwlimited.c',
    },
    description: {
      en: 'Shared hosting run on cPanel shows it once a site has used up the data transfer its plan allows: cPanel\'s Apache module, mod_bwlimited, defines 509 as `HTTP_BANDWIDTH_LIMIT_EXCEEDED` and serves a page titled "509 Bandwidth Limit Exceeded" for every request to that site. Nothing is wrong with the request: the site stays unavailable until the allowance resets or its owner raises it.',
      es: 'Lo muestra el alojamiento compartido gestionado con cPanel cuando un sitio ha consumido la transferencia de datos que permite su plan: el módulo de Apache de cPanel, mod_bwlimited, define el 509 como `HTTP_BANDWIDTH_LIMIT_EXCEEDED` y responde a cada solicitud a ese sitio con una página titulada «509 Bandwidth Limit Exceeded». La solicitud no tiene nada de malo: el sitio seguirá sin estar disponible hasta que se renueve la cuota o su propietario la amplíe.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Node.js lists 509 "Bandwidth Limit Exceeded" in `http.STATUS_CODES`, but the IANA registry leaves 509 unassigned: no specification defines it.',
          es: 'Node.js incluye el 509 «Bandwidth Limit Exceeded» en `http.STATUS_CODES`, pero el registro de IANA lo deja sin asignar: ninguna especificación lo define.',
        },
      },
      {
        kind: 'caution',
        text: {
          en: "The module's source in cPanel's repository (version 1.4) sets the response status to `HTTP_INTERNAL_SERVER_ERROR`, not to its 509 constant: with that version, an HTTP client reads 500 in the status line and 509 only in the title of the page.",
          es: 'El código fuente del módulo en el repositorio de cPanel (versión 1.4) fija el estado de la respuesta en `HTTP_INTERNAL_SERVER_ERROR`, no en su constante 509: con esa versión, un cliente HTTP lee 500 en la línea de estado y el 509 solo en el título de la página.',
        },
      },
    ],
  },
  {
    code: 510,
    name: 'Not Extended',
    nameEs: 'No extendido',
    standing: 'obsoleted',
    spec: {
      label: 'RFC 2774, Section 7',
      url: 'https://www.rfc-editor.org/rfc/rfc2774#section-7',
    },
    description: {
      en: 'From the experimental HTTP Extension Framework: the request did not declare an extension the server requires. The framework never caught on, RFC 2774 has been moved to Historic status, and IANA marks the code as obsoleted. You are unlikely to meet it; if you do, the response should say which extension is missing.',
      es: 'Procede del HTTP Extension Framework, que era experimental: la solicitud no declaraba una extensión que el servidor exige. El marco nunca llegó a adoptarse, el RFC 2774 se reclasificó como histórico (Historic) e IANA marca el código como obsoleto. Es poco probable que lo encuentres; si ocurre, la respuesta debería indicar qué extensión falta.',
    },
  },
  {
    code: 511,
    name: 'Network Authentication Required',
    nameEs: 'Autenticación de red requerida',
    aliases: { en: ['captive portal'], es: ['portal cautivo'] },
    standing: 'standard',
    spec: {
      label: 'RFC 6585, Section 6',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-6',
    },
    description: {
      en: 'The network you are on requires you to log in before it lets traffic through: a captive portal, as on hotel, airport or café Wi-Fi. The response comes from the network, not from the server you asked, and should link to the login page. Open a browser and log in; an API client should report the situation instead of parsing the body.',
      es: 'La red a la que estás conectado exige que inicies sesión antes de dejar pasar el tráfico: un portal cautivo, como en el wifi de un hotel, un aeropuerto o una cafetería. La respuesta viene de la red, no del servidor al que preguntaste, y debería enlazar a la página de inicio de sesión. Abre un navegador e inicia sesión; un cliente de API debería informar de la situación en lugar de analizar el cuerpo.',
    },
  },
  {
    code: 520,
    name: 'Web Server Returned an Unknown Error',
    nameEs: 'El servidor web devolvió un error desconocido',
    standing: 'non-standard',
    origin: 'Cloudflare',
    spec: {
      label: 'Cloudflare Docs: Error 520',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    },
    description: {
      en: "Cloudflare's catch-all: the origin server sent an empty, unknown or unexpected response, for example it reset the connection or returned invalid HTTP. The problem is between Cloudflare and the origin, not in your request. Operators should check the origin's logs for crashes and make sure it is not blocking Cloudflare's IP addresses.",
      es: 'El cajón de sastre de Cloudflare: el servidor de origen envió una respuesta vacía, desconocida o inesperada; por ejemplo, reinició la conexión o devolvió HTTP no válido. El problema está entre Cloudflare y el origen, no en tu solicitud. Quien opera el sitio debe buscar caídas en los registros del origen y comprobar que no bloquea las direcciones IP de Cloudflare.',
    },
    retry: {
      retryable: 'conditional',
      advice: {
        en: 'Often transient: retry with backoff, idempotent requests only, since the origin may have processed the request before its response went wrong.',
        es: 'Suele ser transitorio: reintenta con backoff, solo solicitudes idempotentes, porque puede que el origen procesara la solicitud antes de que su respuesta fallara.',
      },
    },
  },
  {
    code: 521,
    name: 'Web Server Is Down',
    nameEs: 'El servidor web está caído',
    standing: 'non-standard',
    origin: 'Cloudflare',
    spec: {
      label: 'Cloudflare Docs: Error 521',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    },
    description: {
      en: "Cloudflare tried to connect to the origin server and the connection was refused: the web server is not running, or a firewall rejects Cloudflare's IP addresses. The request never reached the origin.",
      es: 'Cloudflare intentó conectarse al servidor de origen y la conexión fue rechazada: el servidor web no está en marcha o un cortafuegos rechaza las direcciones IP de Cloudflare. La solicitud nunca llegó al origen.',
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: 'Safe to retry with backoff, since the origin never saw the request; if it persists, the site is down and only its operator can fix it.',
        es: 'Se puede reintentar con backoff sin riesgo, porque el origen nunca recibió la solicitud; si persiste, el sitio está caído y solo quien lo opera puede arreglarlo.',
      },
    },
  },
  {
    code: 522,
    name: 'Connection Timed Out',
    nameEs: 'Tiempo de espera de conexión agotado',
    standing: 'non-standard',
    origin: 'Cloudflare',
    spec: {
      label: 'Cloudflare Docs: Error 522',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    },
    description: {
      en: "Cloudflare could not establish a TCP connection to the origin server before timing out: the origin is overloaded, offline, or a firewall is silently dropping packets from Cloudflare. The request never reached the origin. Discord's API sits behind Cloudflare, and the community-maintained Discord documentation lists 522 among the statuses to retry.",
      es: 'Cloudflare no pudo establecer una conexión TCP con el servidor de origen antes de agotar el tiempo de espera: el origen está sobrecargado o apagado, o un cortafuegos descarta en silencio los paquetes de Cloudflare. La solicitud nunca llegó al origen. La API de Discord está detrás de Cloudflare, y la documentación de Discord que mantiene la comunidad incluye el 522 entre los estados que conviene reintentar.',
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: 'Retry with exponential backoff; the origin did not receive the request, so repeating it is safe.',
        es: 'Reintenta con backoff exponencial; el origen no recibió la solicitud y repetirla no tiene riesgo.',
      },
    },
  },
  {
    code: 523,
    name: 'Origin Is Unreachable',
    nameEs: 'Origen inaccesible',
    standing: 'non-standard',
    origin: 'Cloudflare',
    spec: {
      label: 'Cloudflare Docs: Error 523',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    },
    description: {
      en: "Cloudflare cannot find a route to the origin server, for example because the site's DNS record points to a wrong IP address or there is a routing problem at the hosting provider. The request never reached the origin. The community-maintained Discord documentation lists 523 among the statuses to retry.",
      es: 'Cloudflare no encuentra una ruta hasta el servidor de origen, por ejemplo porque el registro DNS del sitio apunta a una dirección IP equivocada o hay un problema de enrutamiento en el proveedor de alojamiento. La solicitud nunca llegó al origen. La documentación de Discord que mantiene la comunidad incluye el 523 entre los estados que conviene reintentar.',
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: "Retry with backoff; if it persists, it is a configuration or network problem on the site's side.",
        es: 'Reintenta con backoff; si persiste, se trata de un problema de configuración o de red del lado del sitio.',
      },
    },
  },
  {
    code: 524,
    name: 'A Timeout Occurred',
    nameEs: 'Se agotó el tiempo de espera',
    standing: 'non-standard',
    origin: 'Cloudflare',
    spec: {
      label: 'Cloudflare Docs: Error 524',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
    },
    description: {
      en: "Cloudflare connected to the origin server, but the origin did not send an HTTP response before Cloudflare's proxy read timeout, 100 seconds by default. The origin may still be working on the request and may complete it. Operations that regularly take this long should run as background jobs that the client polls. The community-maintained Discord documentation lists 524 among the statuses to retry.",
      es: 'Cloudflare se conectó al servidor de origen, pero este no envió una respuesta HTTP antes de que venciera el tiempo de lectura del proxy de Cloudflare, 100 segundos por defecto. Puede que el origen siga trabajando en la solicitud y llegue a completarla. Las operaciones que tardan esto habitualmente deberían ejecutarse como tareas en segundo plano que el cliente consulte periódicamente. La documentación de Discord que mantiene la comunidad incluye el 524 entre los estados que conviene reintentar.',
    },
    retry: {
      retryable: 'conditional',
      advice: {
        en: 'Retry with backoff, but the request may have been processed: check before repeating a non-idempotent one.',
        es: 'Reintenta con backoff, pero puede que la solicitud se procesara: compruébalo antes de repetir una que no sea idempotente.',
      },
    },
  },
  {
    code: 525,
    name: 'SSL Handshake Failed',
    nameEs: 'Falló el handshake SSL',
    standing: 'non-standard',
    origin: 'Cloudflare',
    spec: {
      label: 'Cloudflare Docs: Error 525',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
    },
    description: {
      en: "The TLS handshake between Cloudflare and the origin server failed, with Cloudflare's SSL mode set to Full or Full (strict): the origin has no certificate configured for the host name, does not support a cipher or TLS version in common with Cloudflare, or is not listening for TLS on port 443. A configuration problem on the site's side; retrying will not help.",
      es: 'Falló el handshake TLS entre Cloudflare y el servidor de origen, con el modo SSL de Cloudflare en Full o Full (strict): el origen no tiene un certificado configurado para ese nombre de host, no comparte con Cloudflare ningún cifrado ni versión de TLS, o no escucha TLS en el puerto 443. Es un problema de configuración del sitio; reintentar no servirá.',
    },
  },
  {
    code: 526,
    name: 'Invalid SSL Certificate',
    nameEs: 'Certificado SSL no válido',
    standing: 'non-standard',
    origin: 'Cloudflare',
    spec: {
      label: 'Cloudflare Docs: Error 526',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
    },
    description: {
      en: "With Cloudflare's SSL mode set to Full (strict), Cloudflare could not validate the origin server's certificate: it is expired, self-signed or issued by an untrusted authority, or it does not cover the host name. The site's operator must install a valid certificate (or a Cloudflare Origin CA certificate); retrying will not help.",
      es: 'Con el modo SSL de Cloudflare en Full (strict), Cloudflare no pudo validar el certificado del servidor de origen: ha caducado, es autofirmado, lo emitió una autoridad no reconocida o no cubre el nombre de host. Quien opera el sitio debe instalar un certificado válido (o uno de la CA de origen de Cloudflare); reintentar no servirá.',
    },
  },
  {
    code: 530,
    name: 'Origin DNS Error',
    nameEs: 'Error de DNS del origen',
    standing: 'non-standard',
    origin: 'Cloudflare',
    spec: {
      label: 'Cloudflare Docs: Error 530',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/',
    },
    description: {
      en: 'Cloudflare could not resolve the origin server’s hostname, so it never reached the origin. The body of the response carries a Cloudflare 1xxx error with the details: 1016 (Origin DNS error) means the DNS record for the origin is missing or points to a name that does not resolve, and 1033 means Cloudflare cannot reach the Cloudflare Tunnel (`cloudflared`) that serves the hostname. The site’s owner has to fix the DNS record or get the tunnel running; visitors can only try again later.',
      es: 'Cloudflare no pudo resolver el nombre de host del servidor de origen, así que nunca llegó a él. El cuerpo de la respuesta trae un error 1xxx de Cloudflare con los detalles: 1016 (Origin DNS error) indica que falta el registro DNS del origen o que apunta a un nombre que no se resuelve, y 1033, que Cloudflare no consigue llegar al túnel de Cloudflare (`cloudflared`) que sirve ese nombre de host. Quien opera el sitio tiene que corregir el registro DNS o poner en marcha el túnel; a quien lo visita solo le queda volver a intentarlo más tarde.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Cloudflare’s documentation calls it just “Error 530”; the name here is that of 1016, the 1xxx error that most often comes with it.',
          es: 'La documentación de Cloudflare lo llama simplemente «Error 530»; el nombre de aquí es el de 1016, el error 1xxx que lo acompaña con más frecuencia.',
        },
      },
    ],
  },
  {
    code: 561,
    name: 'Unauthorized',
    nameEs: 'No autorizado',
    standing: 'non-standard',
    origin: 'AWS Application Load Balancer',
    spec: {
      label: 'AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, HTTP 561',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues',
    },
    description: {
      en: 'An AWS Application Load Balancer set up to authenticate users (a listener rule with OIDC or Amazon Cognito authentication) got an error code from the identity provider while authenticating the user. It is not the standard 401: the failure was reported by the identity provider during the load balancer’s own sign-in flow. The error reason code in the load balancer’s access logs says what went wrong; then check the identity provider’s side and the rule’s settings (client ID and secret, endpoints, callback URL).',
      es: 'Un Application Load Balancer de AWS configurado para autenticar usuarios (una regla del listener con autenticación OIDC o de Amazon Cognito) recibió un código de error del proveedor de identidad al autenticar al usuario. No es el 401 estándar: el fallo lo comunicó el proveedor de identidad durante el propio flujo de inicio de sesión del balanceador. El código de motivo del error (error reason) en los registros de acceso del balanceador indica qué falló; después revisa el lado del proveedor de identidad y la configuración de la regla (client ID y secreto, endpoints, URL de retorno).',
    },
  },
  {
    code: 599,
    name: 'Network Connect Timeout Error',
    nameEs: 'Tiempo de espera de conexión a la red agotado',
    standing: 'non-standard',
    origin: 'Various proxies',
    description: {
      en: 'Used by some proxies and HTTP client libraries to report that the connection to the upstream server timed out, when no real HTTP response exists. It is not defined by any RFC, and its meaning depends on the software that sent it; treat it as a failure to reach the server, much like a 504.',
      es: 'Lo usan algunos proxies y bibliotecas cliente HTTP para indicar que se agotó el tiempo al conectar con el servidor de destino, cuando no existe una respuesta HTTP real. No lo define ningún RFC y su significado depende del software que lo envía; trátalo como un fallo al llegar al servidor, parecido a un 504.',
    },
    retry: {
      retryable: 'yes',
      advice: {
        en: 'Retry with exponential backoff.',
        es: 'Reintenta con backoff exponencial.',
      },
    },
  },
] as const satisfies readonly HttpStatusCodeEntry[];
