/**
 * Discord Voice opcodes: the `op` field of payloads on the voice WebSocket (voice gateway v8),
 * including the DAVE end-to-end encryption opcodes, some of which travel as binary frames.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#voice-voice-opcodes
 */
import type { DiscordVoiceOpcodeEntry, TableMeta } from '../../src/schema/entries.ts';

export const meta = {
  title: {
    en: 'Discord Voice opcodes',
    es: 'Opcodes de voz de Discord',
  },
  intro: {
    en: [
      'Voice runs on its own WebSocket, separate from the main Gateway, with its own opcodes. You reach it with the `endpoint`, `token` and `session_id` the Gateway gives you after a Voice State Update; the audio itself travels over UDP. Messages are JSON objects with `op` and `d` (messages from the voice server that may need re-sending on resume also carry `seq`), except the DAVE opcodes marked as binary. Connect with voice gateway version 8 (`?v=8`): versions below 4 are rejected.',
      "Opcodes in Discord's official documentation are marked as bot API. Those marked client-only are used by the official Discord client and known only from the community's user-API documentation: bots should not send them and can ignore them if they arrive. Opcode 11 appears twice: the old Reset, now removed, and the current Clients Connect.",
    ],
    es: [
      'La voz funciona en su propio WebSocket, aparte del Gateway principal y con sus propios opcodes. Llegas a él con el `endpoint`, el `token` y el `session_id` que te da el Gateway después de un Voice State Update; el audio en sí viaja por UDP. Los mensajes son objetos JSON con `op` y `d` (los mensajes del servidor que podrían reenviarse al reanudar llevan además `seq`), salvo los opcodes DAVE marcados como binarios. Conéctate con la versión 8 del gateway de voz (`?v=8`): las versiones anteriores a la 4 se rechazan.',
      'Los opcodes que figuran en la documentación oficial de Discord están marcados como API de bots. Los marcados como exclusivos del cliente los usa el cliente oficial de Discord y solo se conocen por la documentación comunitaria de la API de usuario: un bot no debería enviarlos y puede ignorarlos si le llegan. El opcode 11 aparece dos veces: el antiguo Reset, ya eliminado, y el actual Clients Connect.',
    ],
  },
  sources: [
    {
      label: 'Discord Developer Docs: Opcodes and Status Codes, Voice',
      url: 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#voice-voice-opcodes',
    },
    {
      label: 'Discord Developer Docs: Voice Connections',
      url: 'https://discord.com/developers/docs/topics/voice-connections',
    },
    {
      label: 'DAVE Protocol Whitepaper',
      url: 'https://daveprotocol.com',
    },
    {
      label: 'Discord Userdoccers: Opcodes and Close Codes (community)',
      url: 'https://docs.discord.food/gateway/opcodes-and-close-codes',
    },
    {
      label: 'Discord Userdoccers: Voice Connections, No Route (community)',
      url: 'https://docs.discord.food/topics/voice-connections#no-route',
    },
  ],
  sections: [
    {
      id: 'dave-end-to-end-encryption',
      title: {
        en: 'DAVE: end-to-end encryption and binary messages',
        es: 'DAVE: cifrado de extremo a extremo y mensajes binarios',
      },
      body: {
        en: [
          "DAVE is Discord's protocol for end-to-end encryption of audio and video. The members of a call form an MLS (Messaging Layer Security, RFC 9420) group, and each sender derives its media keys from it; the voice gateway takes part as an external sender that proposes adding and removing members. A client announces support with `max_dave_protocol_version` in Identify, and Session Description says which version the call starts with. Discord announced that from 1 March 2026 it supports only end-to-end-encrypted calls in DMs, group DMs, voice channels and Go Live streams.",
          "To save space, opcodes 25 to 30 are binary WebSocket messages rather than JSON. From the voice server to the client, a binary message is a big-endian 16-bit sequence number, then a one-byte opcode, then the payload; from the client to the voice server there is no sequence number. Discord's libdave library implements the protocol, and the whitepaper at daveprotocol.com defines each payload.",
        ],
        es: [
          'DAVE es el protocolo de Discord para cifrar de extremo a extremo el audio y el vídeo. Los miembros de una llamada forman un grupo MLS (Messaging Layer Security, RFC 9420) del que cada emisor deriva sus claves de medios; el gateway de voz participa como emisor externo que propone añadir y quitar miembros. Un cliente anuncia que lo admite con `max_dave_protocol_version` en Identify, y Session Description indica con qué versión empieza la llamada. Discord anunció que desde el 1 de marzo de 2026 solo admite llamadas cifradas de extremo a extremo en MD, MD de grupo, canales de voz y transmisiones Go Live.',
          'Para ahorrar espacio, los opcodes 25 a 30 son mensajes binarios del WebSocket en vez de JSON. Del servidor al cliente, un mensaje binario lleva un número de secuencia de 16 bits big-endian, después un byte con el opcode y luego el payload; del cliente al servidor no hay número de secuencia. La biblioteca libdave de Discord implementa el protocolo, y el whitepaper de daveprotocol.com define cada payload.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

export const voiceOpcodes = [
  {
    code: 0,
    name: 'Identify',
    nameEs: { kept: 'payload' },
    aliases: { es: ['identificar', 'identificación'] },
    direction: 'send',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Opens a voice session: the first message on a new voice WebSocket, with `server_id` (the guild ID), `user_id`, `session_id` (from `VOICE_STATE_UPDATE`) and `token` (the voice token from `VOICE_SERVER_UPDATE`, not your bot token). Add `max_dave_protocol_version` to declare DAVE support; leaving it out, or sending 0, means no DAVE support, and channels that require end-to-end encryption then close the connection with code 4017. The voice server replies with Ready.',
      es: 'Abre una sesión de voz: es el primer mensaje en un WebSocket de voz nuevo, con `server_id` (el ID del servidor, o guild), `user_id`, `session_id` (de `VOICE_STATE_UPDATE`) y `token` (el token de voz de `VOICE_SERVER_UPDATE`, no el token del bot). Añade `max_dave_protocol_version` para declarar que admites DAVE; omitirlo, o enviar 0, indica que no lo admites, y los canales que exigen cifrado de extremo a extremo cierran entonces la conexión con el código 4017. El servidor responde con Ready.',
    },
  },
  {
    code: 1,
    name: 'Select Protocol',
    nameEs: { kept: 'payload' },
    aliases: { es: ['seleccionar protocolo'] },
    direction: 'send',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Tells the voice server how you will exchange audio, once IP discovery on the UDP socket has given you your external address: `protocol: "udp"` and, in `data`, that `address`, the `port` and the encryption `mode`. Pick the mode from the `modes` in Ready: `aead_aes256_gcm_rtpsize` when offered, otherwise `aead_xchacha20_poly1305_rtpsize`, which every client must support. The reply is Session Description.',
      es: 'Indica al servidor de voz cómo vas a intercambiar el audio, una vez que el descubrimiento de IP en el socket UDP te ha dado tu dirección externa: `protocol: "udp"` y, en `data`, esa `address`, el `port` y el `mode` de cifrado. Elige el modo entre los `modes` de Ready: `aead_aes256_gcm_rtpsize` si se ofrece y, si no, `aead_xchacha20_poly1305_rtpsize`, que todo cliente debe admitir. El servidor responde con Session Description.',
    },
  },
  {
    code: 2,
    name: 'Ready',
    nameEs: { kept: 'payload' },
    aliases: { es: ['listo'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'The reply to Identify: your `ssrc`, the UDP `ip` and `port` of the voice server, and the encryption `modes` it supports. Open the UDP socket with these values and run IP discovery. Ignore any `heartbeat_interval` it contains: Discord documents it as erroneous, and the real value comes in Hello.',
      es: 'La respuesta a Identify: tu `ssrc`, la `ip` y el `port` UDP del servidor de voz y los `modes` de cifrado que admite. Abre el socket UDP con esos datos y haz el descubrimiento de IP. Ignora el `heartbeat_interval` que pueda traer: Discord lo documenta como erróneo, y el valor bueno llega en Hello.',
    },
  },
  {
    code: 3,
    name: 'Heartbeat',
    nameEs: { kept: 'payload' },
    aliases: { es: ['latido'] },
    direction: 'send',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Keeps the voice WebSocket alive. Send it every `heartbeat_interval` from Hello with a nonce `t` (a timestamp works) and, since voice gateway v8, `seq_ack`: the last sequence number you received, or -1 if none. The voice server answers with Heartbeat ACK.',
      es: 'Mantiene vivo el WebSocket de voz. Envíalo cada `heartbeat_interval` (el valor de Hello) con un nonce `t` (sirve una marca de tiempo) y, desde la v8 del gateway de voz, `seq_ack`: el último número de secuencia que recibiste, o -1 si no has recibido ninguno. El servidor responde con Heartbeat ACK.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's documentation says only the client sends it. The community documentation lists it as Send/Receive: the voice server can request a heartbeat, which the client answers at once.",
          es: 'La documentación de Discord dice que solo lo envía el cliente. La documentación de la comunidad lo da como de envío y recepción: el servidor puede pedir un heartbeat, y el cliente responde de inmediato.',
        },
      },
    ],
  },
  {
    code: 4,
    name: 'Session Description',
    nameEs: { kept: 'payload' },
    aliases: { es: ['descripción de la sesión'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'The reply to Select Protocol: the encryption `mode` and the 32-byte `secret_key` for transport encryption, and `dave_protocol_version`, the DAVE version the call starts with (0 means no end-to-end encryption). You can now send audio, after at least one Speaking payload.',
      es: 'La respuesta a Select Protocol: el `mode` de cifrado y la `secret_key` de 32 bytes para el cifrado de transporte, y `dave_protocol_version`, la versión de DAVE con la que empieza la llamada (0 significa sin cifrado de extremo a extremo). Ya puedes enviar audio, después de al menos un payload Speaking.',
    },
  },
  {
    code: 5,
    name: 'Speaking',
    nameEs: { kept: 'payload' },
    aliases: { es: ['hablando'] },
    direction: 'both',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'You send it to set your speaking flags (`1` microphone, `2` soundshare, `4` priority speaker) for your SSRC; the voice server sends it to tell you which user is behind an SSRC. Send at least one before any audio, or you will be disconnected for an invalid SSRC. Bots should set `delay` to 0.',
      es: 'Tú lo envías para fijar tus flags de `speaking` (`1` micrófono, `2` audio compartido, `4` orador prioritario) para tu SSRC; el servidor lo envía para decirte qué usuario hay detrás de un SSRC. Envía al menos uno antes de mandar audio o te desconectarán por SSRC no válido. Los bots deben poner `delay` a 0.',
    },
  },
  {
    code: 6,
    name: 'Heartbeat ACK',
    nameEs: { kept: 'payload' },
    aliases: { en: ['heartbeat acknowledgement'], es: ['confirmación de latido'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Acknowledges your heartbeat by echoing its nonce `t`. If acknowledgments stop arriving, treat the connection as dead: reconnect and send Resume.',
      es: 'Confirma tu heartbeat devolviendo su nonce `t`. Si dejan de llegar confirmaciones, da la conexión por muerta: reconéctate y envía Resume.',
    },
  },
  {
    code: 7,
    name: 'Resume',
    nameEs: { kept: 'payload' },
    aliases: { es: ['reanudar', 'reanudación'] },
    direction: 'send',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Resumes a dropped voice connection: open a new WebSocket to the same endpoint and send `server_id`, `session_id`, `token` and, since v8, `seq_ack`. The voice server answers with Resumed. If the resume fails, it closes the socket with a close code, and you must start over from a Voice State Update on the main Gateway.',
      es: 'Reanuda una conexión de voz caída: abre un WebSocket nuevo al mismo endpoint y envía `server_id`, `session_id`, `token` y, desde la v8, `seq_ack`. El servidor responde con Resumed. Si no se puede reanudar, cierra el socket con un código de cierre y tendrás que empezar de cero con un Voice State Update en el Gateway principal.',
    },
  },
  {
    code: 8,
    name: 'Hello',
    nameEs: { kept: 'payload' },
    aliases: { es: ['hola', 'saludo'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Sent right after you connect, with `heartbeat_interval` in milliseconds. Start sending Heartbeat at that interval and keep it up for as long as the connection is open.',
      es: 'Llega justo después de conectarte, con `heartbeat_interval` en milisegundos. Empieza a enviar Heartbeat con ese intervalo y mantenlo mientras la conexión siga abierta.',
    },
  },
  {
    code: 9,
    name: 'Resumed',
    nameEs: { kept: 'payload' },
    aliases: { es: ['sesión reanudada'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Confirms that your Resume succeeded. On voice gateway v8 the voice server then re-sends the messages you missed while disconnected.',
      es: 'Confirma que el Resume ha funcionado. En la v8 del gateway de voz, el servidor te reenvía a continuación los mensajes que te perdiste mientras estabas desconectado.',
    },
  },
  {
    code: 10,
    name: 'Signal',
    nameEs: { kept: 'payload' },
    direction: 'both',
    format: 'json',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Carried WebRTC signaling between peers for peer-to-peer connections. The community documentation marks it as removed. It was used only by the official client and never documented for bots.',
      es: 'Transportaba la señalización WebRTC entre pares para las conexiones punto a punto. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots.',
    },
  },
  {
    code: 11,
    name: 'Reset',
    nameEs: { kept: 'payload' },
    direction: 'both',
    format: 'json',
    availability: 'client-only',
    status: 'removed',
    documentedDuplicate: true,
    description: {
      en: 'Used to reset the voice connection. The community documentation marks it as removed; the number now belongs to Clients Connect. It was used only by the official client and never documented for bots.',
      es: 'Reiniciaba la conexión de voz. La documentación de la comunidad lo marca como eliminado; el número lo usa ahora Clients Connect. Solo lo usaba el cliente oficial y nunca se documentó para bots.',
    },
  },
  {
    code: 11,
    name: 'Clients Connect',
    nameEs: { kept: 'payload' },
    aliases: { en: ['Client Connect'], es: ['clientes conectados'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    documentedDuplicate: true,
    description: {
      en: 'One or more users joined the voice channel; their IDs are in `user_ids`. Right after you connect, it also lists the users who were already there. Use it to keep track of who is in the call.',
      es: 'Uno o varios usuarios han entrado en el canal de voz; sus IDs vienen en `user_ids`. Justo después de conectarte también enumera a los usuarios que ya estaban. Te sirve para saber quién está en la llamada.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's documentation and the current community documentation call it `Clients Connect`; earlier versions of the community documentation called it `Client Connect`.",
          es: 'La documentación de Discord y la versión actual de la documentación de la comunidad lo llaman `Clients Connect`; versiones anteriores de la documentación de la comunidad lo llamaban `Client Connect`.',
        },
      },
    ],
  },
  {
    code: 12,
    name: 'Video',
    nameEs: { kept: 'payload' },
    direction: 'both',
    format: 'json',
    availability: 'client-only',
    description: {
      en: "The client announces its video streams (`audio_ssrc`, `video_ssrc`, `rtx_ssrc` and the simulcast `streams`); the voice server sends it to describe other users' video. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.",
      es: 'El cliente anuncia sus flujos de vídeo (`audio_ssrc`, `video_ssrc`, `rtx_ssrc` y los `streams` de simulcast); el servidor lo envía para describir el vídeo de otros usuarios. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 13,
    name: 'Client Disconnect',
    nameEs: { kept: 'payload' },
    aliases: { es: ['cliente desconectado'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'A user left the voice channel; their ID is in `user_id`. Forget the SSRC you had associated with that user.',
      es: 'Un usuario ha salido del canal de voz; su ID viene en `user_id`. Descarta el SSRC que tenías asociado a ese usuario.',
    },
  },
  {
    code: 14,
    name: 'Session Update',
    nameEs: { kept: 'payload' },
    direction: 'both',
    format: 'json',
    availability: 'client-only',
    description: {
      en: 'The client sends it to update the `codecs` it supports; the voice server sends it when the audio or video codec, the `media_session_id` or the keyframe interval changes. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'El cliente lo envía para actualizar los `codecs` que admite; el servidor lo envía cuando cambia el códec de audio o de vídeo, el `media_session_id` o el intervalo de fotogramas clave. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 15,
    name: 'Media Sink Wants',
    nameEs: { kept: 'payload' },
    direction: 'both',
    format: 'json',
    availability: 'client-only',
    description: {
      en: 'Simulcast control: the client asks for a quality from 0 to 100 for each SSRC it receives, and the voice server tells the client what quality to send. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'Control del simulcast: el cliente pide una calidad de 0 a 100 para cada SSRC que recibe, y el servidor le indica con qué calidad debe enviar. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 16,
    name: 'Voice Backend Version',
    nameEs: { kept: 'payload' },
    direction: 'both',
    format: 'json',
    availability: 'client-only',
    description: {
      en: 'The client asks for the versions of the voice backend and of its WebRTC worker, and the voice server replies with them, for analytics. Used only by the official Discord client: it is undocumented for bots, and a bot should not rely on it.',
      es: 'El cliente pide las versiones del backend de voz y de su worker WebRTC, y el servidor se las devuelve, con fines analíticos. Solo lo usa el cliente oficial de Discord: no está documentado para bots y un bot no debería depender de él.',
    },
  },
  {
    code: 17,
    name: 'Channel Options Update',
    nameEs: { kept: 'payload' },
    direction: 'receive',
    format: 'json',
    availability: 'client-only',
    status: 'removed',
    description: {
      en: 'Announced a change to the properties of the voice connection. The community documentation marks it as removed. It was used only by the official client and never documented for bots.',
      es: 'Anunciaba un cambio en las propiedades de la conexión de voz. La documentación de la comunidad lo marca como eliminado. Solo lo usaba el cliente oficial y nunca se documentó para bots.',
    },
  },
  {
    code: 18,
    name: 'Client Flags',
    nameEs: { kept: 'payload' },
    direction: 'receive',
    format: 'json',
    availability: 'client-only',
    description: {
      en: 'The voice flags of a user in the channel, such as whether they have clips enabled. Used only by the official Discord client: it is undocumented for bots, which can ignore it.',
      es: 'Los flags de voz de un usuario del canal, por ejemplo si tiene activados los clips. Solo lo usa el cliente oficial de Discord: no está documentado para bots, que pueden ignorarlo.',
    },
  },
  {
    code: 19,
    name: 'Speed Test',
    nameEs: { kept: 'payload' },
    direction: 'receive',
    format: 'json',
    availability: 'client-only',
    description: {
      en: 'The results of a speed test. Used only by the official Discord client: it is undocumented for bots, which can ignore it.',
      es: 'Los resultados de una prueba de velocidad. Solo lo usa el cliente oficial de Discord: no está documentado para bots, que pueden ignorarlo.',
    },
  },
  {
    code: 20,
    name: 'Client Platform',
    nameEs: { kept: 'payload' },
    direction: 'receive',
    format: 'json',
    availability: 'client-only',
    description: {
      en: 'The platform a user in the channel is connected from (desktop, mobile, Xbox or PlayStation). Used only by the official Discord client: it is undocumented for bots, which can ignore it.',
      es: 'La plataforma desde la que está conectado un usuario del canal (escritorio, móvil, Xbox o PlayStation). Solo lo usa el cliente oficial de Discord: no está documentado para bots, que pueden ignorarlo.',
    },
  },
  {
    code: 21,
    name: 'DAVE Prepare Transition',
    nameEs: { kept: 'payload' },
    aliases: { en: ['DAVE Protocol Prepare Transition'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Announces a downgrade from DAVE to protocol version 0 (no end-to-end encryption), for example when a client without DAVE support joins during the transition period. Prepare for it, answer with opcode 23 Transition Ready and the same `transition_id`, and keep sending encrypted media until opcode 22 executes the transition.',
      es: 'Anuncia que se va a pasar de DAVE a la versión 0 del protocolo (sin cifrado de extremo a extremo), por ejemplo cuando entra en la llamada un cliente que no admite DAVE durante el periodo de transición. Prepárate, responde con el opcode 23 Transition Ready y el mismo `transition_id`, y sigue enviando el audio cifrado hasta que el opcode 22 ejecute la transición.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "The community documentation, like the prose of Discord's own voice guide, calls it `DAVE Protocol Prepare Transition`.",
          es: 'La documentación de la comunidad, igual que el texto de la propia guía de voz de Discord, lo llama `DAVE Protocol Prepare Transition`.',
        },
      },
    ],
  },
  {
    code: 22,
    name: 'DAVE Execute Transition',
    nameEs: { kept: 'payload' },
    aliases: { en: ['DAVE Protocol Execute Transition'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Executes a transition announced earlier (by opcode 21, 24 or 29), once every member is ready or a timeout has passed. From now on, send media with the new protocol context: unencrypted after a downgrade, in the new version after a version change, or with the new key ratchet after a membership change.',
      es: 'Ejecuta una transición anunciada antes (por el opcode 21, 24 o 29), cuando todos los miembros están listos o ha vencido un plazo. A partir de aquí, envía el audio con el nuevo contexto del protocolo: sin cifrar tras una bajada de versión, en la versión nueva tras un cambio de versión o con el nuevo ratchet de claves tras un cambio de miembros.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "The community documentation, like the prose of Discord's own voice guide, calls it `DAVE Protocol Execute Transition`.",
          es: 'La documentación de la comunidad, igual que el texto de la propia guía de voz de Discord, lo llama `DAVE Protocol Execute Transition`.',
        },
      },
    ],
  },
  {
    code: 23,
    name: 'DAVE Transition Ready',
    nameEs: { kept: 'payload' },
    aliases: { en: ['DAVE Protocol Transition Ready'] },
    direction: 'send',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Tells the voice gateway you are ready for the transition with the given `transition_id`: after preparing for a downgrade (opcode 21), after applying an announced commit (opcode 29), or after joining the group from a welcome (opcode 30).',
      es: 'Indica al gateway de voz que estás listo para la transición con el `transition_id` indicado: después de prepararte para una bajada de versión (opcode 21), de aplicar un commit anunciado (opcode 29) o de unirte al grupo con un welcome (opcode 30).',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "The community documentation, like the prose of Discord's own voice guide, calls it `DAVE Protocol Transition Ready`.",
          es: 'La documentación de la comunidad, igual que el texto de la propia guía de voz de Discord, lo llama `DAVE Protocol Transition Ready`.',
        },
      },
    ],
  },
  {
    code: 24,
    name: 'DAVE Prepare Epoch',
    nameEs: { kept: 'payload' },
    aliases: { en: ['DAVE Protocol Prepare Epoch'] },
    direction: 'receive',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Announces a change of DAVE protocol version, including the upgrade from version 0, with a `transition_id` and the upcoming MLS `epoch`. An `epoch` of 1 means a new MLS group is being created: set up a local group for that protocol version and send a fresh key package with opcode 26.',
      es: 'Anuncia un cambio de versión del protocolo DAVE, incluida la subida desde la versión 0, con un `transition_id` y el próximo `epoch` de MLS. Un `epoch` de 1 significa que se está creando un grupo MLS nuevo: prepara un grupo local para esa versión del protocolo y envía un key package nuevo con el opcode 26.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "The community documentation, like the prose of Discord's own voice guide, calls it `DAVE Protocol Prepare Epoch`.",
          es: 'La documentación de la comunidad, igual que el texto de la propia guía de voz de Discord, lo llama `DAVE Protocol Prepare Epoch`.',
        },
      },
    ],
  },
  {
    code: 25,
    name: 'DAVE MLS External Sender',
    nameEs: { kept: 'payload' },
    aliases: { en: ['MLS External Sender Package'] },
    direction: 'receive',
    format: 'binary',
    availability: 'bot-api',
    description: {
      en: 'The credential and public key of the voice gateway as the MLS external sender, which lets it propose adding and removing members. Include it in the group extensions when you create a group, and check that groups you join through an MLS Welcome carry it. It may arrive right after you connect or later, when the call upgrades to DAVE.',
      es: 'La credencial y la clave pública del gateway de voz como emisor externo de MLS, lo que le permite proponer altas y bajas de miembros. Inclúyela en las extensiones del grupo cuando crees uno, y comprueba que la llevan los grupos a los que te incorporas mediante un mensaje Welcome de MLS. Puede llegar nada más conectarte o más tarde, cuando la llamada pase a usar DAVE.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "The community documentation calls it `MLS External Sender Package`; the prose of Discord's voice guide says `DAVE MLS External Sender Package`.",
          es: 'La documentación de la comunidad lo llama `MLS External Sender Package`; el texto de la guía de voz de Discord dice `DAVE MLS External Sender Package`.',
        },
      },
    ],
  },
  {
    code: 26,
    name: 'DAVE MLS Key Package',
    nameEs: { kept: 'payload' },
    direction: 'send',
    format: 'binary',
    availability: 'bot-api',
    description: {
      en: 'Your MLS key package, so that the voice gateway can propose adding you to the group. A key package is used only once: generate a new one each time you are waiting to be added or re-added.',
      es: 'Tu key package de MLS, para que el gateway de voz pueda proponer tu alta en el grupo. Cada key package se usa una sola vez: genera uno nuevo cada vez que estés a la espera de que te añadan o te vuelvan a añadir.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The community documentation calls it `MLS Key Package`, without the DAVE prefix.',
          es: 'La documentación de la comunidad lo llama `MLS Key Package`, sin el prefijo DAVE.',
        },
      },
    ],
  },
  {
    code: 27,
    name: 'DAVE MLS Proposals',
    nameEs: { kept: 'payload' },
    direction: 'receive',
    format: 'binary',
    availability: 'bot-api',
    description: {
      en: 'Add or remove proposals from the voice gateway, which every member of the group, established or pending, must append or revoke. Then produce an MLS commit, plus a welcome if it adds members, and send them with opcode 28.',
      es: 'Propuestas de alta o baja del gateway de voz, que todos los miembros del grupo, consolidados o pendientes, deben añadir o revocar. Después genera un commit de MLS, más un mensaje Welcome si añade miembros, y envíalos con el opcode 28.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The community documentation calls it `MLS Proposals`, without the DAVE prefix.',
          es: 'La documentación de la comunidad lo llama `MLS Proposals`, sin el prefijo DAVE.',
        },
      },
    ],
  },
  {
    code: 28,
    name: 'DAVE MLS Commit Welcome',
    nameEs: { kept: 'payload' },
    direction: 'send',
    format: 'binary',
    availability: 'bot-api',
    description: {
      en: 'Your MLS commit for the pending proposals, with MLS welcome messages when it adds members. The voice gateway broadcasts the first valid commit it receives in each epoch and drops the others, so yours may lose the race; that is normal.',
      es: 'Tu commit de MLS para las propuestas pendientes, con mensajes Welcome de MLS cuando añade miembros. El gateway de voz difunde el primer commit válido que recibe en cada epoch y descarta el resto, así que puede que el tuyo no sea el elegido; es lo normal.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The community documentation calls it `MLS Commit Welcome`, without the DAVE prefix.',
          es: 'La documentación de la comunidad lo llama `MLS Commit Welcome`, sin el prefijo DAVE.',
        },
      },
    ],
  },
  {
    code: 29,
    name: 'DAVE MLS Announce Commit Transition',
    nameEs: { kept: 'payload' },
    direction: 'receive',
    format: 'binary',
    availability: 'bot-api',
    description: {
      en: 'The winning commit of the epoch, with a transition ID, sent to existing members of the group. Apply it to your local group state and answer with opcode 23; if it cannot be processed, send opcode 31 instead.',
      es: 'El commit ganador del epoch, con un ID de transición, enviado a los miembros que ya están en el grupo. Aplícalo al estado local del grupo y responde con el opcode 23; si no se puede procesar, envía el opcode 31.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's documentation marks it as binary; the community documentation lists it as JSON and calls it `MLS Announce Commit Transition`.",
          es: 'La documentación de Discord lo marca como binario; la documentación de la comunidad lo da como JSON y lo llama `MLS Announce Commit Transition`.',
        },
      },
    ],
  },
  {
    code: 30,
    name: 'DAVE MLS Welcome',
    nameEs: { kept: 'payload' },
    direction: 'receive',
    format: 'binary',
    availability: 'bot-api',
    description: {
      en: 'The MLS welcome for members being added to the group, with a transition ID. Join the group it describes and answer with opcode 23; if it cannot be processed, send opcode 31 instead.',
      es: 'El mensaje Welcome de MLS para los miembros que se añaden al grupo, con un ID de transición. Únete al grupo que describe y responde con el opcode 23; si no se puede procesar, envía el opcode 31.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The community documentation calls it `MLS Welcome`, without the DAVE prefix.',
          es: 'La documentación de la comunidad lo llama `MLS Welcome`, sin el prefijo DAVE.',
        },
      },
    ],
  },
  {
    code: 31,
    name: 'DAVE MLS Invalid Commit Welcome',
    nameEs: { kept: 'payload' },
    direction: 'send',
    format: 'json',
    availability: 'bot-api',
    description: {
      en: 'Tells the voice gateway that a commit (opcode 29) or welcome (opcode 30) you received could not be processed. Then reset your local group state and send a new key package with opcode 26: the gateway removes you and adds you back.',
      es: 'Avisa al gateway de voz de que no se pudo procesar un commit (opcode 29) o un welcome (opcode 30) que recibiste. Después reinicia el estado local del grupo y envía un key package nuevo con el opcode 26: el gateway te dará de baja y te volverá a añadir.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The community documentation calls it `MLS Invalid Commit Welcome`, without the DAVE prefix.',
          es: 'La documentación de la comunidad lo llama `MLS Invalid Commit Welcome`, sin el prefijo DAVE.',
        },
      },
    ],
  },
  {
    code: 32,
    name: 'No Route',
    nameEs: { kept: 'payload' },
    direction: 'send',
    format: 'json',
    availability: 'client-only',
    description: {
      en: 'Tells the voice server that no RTC route was available: a client that, after selecting a protocol, cannot establish any usable RTC route may send it with an empty payload (`{}`) to report that connection setup failed at the RTC transport layer. Known from the community documentation and used only by the official Discord client; it is not in Discord’s bot documentation, and a bot should not send it.',
      es: 'Avisa al servidor de voz de que no había ninguna ruta RTC disponible: un cliente que, tras seleccionar un protocolo, no consigue establecer ninguna ruta RTC utilizable puede enviarlo con un payload vacío (`{}`), para que el servidor sepa que la conexión falló en la capa de transporte RTC. Se conoce por la documentación de la comunidad y solo lo usa el cliente oficial de Discord; no figura en la documentación de Discord para bots, y un bot no debería enviarlo.',
    },
  },
] as const satisfies readonly DiscordVoiceOpcodeEntry[];
