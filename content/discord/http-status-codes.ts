/**
 * HTTP status codes returned by Discord's REST API, with Discord's retry advice.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#http
 * @see https://discord.com/developers/docs/topics/rate-limits
 * @see https://docs.discord.food/topics/errors#http
 */
import type { DiscordHttpStatusEntry, TableMeta } from '../../src/schema/entries.ts';

export const meta = {
  title: {
    en: 'Discord HTTP status codes',
    es: 'Códigos de estado HTTP de Discord',
  },
  intro: {
    en: [
      "The HTTP status codes Discord's REST API returns: what each one means coming from Discord, and whether to retry. The status gives you the kind of problem; on errors, the JSON body adds a `code` and a `message` that pin down the exact cause (see the JSON error codes table).",
      "The rows combine Discord's official table with the one the community maintains in Discord Userdoccers, which lists statuses the official page leaves out. Rows found only in the community table are marked as such.",
    ],
    es: [
      'Los códigos de estado HTTP que devuelve la API REST de Discord: qué significa cada uno cuando viene de Discord y si conviene reintentar. El estado te dice qué tipo de problema hay; en los errores, el cuerpo JSON añade un `code` y un `message` que precisan la causa exacta (consulta la tabla de códigos de error JSON).',
      'Las filas combinan la tabla oficial de Discord con la que mantiene la comunidad en Discord Userdoccers, que recoge estados que la página oficial omite. Las filas que solo aparecen en la tabla de la comunidad están señaladas.',
    ],
  },
  sources: [
    {
      label: 'Discord Developer Docs: Opcodes and Status Codes, HTTP',
      url: 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#http',
    },
    {
      label: 'Discord Developer Docs: Rate Limits',
      url: 'https://discord.com/developers/docs/topics/rate-limits',
    },
    {
      label: 'Discord Userdoccers: Errors, HTTP',
      url: 'https://docs.discord.food/topics/errors#http',
    },
    {
      label: 'RFC 9110: HTTP Semantics, Section 15',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
    },
  ],
  sections: [
    {
      id: 'retrying',
      title: {
        en: 'When to retry',
        es: 'Cuándo reintentar',
      },
      body: {
        en: [
          'Most 4xx responses mean the request itself is wrong: retrying it unchanged fails the same way. Fix the request first. 401, 403 and 429 responses also count toward the invalid request limit, 10,000 per 10 minutes per IP address; past it, Cloudflare temporarily blocks the address from the API.',
          'For a 429, wait the time in `retry_after` (or the `Retry-After` header) before sending anything else to that bucket, and if `global` is `true`, before sending anything at all. A 202 also carries `retry_after`: wait that long, then repeat the request.',
          "The community-maintained table adds a footnote to its 5xx row: retry 502, 504, 507, 522, 523 and 524 with backoff, and whether to retry other 5xx errors is up to you. It also mentions the `X-Failed-Requests` header, which a client sends on a retry with the number of attempts that have failed so far (Discord's own client does). 503 is not in that list, but its own row says to wait a bit and retry, so treat it the same way.",
          'Back off exponentially, add some random jitter, and cap the number of attempts. A timeout (504, 522, 524) does not prove the request was not processed: before retrying a non-idempotent request, such as sending a message, check whether it already took effect.',
        ],
        es: [
          'La mayoría de las respuestas 4xx indican que el problema está en la propia solicitud: si la reintentas sin cambios, fallará igual. Corrígela primero. Además, los 401, 403 y 429 cuentan para el límite de solicitudes inválidas, 10.000 cada 10 minutos por dirección IP; si lo superas, Cloudflare bloquea temporalmente esa dirección en la API.',
          'Ante un 429, espera el tiempo que indica `retry_after` (o la cabecera `Retry-After`) antes de enviar nada más a ese bucket y, si `global` es `true`, antes de enviar cualquier cosa. Un 202 también trae `retry_after`: espera ese tiempo y repite la solicitud.',
          'La tabla que mantiene la comunidad añade una nota al pie en su fila 5xx: reintenta con backoff los 502, 504, 507, 522, 523 y 524; reintentar los demás 5xx queda a tu criterio. También menciona la cabecera `X-Failed-Requests`, que el cliente envía al reintentar con el número de intentos fallidos hasta ese momento (el propio cliente de Discord lo hace). El 503 no está en esa lista, pero su fila dice que esperes un poco y reintentes: trátalo igual.',
          'Aplica un backoff exponencial, añade algo de variación aleatoria (jitter) y limita el número de intentos. Un tiempo de espera agotado (504, 522, 524) no demuestra que la solicitud no se procesara: antes de repetir una solicitud no idempotente, como enviar un mensaje, comprueba si ya surtió efecto.',
        ],
      },
    },
    {
      id: 'rate-limit-headers',
      title: {
        en: 'Rate-limit headers and the 429 body',
        es: 'Cabeceras de límite de solicitudes (rate limit) y cuerpo del 429',
      },
      body: {
        en: [
          'Most responses carry these headers, so you can pace your requests before hitting a limit instead of reacting to 429s. Do not hard-code limits: they depend on several factors and change over time, so read the headers.',
          '`X-RateLimit-Limit`: how many requests the bucket allows.',
          '`X-RateLimit-Remaining`: how many are left.',
          '`X-RateLimit-Reset`: when the bucket resets, as a Unix timestamp in seconds (it can have decimals).',
          '`X-RateLimit-Reset-After`: seconds until the bucket resets (it can have decimals).',
          '`X-RateLimit-Bucket`: an identifier for the limit you hit. Routes that share a limit share the bucket, and limits are also counted separately per top-level resource in the path (channel, guild or webhook), so key your limiter by bucket plus that ID.',
          '`X-RateLimit-Global`: sent only on a 429, when the limit hit is the global one.',
          "`X-RateLimit-Scope`: sent only on a 429. `user` is your bot's or user's own limit, `global` your global limit, and `shared` a limit on the resource shared with others; 429s with `shared` do not count toward the invalid request limit.",
          'A 429 also carries a `Retry-After` header and a JSON body with `message`, `retry_after` (seconds to wait, as a float), `global` (whether it is the global limit) and, for some limits, a JSON error `code`.',
          'The global limit lets each bot make up to 50 requests per second; requests without an `Authorization` header are limited per IP address instead. Interaction endpoints are not bound by it. Emoji routes are limited per guild, and the quota their headers report may be inaccurate, so expect occasional 429s there.',
        ],
        es: [
          'Discord limita cuántas solicitudes puedes hacer en un intervalo: es el límite de solicitudes (rate limit), que algunas traducciones llaman «límite de velocidad». Como la mayoría de las respuestas traen estas cabeceras, puedes dosificar tus solicitudes antes de llegar a un límite en vez de reaccionar a los 429. No fijes los límites en el código: dependen de varios factores y cambian con el tiempo; lee las cabeceras.',
          '`X-RateLimit-Limit`: cuántas solicitudes permite el bucket.',
          '`X-RateLimit-Remaining`: cuántas quedan.',
          '`X-RateLimit-Reset`: cuándo se reinicia el bucket, como marca de tiempo Unix en segundos (puede llevar decimales).',
          '`X-RateLimit-Reset-After`: segundos que faltan para que se reinicie el bucket (puede llevar decimales).',
          '`X-RateLimit-Bucket`: un identificador del límite alcanzado. Las rutas que comparten límite comparten bucket, y además los límites se cuentan por separado para cada recurso de primer nivel de la ruta (canal, servidor o webhook); por eso, identifica cada límite por el bucket más ese ID.',
          '`X-RateLimit-Global`: solo llega en un 429, cuando el límite alcanzado es el global.',
          '`X-RateLimit-Scope`: solo llega en un 429. `user` es el límite propio de tu bot o usuario, `global` tu límite global y `shared` un límite del recurso que compartes con otros; los 429 con `shared` no cuentan para el límite de solicitudes inválidas.',
          'Un 429 trae además la cabecera `Retry-After` y un cuerpo JSON con `message`, `retry_after` (segundos de espera, con decimales), `global` (si se trata del límite global) y, en algunos límites, un `code` de error JSON.',
          'El límite global permite a cada bot hasta 50 solicitudes por segundo; las solicitudes sin cabecera `Authorization` se limitan, en cambio, por dirección IP. Los endpoints de interacciones no están sujetos a él. Las rutas de emojis se limitan por servidor y la cuota que indican sus cabeceras puede ser inexacta: cuenta con recibir algún 429 en ellas.',
        ],
      },
      example: {
        language: 'json',
        code: `{
  "message": "You are being rate limited.",
  "retry_after": 64.57,
  "global": false
}`,
      },
    },
  ],
} as const satisfies TableMeta;

export const discordHttpStatusCodes = [
  {
    code: 200,
    name: 'OK',
    nameEs: 'Correcto',
    description: {
      en: 'The request succeeded, and the body holds the result: usually the object you fetched, created or updated.',
      es: 'La solicitud se completó con éxito y el cuerpo trae el resultado: normalmente, el objeto que consultaste, creaste o modificaste.',
    },
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 200,
    },
  },
  {
    code: 201,
    name: 'Created',
    nameEs: 'Creado',
    description: {
      en: 'The request succeeded and created a new entity, returned in the body. Only some endpoints use it: Add Guild Member answers 201 when it adds the user (204 if they were already a member), and creating an application command answers 201 for a new command (200 when it overwrites one with the same name). Many create endpoints, such as Create Message, answer 200 instead, so treat any 2xx as success.',
      es: 'La solicitud se completó y creó una entidad nueva, que viene en el cuerpo. Solo algunos endpoints lo usan: Add Guild Member responde 201 cuando añade al usuario (204 si ya era miembro) y la creación de un comando de aplicación responde 201 si el comando es nuevo (200 si sobrescribe otro con el mismo nombre). Muchos endpoints de creación, como Create Message, responden 200: considera correcto cualquier 2xx.',
    },
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 201,
    },
  },
  {
    code: 202,
    name: 'Accepted',
    nameEs: 'Aceptado',
    description: {
      en: 'The request was accepted, but the resource is not ready yet; the body includes `retry_after`. Message search does this while Discord is still indexing the channel or guild (JSON code `110000`, "Index not yet available"). Wait the time given in `retry_after` and send the same request again.',
      es: 'La solicitud se aceptó, pero el recurso todavía no está listo; el cuerpo incluye `retry_after`. Ocurre, por ejemplo, al buscar mensajes mientras Discord aún indexa el canal o el servidor (código JSON `110000`, «Index not yet available»). Espera el tiempo que indica `retry_after` y repite la misma solicitud.',
    },
    retry: 'after-retry-after',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 202,
    },
  },
  {
    code: 204,
    name: 'No Content',
    nameEs: 'Sin contenido',
    description: {
      en: 'The request succeeded and the response has no body. Many `DELETE` and `PUT` endpoints answer this way, such as deleting a message or adding a reaction, so do not try to parse JSON from it.',
      es: 'La solicitud se completó y la respuesta no tiene cuerpo. Es la respuesta habitual de muchos endpoints `DELETE` y `PUT`, como borrar un mensaje o añadir una reacción; al no traer cuerpo, no intentes leer JSON en ella.',
    },
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 204,
    },
  },
  {
    code: 304,
    name: 'Not Modified',
    nameEs: 'No modificado',
    description: {
      en: 'Nothing changed and no action was taken. If you sent a conditional request (`If-None-Match`), your cached copy is still current. Either way it is not an error, and there is nothing to retry.',
      es: 'No hubo cambios y no se realizó ninguna acción. Si enviaste una solicitud condicional (`If-None-Match`), tu copia en caché sigue vigente. En cualquier caso no es un error y no hay nada que reintentar.',
    },
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 304,
    },
  },
  {
    code: 400,
    name: 'Bad Request',
    nameEs: 'Solicitud incorrecta',
    description: {
      en: 'Discord could not understand the request, or it failed validation. Read the JSON body: `code` says what is wrong (often `50035`, "Invalid Form Body"), and an `errors` object points to each offending field. Fix the request; sending it again unchanged fails the same way.',
      es: 'Discord no pudo entender la solicitud o esta no superó la validación. Lee el cuerpo JSON: `code` indica el problema (a menudo `50035`, «Invalid Form Body») y el objeto `errors` señala cada campo incorrecto. Corrige la solicitud; si la reenvías tal cual, fallará igual.',
    },
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 400,
    },
  },
  {
    code: 401,
    name: 'Unauthorized',
    nameEs: 'No autorizado',
    description: {
      en: 'The `Authorization` header is missing or its token is invalid. Bot tokens go as `Bot <token>` and OAuth2 access tokens as `Bearer <token>`; a token also stops working once it is reset or revoked. Do not retry: 401s count toward the invalid request limit, so stop using a token as soon as Discord rejects it, and get a valid one.',
      es: 'Falta la cabecera `Authorization` o su token no es válido. Los tokens de bot se envían como `Bot <token>` y los tokens de acceso de OAuth2 como `Bearer <token>`; además, un token deja de funcionar en cuanto se regenera o se revoca. No reintentes: los 401 cuentan para el límite de solicitudes inválidas. Deja de usar un token en cuanto Discord lo rechace y consigue uno válido.',
    },
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 401,
    },
  },
  {
    code: 403,
    name: 'Forbidden',
    nameEs: 'Prohibido',
    description: {
      en: "The token is valid but not allowed to do this. Check the JSON `code`: `50013` means missing permissions (look at the channel's permission overwrites and at the role hierarchy: a bot cannot manage roles or members at or above its own highest role), and `50001` means the bot cannot access the resource at all (for example, it cannot see the channel). Do not retry until the permissions change; 403s count toward the invalid request limit.",
      es: 'El token es válido, pero no tiene permiso para hacer esto. Revisa el `code` del JSON: `50013` indica que faltan permisos (mira las sobrescrituras de permisos del canal, o permission overwrites, y la jerarquía de roles: un bot no puede gestionar roles ni miembros que estén a la altura de su rol más alto o por encima), y `50001`, que el bot ni siquiera tiene acceso al recurso (por ejemplo, no ve el canal). No reintentes hasta que cambien los permisos; los 403 cuentan para el límite de solicitudes inválidas.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'A 403 with JSON code `40333` comes from Cloudflare, not from the API itself: the request was blocked, often because it was malformed or had a missing or unusual `User-Agent`. Permissions have nothing to do with it.',
          es: 'Un 403 con el código JSON `40333` lo genera Cloudflare, no la API: se bloqueó la solicitud, a menudo porque estaba mal formada o porque el `User-Agent` faltaba o era inusual. Los permisos no tienen nada que ver.',
        },
      },
      {
        kind: 'caution',
        text: {
          en: 'A 403 with JSON code `10008` and the message “Unknown Message” is not a missing message either: the community documentation warns that it means Discord’s anti-abuse systems blocked the request, for reasons that can concern the request or the account. Blocked requests can also carry other codes that make no sense in context. Retrying the same request will not help; slow down and review what the account is doing.',
          es: 'Un 403 con el código JSON `10008` y el mensaje «Unknown Message» tampoco indica que falte un mensaje: la documentación de la comunidad advierte de que significa que los sistemas antiabuso de Discord bloquearon la solicitud, por motivos que pueden tener que ver con la solicitud o con la cuenta. Las solicitudes bloqueadas también pueden traer otros códigos que no tienen sentido en ese contexto. Repetir la misma solicitud no servirá de nada; baja el ritmo y revisa lo que está haciendo la cuenta.',
        },
      },
    ],
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 403,
    },
  },
  {
    code: 404,
    name: 'Not Found',
    nameEs: 'No encontrado',
    description: {
      en: 'The resource does not exist, or the route is wrong. The JSON `code` tells you which: codes in the 10xxx range name the missing entity (`10003` unknown channel, `10008` unknown message, `10015` unknown webhook…), while a mistyped path typically returns `code` `0`. Do not retry. If a webhook returns 404, stop using it: repeated attempts lead to a temporary restriction.',
      es: 'El recurso no existe o la ruta es incorrecta. El `code` del JSON lo aclara: los códigos 10xxx indican qué entidad falta (`10003`, canal desconocido; `10008`, mensaje desconocido; `10015`, webhook desconocido…), mientras que una ruta mal escrita suele devolver `code` `0`. No reintentes. Si un webhook devuelve 404, deja de usarlo: insistir provoca una restricción temporal.',
    },
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 404,
    },
  },
  {
    code: 405,
    name: 'Method Not Allowed',
    nameEs: 'Método no permitido',
    description: {
      en: "The route exists but does not accept this HTTP method (for example, a `POST` where only `GET` and `PATCH` are allowed). Check the method in the endpoint's documentation; retrying will not help.",
      es: 'La ruta existe, pero no admite este método HTTP (por ejemplo, un `POST` donde solo se aceptan `GET` y `PATCH`). Comprueba el método en la documentación del endpoint; reintentar no servirá de nada.',
    },
    retry: 'no',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 405,
    },
  },
  {
    code: 409,
    name: 'Conflict',
    nameEs: 'Conflicto',
    description: {
      en: "The change could not be applied because of the resource's current state. Fetch the resource again, reconcile your change with what is there now, and only then resend it; repeating the same request will conflict again.",
      es: 'No se pudo aplicar el cambio por el estado actual del recurso. Vuelve a obtener el recurso, adapta tu cambio a lo que hay ahora y solo entonces reenvíalo; repetir la misma solicitud volverá a chocar.',
    },
    retry: 'no',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 409,
    },
  },
  {
    code: 410,
    name: 'Gone',
    nameEs: 'Ya no disponible',
    description: {
      en: 'The resource existed but is no longer available. Treat it as permanent: do not retry, and drop any references to it you have stored.',
      es: 'El recurso existió, pero ya no está disponible. Trátalo como algo definitivo: no reintentes y elimina las referencias a él que tengas guardadas.',
    },
    retry: 'no',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 410,
    },
  },
  {
    code: 413,
    name: 'Payload Too Large',
    nameEs: 'Carga útil demasiado grande',
    aliases: { en: ['Content Too Large', 'Request Entity Too Large'], es: ['archivo demasiado grande'] },
    description: {
      en: 'The request body is too large, usually because an attachment exceeds the upload size limit; the JSON body typically carries code `40005` ("Request entity too large"). Make it smaller (compress or split the files, or send fewer per message) before trying again.',
      es: 'El cuerpo de la solicitud es demasiado grande, casi siempre porque un archivo adjunto supera el límite de subida; el JSON suele traer el código `40005` («Request entity too large»). Reduce el tamaño (comprime o divide los archivos, o envía menos por mensaje) antes de volver a intentarlo.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Discord labels 413 "Payload Too Large", the name RFC 7231 used; RFC 9110, the current HTTP standard, calls it "Content Too Large". Same status, same meaning.',
          es: 'Discord llama al 413 «Payload Too Large», el nombre que usaba el RFC 7231; el RFC 9110, el estándar HTTP vigente, lo llama «Content Too Large». Es el mismo estado, con el mismo significado.',
        },
      },
    ],
    retry: 'no',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 413,
    },
  },
  {
    code: 415,
    name: 'Unsupported Media',
    nameEs: 'Medio no admitido',
    aliases: { en: ['Unsupported Media Type'] },
    description: {
      en: "Only Discord's CDN returns this: the content type you requested is not supported for that file. Check the extension (`.png`, `.jpg`, `.webp`, `.gif`…) against the formats Discord's image formatting reference lists for that endpoint, and request a supported one.",
      es: 'Solo lo devuelve la CDN de Discord: el tipo de contenido que pediste no se admite para ese archivo. Comprueba la extensión (`.png`, `.jpg`, `.webp`, `.gif`…) con los formatos que la referencia de formatos de imagen de Discord indica para ese endpoint y pide uno admitido.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Discord labels 415 "Unsupported Media"; the HTTP standard (RFC 9110) name is "Unsupported Media Type".',
          es: 'Discord llama al 415 «Unsupported Media»; el nombre en el estándar HTTP (RFC 9110) es «Unsupported Media Type».',
        },
      },
    ],
    retry: 'no',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 415,
    },
  },
  {
    code: 422,
    name: 'Unprocessable Content',
    nameEs: 'Contenido no procesable',
    description: {
      en: "The request was well formed but failed validation. According to the community documentation, only some of Discord's services (those written in Rust) return it; elsewhere, validation errors come back as 400. Read the body to see which value was rejected, fix it, and do not retry unchanged.",
      es: 'La solicitud estaba bien formada, pero no superó la validación. Según la documentación de la comunidad, solo la devuelven algunos servicios de Discord (los escritos en Rust); en el resto, los errores de validación llegan como 400. Lee el cuerpo para ver qué valor se rechazó, corrígelo y no reintentes sin cambios.',
    },
    retry: 'no',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 422,
    },
  },
  {
    code: 423,
    name: 'Locked',
    nameEs: 'Bloqueado',
    description: {
      en: 'The resource you are accessing is temporarily locked. The lock is transient, so wait a moment and try again, backing off if it persists.',
      es: 'El recurso al que intentas acceder está bloqueado temporalmente. El bloqueo es pasajero: espera un momento y vuelve a intentarlo, con backoff si persiste.',
    },
    retry: 'with-backoff',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 423,
    },
  },
  {
    code: 429,
    name: 'Too Many Requests',
    nameEs: 'Demasiadas solicitudes',
    aliases: {
      en: ['rate limit', 'rate limited', 'throttled'],
      es: ['límite de solicitudes', 'límite de velocidad'],
    },
    description: {
      en: "You hit a rate limit. Wait the number of seconds in the body's `retry_after` (a float; the `Retry-After` header gives the same wait) and then retry; if `global` is `true`, pause all your requests, not just this route. `X-RateLimit-Scope` says which limit it was: `user`, `global` or `shared` (the resource's own limit, which does not count toward the invalid request limit). To avoid 429s, track `X-RateLimit-Remaining` and `X-RateLimit-Reset-After` for each `X-RateLimit-Bucket`.",
      es: 'Alcanzaste un límite de solicitudes (rate limit). Espera los segundos que indica `retry_after` en el cuerpo (un número decimal; la cabecera `Retry-After` da la misma espera) y luego reintenta; si `global` es `true`, detén todas tus solicitudes, no solo las de esa ruta. `X-RateLimit-Scope` indica qué límite fue: `user`, `global` o `shared` (el límite propio del recurso, que no cuenta para el límite de solicitudes inválidas). Para evitar los 429, controla `X-RateLimit-Remaining` y `X-RateLimit-Reset-After` en cada `X-RateLimit-Bucket`.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'Every 401, 403 and 429 counts toward the invalid request limit: 10,000 per 10 minutes per IP address (429s with `X-RateLimit-Scope: shared` excepted). Go past it and Cloudflare temporarily blocks that IP from the API, so every request fails until the ban expires. Retrying 429s in a tight loop is the usual way to get there.',
          es: 'Cada 401, 403 y 429 cuenta para el límite de solicitudes inválidas: 10.000 cada 10 minutos por dirección IP (salvo los 429 con `X-RateLimit-Scope: shared`). Si lo superas, Cloudflare bloquea temporalmente esa IP y todas tus solicitudes a la API fallan hasta que expira el bloqueo. Reintentar los 429 en bucle, sin esperar, es la forma más habitual de llegar a eso.',
        },
      },
    ],
    retry: 'after-retry-after',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 429,
    },
  },
  {
    code: 501,
    name: 'Not Implemented',
    nameEs: 'No implementado',
    description: {
      en: "Discord's API does not support the HTTP method you used for this request. It is a fixed answer, not an outage: use the method or endpoint the documentation gives, and do not retry.",
      es: 'La API de Discord no admite el método HTTP que usaste en esta solicitud. Es una respuesta fija, no una caída: usa el método o el endpoint que indica la documentación y no reintentes.',
    },
    retry: 'no',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 501,
    },
  },
  {
    code: 502,
    name: 'Gateway Unavailable',
    nameEs: 'Gateway no disponible',
    aliases: { en: ['Bad Gateway'] },
    description: {
      en: 'No gateway was available to process your request. "Gateway" here means Discord\'s servers in front of its HTTP API, not the WebSocket Gateway your bot connects to. The condition is transient: wait a moment and retry with exponential backoff.',
      es: 'No había ningún gateway disponible para procesar tu solicitud. Aquí «gateway» se refiere a los servidores que están delante de la API HTTP de Discord, no al Gateway WebSocket al que se conecta tu bot. Es un fallo pasajero: espera un momento y reintenta con backoff exponencial.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Discord labels 502 "Gateway Unavailable"; the HTTP standard (RFC 9110) calls it "Bad Gateway". Same status code, but Discord\'s label states its own cause (no gateway available), while the standard one describes a gateway or proxy that got an invalid response from the inbound server behind it.',
          es: 'Discord llama al 502 «Gateway Unavailable»; el estándar HTTP (RFC 9110) lo llama «Bad Gateway». Es el mismo código, pero la etiqueta de Discord expresa su causa concreta (ningún gateway disponible), mientras que la estándar describe un gateway o proxy que recibió una respuesta no válida del servidor que tiene detrás.',
        },
      },
    ],
    retry: 'with-backoff',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 502,
    },
  },
  {
    code: 503,
    name: 'Service Unavailable',
    nameEs: 'Servicio no disponible',
    description: {
      en: 'A service Discord needs to process your request is unavailable. It is temporary: wait a bit and retry with exponential backoff, waiting at least as long as the `Retry-After` header says if there is one.',
      es: 'Un servicio que Discord necesita para procesar tu solicitud no está disponible. Es temporal: espera un poco y reintenta con backoff exponencial, y si la respuesta trae la cabecera `Retry-After`, espera al menos lo que indica.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'The footnote listing which 5xx errors to retry with backoff does not name 503, but the 503 row itself says to wait a bit and retry. This page follows the row.',
          es: 'La nota al pie que enumera los 5xx que conviene reintentar con backoff no nombra el 503, pero la propia fila del 503 dice que esperes un poco y reintentes. Esta página sigue lo que dice la fila.',
        },
      },
    ],
    retry: 'with-backoff',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 503,
    },
  },
  {
    code: 504,
    name: 'Gateway Timeout',
    nameEs: 'Tiempo de espera del gateway agotado',
    description: {
      en: 'The gateway processing your request timed out. Retry with exponential backoff, but keep in mind the request may have been carried out anyway: before repeating a non-idempotent one (sending a message, creating a channel), check whether it already took effect.',
      es: 'El gateway que procesaba tu solicitud agotó el tiempo de espera. Reintenta con backoff exponencial, pero ten en cuenta que la operación pudo completarse de todos modos: antes de repetir una solicitud no idempotente (enviar un mensaje, crear un canal), comprueba si ya surtió efecto.',
    },
    retry: 'with-backoff',
    source: 'community',
    http: {
      table: 'http/status-codes',
      code: 504,
    },
  },
  {
    code: 507,
    name: 'Insufficient Storage',
    nameEs: 'Almacenamiento insuficiente',
    description: {
      en: 'The HTTP server could not store what it needed to complete the request (the standard meaning, from WebDAV). From Discord it is a server-side condition you cannot fix: retry with exponential backoff.',
      es: 'El servidor no pudo almacenar lo necesario para completar la solicitud (es el significado estándar, heredado de WebDAV). Viniendo de Discord, es un problema del lado del servidor que no puedes corregir tú: reintenta con backoff exponencial.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Listed in the retry advice, not in the table: only the footnote of the community-maintained table (Discord Userdoccers) names this status, among the 5xx errors to retry with backoff. Discord's official page does not mention it.",
          es: 'Aparece en el consejo sobre reintentos, no en la tabla: solo la nota al pie de la tabla que mantiene la comunidad (Discord Userdoccers) nombra este estado, entre los 5xx que conviene reintentar con backoff. La página oficial de Discord no lo menciona.',
        },
      },
    ],
    retry: 'with-backoff',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 507,
    },
  },
  {
    code: 522,
    name: 'Connection Timed Out',
    nameEs: 'Tiempo de espera de conexión agotado',
    description: {
      en: "Cloudflare, which sits in front of Discord's API, could not open a connection to Discord's servers in time. The request never reached Discord, so retrying with exponential backoff is safe.",
      es: 'Cloudflare, que está delante de la API de Discord, no pudo abrir a tiempo una conexión con los servidores de Discord. La solicitud no llegó a Discord: puedes reintentar con backoff exponencial sin riesgo.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Listed in the retry advice, not in the table: only the footnote of the community-maintained table (Discord Userdoccers) names this status, among the 5xx errors to retry with backoff. Discord's official page does not mention it.",
          es: 'Aparece en el consejo sobre reintentos, no en la tabla: solo la nota al pie de la tabla que mantiene la comunidad (Discord Userdoccers) nombra este estado, entre los 5xx que conviene reintentar con backoff. La página oficial de Discord no lo menciona.',
        },
      },
    ],
    retry: 'with-backoff',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 522,
    },
  },
  {
    code: 523,
    name: 'Origin Is Unreachable',
    nameEs: 'Origen inaccesible',
    description: {
      en: "Cloudflare could not reach Discord's servers at all, typically because of a network routing problem between the two. The request did not reach Discord; retry with exponential backoff.",
      es: 'Cloudflare no pudo llegar a los servidores de Discord, normalmente por un problema de enrutamiento de red entre ambos. La solicitud no llegó a Discord; reintenta con backoff exponencial.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Listed in the retry advice, not in the table: only the footnote of the community-maintained table (Discord Userdoccers) names this status, among the 5xx errors to retry with backoff. Discord's official page does not mention it.",
          es: 'Aparece en el consejo sobre reintentos, no en la tabla: solo la nota al pie de la tabla que mantiene la comunidad (Discord Userdoccers) nombra este estado, entre los 5xx que conviene reintentar con backoff. La página oficial de Discord no lo menciona.',
        },
      },
    ],
    retry: 'with-backoff',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 523,
    },
  },
  {
    code: 524,
    name: 'A Timeout Occurred',
    nameEs: 'Se agotó el tiempo de espera',
    description: {
      en: "Cloudflare connected to Discord's servers, but they did not answer in time. Retry with exponential backoff, but Discord may have processed the request anyway: check before repeating one that is not idempotent.",
      es: 'Cloudflare se conectó a los servidores de Discord, pero no respondieron a tiempo. Reintenta con backoff exponencial, aunque Discord pudo haber procesado la solicitud: compruébalo antes de repetir una que no sea idempotente.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Listed in the retry advice, not in the table: only the footnote of the community-maintained table (Discord Userdoccers) names this status, among the 5xx errors to retry with backoff. Discord's official page does not mention it.",
          es: 'Aparece en el consejo sobre reintentos, no en la tabla: solo la nota al pie de la tabla que mantiene la comunidad (Discord Userdoccers) nombra este estado, entre los 5xx que conviene reintentar con backoff. La página oficial de Discord no lo menciona.',
        },
      },
    ],
    retry: 'with-backoff',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 524,
    },
  },
  {
    code: '5xx',
    name: 'Server Error',
    nameEs: 'Error del servidor',
    description: {
      en: "Any other server error, such as 500 Internal Server Error: Discord failed to process the request. These are rare. Retrying is your call: one or two retries with backoff are reasonable for idempotent requests (`GET`, `PUT`, `DELETE`); for others, first check whether the action already happened. If it keeps failing, look at Discord's status page (discordstatus.com) instead of retrying indefinitely.",
      es: 'Cualquier otro error del servidor, como 500 Internal Server Error: Discord no pudo procesar la solicitud. Son poco frecuentes. Reintentar queda a tu criterio: uno o dos reintentos con backoff son razonables en solicitudes idempotentes (`GET`, `PUT`, `DELETE`); en las demás, comprueba antes si la acción ya se realizó. Si el fallo persiste, consulta la página de estado de Discord (discordstatus.com) en lugar de reintentar sin fin.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: "`X-Failed-Requests` goes on your request, not in the response: when you retry, you can set it to the number of attempts that have already failed, as Discord's own client does.",
          es: '`X-Failed-Requests` va en tu solicitud, no en la respuesta: al reintentar, puedes enviarla con el número de intentos que ya fallaron, como hace el propio cliente de Discord.',
        },
      },
    ],
    retry: 'your-call',
    source: 'official',
    http: {
      table: 'http/status-codes',
      code: 500,
    },
  },
] as const satisfies readonly DiscordHttpStatusEntry[];
