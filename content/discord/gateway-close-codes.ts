/**
 * Discord Gateway close codes: the WebSocket close codes Discord uses when it ends a Gateway
 * connection, and whether to resume, identify again or stop.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */
import type { DiscordCloseCodeEntry, TableMeta } from '../../src/schema/entries.ts';

export const meta = {
  title: {
    en: 'Discord Gateway close codes',
    es: 'Códigos de cierre del Gateway de Discord',
  },
  intro: {
    en: [
      'When Discord closes your Gateway connection, the WebSocket close frame carries one of these codes. It tells you whether you can reconnect and resume the session, must reconnect and identify again, or should stop until you fix something. Discord asks you to treat some codes as a signal to stop, to avoid broken reconnect loops: after a code such as 4004 or 4014, every new attempt fails the same way.',
      "The reconnect advice follows the Reconnect column of Discord's documentation where it exists. Where it says to reconnect, the advice is to resume, unless the explanation says the session is gone (4003, 4007, 4009), in which case you identify again. For the codes that column leaves out, the advice is inferred and marked as such. Codes marked client-only are not in Discord's bot documentation and are known from the community's user-API documentation.",
    ],
    es: [
      'Cuando Discord cierra tu conexión con el Gateway, la trama de cierre del WebSocket lleva uno de estos códigos. Te indica si puedes reconectarte y reanudar la sesión, si tienes que reconectarte e identificarte de nuevo o si debes parar hasta corregir algo. Discord pide que tomes algunos códigos como señal para dejar de intentarlo y evitar bucles de reconexión inútiles: tras un código como 4004 o 4014, cada nuevo intento fallará igual.',
      'La recomendación sobre reconectar sigue la columna Reconnect de la documentación de Discord cuando existe. Cuando indica que hay que reconectar, la recomendación es reanudar, salvo que la explicación diga que la sesión ya no existe (4003, 4007, 4009), en cuyo caso toca identificarse de nuevo. Para los códigos que esa columna no recoge, es una deducción y se indica como tal. Los códigos marcados como exclusivos del cliente no figuran en la documentación de Discord para bots y se conocen por la documentación comunitaria de la API de usuario.',
    ],
  },
  sources: [
    {
      label: 'Discord Developer Docs: Opcodes and Status Codes',
      url: 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes',
    },
    {
      label: 'Discord Developer Docs: Gateway, Resuming',
      url: 'https://discord.com/developers/docs/events/gateway#resuming',
    },
    {
      label: 'Discord Userdoccers: Opcodes and Close Codes (community)',
      url: 'https://docs.discord.food/gateway/opcodes-and-close-codes',
    },
  ],
  sections: [
    {
      id: 'resume-or-identify',
      title: {
        en: 'Resume or identify again?',
        es: '¿Reanudar o identificarse de nuevo?',
      },
      body: {
        en: [
          'To resume, you need three things from the old session: the `session_id` and `resume_gateway_url` from the `READY` event, and the last sequence number `s` you received. Open a new connection to `resume_gateway_url`, with the same version and encoding, and send Resume (opcode 6) instead of Identify. Discord replays the events you missed. If it answers with Invalid Session (opcode 9) and `d` set to `false`, the session is gone: connect to the URL from Get Gateway Bot and send Identify.',
          'Resume as well when the connection drops without any close code (for example, a network error or a missed heartbeat ACK). When you close the connection yourself, use code 1000 or 1001 only if you are shutting down for good: those codes invalidate the session and take the bot offline, while any other code keeps the session resumable for a few minutes.',
        ],
        es: [
          'Para reanudar necesitas tres datos de la sesión anterior: el `session_id` y la `resume_gateway_url` del evento `READY`, y el último número de secuencia `s` que recibiste. Abre una conexión nueva a `resume_gateway_url`, con la misma versión y codificación, y envía Resume (opcode 6) en lugar de Identify. Discord te reenvía los eventos que te perdiste. Si responde con Invalid Session (opcode 9) y `d` a `false`, la sesión ya no existe: conéctate a la URL de Get Gateway Bot y envía Identify.',
          'Reanuda también cuando la conexión se corta sin ningún código de cierre (por ejemplo, por un error de red o porque no llegó el ACK de un heartbeat). Cuando cierres tú la conexión, usa el código 1000 o 1001 solo si vas a apagar el bot: esos códigos invalidan la sesión y dejan el bot desconectado, mientras que con cualquier otro la sesión sigue pudiéndose reanudar durante unos minutos.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

export const gatewayCloseCodes = [
  {
    code: 4_000,
    name: 'Unknown error',
    nameEs: 'Error desconocido',
    reconnect: 'resume',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: "Something went wrong on Discord's side and it could not say what. Reconnect and resume. If the code keeps coming back, space out your attempts with exponential backoff rather than reconnecting in a tight loop.",
      es: 'Algo ha fallado en Discord y no sabe decir qué. Reconéctate y reanuda la sesión. Si el código se repite, espacia los intentos con un backoff exponencial en lugar de reconectar en un bucle sin pausa.',
    },
  },
  {
    code: 4_001,
    name: 'Unknown opcode',
    nameEs: 'Opcode desconocido',
    reconnect: 'resume',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'You sent an opcode Discord does not accept, or a payload whose `d` does not fit its opcode. You can reconnect and resume, but fix the payload first, or the next attempt will close the same way: check the `op` value against the bot-API opcodes and the fields that opcode requires.',
      es: 'Enviaste un opcode que Discord no acepta, o un payload cuyo `d` no corresponde a su opcode. Puedes reconectarte y reanudar, pero corrige antes el payload o el siguiente intento se cerrará igual: comprueba el valor de `op` con los opcodes de la API de bots y los campos que exige ese opcode.',
    },
  },
  {
    code: 4_002,
    name: 'Decode error',
    nameEs: 'Error de decodificación',
    reconnect: 'resume',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'Discord could not decode what you sent: malformed JSON or ETF, a payload larger than 4,096 bytes, or, with ETF, atom keys where string keys are required. You can reconnect and resume, but fix the serialization first.',
      es: 'Discord no pudo decodificar lo que enviaste: JSON o ETF mal formado, un payload de más de 4096 bytes o, con ETF, claves de tipo átomo donde se exigen cadenas. Puedes reconectarte y reanudar, pero corrige antes la serialización.',
    },
  },
  {
    code: 4_003,
    name: 'Not authenticated',
    nameEs: 'No autenticado',
    reconnect: 'identify',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'You sent a payload before identifying, or the session has been invalidated. Discord marks the code as reconnectable, but there is no valid session to resume: reconnect, and after Hello send Identify before anything other than heartbeats.',
      es: 'Enviaste un payload antes de identificarte, o la sesión ha quedado invalidada. Discord marca el código como reconectable, pero no hay ninguna sesión válida que reanudar: reconéctate y, tras Hello, envía Identify antes que cualquier otra cosa que no sean heartbeats.',
    },
  },
  {
    code: 4_004,
    name: 'Authentication failed',
    nameEs: 'Fallo de autenticación',
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The token in your Identify payload is wrong. Do not reconnect: every attempt fails the same way. Check that you load the right bot token (from the Bot page of the Developer Portal) and that it has not been reset, either by you or by Discord after 1,000 identifies in 24 hours; then restart with the current token.',
      es: 'El token de tu payload Identify no es válido. No te reconectes: todos los intentos fallarán igual. Comprueba que cargas el token correcto del bot (el de la página Bot del portal de desarrolladores) y que no se ha restablecido, ni por tu parte ni por Discord tras 1000 Identify en 24 horas; después vuelve a arrancar con el token vigente.',
    },
  },
  {
    code: 4_005,
    name: 'Already authenticated',
    nameEs: 'Ya autenticado',
    reconnect: 'resume',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'You sent more than one Identify on the same connection. Discord marks the code as reconnectable but says nothing about the session your first Identify opened. If you received its `READY`, try to resume that session; if you did not, or Discord answers the Resume with Invalid Session, identify again, once (inferred advice). Then fix the connection logic so that it identifies once per session and never after a Resume.',
      es: 'Enviaste más de un Identify en la misma conexión. Discord marca el código como reconectable, pero no dice nada de la sesión que abrió tu primer Identify. Si recibiste su `READY`, intenta reanudar esa sesión; si no, o si Discord responde al Resume con Invalid Session, identifícate de nuevo, una sola vez (recomendación deducida). Después corrige la lógica de conexión para que se identifique una sola vez por sesión y nunca después de un Resume.',
    },
  },
  {
    code: 4_006,
    name: 'Session no longer valid',
    nameEs: 'Sesión ya no válida',
    aliases: { es: ['sesión no válida'] },
    reconnect: 'identify',
    reconnectDocumented: false,
    availability: 'client-only',
    description: {
      en: "The session is no longer valid. The code is not in Discord's official documentation, and the community documentation strikes it through as no longer used. If you do receive it, treat the session as lost: reconnect and identify again (inferred advice).",
      es: 'La sesión ya no es válida. El código no figura en la documentación oficial de Discord y la documentación de la comunidad lo tacha porque ya no se usa. Si aun así lo recibes, da la sesión por perdida: reconéctate e identifícate de nuevo (recomendación deducida).',
    },
  },
  {
    code: 4_007,
    name: 'Invalid seq',
    nameEs: 'Número de secuencia no válido',
    aliases: { es: ['seq inválido'] },
    reconnect: 'identify',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The `seq` in your Resume payload was not valid for that session. Reconnect and start a new session with Identify. To avoid it, store the `s` of the last Dispatch you received, skipping payloads where `s` is `null`, and send exactly that number when you resume.',
      es: 'El `seq` de tu payload Resume no era válido para esa sesión. Reconéctate e inicia una sesión nueva con Identify. Para evitarlo, guarda el `s` del último Dispatch que recibiste, sin tener en cuenta los payloads con `s` a `null`, y envía exactamente ese número al reanudar.',
    },
  },
  {
    code: 4_008,
    name: 'Rate limited',
    nameEs: 'Límite de solicitudes excedido',
    aliases: { es: ['límite de velocidad'] },
    reconnect: 'resume',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'You sent payloads faster than the Gateway allows: 120 per connection every 60 seconds, about 2 per second. Reconnect and resume, then pace what you send with a queue on your side; bursts of presence updates or member requests are typical causes. Discord revokes API access from repeat offenders.',
      es: 'Enviaste payloads más deprisa de lo que permite el Gateway: superaste el límite de solicitudes (rate limit), que es de 120 payloads por conexión cada 60 segundos, unos 2 por segundo. Reconéctate y reanuda; después regula lo que envías con una cola en tu lado (las ráfagas de actualizaciones de presencia o de solicitudes de miembros son causas típicas). Discord revoca el acceso a la API a quien reincide.',
    },
  },
  {
    code: 4_009,
    name: 'Session timed out',
    nameEs: 'Sesión caducada',
    reconnect: 'identify',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The session timed out, so it cannot be resumed. Reconnect and start a new session with Identify. If it happens often, check that your heartbeat keeps running at `heartbeat_interval` and that you reconnect promptly after a drop.',
      es: 'La sesión ha caducado y ya no se puede reanudar. Reconéctate e inicia una sesión nueva con Identify. Si ocurre a menudo, comprueba que el heartbeat sigue enviándose cada `heartbeat_interval` y que te reconectas sin demora cuando se corta la conexión.',
    },
  },
  {
    code: 4_010,
    name: 'Invalid shard',
    nameEs: 'Shard no válido',
    aliases: { es: ['shard inválido'] },
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The `shard` array in Identify is invalid. It must be `[shard_id, num_shards]`, with a zero-based `shard_id` lower than `num_shards`. Fix the shard configuration before you reconnect.',
      es: 'El array `shard` de Identify no es válido. Debe ser `[shard_id, num_shards]`, con un `shard_id` que empieza en 0 y es menor que `num_shards`. Corrige la configuración de shards antes de volver a conectarte.',
    },
  },
  {
    code: 4_011,
    name: 'Sharding required',
    nameEs: 'Sharding requerido',
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The session would handle too many guilds: a shard can serve at most 2,500, and apps in 2,500 or more guilds must shard. Do not reconnect without sharding. Call Get Gateway Bot, use the recommended `shards` count, and start the shards in the order its `max_concurrency` allows.',
      es: 'La sesión tendría que atender demasiados servidores: un shard admite como máximo 2500, y las aplicaciones que están en 2500 servidores o más deben usar sharding. No te reconectes sin sharding. Llama a Get Gateway Bot, usa el número de `shards` recomendado y arranca los shards en el orden que permite su `max_concurrency`.',
    },
  },
  {
    code: 4_012,
    name: 'Invalid API version',
    nameEs: 'Versión de API no válida',
    aliases: { es: ['versión API inválida'] },
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The `v` parameter of your Gateway URL is not a version Discord accepts. Connect with a supported version, for example `?v=10&encoding=json`, and update your library if it pins an old one.',
      es: 'El parámetro `v` de la URL del Gateway no es una versión que Discord acepte. Conéctate con una versión admitida, por ejemplo `?v=10&encoding=json`, y actualiza tu biblioteca si fija una antigua.',
    },
  },
  {
    code: 4_013,
    name: 'Invalid intent(s)',
    nameEs: 'Intents no válidos',
    aliases: { es: ['intención(es) inválida(s)', 'intents inválidos'] },
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The `intents` value in Identify is not valid, usually because the bitfield was miscalculated. Build it by OR-ing the flags you need (`GUILDS` is `1 << 0`, `GUILD_MESSAGES` is `1 << 9`…), send it as an integer, and set no bits that are not defined intents. Do not reconnect until it is fixed.',
      es: 'El valor de `intents` en Identify no es válido, normalmente porque el campo de bits está mal calculado. Constrúyelo combinando con OR los flags que necesites (`GUILDS` es `1 << 0`, `GUILD_MESSAGES` es `1 << 9`…), envíalo como entero y no actives bits que no correspondan a ningún intent. No te reconectes hasta corregirlo.',
    },
  },
  {
    code: 4_014,
    name: 'Disallowed intent(s)',
    nameEs: 'Intents no permitidos',
    aliases: { en: ['privileged intents'], es: ['intención(es) no permitida(s)', 'intents privilegiados'] },
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'You asked for a privileged intent your app may not use: `GUILD_MEMBERS`, `GUILD_PRESENCES` or `MESSAGE_CONTENT`. Either turn it on under Privileged Gateway Intents on the Bot page of the Developer Portal, or remove it from `intents`. Verified apps (verification is required once an app is in 100 guilds) must also be approved for each privileged intent. Do not reconnect until then.',
      es: 'Pediste un intent privilegiado que tu aplicación no puede usar: `GUILD_MEMBERS`, `GUILD_PRESENCES` o `MESSAGE_CONTENT`. Actívalo en Privileged Gateway Intents, en la página Bot del portal de desarrolladores, o quítalo de `intents`. Las aplicaciones verificadas (la verificación es obligatoria cuando una aplicación llega a 100 servidores) necesitan además que Discord les apruebe cada intent privilegiado. No te reconectes hasta resolverlo.',
    },
  },
  {
    code: 4_015,
    name: 'Too many sessions',
    nameEs: 'Demasiadas sesiones',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'client-only',
    description: {
      en: "The user account has more Gateway sessions open than it is allowed to have. The code concerns user accounts (the kind the official client logs in with) and is not in Discord's bot documentation. A new connection fails the same way until another session closes, so do not reconnect in a loop (inferred advice).",
      es: 'La cuenta de usuario tiene abiertas más sesiones del Gateway de las permitidas. El código afecta a las cuentas de usuario (las que usa el cliente oficial) y no figura en la documentación de Discord para bots. Mientras no se cierre otra sesión, una conexión nueva fallará igual: no reconectes en bucle (recomendación deducida).',
    },
  },
  {
    code: 4_016,
    name: 'Connection request canceled',
    nameEs: 'Solicitud de conexión cancelada',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'client-only',
    description: {
      en: "A console device's connection request was canceled, so the Gateway session is no longer needed. The code belongs to the official client's console connection flow and is not documented for bots. Do not reconnect (inferred advice).",
      es: 'Se canceló la solicitud de conexión de un dispositivo de consola y la sesión del Gateway ya no hace falta. El código pertenece al flujo de conexión con consolas del cliente oficial y no está documentado para bots. No te reconectes (recomendación deducida).',
    },
  },
] as const satisfies readonly DiscordCloseCodeEntry[];
