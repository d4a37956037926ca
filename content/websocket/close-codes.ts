/**
 * WebSocket close codes: every code of the IANA WebSocket Close Code Number Registry from
 * 1000 to 1015, the code ranges of RFC 6455, the browser's rule for `WebSocket.close()`,
 * and what the codes mean for a Discord Gateway session.
 * @see https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number
 * @see https://www.rfc-editor.org/rfc/rfc6455#section-7.4
 */
import type {
  BrowserCloseRule,
  DiscordCloseCodeRelation,
  WebSocketCloseCodeEntry,
  WebSocketCodeRange,
} from '../../src/schema/layers.ts';
import type { TableMeta } from '../../src/schema/entries.ts';

const rfc6455 = {
  defined: { label: 'RFC 6455, Section 7.4.1', url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1' },
  ranges: { label: 'RFC 6455, Section 7.4.2', url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.2' },
  closeCode: {
    label: 'RFC 6455, Section 7.1.5',
    url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.1.5',
  },
} as const;

/** The messages the IANA registry cites for 1012–1014, registered by Alexey Melnikov. */
const hybiMessages = {
  restartAndTryAgain: {
    label: 'IANA registration of 1012 and 1013 (HyBi mailing list, msg09670)',
    url: 'https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html',
  },
  badGateway: {
    label: 'IANA registration of 1014 (HyBi mailing list, msg10748)',
    url: 'https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html',
  },
} as const;

const discordDisconnect = {
  label: 'Discord Developer Docs: Gateway, Initiating a Disconnect',
  url: 'https://discord.com/developers/docs/events/gateway#initiating-a-disconnect',
} as const;

export const meta = {
  title: {
    en: 'WebSocket close codes',
    es: 'Códigos de cierre de WebSocket',
  },
  intro: {
    en: [
      'When either side closes a WebSocket connection, its Close frame can carry a two-byte status code and a short reason. The codes from 1000 to 2999 belong to the protocol itself: RFC 6455 defined most of them, and the IANA WebSocket Close Code Number Registry added 1012 to 1014 later. Applications use 3000–3999 (codes registered with IANA) and 4000–4999 (private use, where Discord’s codes live).',
      'Three of these codes never travel in a Close frame: 1005, 1006 and 1015 exist so that an implementation can report locally that no code arrived, that the connection dropped without a Close frame, or that the TLS handshake failed. If you see one of them in a `close` event or a log, your own WebSocket implementation reported it; the peer did not send it.',
    ],
    es: [
      'Cuando cualquiera de los dos extremos cierra una conexión WebSocket, su trama de cierre puede llevar un código de estado de dos bytes y un motivo breve. Los códigos del 1000 al 2999 pertenecen al propio protocolo: el RFC 6455 definió la mayoría, y el registro de códigos de cierre de WebSocket de la IANA añadió más tarde los códigos 1012 a 1014. Las aplicaciones usan el rango 3000–3999 (códigos registrados en la IANA) y el 4000–4999 (de uso privado, donde están los códigos de Discord).',
      'Tres de estos códigos nunca viajan en una trama de cierre: el 1005, el 1006 y el 1015 existen para que una implementación pueda notificar localmente que no llegó ningún código, que la conexión se cortó sin trama de cierre o que falló el handshake TLS. Si ves uno de ellos en un evento `close` o en un registro, lo notificó tu propia implementación de WebSocket; el otro extremo no lo envió.',
    ],
  },
  sources: [
    {
      label: 'IANA: WebSocket Close Code Number Registry',
      url: 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number',
    },
    { label: 'RFC 6455: The WebSocket Protocol', url: 'https://www.rfc-editor.org/rfc/rfc6455' },
    hybiMessages.restartAndTryAgain,
    hybiMessages.badGateway,
    {
      label: 'WHATWG WebSockets Standard (commit 1b3525cb, 2025-07-14)',
      url: 'https://websockets.spec.whatwg.org/',
    },
    discordDisconnect,
    {
      label: 'RFC 8441, Section 5 (WebSockets over HTTP/2)',
      url: 'https://www.rfc-editor.org/rfc/rfc8441#section-5',
    },
    {
      label: 'RFC 9220, Section 3 (WebSockets over HTTP/3)',
      url: 'https://www.rfc-editor.org/rfc/rfc9220#section-3',
    },
  ],
  sections: [
    {
      id: 'code-ranges',
      title: {
        en: 'Code ranges',
        es: 'Rangos de códigos',
      },
      body: {
        en: [
          'RFC 6455 divides the 16-bit code space into ranges. 0–999 is not used. 1000–2999 is reserved for the protocol, its future revisions and extensions with a permanent, public specification; only 1000–1015 is assigned today, and 1016–2999 is still unassigned. 3000–3999 is for libraries, frameworks and applications, which register their codes directly with IANA on a first-come, first-served basis. 4000–4999 is for private use: its codes cannot be registered, and each one means whatever the two applications agreed on.',
          'Pick your application’s own codes from 4000–4999, as Discord does; if you want to publish them for others to use, register them in 3000–3999 instead. Do not invent codes in 1000–2999: a new code there needs a specification and IANA review. The status code is optional, and a Close frame may have no body at all (the receiver then reports 1005).',
        ],
        es: [
          'El RFC 6455 divide el espacio de códigos de 16 bits en rangos. El 0–999 no se usa. El 1000–2999 está reservado para el protocolo, sus futuras revisiones y las extensiones con una especificación pública y permanente; hoy solo está asignado el 1000–1015, y el 1016–2999 sigue sin asignar. El 3000–3999 es para bibliotecas, frameworks y aplicaciones, que registran sus códigos directamente en la IANA por orden de llegada. El 4000–4999 es de uso privado: sus códigos no se pueden registrar, y cada uno significa lo que hayan acordado las dos aplicaciones.',
          'Elige los códigos propios de tu aplicación en el rango 4000–4999, como hace Discord; si quieres publicarlos para que otros los usen, regístralos en el 3000–3999. No te inventes códigos en el 1000–2999: cualquier código nuevo en ese rango necesita una especificación y la revisión de la IANA. El código de estado es opcional, y una trama de cierre puede no llevar cuerpo (quien la recibe notifica entonces un 1005).',
        ],
      },
    },
    {
      id: 'browser-close',
      title: {
        en: 'What a web page can send',
        es: 'Qué puede enviar una página web',
      },
      body: {
        en: [
          'In a browser, `WebSocket.close(code, reason)` accepts only 1000 and the codes from 3000 to 4999. Any other code throws an `InvalidAccessError` `DOMException`, and a reason longer than 123 bytes of UTF-8 throws a `SyntaxError`. Calling `close()` with no arguments sends a Close frame without a code, which the server reports as 1005. The browser itself sends 1001 when the page that opened the socket goes away.',
          'In the other direction, the `close` event’s `code` is the one the server sent; it is 1005 if the server’s Close frame had no code, and 1006 if no Close frame arrived. So that pages cannot probe the network, browsers report 1006 for every failure that happens before or instead of a proper close: a host that does not resolve, a refused connection, a failed TLS handshake, a server that is not a WebSocket server or that drops the connection. A page therefore sees 1015 only if a server wrongly puts it in a Close frame, never from its own browser.',
        ],
        es: [
          'En un navegador, `WebSocket.close(code, reason)` solo acepta el 1000 y los códigos del 3000 al 4999. Cualquier otro código lanza una `DOMException` `InvalidAccessError`, y un motivo de más de 123 bytes en UTF-8 lanza un `SyntaxError`. Llamar a `close()` sin argumentos envía una trama de cierre sin código, que el servidor notifica como 1005. El propio navegador envía el 1001 cuando desaparece la página que abrió el socket.',
          'En sentido contrario, el `code` del evento `close` es el que envió el servidor; es el 1005 si su trama de cierre no llevaba código, y el 1006 si no llegó ninguna trama de cierre. Para que las páginas no puedan sondear la red, los navegadores notifican 1006 ante cualquier fallo que ocurra antes de un cierre correcto o en su lugar: un host que no se resuelve, una conexión rechazada, un handshake TLS fallido, un servidor que no es de WebSocket o que corta la conexión. Por eso una página solo ve un 1015 si un servidor lo pone, por error, en una trama de cierre; su propio navegador nunca lo genera.',
        ],
      },
    },
    {
      id: 'discord',
      title: {
        en: 'Discord and WebSocket close codes',
        es: 'Discord y los códigos de cierre de WebSocket',
      },
      body: {
        en: [
          'Discord’s own Gateway, Voice and RPC close codes are WebSocket close codes in the private-use range 4000–4999: Discord defines them, and no registry lists them. Three standard codes, 1000, 1003 and 1006, also appear among Discord’s RPC close codes: the community documentation and the Embedded App SDK list them, Discord’s own RPC table does not. The standard codes in this table matter on a Discord connection too, in both directions.',
          'When your bot closes the Gateway connection with 1000 or 1001, Discord invalidates the session and the bot appears offline: use them only when shutting down for good. With any other code, or if the TCP connection simply closes, the session stays alive for a few minutes and you can resume it. That includes a connection that drops without a Close frame, which your WebSocket library reports as 1006. Discord’s documentation gives the same advice for a zombied connection (no heartbeat ACK): close it with any code other than 1000 or 1001, then reconnect and resume.',
        ],
        es: [
          'Los códigos de cierre propios del Gateway, de voz y de RPC de Discord son códigos de cierre de WebSocket del rango de uso privado 4000–4999: los define Discord, no ningún registro. Tres códigos estándar, el 1000, el 1003 y el 1006, figuran también entre los códigos de cierre de RPC de Discord: los recogen la documentación de la comunidad y el Embedded App SDK, no la tabla de RPC de Discord. Los códigos estándar de esta tabla también importan en una conexión con Discord, en ambos sentidos.',
          'Si tu bot cierra con el código 1000 o 1001 su conexión con el Gateway, Discord invalida la sesión y el bot aparece desconectado: úsalos solo cuando vayas a apagarlo del todo. Con cualquier otro código, o si simplemente se cierra la conexión TCP, la sesión sigue viva unos minutos y puedes reanudarla. Eso incluye una conexión que se corta sin trama de cierre, que tu biblioteca de WebSocket notifica como 1006. La documentación de Discord da el mismo consejo para una conexión zombi (sin ACK de heartbeat): ciérrala con cualquier código que no sea el 1000 ni el 1001, reconéctate y reanuda.',
        ],
      },
    },
    {
      id: 'http2-and-http3',
      title: {
        en: 'WebSockets over HTTP/2 and HTTP/3',
        es: 'WebSockets sobre HTTP/2 y HTTP/3',
      },
      body: {
        en: [
          'RFC 8441 runs a WebSocket over a single HTTP/2 stream, and RFC 9220 over an HTTP/3 stream. Neither adds close codes, nor does RFC 7692 (per-message compression). The closing handshake, with its Close frames, works as it does over TCP. What changes is the layer below: the end of the stream (END_STREAM in HTTP/2, FIN in HTTP/3) plays the part of an orderly TCP close, and a reset stream (RST_STREAM with CANCEL in HTTP/2, the H3_REQUEST_CANCELLED stream error in HTTP/3) plays the part of a TCP reset. A stream reset before the closing handshake is therefore reported as 1006, just as a dropped TCP connection is.',
        ],
        es: [
          'El RFC 8441 lleva un WebSocket sobre un único flujo de HTTP/2, y el RFC 9220 sobre un flujo de HTTP/3. Ninguno de los dos añade códigos de cierre, y el RFC 7692 (compresión por mensaje) tampoco. El handshake de cierre, con sus tramas de cierre, funciona igual que sobre TCP. Lo que cambia es la capa inferior: el final del flujo (END_STREAM en HTTP/2, FIN en HTTP/3) hace las veces de un cierre ordenado de TCP, y un flujo restablecido (RST_STREAM con CANCEL en HTTP/2, el error de flujo H3_REQUEST_CANCELLED en HTTP/3) hace las veces de un reset de TCP. Por eso un flujo restablecido antes del handshake de cierre se notifica como 1006, igual que una conexión TCP cortada.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

/** The ranges of RFC 6455, Section 7.4.2, shown at the top of the page. */
export const closeCodeRanges = [
  {
    id: 'range-0-999',
    from: 0,
    to: 999,
    use: 'unused',
    title: { en: 'Not used', es: 'Sin uso' },
    description: {
      en: 'Never used as close codes.',
      es: 'Nunca se usan como códigos de cierre.',
    },
    spec: rfc6455.ranges,
  },
  {
    id: 'range-1000-2999',
    from: 1000,
    to: 2999,
    use: 'protocol',
    title: { en: 'The WebSocket protocol', es: 'El protocolo WebSocket' },
    description: {
      en: 'Reserved for the protocol, its revisions and publicly specified extensions. Only 1000–1015 is assigned; 1016–2999 is unassigned.',
      es: 'Reservado para el protocolo, sus revisiones y las extensiones con especificación pública. Solo está asignado el 1000–1015; el 1016–2999 está sin asignar.',
    },
    spec: rfc6455.ranges,
  },
  {
    id: 'range-3000-3999',
    from: 3000,
    to: 3999,
    use: 'registered',
    title: { en: 'Libraries, frameworks and applications', es: 'Bibliotecas, frameworks y aplicaciones' },
    description: {
      en: 'Registered directly with IANA, first come, first served. The protocol does not define what they mean.',
      es: 'Se registran directamente en la IANA, por orden de llegada. El protocolo no define su significado.',
    },
    spec: rfc6455.ranges,
  },
  {
    id: 'range-4000-4999',
    from: 4000,
    to: 4999,
    use: 'private',
    title: { en: 'Private use', es: 'Uso privado' },
    description: {
      en: 'Cannot be registered; they mean whatever the two applications agreed on. Discord’s close codes live here.',
      es: 'No se pueden registrar; significan lo que hayan acordado las dos aplicaciones. Aquí están los códigos de cierre de Discord.',
    },
    spec: rfc6455.ranges,
  },
] as const satisfies readonly WebSocketCodeRange[];

/** `WebSocket.close(code, reason)` in browsers. */
export const browserCloseRule = {
  allowed: [
    { from: 1000, to: 1000 },
    { from: 3000, to: 4999 },
  ],
  codeError: 'InvalidAccessError',
  reasonMaxBytes: 123,
  reasonError: 'SyntaxError',
  source: {
    label: 'WHATWG WebSockets Standard: the close() method',
    url: 'https://websockets.spec.whatwg.org/#dom-websocket-close',
  },
} as const satisfies BrowserCloseRule;

/** The link between this table and Discord's close-code tables, shown on both sides. */
export const discordRelation = {
  tables: ['discord/gateway-close-codes', 'discord/voice-close-codes', 'discord/rpc-close-codes'],
  range: { from: 4000, to: 4999 },
  here: {
    en: 'Discord’s own Gateway, Voice and RPC close codes (4000–4999) are WebSocket private-use codes; the RPC close codes also list the standard 1000, 1003 and 1006.',
    es: 'Los códigos de cierre propios del Gateway, de voz y de RPC de Discord (4000–4999) son códigos de WebSocket de uso privado; los códigos de cierre de RPC incluyen además los códigos estándar 1000, 1003 y 1006.',
  },
  onDiscordPages: {
    en: 'Discord’s 4000–4999 codes are WebSocket private-use codes; the standard WebSocket codes (1000–1015) are listed separately.',
    es: 'Los códigos 4000–4999 de Discord son códigos de WebSocket de uso privado; los códigos estándar de WebSocket (1000–1015) están en otra tabla.',
  },
  sessionGuidance: { table: 'discord/gateway-close-codes', section: 'resume-or-identify' },
} as const satisfies DiscordCloseCodeRelation;

export const webSocketCloseCodes = [
  {
    code: 1_000,
    name: 'Normal Closure',
    nameEs: 'Cierre normal',
    aliases: {
      en: ['normal close', 'clean close', 'CLOSE_NORMAL'],
      es: ['cierre limpio', 'cierre correcto'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'either',
    scriptCanSend: true,
    reconnect: 'not-needed',
    spec: rfc6455.defined,
    description: {
      en: [
        'The connection did what it was opened for and is being closed on purpose. Either side can send it, and it is the only code below 3000 that a web page may pass to `WebSocket.close()`.',
        'Nothing needs fixing. Open a new connection only if you still need one; if you did not expect the other side to finish, read the close reason, which is where applications explain why.',
      ],
      es: [
        'La conexión cumplió su cometido y se cierra de forma intencionada. Puede enviarlo cualquiera de los dos extremos, y es el único código por debajo de 3000 que una página web puede pasar a `WebSocket.close()`.',
        'No hay nada que corregir. Abre una conexión nueva solo si todavía la necesitas; si no esperabas que el otro extremo terminara, lee el motivo del cierre, que es donde las aplicaciones explican el porqué.',
      ],
    },
    discord: {
      gatewaySession: 'ended',
      documented: true,
      text: {
        en: 'Closing a Discord Gateway connection with 1000 invalidates the session and takes the bot offline. Use it only when shutting down for good; to reconnect and resume, close with another code.',
        es: 'Cerrar con el 1000 una conexión con el Gateway de Discord invalida la sesión y deja el bot desconectado. Úsalo solo cuando vayas a apagar el bot del todo; para reconectar y reanudar, cierra con otro código.',
      },
      source: discordDisconnect,
    },
  },
  {
    code: 1_001,
    name: 'Going Away',
    nameEs: 'El extremo se va',
    aliases: {
      en: ['going away', 'server shutting down', 'page navigated away', 'CLOSE_GOING_AWAY'],
      es: ['el servidor se apaga', 'la página se cierra', 'salida'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'either',
    scriptCanSend: false,
    reconnect: 'with-backoff',
    spec: rfc6455.defined,
    description: {
      en: [
        'The endpoint is going away: a server that is shutting down or restarting, or a browser leaving the page that opened the socket (browsers send 1001 themselves when the page goes away; a script cannot).',
        'If the server sent it, treat it as a planned shutdown: reconnect after a short randomized delay, ideally to another instance. If a server receives it from a browser, the user simply left.',
      ],
      es: [
        'El extremo se va: un servidor que se apaga o se reinicia, o un navegador que abandona la página que abrió el socket (los navegadores envían el 1001 por su cuenta cuando desaparece la página; un script no puede).',
        'Si lo envió el servidor, tómalo como un apagado previsto: reconéctate tras una breve espera aleatoria, a ser posible a otra instancia. Si un servidor lo recibe de un navegador, solo significa que el usuario se fue.',
      ],
    },
    discord: {
      gatewaySession: 'ended',
      documented: true,
      text: {
        en: 'Like 1000, closing a Discord Gateway connection with 1001 invalidates the session and takes the bot offline, so a reconnect must identify again instead of resuming.',
        es: 'Igual que con el 1000, cerrar con el 1001 una conexión con el Gateway de Discord invalida la sesión y deja el bot desconectado: al reconectar hay que identificarse de nuevo en lugar de reanudar.',
      },
      source: discordDisconnect,
    },
  },
  {
    code: 1_002,
    name: 'Protocol error',
    nameEs: 'Error de protocolo',
    aliases: {
      en: ['protocol violation', 'malformed frame', 'CLOSE_PROTOCOL_ERROR'],
      es: ['violación del protocolo', 'trama mal formada'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'either',
    scriptCanSend: false,
    reconnect: 'after-fix',
    spec: rfc6455.defined,
    description: {
      en: [
        'The endpoint is closing because the other side broke the WebSocket protocol: for example, an unmasked frame from a client, a control frame that is fragmented or longer than 125 bytes, reserved bits set without a negotiated extension, or an unknown opcode.',
        'This is a bug in one of the two implementations, or in a proxy in between. Reconnecting will not help until it is fixed: capture the frames, and check that you are not writing raw bytes to the socket or mixing two WebSocket libraries on one connection.',
      ],
      es: [
        'El extremo cierra porque el otro incumplió el protocolo WebSocket: por ejemplo, una trama sin enmascarar enviada por un cliente, una trama de control fragmentada o de más de 125 bytes, bits reservados activados sin haber negociado una extensión, o un opcode desconocido.',
        'Es un error de una de las dos implementaciones, o de un proxy intermedio. Reconectar no servirá hasta que se corrija: captura las tramas y comprueba que no estás escribiendo bytes en bruto en el socket ni mezclando dos bibliotecas de WebSocket en una misma conexión.',
      ],
    },
  },
  {
    code: 1_003,
    name: 'Unsupported Data',
    nameEs: 'Datos no admitidos',
    aliases: {
      en: ['unsupported data type', 'binary not accepted', 'text not accepted', 'CLOSE_UNSUPPORTED'],
      es: ['tipo de datos no admitido', 'no acepta binario', 'no acepta texto'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'either',
    scriptCanSend: false,
    reconnect: 'after-fix',
    spec: rfc6455.defined,
    description: {
      en: [
        'The endpoint received a type of message it cannot accept, typically a binary message on an endpoint that only understands text, or the reverse.',
        'Send the message type the other side expects (in a browser, a string instead of a `Blob` or `ArrayBuffer`, or the other way round), or agree on it through the subprotocol.',
      ],
      es: [
        'El extremo recibió un tipo de mensaje que no puede aceptar, normalmente un mensaje binario en un extremo que solo entiende texto, o al revés.',
        'Envía el tipo de mensaje que espera el otro extremo (en un navegador, una cadena en lugar de un `Blob` o un `ArrayBuffer`, o al revés), o acuerda el tipo en el subprotocolo.',
      ],
    },
  },
  {
    code: 1_004,
    name: 'Reserved',
    nameEs: 'Reservado',
    status: 'reserved',
    sentOnWire: false,
    reportedLocally: false,
    sentBy: 'none',
    scriptCanSend: false,
    reconnect: 'depends',
    spec: rfc6455.defined,
    description: {
      en: 'Reserved by RFC 6455 for a meaning that might be defined in the future; none has been. Endpoints have no reason to send it. If you receive it, the other side uses it with a meaning of its own: read the close reason.',
      es: 'Reservado por el RFC 6455 para un significado que podría definirse en el futuro; aún no se ha definido ninguno. Los extremos no tienen motivo para enviarlo. Si lo recibes, el otro extremo lo usa con un significado propio: lee el motivo del cierre.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Some older references list 1004 as “message too large” (`CLOSE_TOO_LARGE`), a meaning from drafts of the protocol. RFC 6455 and the IANA registry leave it reserved; the code for a message that is too big is 1009.',
          es: 'Algunas referencias antiguas describen el 1004 como «mensaje demasiado grande» (`CLOSE_TOO_LARGE`), un significado de los borradores del protocolo. El RFC 6455 y el registro de la IANA lo dejan reservado; el código para un mensaje demasiado grande es el 1009.',
        },
      },
    ],
  },
  {
    code: 1_005,
    name: 'No Status Rcvd',
    nameEs: 'Sin código de estado',
    aliases: {
      en: ['no status received', 'no status code', 'empty close frame', 'CLOSE_NO_STATUS'],
      es: ['no se recibió código', 'trama de cierre vacía', 'cierre sin código'],
    },
    status: 'assigned',
    sentOnWire: false,
    reportedLocally: true,
    sentBy: 'none',
    scriptCanSend: false,
    reconnect: 'depends',
    spec: rfc6455.closeCode,
    description: {
      en: [
        'Never sent: an implementation reports 1005 when the Close frame it received had no status code. The connection did close properly, with a closing handshake; the other side simply sent no code.',
        'A browser page that calls `close()` without arguments, or whose socket is garbage collected while open, sends exactly such a frame. Decide what to do from your application’s state, not from the code.',
      ],
      es: [
        'Nunca se envía: una implementación notifica el 1005 cuando la trama de cierre que recibió no traía código de estado. La conexión se cerró correctamente, con su handshake de cierre; simplemente, el otro extremo no envió ningún código.',
        'Una página que llama a `close()` sin argumentos, o cuyo socket se libera por recolección de basura estando abierto, envía justo una trama así. Decide qué hacer según el estado de tu aplicación, no según el código.',
      ],
    },
  },
  {
    code: 1_006,
    name: 'Abnormal Closure',
    nameEs: 'Cierre anómalo',
    aliases: {
      en: [
        'abnormal closure',
        'connection dropped',
        'connection lost',
        'closed without close frame',
        'CLOSE_ABNORMAL',
      ],
      es: ['cierre anómalo', 'conexión perdida', 'conexión cortada', 'cierre sin trama de cierre'],
    },
    status: 'assigned',
    sentOnWire: false,
    reportedLocally: true,
    sentBy: 'none',
    scriptCanSend: false,
    reconnect: 'with-backoff',
    spec: rfc6455.closeCode,
    description: {
      en: [
        'Never sent: an implementation reports 1006 when the connection closed without a Close frame, because the network failed, a proxy or load balancer cut an idle connection, the server process died, or the connection could not be established at all. Browsers also use it, deliberately, for DNS errors, refused connections and failed TLS handshakes, so a page cannot tell those apart.',
        'Reconnect with a randomized delay that grows on each failure, as RFC 6455 asks after abnormal closures. If it happens at regular intervals, look for an idle timeout on a proxy and send pings; if it happens on the first attempt, check the URL, the certificate and the server’s logs, because the browser will not say what failed.',
      ],
      es: [
        'Nunca se envía: una implementación notifica el 1006 cuando la conexión se cerró sin trama de cierre, porque falló la red, un proxy o un balanceador cortó una conexión inactiva, el proceso del servidor murió o la conexión ni siquiera llegó a establecerse. Los navegadores también lo usan, a propósito, para errores de DNS, conexiones rechazadas y handshakes TLS fallidos, de modo que una página no pueda distinguirlos.',
        'Reconéctate con una espera aleatoria que crezca en cada fallo, como pide el RFC 6455 tras un cierre anómalo. Si ocurre a intervalos regulares, busca un tiempo máximo de inactividad en algún proxy y envía pings; si ocurre en el primer intento, revisa la URL, el certificado y los registros del servidor, porque el navegador no te dirá qué falló.',
      ],
    },
    discord: {
      gatewaySession: 'resumable',
      documented: true,
      text: {
        en: 'On Discord’s Gateway, a connection that ends without a Close frame leaves the session alive for a few minutes: reconnect to `resume_gateway_url` and resume instead of identifying again.',
        es: 'En el Gateway de Discord, una conexión que termina sin trama de cierre deja la sesión viva unos minutos: reconéctate a `resume_gateway_url` y reanuda en lugar de identificarte de nuevo.',
      },
      source: discordDisconnect,
    },
  },
  {
    code: 1_007,
    name: 'Invalid frame payload data',
    nameEs: 'Datos de trama no válidos',
    aliases: {
      en: ['invalid payload', 'invalid UTF-8', 'inconsistent data'],
      es: ['carga útil no válida', 'UTF-8 no válido', 'datos incoherentes'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'either',
    scriptCanSend: false,
    reconnect: 'after-fix',
    spec: rfc6455.defined,
    description: {
      en: [
        'The endpoint received a message whose data does not match its type. The usual case is a text message that is not valid UTF-8.',
        'Send binary data as binary messages, and make sure text is encoded as UTF-8 and not cut in the middle of a multi-byte character when you split it into frames.',
      ],
      es: [
        'El extremo recibió un mensaje cuyos datos no corresponden a su tipo. El caso habitual es un mensaje de texto que no es UTF-8 válido.',
        'Envía los datos binarios como mensajes binarios, y asegúrate de que el texto va codificado en UTF-8 y de no cortar ningún carácter multibyte por la mitad al dividirlo en tramas.',
      ],
    },
  },
  {
    code: 1_008,
    name: 'Policy Violation',
    nameEs: 'Infracción de la política',
    aliases: {
      en: ['policy violation', 'forbidden', 'not allowed'],
      es: ['infracción de política', 'prohibido', 'no permitido'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'either',
    scriptCanSend: false,
    reconnect: 'after-fix',
    spec: rfc6455.defined,
    description: {
      en: [
        'The endpoint received a message that violates its policy. It is the generic code when no more specific one fits (1003 for the wrong data type, 1009 for size), or when the endpoint does not want to say which rule was broken. Servers often use it for failed authentication, a disallowed origin or abuse.',
        'Read the close reason and the server’s documentation. A new connection with the same credentials or the same behavior will be closed the same way.',
      ],
      es: [
        'El extremo recibió un mensaje que incumple su política. Es el código genérico cuando no encaja otro más específico (el 1003 para un tipo de datos incorrecto, el 1009 para el tamaño), o cuando el extremo no quiere decir qué regla se incumplió. Los servidores lo usan a menudo para una autenticación fallida, un origen no permitido o un abuso.',
        'Lee el motivo del cierre y la documentación del servidor. Si te reconectas con las mismas credenciales o el mismo comportamiento, la conexión se cerrará igual.',
      ],
    },
  },
  {
    code: 1_009,
    name: 'Message Too Big',
    nameEs: 'Mensaje demasiado grande',
    aliases: {
      en: ['message too large', 'frame too large', 'payload too large', 'CLOSE_TOO_LARGE'],
      es: ['mensaje demasiado largo', 'trama demasiado grande', 'carga demasiado grande'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'either',
    scriptCanSend: false,
    reconnect: 'after-fix',
    spec: rfc6455.defined,
    description: {
      en: [
        'The endpoint received a message too big for it to process. Implementations have their own limits, often configurable and sometimes only a few dozen kilobytes by default.',
        'Send smaller messages (split them at the application level), compress them, or raise the receiver’s limit if you control it.',
      ],
      es: [
        'El extremo recibió un mensaje demasiado grande para procesarlo. Cada implementación tiene sus propios límites, a menudo configurables y a veces de solo unas decenas de kilobytes por defecto.',
        'Envía mensajes más pequeños (divídelos en la aplicación), comprímelos o sube el límite del receptor si lo controlas.',
      ],
    },
  },
  {
    code: 1_010,
    name: 'Mandatory Ext.',
    nameEs: 'Extensión obligatoria',
    aliases: {
      en: ['mandatory extension', 'missing extension', 'extension not negotiated'],
      es: ['falta una extensión', 'extensión no negociada'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'client',
    scriptCanSend: false,
    reconnect: 'after-fix',
    spec: rfc6455.defined,
    description: {
      en: [
        'Sent by a client: it expected the server to negotiate one or more extensions, and the server’s handshake response did not include them. The extensions it needed should be listed in the close reason. A server never sends 1010, because it can simply fail the handshake instead.',
        'Enable the extension on the server (for example `permessage-deflate`), or make it optional in the client.',
      ],
      es: [
        'Lo envía un cliente: esperaba que el servidor negociara una o varias extensiones, y la respuesta del servidor al handshake no las incluía. Las extensiones que necesitaba deberían figurar en el motivo del cierre. Un servidor nunca envía el 1010, porque le basta con hacer fallar el handshake.',
        'Activa la extensión en el servidor (por ejemplo, `permessage-deflate`) o hazla opcional en el cliente.',
      ],
    },
  },
  {
    code: 1_011,
    name: 'Internal Error',
    nameEs: 'Error interno',
    rfcName: 'Internal Server Error',
    aliases: {
      en: ['internal server error', 'unexpected condition', 'server error'],
      es: ['error interno del servidor', 'condición inesperada', 'error del servidor'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'server',
    scriptCanSend: false,
    reconnect: 'with-backoff',
    spec: rfc6455.defined,
    description: {
      en: [
        'The server hit an unexpected condition that kept it from fulfilling the request: typically an unhandled exception in the code handling the connection.',
        'Reconnect with backoff, since the failure may be transient, but if it repeats, the cause is on the server: its logs at the time of the close will say more than the reason string.',
      ],
      es: [
        'El servidor se encontró con una condición inesperada que le impidió atender la solicitud: normalmente, una excepción no controlada en el código que gestiona la conexión.',
        'Reconéctate con backoff, porque el fallo puede ser pasajero; pero si se repite, la causa está en el servidor, y sus registros del momento del cierre dirán más que el motivo.',
      ],
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'RFC 6455 registered 1011 as “Internal Server Error” and describes it as sent by a server. The IANA registry now names it “Internal Error”, citing RFC 6455 together with RFC Errata 3227.',
          es: 'El RFC 6455 registró el 1011 como «Internal Server Error» y lo describe como un código que envía el servidor. El registro de la IANA lo llama ahora «Internal Error» y cita el RFC 6455 junto con su errata 3227.',
        },
      },
    ],
  },
  {
    code: 1_012,
    name: 'Service Restart',
    nameEs: 'Reinicio del servicio',
    aliases: {
      en: ['service restarting', 'server restart', 'restart'],
      es: ['servicio reiniciándose', 'reinicio del servidor', 'reinicio'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'server',
    scriptCanSend: false,
    reconnect: 'with-backoff',
    spec: hybiMessages.restartAndTryAgain,
    registeredBy: 'Alexey Melnikov',
    description: {
      en: [
        'The service is restarting. Not in RFC 6455: registered with IANA later, together with 1013. The registration says a client may reconnect and, if it does, should wait a randomized delay of 5 to 30 seconds first.',
        'Honor the random delay: it spreads the reconnections of all clients instead of having them hit the restarted service at the same moment.',
      ],
      es: [
        'El servicio se está reiniciando. No figura en el RFC 6455: se registró después en la IANA, junto con el 1013. El registro dice que el cliente puede reconectarse y que, si lo hace, debería esperar antes un tiempo aleatorio de entre 5 y 30 segundos.',
        'Respeta esa espera aleatoria: reparte las reconexiones de todos los clientes para que no lleguen a la vez al servicio recién reiniciado.',
      ],
    },
  },
  {
    code: 1_013,
    name: 'Try Again Later',
    nameEs: 'Reintentar más tarde',
    aliases: {
      en: ['overloaded', 'server overload', 'try later'],
      es: ['servidor sobrecargado', 'sobrecarga', 'inténtalo más tarde'],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'server',
    scriptCanSend: false,
    reconnect: 'with-backoff',
    spec: hybiMessages.restartAndTryAgain,
    registeredBy: 'Alexey Melnikov',
    description: {
      en: [
        'The server is closing because of a temporary condition, such as being overloaded and shedding some of its clients. Registered with IANA together with 1012; the registration asks clients to connect to a different address if the host has several, and otherwise to reconnect to the same one only when the user acts.',
        'Do not reconnect in a tight loop: that is exactly the load the server is shedding. Back off, try another address if there is one, or wait for the user.',
      ],
      es: [
        'El servidor cierra por una condición pasajera, por ejemplo porque está sobrecargado y se está deshaciendo de parte de sus clientes. Se registró en la IANA junto con el 1012; el registro pide a los clientes que se conecten a otra dirección si el host tiene varias y, si no, que vuelvan a la misma solo cuando el usuario lo pida.',
        'No te reconectes en un bucle sin pausa: es justo la carga de la que se quiere librar el servidor. Deja cada vez más tiempo entre intentos, prueba otra dirección si la hay o espera a que actúe el usuario.',
      ],
    },
  },
  {
    code: 1_014,
    name: 'Bad Gateway',
    nameEs: 'Gateway incorrecto',
    aliases: {
      en: ['invalid upstream response', 'gateway error', 'proxy error'],
      es: [
        'puerta de enlace incorrecta',
        'respuesta no válida del servidor de origen',
        'error de la pasarela',
        'error del proxy',
      ],
    },
    status: 'assigned',
    sentOnWire: true,
    reportedLocally: false,
    sentBy: 'server',
    scriptCanSend: false,
    reconnect: 'with-backoff',
    spec: hybiMessages.badGateway,
    registeredBy: 'Alexey Melnikov',
    description: {
      en: [
        'The server was acting as a gateway or proxy and received an invalid response from the upstream server: the WebSocket counterpart of HTTP’s 502 Bad Gateway. Registered with IANA after RFC 6455.',
        'The problem is behind the proxy. Reconnect with backoff; if it persists, check the upstream service and the proxy’s logs.',
      ],
      es: [
        'El servidor actuaba como gateway o proxy y recibió una respuesta no válida del servidor de origen: el equivalente en WebSocket del 502 Bad Gateway de HTTP. Se registró en la IANA después del RFC 6455.',
        'El problema está detrás del proxy. Reconéctate con backoff; si persiste, revisa el servicio de origen y los registros del proxy.',
      ],
    },
  },
  {
    code: 1_015,
    name: 'TLS handshake',
    nameEs: 'Negociación TLS',
    aliases: {
      en: ['TLS handshake failure', 'certificate error', 'SSL error', 'TLS failure'],
      es: ['fallo del handshake TLS', 'error de certificado', 'error de SSL', 'fallo de TLS'],
    },
    status: 'assigned',
    sentOnWire: false,
    reportedLocally: true,
    sentBy: 'none',
    scriptCanSend: false,
    reconnect: 'after-fix',
    spec: rfc6455.defined,
    description: {
      en: [
        'Never sent: an implementation reports 1015 when the connection could not be opened because the TLS handshake failed, for example because the server’s certificate could not be verified.',
        'Browsers do not use it: they report 1006 for TLS failures, so that pages cannot probe the network. Non-browser clients that do report it are telling you to fix the certificate chain, the host name or the trusted roots; retrying will not help.',
      ],
      es: [
        'Nunca se envía: una implementación notifica el 1015 cuando la conexión no pudo abrirse porque falló el handshake TLS, por ejemplo porque no se pudo verificar el certificado del servidor.',
        'Los navegadores no lo usan: notifican 1006 ante un fallo de TLS, para que las páginas no puedan sondear la red. Los clientes que no son navegadores y sí lo notifican te indican que corrijas la cadena de certificados, el nombre de host o las raíces de confianza; reintentar no servirá.',
      ],
    },
  },
] as const satisfies readonly WebSocketCloseCodeEntry[];
