/**
 * Discord Voice close codes: the WebSocket close codes of the voice gateway, and whether to
 * resume, start a new voice connection or stop.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#voice-voice-close-event-codes
 */
import type { DiscordCloseCodeEntry, TableMeta } from '../../src/schema/entries.ts';

export const meta = {
  title: {
    en: 'Discord Voice close codes',
    es: 'Códigos de cierre de voz de Discord',
  },
  intro: {
    en: [
      "When the voice server closes your voice WebSocket, the close frame carries one of these codes. Discord's documentation says what to do for only a few of them: do not reconnect after 4014, 4021 or 4022, and try resuming after 4015. For the others, the advice here is inferred from what the code means, and each entry says so; most of them point to a bug in your client that a reconnection would only repeat.",
      "Code 4013 is marked client-only: it is not in Discord's documentation and is known from the community's user-API documentation.",
    ],
    es: [
      'Cuando el servidor de voz cierra tu WebSocket de voz, la trama de cierre lleva uno de estos códigos. La documentación de Discord solo dice qué hacer en unos pocos casos: no reconectar tras 4014, 4021 o 4022, e intentar reanudar tras 4015. En los demás, la recomendación de esta tabla es una deducción a partir del significado del código, y cada entrada lo indica; la mayoría apuntan a un fallo de tu cliente que una reconexión solo repetiría.',
      'El código 4013 está marcado como exclusivo del cliente: no figura en la documentación de Discord y se conoce por la documentación comunitaria de la API de usuario.',
    ],
  },
  sources: [
    {
      label: 'Discord Developer Docs: Opcodes and Status Codes, Voice',
      url: 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#voice-voice-close-event-codes',
    },
    {
      label: 'Discord Developer Docs: Voice Connections, Resuming',
      url: 'https://discord.com/developers/docs/topics/voice-connections#resuming-voice-connection',
    },
    {
      label: 'Discord Userdoccers: Opcodes and Close Codes (community)',
      url: 'https://docs.discord.food/gateway/opcodes-and-close-codes',
    },
    {
      label: 'discord.js Guide: Voice Connections, Handling disconnects',
      url: 'https://discordjs.guide/voice/voice-connections.html#handling-disconnects',
    },
  ],
  sections: [
    {
      id: 'reconnecting-to-voice',
      title: {
        en: 'Resuming or starting a new voice connection',
        es: 'Reanudar o empezar una conexión de voz nueva',
      },
      body: {
        en: [
          'To resume, open a new WebSocket to the same voice endpoint and send Resume (opcode 7) with `server_id`, `session_id`, `token` and, on voice gateway v8, `seq_ack`. The voice server answers with Resumed (opcode 9) and re-sends what you missed.',
          'If the resume fails, or the session is gone, start from the beginning: send a Voice State Update (opcode 4) on the main Gateway, wait for both the `VOICE_STATE_UPDATE` and `VOICE_SERVER_UPDATE` events, connect to the new `endpoint` and send Identify (opcode 0) with the new `session_id` and `token`. Never cache the endpoint or the token: they change, even when you only move to another channel of the same guild.',
        ],
        es: [
          'Para reanudar, abre un WebSocket nuevo al mismo endpoint de voz y envía Resume (opcode 7) con `server_id`, `session_id`, `token` y, en la v8 del gateway de voz, `seq_ack`. El servidor responde con Resumed (opcode 9) y te reenvía lo que te perdiste.',
          'Si no se puede reanudar, o la sesión ya no existe, empieza desde el principio: envía un Voice State Update (opcode 4) por el Gateway principal, espera a los eventos `VOICE_STATE_UPDATE` y `VOICE_SERVER_UPDATE`, conéctate al nuevo `endpoint` y envía Identify (opcode 0) con el `session_id` y el `token` nuevos. No guardes nunca el endpoint ni el token: cambian, aunque solo te muevas a otro canal del mismo servidor.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

export const voiceCloseCodes = [
  {
    code: 4_001,
    name: 'Unknown opcode',
    nameEs: 'Opcode desconocido',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'You sent an opcode the voice server does not recognize. It is a bug in your client, so reconnecting would only repeat it: check the `op` values you send against the bot-API voice opcodes. Inferred advice: Discord does not say whether to reconnect.',
      es: 'Enviaste un opcode que el servidor de voz no reconoce. Es un fallo de tu cliente y reconectar solo lo repetiría: compara los valores de `op` que envías con los opcodes de voz de la API de bots. Recomendación deducida: Discord no indica si hay que reconectar.',
    },
  },
  {
    code: 4_002,
    name: 'Failed to decode payload',
    nameEs: 'No se pudo decodificar el payload',
    aliases: { es: ['no se pudo decodificar la carga'] },
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: "The voice server could not decode a payload you sent; Discord's explanation points at the Identify payload. Check that it is valid JSON with `server_id`, `user_id`, `session_id` and `token`, and fix it before you reconnect (inferred advice).",
      es: 'El servidor de voz no pudo decodificar un payload que enviaste; la explicación de Discord apunta al payload Identify. Comprueba que sea JSON válido con `server_id`, `user_id`, `session_id` y `token`, y corrígelo antes de reconectarte (recomendación deducida).',
    },
  },
  {
    code: 4_003,
    name: 'Not authenticated',
    nameEs: 'No autenticado',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'You sent a payload before identifying. On every new voice WebSocket, the first thing you send must be Identify, or Resume when resuming. Fix the order before you reconnect (inferred advice).',
      es: 'Enviaste un payload antes de identificarte. En cada WebSocket de voz nuevo, lo primero que envíes debe ser Identify, o Resume si estás reanudando. Corrige el orden antes de reconectarte (recomendación deducida).',
    },
  },
  {
    code: 4_004,
    name: 'Authentication failed',
    nameEs: 'Fallo de autenticación',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'The `token` in your voice Identify is wrong. It must be the voice token from the latest `VOICE_SERVER_UPDATE`, not your bot token, sent with the `session_id` from your own `VOICE_STATE_UPDATE`. Do not retry with the same values; once the code is fixed, start over with a Voice State Update to get fresh ones (inferred advice).',
      es: 'El `token` de tu Identify de voz no es válido. Debe ser el token de voz del último `VOICE_SERVER_UPDATE`, no el token del bot, junto con el `session_id` de tu propio `VOICE_STATE_UPDATE`. No lo reintentes con los mismos valores; cuando hayas corregido el código, empieza de nuevo con un Voice State Update para obtener otros (recomendación deducida).',
    },
  },
  {
    code: 4_005,
    name: 'Already authenticated',
    nameEs: 'Ya autenticado',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'You sent Identify more than once on the same voice connection. Send it once per connection, and never after a Resume. Fix the connection logic before you reconnect (inferred advice).',
      es: 'Enviaste Identify más de una vez en la misma conexión de voz. Envíalo una sola vez por conexión, y nunca después de un Resume. Corrige la lógica de conexión antes de reconectarte (recomendación deducida).',
    },
  },
  {
    code: 4_006,
    name: 'Session no longer valid',
    nameEs: 'Sesión ya no válida',
    reconnect: 'identify',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'The voice session no longer exists, so it cannot be resumed. Start a new voice connection: send a Voice State Update on the main Gateway, wait for the new `VOICE_STATE_UPDATE` and `VOICE_SERVER_UPDATE`, then connect and Identify with the new values. A common cause is reusing the old session or token after moving to another channel. Inferred advice, in line with what Discord says to do after a failed resume.',
      es: 'La sesión de voz ya no existe y no se puede reanudar. Empieza una conexión de voz nueva: envía un Voice State Update por el Gateway principal, espera a los nuevos `VOICE_STATE_UPDATE` y `VOICE_SERVER_UPDATE`, y conéctate e identifícate con esos datos. Una causa habitual es reutilizar la sesión o el token anteriores tras cambiar de canal. Recomendación deducida, coherente con lo que Discord indica tras un Resume fallido.',
    },
  },
  {
    code: 4_009,
    name: 'Session timeout',
    nameEs: 'Sesión caducada',
    reconnect: 'identify',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'The voice session timed out. Start a new voice connection from a Voice State Update, and check that your heartbeat runs every `heartbeat_interval` from Hello and, on voice gateway v8, carries `seq_ack` (inferred advice).',
      es: 'La sesión de voz ha caducado. Empieza una conexión de voz nueva a partir de un Voice State Update y comprueba que el heartbeat se envía cada `heartbeat_interval` (el valor de Hello) y que, en la v8 del gateway de voz, lleva `seq_ack` (recomendación deducida).',
    },
  },
  {
    code: 4_011,
    name: 'Server not found',
    nameEs: 'Servidor no encontrado',
    reconnect: 'identify',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'Discord cannot find the guild you are trying to connect to, the one whose ID you sent as `server_id` in Identify. Check that `server_id` is the guild ID, then get fresh connection details with a new Voice State Update rather than reusing a cached endpoint. If it keeps failing, stop and investigate instead of looping (inferred advice).',
      es: 'Discord no encuentra el servidor al que intentas conectarte. Comprueba que el `server_id` de Identify sea el ID del servidor (guild) y obtén datos de conexión nuevos con otro Voice State Update, en vez de reutilizar un endpoint guardado. Si sigue fallando, detente e investiga en lugar de reconectar en bucle (recomendación deducida).',
    },
  },
  {
    code: 4_012,
    name: 'Unknown protocol',
    nameEs: 'Protocolo desconocido',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'Select Protocol named a protocol the voice server does not recognize. Bots send `protocol: "udp"`, with the `address`, `port` and `mode` in `data`. Fix the payload before you reconnect (inferred advice).',
      es: 'Select Protocol indicó un protocolo que el servidor de voz no reconoce. Los bots envían `protocol: "udp"`, con `address`, `port` y `mode` dentro de `data`. Corrige el payload antes de reconectarte (recomendación deducida).',
    },
  },
  {
    code: 4_013,
    name: 'WebRTC crashed',
    nameEs: 'WebRTC caído',
    reconnect: 'resume',
    reconnectDocumented: false,
    availability: 'client-only',
    description: {
      en: "The WebRTC side of the voice connection crashed. Only the official client, which can connect over WebRTC, is known to receive it, and it is not in Discord's documentation. By analogy with 4015, try resuming, and start a new voice connection if that fails (inferred advice).",
      es: 'Ha fallado la parte WebRTC de la conexión de voz. Solo se sabe que lo recibe el cliente oficial, que puede conectarse por WebRTC, y no figura en la documentación de Discord. Por analogía con 4015, intenta reanudar y, si no funciona, empieza una conexión de voz nueva (recomendación deducida).',
    },
  },
  {
    code: 4_014,
    name: 'Disconnected',
    nameEs: 'Desconectado',
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'Only your client was disconnected: you were kicked from the channel, your main Gateway session dropped, or similar. Discord says not to reconnect this voice session. A bot that is moved to another channel typically gets this code too, followed by a new `VOICE_SERVER_UPDATE`: connect anew with those details. Telling the two apart is up to your code. @discordjs/voice, for instance, only moves the connection to its Disconnected state after a 4014; the discord.js guide suggests waiting up to 5 seconds for it to enter the `Signalling` or `Connecting` state again (a move) and destroying it otherwise (a real disconnect).',
      es: 'Te han desconectado solo a ti: te expulsaron del canal, se cayó tu sesión del Gateway principal o algo parecido. Discord indica que no reconectes esta sesión de voz. Un bot al que mueven a otro canal también suele recibir este código, seguido de un nuevo `VOICE_SERVER_UPDATE`: conéctate de nuevo con esos datos. Distinguir los dos casos le toca a tu código. @discordjs/voice, por ejemplo, tras un 4014 solo pasa la conexión a su estado Disconnected; la guía de discord.js propone esperar hasta 5 segundos a que vuelva al estado `Signalling` o `Connecting` (un cambio de canal) y, si no, destruirla (una desconexión real).',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Older versions of Discord's documentation also listed a deleted channel and a voice server change under 4014; the current documentation puts those under 4022.",
          es: 'Versiones anteriores de la documentación de Discord incluían también en 4014 el borrado del canal y el cambio de servidor de voz; la documentación actual los recoge en 4022.',
        },
      },
    ],
  },
  {
    code: 4_015,
    name: 'Voice server crashed',
    nameEs: 'Servidor de voz caído',
    reconnect: 'resume',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The voice server crashed, through no fault of yours. Discord says to try resuming: reconnect to the endpoint and send Resume with `server_id`, `session_id`, `token` and, on v8, `seq_ack`. If the resume fails, start a new voice connection from a Voice State Update.',
      es: 'El servidor de voz se ha caído, sin culpa por tu parte. Discord indica que intentes reanudar: vuelve a conectarte al endpoint y envía Resume con `server_id`, `session_id`, `token` y, en la v8, `seq_ack`. Si no se puede reanudar, empieza una conexión de voz nueva a partir de un Voice State Update.',
    },
  },
  {
    code: 4_016,
    name: 'Unknown encryption mode',
    nameEs: 'Modo de cifrado desconocido',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'Select Protocol asked for an encryption `mode` the voice server does not recognize. Choose one from the `modes` list in Ready: `aead_aes256_gcm_rtpsize` when offered, otherwise `aead_xchacha20_poly1305_rtpsize`, which every client must support. The modes Discord lists as deprecated, such as `xsalsa20_poly1305`, stopped working on 18 November 2024. Fix it before you reconnect (inferred advice).',
      es: 'Select Protocol pidió un `mode` de cifrado que el servidor de voz no reconoce. Elige uno de la lista `modes` de Ready: `aead_aes256_gcm_rtpsize` si se ofrece y, si no, `aead_xchacha20_poly1305_rtpsize`, que todo cliente debe admitir. Los modos que Discord da por obsoletos, como `xsalsa20_poly1305`, dejaron de funcionar el 18 de noviembre de 2024. Corrígelo antes de reconectarte (recomendación deducida).',
    },
  },
  {
    code: 4_017,
    name: 'E2EE/DAVE protocol required',
    nameEs: 'Protocolo E2EE/DAVE requerido',
    aliases: { en: ['E2EE required'], es: ['cifrado de extremo a extremo'] },
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: "The channel requires end-to-end encryption with the DAVE protocol, and your client did not declare support for it. Implement DAVE (Discord's libdave library can help) and send `max_dave_protocol_version` in Identify; until then, every attempt fails the same way (inferred advice). Discord announced that from 1 March 2026 it supports only end-to-end-encrypted calls in DMs, group DMs, voice channels and Go Live streams.",
      es: 'El canal exige cifrado de extremo a extremo con el protocolo DAVE y tu cliente no declaró que lo admite. Implementa DAVE (la biblioteca libdave de Discord puede ayudarte) y envía `max_dave_protocol_version` en Identify; mientras tanto, todos los intentos fallarán igual (recomendación deducida). Discord anunció que desde el 1 de marzo de 2026 solo admite llamadas cifradas de extremo a extremo en MD, MD de grupo, canales de voz y transmisiones Go Live.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The community documentation calls this code `E2EE required`.',
          es: 'La documentación de la comunidad llama a este código `E2EE required`.',
        },
      },
    ],
  },
  {
    code: 4_020,
    name: 'Bad request',
    nameEs: 'Solicitud incorrecta',
    reconnect: 'no',
    reconnectDocumented: false,
    availability: 'bot-api',
    description: {
      en: 'You sent a malformed request. Compare the payload that triggered the close with the documented structure of its opcode; reconnecting without fixing it will fail again (inferred advice).',
      es: 'Enviaste una solicitud mal formada. Compara el payload que provocó el cierre con la estructura documentada de su opcode; si reconectas sin corregirlo, volverá a fallar (recomendación deducida).',
    },
  },
  {
    code: 4_021,
    name: 'Disconnected: Rate Limited',
    nameEs: 'Desconectado: límite de solicitudes excedido',
    aliases: { en: ['Rate limited'], es: ['límite de velocidad alcanzado'] },
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'You were disconnected for exceeding a rate limit, and Discord says not to reconnect. Find out what you send too often, such as Speaking updates or repeated connection attempts, and slow it down; only open a new voice connection after a pause.',
      es: 'Te desconectaron por superar un límite de solicitudes (rate limit), y Discord indica que no reconectes. Averigua qué envías con demasiada frecuencia, como actualizaciones de Speaking o intentos de conexión repetidos, y redúcelo; abre una conexión de voz nueva solo después de una pausa.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The community documentation calls this code `Rate limited`.',
          es: 'La documentación de la comunidad llama a este código `Rate limited`.',
        },
      },
    ],
  },
  {
    code: 4_022,
    name: 'Disconnected: Call Terminated',
    nameEs: 'Desconectado: llamada finalizada',
    reconnect: 'no',
    reconnectDocumented: true,
    availability: 'bot-api',
    description: {
      en: 'The call ended for every client: the channel was deleted, the voice server changed, or similar. Discord says not to reconnect this session. If the voice server changed, a new `VOICE_SERVER_UPDATE` arrives and you connect to the new endpoint from scratch; otherwise, rejoin with a Voice State Update only if you still need to.',
      es: 'La llamada ha terminado para todos los clientes: se borró el canal, cambió el servidor de voz o algo parecido. Discord indica que no reconectes esta sesión. Si cambió el servidor de voz, llegará un nuevo `VOICE_SERVER_UPDATE` y te conectarás al nuevo endpoint desde cero; si no, vuelve a entrar con un Voice State Update solo si todavía lo necesitas.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The community documentation calls this code `Disconnected` and mentions a call that ended among the causes.',
          es: 'La documentación de la comunidad llama a este código `Disconnected` y menciona entre las causas que la llamada haya terminado.',
        },
      },
    ],
  },
] as const satisfies readonly DiscordCloseCodeEntry[];
