/**
 * Discord Gateway opcodes: the `op` field of every payload on the main Gateway WebSocket.
 * Opcodes in Discord's official docs are `bot-api`; the rest come from the community's
 * user-API documentation and are `client-only`.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes
 */
import type { DiscordOpcodeEntry, TableMeta } from '../../src/schema/entries.ts';

export const meta = {
  title: {
    en: 'Discord Gateway opcodes',
    es: 'Opcodes del Gateway de Discord',
  },
  intro: {
    en: [
      'Every message on the Gateway WebSocket is a payload with four fields: `op`, the opcode listed here, which says what kind of payload it is; `d`, its data; and `s` and `t`, the sequence number and the event name, which are only set on opcode 0 Dispatch and are `null` otherwise. Payloads are JSON unless you connect with `encoding=etf`.',
      "Opcodes in Discord's official developer documentation are marked as bot API. Those marked client-only are used by the official Discord client and are known only from the community's user-API documentation: they are not supported for bots and can change without notice.",
      'A guild is what the Discord app calls a "server": the API (`guild_id`, `guild_ids`) and this page say guild.',
    ],
    es: [
      'Cada mensaje del WebSocket del Gateway es un payload con cuatro campos: `op`, el opcode de esta tabla, que indica de qué tipo de payload se trata; `d`, sus datos; y `s` y `t`, el número de secuencia y el nombre del evento, que solo llevan valor en el opcode 0 Dispatch y en los demás casos valen `null`. Los payloads van en JSON salvo que te conectes con `encoding=etf`.',
      'Los opcodes que figuran en la documentación oficial para desarrolladores de Discord están marcados como API de bots. Los marcados como exclusivos del cliente los usa el cliente oficial de Discord y solo se conocen por la documentación comunitaria de la API de usuario: no están admitidos para bots y pueden cambiar sin previo aviso.',
      'Lo que la app de Discord llama servidor es un guild en la API (`guild_id`, `guild_ids`); esta página dice «servidor».',
    ],
  },
  sources: [
    {
      label: 'Discord Developer Docs: Opcodes and Status Codes',
      url: 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes',
    },
    {
      label: 'Discord Developer Docs: Gateway',
      url: 'https://discord.com/developers/docs/events/gateway',
    },
    {
      label: 'Discord Developer Docs: Gateway Events',
      url: 'https://discord.com/developers/docs/events/gateway-events',
    },
    {
      label: 'Discord Userdoccers: Opcodes and Close Codes (community)',
      url: 'https://docs.discord.food/gateway/opcodes-and-close-codes',
    },
  ],
  sections: [
    {
      id: 'connection-lifecycle',
      title: {
        en: 'The connection lifecycle in brief',
        es: 'El ciclo de vida de la conexión, en resumen',
      },
      body: {
        en: [
          'Get the Gateway URL from Get Gateway Bot (`GET /gateway/bot`) and cache it. After you connect, Discord sends Hello (10) with `heartbeat_interval`: start heartbeating (1), then send Identify (2). Discord replies with the `READY` dispatch, which carries the `session_id` and `resume_gateway_url` you need to resume later. From then on, events arrive as Dispatch (0) payloads; keep the last `s` you received.',
          'When the connection drops, or Discord sends Reconnect (7), connect to `resume_gateway_url` and send Resume (6) to get the missed events. If the session cannot be resumed, Discord sends Invalid Session (9) with `d` set to `false`: open a new connection to the cached URL and identify again. The close code tells you which case you are in; see the Gateway close codes table.',
        ],
        es: [
          'Obtén la URL del Gateway con Get Gateway Bot (`GET /gateway/bot`) y guárdala. Al conectarte, Discord envía Hello (10) con `heartbeat_interval`: empieza a enviar heartbeats (1) y luego envía Identify (2). Discord responde con el dispatch `READY`, que incluye el `session_id` y la `resume_gateway_url` que necesitarás para reanudar más adelante. A partir de ahí, los eventos llegan como payloads Dispatch (0); guarda el último `s` recibido.',
          'Si la conexión se cae, o Discord envía Reconnect (7), conéctate a `resume_gateway_url` y envía Resume (6) para recibir los eventos perdidos. Si la sesión no se puede reanudar, Discord envía Invalid Session (9) con `d` a `false`: abre una conexión nueva a la URL guardada y vuelve a identificarte. El código de cierre te dice en qué caso estás; consulta la tabla de códigos de cierre del Gateway.',
        ],
      },
      example: {
        language: 'json',
        code: '{\n  "op": 0,\n  "d": {},\n  "s": 42,\n  "t": "MESSAGE_CREATE"\n}',
      },
    },
  ],
} as const satisfies TableMeta;

export const gatewayOpcodes = [
  {
    code: 0,
    name: 'Dispatch',
    nameEs: { kept: 'payload' },
    direction: 'receive',
    availability: 'bot-api',
    description: {
      en: 'An event. `t` holds its name (`MESSAGE_CREATE`, `GUILD_CREATE`…), `d` its data and `s` its sequence number. Keep the latest non-null `s`: you send it in every heartbeat and when you resume. `READY` and `RESUMED` also arrive as Dispatch payloads.',
      es: 'Un evento. `t` trae su nombre (`MESSAGE_CREATE`, `GUILD_CREATE`…), `d` sus datos y `s` su número de secuencia. Guarda el último `s` no nulo: lo envías en cada heartbeat y al reanudar la sesión. `READY` y `RESUMED` también llegan como payloads Dispatch.',
    },
  },
  {
    code: 1,
    name: 'Heartbeat',
    nameEs: { kept: 'payload' },
    aliases: { es: ['latido'] },
    direction: 'both',
    availability: 'bot-api',
    description: {
      en: 'Keeps the connection alive. Send it every `heartbeat_interval` milliseconds (the value from Hello) with the last sequence number in `d`, or `null` if you have not received one yet. Discord may also send you a Heartbeat: answer at once with one of your own, without waiting for the interval to elapse.',
      es: 'Mantiene viva la conexión. Envíalo cada `heartbeat_interval` milisegundos (el valor que llega en Hello) con el último número de secuencia en `d`, o `null` si todavía no has recibido ninguno. Discord también puede enviarte un Heartbeat: responde enseguida con otro, sin esperar a que venza el intervalo.',
    },
  },
  {
    code: 2,
    name: 'Identify',
    nameEs: { kept: 'payload' },
    aliases: { es: ['identificar', 'identificación'] },
    direction: 'send',
    availability: 'bot-api',
    description: {
      en: 'Starts a new session after Hello. It carries your `token`, your `intents` and the connection `properties`, plus the optional `shard`, `presence`, `compress` and `large_threshold`; Discord answers with the `READY` dispatch. Send it once per session: you get 1,000 identifies per 24 hours across all shards, and reaching that limit terminates all your sessions and resets the bot token.',
      es: 'Inicia una sesión nueva tras Hello. Lleva tu `token`, tus `intents` y las `properties` de la conexión, y opcionalmente `shard`, `presence`, `compress` y `large_threshold`; Discord responde con el dispatch `READY`. Envíalo una sola vez por sesión: tienes 1000 Identify cada 24 horas sumando todos los shards, y si llegas al límite Discord cierra todas tus sesiones y restablece el token del bot.',
    },
  },
  {
    code: 3,
    name: 'Presence Update',
    nameEs: { kept: 'payload' },
    aliases: { en: ['Update Presence'], es: ['actualizar presencia'] },
    direction: 'send',
    availability: 'bot-api',
    description: {
      en: "Changes the bot's status (`online`, `dnd`, `idle`, `invisible` or `offline`) and its activities. It counts toward the limit of 120 payloads per 60 seconds on each connection, so send it only when something actually changes. The initial presence can go in Identify instead.",
      es: 'Cambia el estado del bot (`online`, `dnd`, `idle`, `invisible` u `offline`) y sus actividades. Como cuenta para el límite de 120 payloads cada 60 segundos por conexión, envíalo solo cuando algo cambie de verdad. La presencia inicial puede ir en Identify.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Discord's Gateway Events page lists this send event as `Update Presence`.",
          es: 'La página Gateway Events de Discord llama a este evento de envío `Update Presence`.',
        },
      },
    ],
  },
  {
    code: 4,
    name: 'Voice State Update',
    nameEs: { kept: 'payload' },
    aliases: { en: ['Update Voice State'], es: ['actualizar estado de voz', 'unirse a un canal de voz'] },
    direction: 'send',
    availability: 'bot-api',
    description: {
      en: 'Joins, moves between or leaves voice channels: send `guild_id`, `channel_id` (`null` to disconnect), `self_mute` and `self_deaf`. To open a voice connection, wait for both dispatches, `VOICE_STATE_UPDATE` (with your `session_id`) and `VOICE_SERVER_UPDATE` (with `token` and `endpoint`), before connecting to the voice server. If the channel is full you receive neither, unless the bot has the `MOVE_MEMBERS` permission.',
      es: 'Sirve para entrar en un canal de voz, cambiar de canal o salir: envía `guild_id`, `channel_id` (`null` para desconectarte), `self_mute` y `self_deaf`. Para abrir una conexión de voz, espera a los dos dispatches, `VOICE_STATE_UPDATE` (con tu `session_id`) y `VOICE_SERVER_UPDATE` (con `token` y `endpoint`), antes de conectarte al servidor de voz. Si el canal está lleno no recibirás ninguno de los dos, salvo que el bot tenga el permiso `MOVE_MEMBERS`.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Discord's Gateway Events page lists this send event as `Update Voice State`.",
          es: 'La página Gateway Events de Discord llama a este evento de envío `Update Voice State`.',
        },
      },
    ],
  },
  {
    code: 5,
    name: 'Voice Server Ping',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Pings Discord's voice servers. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Hace ping a los servidores de voz de Discord. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 6,
    name: 'Resume',
    nameEs: { kept: 'payload' },
    aliases: { es: ['reanudar', 'reanudación'] },
    direction: 'send',
    availability: 'bot-api',
    description: {
      en: 'Picks up a dropped session instead of starting a new one. Open a new connection to `resume_gateway_url` with the same version and encoding, then send `token`, `session_id` and `seq`, the last sequence number you received. Discord replays the missed events and ends with a `RESUMED` dispatch. Do not send Identify on that connection; if the session cannot be resumed, you get Invalid Session instead.',
      es: 'Recupera una sesión caída en lugar de empezar otra. Abre una conexión nueva a `resume_gateway_url` con la misma versión y codificación, y envía `token`, `session_id` y `seq`, el último número de secuencia que recibiste. Discord reenvía los eventos perdidos y termina con un dispatch `RESUMED`. No envíes Identify en esa conexión; si la sesión no se puede reanudar, recibirás Invalid Session.',
    },
  },
  {
    code: 7,
    name: 'Reconnect',
    nameEs: { kept: 'payload' },
    aliases: { es: ['reconectar', 'reconexión'] },
    direction: 'receive',
    availability: 'bot-api',
    description: {
      en: 'Discord asks you to reconnect because the Gateway server you are connected to is going away. Close the socket with a code other than 1000 or 1001 (those invalidate the session), connect to `resume_gateway_url` and send Resume. It can arrive at any time, even before Hello, and Discord may close the old connection a few seconds later.',
      es: 'Discord te pide que te reconectes porque el servidor al que estás conectado va a dejar de estar disponible. Cierra el socket con un código distinto de 1000 y 1001 (esos invalidan la sesión), conéctate a `resume_gateway_url` y envía Resume. Puede llegar en cualquier momento, incluso antes de Hello, y Discord puede cerrar la conexión antigua pocos segundos después.',
    },
  },
  {
    code: 8,
    name: 'Request Guild Members',
    nameEs: { kept: 'payload' },
    aliases: { es: ['solicitar miembros del servidor', 'miembros del gremio'] },
    direction: 'send',
    availability: 'bot-api',
    description: {
      en: "Requests a guild's members; Discord answers with `GUILD_MEMBERS_CHUNK` dispatches of up to 1,000 members each. Send `guild_id` and either `query` with `limit` (an empty `query` with `limit` 0 asks for everyone and needs the `GUILD_MEMBERS` intent) or `user_ids`, which returns at most 100 members; `presences: true` needs `GUILD_PRESENCES`. One guild per request. If you are rate limited for this opcode, Discord sends a `RATE_LIMITED` dispatch instead.",
      es: 'Solicita los miembros de un servidor; Discord responde con dispatches `GUILD_MEMBERS_CHUNK` de hasta 1000 miembros cada uno. Envía `guild_id` y, además, `query` con `limit` (un `query` vacío con `limit` 0 pide todos los miembros y exige el intent `GUILD_MEMBERS`) o bien `user_ids`, que devuelve como mucho 100 miembros; `presences: true` requiere `GUILD_PRESENCES`. Un servidor por solicitud. Si superas el límite de solicitudes (rate limit) de este opcode, Discord te envía un dispatch `RATE_LIMITED` en su lugar.',
    },
  },
  {
    code: 9,
    name: 'Invalid Session',
    nameEs: { kept: 'payload' },
    aliases: { es: ['sesión inválida', 'sesión no válida'] },
    direction: 'receive',
    availability: 'bot-api',
    description: {
      en: 'The session could not be started or resumed, or Discord has invalidated it. Check the boolean in `d`: if `true`, the session may be resumable, so reconnect and Resume; if `false` (the usual case), disconnect, open a new connection to your cached Gateway URL and send a fresh Identify. You also get it when you identify faster than your `max_concurrency` allows, that is, with more Identify payloads in 5 seconds than it permits: wait for the next 5-second window before identifying again.',
      es: 'No se pudo iniciar ni reanudar la sesión, o Discord la ha invalidado. Mira el booleano de `d`: si es `true`, puede que la sesión se pueda reanudar, así que reconéctate y envía Resume; si es `false` (lo habitual), desconéctate, abre una conexión nueva a la URL del Gateway que tienes guardada y envía un Identify nuevo. También lo recibes si te identificas más deprisa de lo que permite tu `max_concurrency`, es decir, con más Identify en 5 segundos de los que admite: espera a la siguiente ventana de 5 segundos antes de volver a identificarte.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Until September 2022, Discord’s documentation told clients to wait a random 1 to 5 seconds before sending a fresh Identify after an Invalid Session. The rewritten Gateway documentation dropped that sentence and gives no waiting time; what still limits how soon you can identify again is `max_concurrency`, counted per 5 seconds.',
          es: 'Hasta septiembre de 2022, la documentación de Discord indicaba esperar entre 1 y 5 segundos al azar antes de enviar un Identify nuevo tras un Invalid Session. La documentación del Gateway reescrita eliminó esa frase y no da ningún tiempo de espera; lo que sigue limitando cuándo puedes volver a identificarte es `max_concurrency`, que se cuenta por periodos de 5 segundos.',
        },
      },
    ],
  },
  {
    code: 10,
    name: 'Hello',
    nameEs: { kept: 'payload' },
    aliases: { es: ['hola', 'saludo'] },
    direction: 'receive',
    availability: 'bot-api',
    description: {
      en: 'The first payload after you connect; `d.heartbeat_interval` is the heartbeat period in milliseconds. Send the first Heartbeat after `heartbeat_interval * jitter`, where `jitter` is a random number between 0 and 1, so that clients do not all reconnect at the same moment; then send one every `heartbeat_interval`. Next, send Identify, or Resume if you are resuming.',
      es: 'El primer payload tras conectarte; `d.heartbeat_interval` es el periodo de heartbeat en milisegundos. Envía el primer Heartbeat pasado `heartbeat_interval * jitter`, donde `jitter` es un número aleatorio entre 0 y 1, para que no se reconecten todos los clientes a la vez; después, uno cada `heartbeat_interval`. A continuación envía Identify, o Resume si estás reanudando.',
    },
  },
  {
    code: 11,
    name: 'Heartbeat ACK',
    nameEs: { kept: 'payload' },
    aliases: { en: ['heartbeat acknowledgement'], es: ['confirmación de latido'] },
    direction: 'receive',
    availability: 'bot-api',
    description: {
      en: 'Confirms that Discord received your heartbeat. If no ACK arrives before your next heartbeat is due, the connection is probably dead (a "zombie" connection): close it with a code other than 1000 or 1001, reconnect and Resume.',
      es: 'Confirma que Discord ha recibido tu heartbeat. Si no llega ningún ACK antes de que toque enviar el siguiente heartbeat, es probable que la conexión esté muerta (una conexión «zombi»): ciérrala con un código distinto de 1000 y 1001, reconéctate y envía Resume.',
    },
  },
  {
    code: 12,
    name: 'Guild Sync',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Requested all members and presences for a list of guilds. The community documentation marks it as removed. It was used only by the official client and never documented for bots: do not send it.',
      es: 'Pedía todos los miembros y presencias de una lista de servidores. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots: no lo envíes.',
    },
  },
  {
    code: 13,
    name: 'Call Connect',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Requests the data of the call already running in a private channel (a DM or group DM). Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Solicita los datos de la llamada que ya está en curso en un canal privado (un MD o un MD de grupo). Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 14,
    name: 'Guild Subscriptions',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'deprecated',
    description: {
      en: "Updates the client's subscriptions for one guild. The community documentation marks it as deprecated; opcode 37 updates subscriptions for several guilds at once. Used only by the official client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Actualiza las suscripciones del cliente a un servidor. La documentación de la comunidad lo marca como obsoleto; el opcode 37 actualiza las suscripciones de varios servidores a la vez. Solo lo usa el cliente oficial: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 15,
    name: 'Lobby Connect',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Joined a lobby. The community documentation marks it as removed. It was used only by the official client and never documented for bots: do not send it.',
      es: 'Servía para unirse a un lobby. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots: no lo envíes.',
    },
  },
  {
    code: 16,
    name: 'Lobby Disconnect',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Left a lobby. The community documentation marks it as removed. It was used only by the official client and never documented for bots: do not send it.',
      es: 'Servía para salir de un lobby. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots: no lo envíes.',
    },
  },
  {
    code: 17,
    name: 'Lobby Voice States',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Updates the client's voice state in a lobby. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Actualiza el estado de voz del cliente en un lobby. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 18,
    name: 'Stream Create',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Starts a stream (Go Live) from the client. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Inicia una transmisión (Go Live) desde el cliente. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 19,
    name: 'Stream Delete',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Ends the client's stream. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Finaliza la transmisión del cliente. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 20,
    name: 'Stream Watch',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Starts watching another user's stream. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Empieza a ver la transmisión de otro usuario. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 21,
    name: 'Stream Ping',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Pings a stream's voice server. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Hace ping al servidor de voz de una transmisión. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 22,
    name: 'Stream Set Paused',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Pauses or resumes the client's stream. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Pausa o reanuda la transmisión del cliente. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 23,
    name: 'LFG Subscriptions',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Updated the subscriptions for an LFG ("looking for group") lobby. The community documentation marks it as removed. It was used only by the official client and never documented for bots: do not send it.',
      es: 'Actualizaba las suscripciones a un lobby LFG («looking for group», búsqueda de grupo). La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots: no lo envíes.',
    },
  },
  {
    code: 24,
    name: 'Request Guild Application Commands',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: "Requested a guild's application commands. The community documentation marks it as removed. It was used only by the official client and never documented for bots: do not send it. Bots manage their commands through the HTTP API.",
      es: 'Pedía los comandos de aplicación de un servidor. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots: no lo envíes. Los bots gestionan sus comandos con la API HTTP.',
    },
  },
  {
    code: 25,
    name: 'Embedded Activity Create',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Launched an embedded activity in a voice channel or call. The community documentation marks it as removed. It was used only by the official client and never documented for bots: do not send it.',
      es: 'Iniciaba una actividad integrada en un canal de voz o una llamada. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots: no lo envíes.',
    },
  },
  {
    code: 26,
    name: 'Embedded Activity Delete',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Stopped an embedded activity. The community documentation marks it as removed. It was used only by the official client and never documented for bots: do not send it.',
      es: 'Detenía una actividad integrada. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots: no lo envíes.',
    },
  },
  {
    code: 27,
    name: 'Embedded Activity Update',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Updated an embedded activity. The community documentation marks it as removed. It was used only by the official client and never documented for bots: do not send it.',
      es: 'Actualizaba una actividad integrada. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots: no lo envíes.',
    },
  },
  {
    code: 28,
    name: 'Request Forum Unreads',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Requests the unread counts of threads in thread-only channels (forum and media channels). Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Solicita el recuento de hilos no leídos en canales que solo admiten hilos (foros y canales multimedia). Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 29,
    name: 'Remote Command',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Sends a message to another Gateway session. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Envía un mensaje a otra sesión del Gateway. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 30,
    name: 'Request Deleted Entity IDs',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Requests the IDs of entities deleted in a guild that do not match a given hash. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Solicita los IDs de las entidades eliminadas de un servidor que no coinciden con un hash dado. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 31,
    name: 'Request Soundboard Sounds',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'bot-api',
    description: {
      en: 'Requests the soundboard sounds of a list of guilds: send their IDs in `guild_ids`. Discord answers with one `SOUNDBOARD_SOUNDS` dispatch per guild.',
      es: 'Solicita los sonidos que una lista de servidores tiene en su panel de sonidos: envía sus IDs en `guild_ids`. Discord responde con un dispatch `SOUNDBOARD_SOUNDS` por servidor.',
    },
  },
  {
    code: 32,
    name: 'Speed Test Create',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'deprecated',
    description: {
      en: 'Creates or updates an RTC speed test. The community documentation marks it as deprecated. Used only by the official client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Crea o actualiza una prueba de velocidad RTC. La documentación de la comunidad lo marca como obsoleto. Solo lo usa el cliente oficial: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 33,
    name: 'Speed Test Delete',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'deprecated',
    description: {
      en: 'Deletes an RTC speed test. The community documentation marks it as deprecated. Used only by the official client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Elimina una prueba de velocidad RTC. La documentación de la comunidad lo marca como obsoleto. Solo lo usa el cliente oficial: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 34,
    name: 'Request Last Messages',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Requests the last message of each of a guild's channels. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Solicita el último mensaje de cada canal de un servidor. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 35,
    name: 'Search Recent Members',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Requests information about members who joined a guild recently. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Solicita información sobre los miembros que se han unido hace poco a un servidor. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 36,
    name: 'Request Channel Statuses',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    status: 'deprecated',
    description: {
      en: "Requests the statuses of a guild's voice channels. The community documentation marks it as deprecated. Used only by the official client: it is undocumented for bots, and a bot should not rely on it; the documented way to request this kind of data is opcode 43 Request Channel Info.",
      es: 'Solicita los estados de los canales de voz de un servidor. La documentación de la comunidad lo marca como obsoleto. Solo lo usa el cliente oficial: no está documentado para bots y un bot no debería depender de él; la forma documentada de pedir este tipo de datos es el opcode 43 Request Channel Info.',
    },
  },
  {
    code: 37,
    name: 'Guild Subscriptions Bulk',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Updates the client's subscriptions for several guilds in one payload. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Actualiza en un solo payload las suscripciones del cliente a varios servidores. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 38,
    name: 'Guild Channels Resync',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Resynchronizes the channels of a guild that the client can access. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Vuelve a sincronizar los canales de un servidor a los que tiene acceso el cliente. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 39,
    name: 'Request Channel Member Count',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Requests the member count and online count of a channel. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Solicita el número de miembros de un canal y cuántos están conectados. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 40,
    name: 'QoS Heartbeat',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'A heartbeat that also carries quality-of-service metrics, which the official client sends to keep the connection alive. It is undocumented for bots: a bot keeps sending opcode 1 Heartbeat.',
      es: 'Un heartbeat que además lleva métricas de calidad de servicio (QoS) y que el cliente oficial envía para mantener viva la conexión. No está documentado para bots: un bot debe seguir enviando el opcode 1 Heartbeat.',
    },
  },
  {
    code: 41,
    name: 'Update Time Spent Session ID',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: 'Tracks the time spent in the current session. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Registra el tiempo que se pasa en la sesión actual. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 42,
    name: 'Lobby Voice Server Ping',
    nameEs: { kept: 'payload' },
    direction: 'send',
    availability: 'client-only',
    description: {
      en: "Pings a lobby's voice server. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'Hace ping al servidor de voz de un lobby. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 43,
    name: 'Request Channel Info',
    nameEs: { kept: 'payload' },
    aliases: { es: ['solicitar información de canales'] },
    direction: 'send',
    availability: 'bot-api',
    description: {
      en: "Requests ephemeral data about a guild's channels, data that is not part of the channel object, such as voice channel statuses. Send the `guild_id` and the `fields` you want; Discord answers with a Channel Info dispatch.",
      es: 'Solicita datos efímeros sobre los canales de un servidor, datos que no forman parte del objeto canal, como el estado de los canales de voz. Envía el `guild_id` y los `fields` que quieras; Discord responde con un dispatch Channel Info.',
    },
  },
] as const satisfies readonly DiscordOpcodeEntry[];
