/**
 * Error codes of Discord's local RPC server, sent in the `data.code` of an `ERROR` event.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#rpc
 * @see https://discord.com/developers/docs/topics/rpc
 */
import type { DiscordRpcCodeEntry, TableMeta } from '../../src/schema/entries.ts';

export const meta = {
  title: {
    en: 'Discord RPC error codes',
    es: 'Códigos de error de RPC de Discord',
  },
  intro: {
    en: [
      'RPC is the local server the Discord desktop client runs so that apps on the same machine can control it. Apps reach it over IPC (a named pipe on Windows, a Unix socket elsewhere, named `discord-ipc-{n}`) or, for apps from the old private beta, over a WebSocket on `127.0.0.1`, ports 6463 to 6472. Access requires approval from Discord; until then, only the testers you list (up to 50) can use your app.',
      'When a command fails, the RPC server answers it with an `ERROR` event carrying one of these codes. An error answers a single command; when the RPC server ends the connection, it uses an RPC close code instead. The two sets reuse some of the same numbers (1000, and 4000 to 4005) with different meanings, and neither has anything to do with Gateway close codes.',
    ],
    es: [
      'RPC es el servidor local que ejecuta el cliente de escritorio de Discord para que las aplicaciones del mismo equipo puedan controlarlo. Se accede a él por IPC (una canalización con nombre, o named pipe, en Windows y un socket Unix en los demás sistemas, llamados `discord-ipc-{n}`) o, en las aplicaciones de la antigua beta privada, por WebSocket en `127.0.0.1`, puertos 6463 a 6472. El acceso requiere la aprobación de Discord; mientras tanto, solo pueden usar tu aplicación los testers que añadas (hasta 50).',
      'Cuando un comando falla, el servidor le responde con un evento `ERROR` que lleva uno de estos códigos. Un error responde a un solo comando; cuando el servidor cierra la conexión, usa en cambio un código de cierre de RPC. Ambas tablas reutilizan algunos números (el 1000 y del 4000 al 4005) con significados distintos, y ninguna tiene que ver con los códigos de cierre del Gateway.',
    ],
  },
  sources: [
    {
      label: 'Discord Developer Docs: Opcodes and Status Codes, RPC',
      url: 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#rpc',
    },
    {
      label: 'Discord Developer Docs: RPC',
      url: 'https://discord.com/developers/docs/topics/rpc',
    },
    {
      label: 'Discord Userdoccers: RPC, RPC Errors (community)',
      url: 'https://docs.discord.food/topics/rpc#rpc-errors',
    },
  ],
  sections: [
    {
      id: 'error-event',
      title: {
        en: 'The ERROR event',
        es: 'El evento ERROR',
      },
      body: {
        en: "An error arrives as a payload with `evt` set to `ERROR`. Its `cmd` and `nonce` are those of the command that failed, so match it to your pending request by `nonce`. `data.code` is the code from this table, and `data.message` a human-readable description that is often more specific than the code's name. In this example from Discord's docs, an `AUTHORIZE` sent without a client ID gets a 4007.",
        es: 'Un error llega como un payload con `evt` igual a `ERROR`. Su `cmd` y su `nonce` son los del comando que falló: asócialo a tu solicitud pendiente por el `nonce`. `data.code` es el código de esta tabla y `data.message`, una descripción legible que a menudo es más precisa que el nombre del código. En este ejemplo de la documentación de Discord, un `AUTHORIZE` enviado sin client ID recibe un 4007.',
      },
      example: {
        language: 'json',
        code: `{
  "cmd": "AUTHORIZE",
  "data": {
    "code": 4007,
    "message": "No client id provided"
  },
  "evt": "ERROR",
  "nonce": "5102b6f0-c769-4f37-8cca-25fb0ab22628"
}`,
      },
    },
    {
      id: 'community-documented-codes',
      title: {
        en: 'Codes only the community documents',
        es: 'Códigos que solo documenta la comunidad',
      },
      body: {
        en: [
          'Discord’s official table lists 16 codes: 1000, 4000 and 4002 to 4010, and 5000 to 5004. The community’s documentation of the RPC server (docs.discord.food), which describes it as the desktop client implements it, lists more: 1001, 1002, 4011, 4012, 4015 to 4021, 5005, 5006 and 5008 to 5013. Those entries are marked as community-documented.',
          'The community list gives only their names. Their descriptions here are read from the name and from the RPC commands that deal with what it names, so treat them as informed guesses: the `message` of the error is the best guide to the actual cause. The same list strikes through 5004 and three lobby codes, 4013 (`INVALID_LOBBY`), 4014 (`INVALID_LOBBY_SECRET`) and 5007 (`LOBBY_FULL`), as no longer used; those three are not in this table.',
        ],
        es: [
          'La tabla oficial de Discord incluye 16 códigos: el 1000, el 4000 y del 4002 al 4010, y del 5000 al 5004. La documentación de la comunidad sobre el servidor RPC (docs.discord.food), que lo describe tal como lo implementa el cliente de escritorio, recoge más: 1001, 1002, 4011, 4012, del 4015 al 4021, 5005, 5006 y del 5008 al 5013. Esas entradas están marcadas como documentadas por la comunidad.',
          'La lista de la comunidad solo da sus nombres. Las descripciones de aquí se deducen del nombre y de los comandos RPC que tratan con lo que nombra, así que tómalas como hipótesis fundadas: el `message` del error es la mejor pista sobre la causa real. La misma lista tacha el 5004 y tres códigos de lobbies, 4013 (`INVALID_LOBBY`), 4014 (`INVALID_LOBBY_SECRET`) y 5007 (`LOBBY_FULL`), porque ya no se usan; esos tres no están en esta tabla.',
        ],
      },
    },
  ],
} as const satisfies TableMeta;

export const rpcErrorCodes = [
  {
    code: 1_000,
    name: 'Unknown error',
    nameEs: 'Error desconocido',
    description: {
      en: "The RPC server hit an error it has no specific code for; `message` may say more. Retrying the command once is reasonable. If it fails again, the cause is probably the request or the client's state, so check the arguments against the docs rather than retrying in a loop.",
      es: 'El servidor RPC se topó con un error que no tiene un código específico; `message` puede dar más detalles. Es razonable reintentar el comando una vez. Si vuelve a fallar, la causa probablemente esté en la solicitud o en el estado del cliente: revisa los argumentos en la documentación en lugar de reintentar en bucle.',
    },
  },
  {
    code: 1_001,
    name: 'SERVICE_UNAVAILABLE',
    nameEs: 'Servicio no disponible',
    source: 'community',
    description: {
      en: 'A service the client needs for this command is not available at the moment, for example because the client cannot reach Discord. It is most likely transient: retry the command a few times with growing waits, and if it keeps failing, check whether Discord is having an outage before you look at your code.',
      es: 'Un servicio que el cliente necesita para este comando no está disponible en este momento, por ejemplo porque el cliente no consigue comunicarse con Discord. Lo más probable es que sea pasajero: reintenta el comando unas cuantas veces con esperas cada vez más largas y, si sigue fallando, comprueba si Discord tiene una incidencia antes de revisar tu código.',
    },
  },
  {
    code: 1_002,
    name: 'TRANSACTION_ABORTED',
    nameEs: 'Transacción anulada',
    aliases: { es: ['transacción abortada'] },
    source: 'community',
    description: {
      en: "An operation that the client carries out as a transaction was aborted before it completed. Read the error's `message` for the reason and, if the user still wants the operation, start it again from the beginning instead of repeating only the step that failed.",
      es: 'Se anuló antes de terminar una operación que el cliente lleva a cabo como transacción. Lee el `message` del error para conocer el motivo y, si el usuario sigue queriendo hacer la operación, empiézala de nuevo desde el principio en lugar de repetir solo el paso que falló.',
    },
  },
  {
    code: 4_000,
    name: 'Invalid payload',
    nameEs: 'Payload no válido',
    description: {
      en: 'The RPC server could not make sense of what you sent: invalid JSON, or a payload without the expected structure (`cmd`, `args`, `nonce` and, for subscriptions, `evt`). Fix the payload; resending it unchanged fails the same way.',
      es: 'El servidor no pudo interpretar lo que enviaste: JSON no válido o un payload sin la estructura esperada (`cmd`, `args`, `nonce` y, en las suscripciones, `evt`). Corrige el payload; si lo reenvías sin cambios, fallará igual.',
    },
  },
  {
    code: 4_002,
    name: 'Invalid command',
    nameEs: 'Comando no válido',
    description: {
      en: 'The `cmd` field is not a command the RPC server recognizes. Check its spelling and case against the list of RPC commands (`GET_GUILD`, `SET_ACTIVITY`, `SELECT_VOICE_CHANNEL`…).',
      es: 'El campo `cmd` no es un comando que el servidor reconozca. Comprueba que esté bien escrito, con las mayúsculas correctas, según la lista de comandos RPC (`GET_GUILD`, `SET_ACTIVITY`, `SELECT_VOICE_CHANNEL`…).',
    },
  },
  {
    code: 4_003,
    name: 'Invalid guild',
    nameEs: 'Servidor no válido',
    description: {
      en: 'The `guild_id` you passed (to `GET_GUILD`, `GET_CHANNELS` or a `GUILD_STATUS` subscription) is not valid. Make sure it is the ID of a guild the user is in, sent as a string.',
      es: 'El `guild_id` que enviaste (en `GET_GUILD`, `GET_CHANNELS` o una suscripción a `GUILD_STATUS`) no es válido. Asegúrate de que sea el ID de un servidor al que pertenece el usuario y de enviarlo como cadena.',
    },
  },
  {
    code: 4_004,
    name: 'Invalid event',
    nameEs: 'Evento no válido',
    description: {
      en: 'The `evt` of your `SUBSCRIBE` or `UNSUBSCRIBE` is not an event the RPC server knows. Check the name against the list of RPC events, and make sure you sent it in `evt`, not inside `args`.',
      es: 'El `evt` de tu `SUBSCRIBE` o `UNSUBSCRIBE` no es un evento que el servidor conozca. Comprueba el nombre en la lista de eventos RPC y asegúrate de enviarlo en `evt`, no dentro de `args`.',
    },
  },
  {
    code: 4_005,
    name: 'Invalid channel',
    nameEs: 'Canal no válido',
    description: {
      en: 'The `channel_id` you passed is not valid, for example in `GET_CHANNEL`, `SELECT_VOICE_CHANNEL`, `SELECT_TEXT_CHANNEL`, or a subscription to the messages or voice states of a channel. Use the ID of a channel the user can access, as a string (or `null` to leave, in the select commands).',
      es: 'El `channel_id` que enviaste no es válido, por ejemplo en `GET_CHANNEL`, `SELECT_VOICE_CHANNEL`, `SELECT_TEXT_CHANNEL` o una suscripción a los mensajes o estados de voz de un canal. Usa el ID de un canal al que el usuario tenga acceso, como cadena (o `null` para salir, en los comandos de selección).',
    },
  },
  {
    code: 4_006,
    name: 'Invalid permissions',
    nameEs: 'Permisos no válidos',
    description: {
      en: "You lack permission for this command or resource. Most often you have not authenticated yet: Discord's docs say any command sent before authenticating gets this error, so run `AUTHORIZE`, exchange the code for an access token and send it with `AUTHENTICATE` first. If you already did, check that the user granted the scope the command needs, such as `rpc.notifications.read` for `NOTIFICATION_CREATE`.",
      es: 'No tienes permiso para este comando o recurso. Lo más habitual es que aún no te hayas autenticado: según la documentación de Discord, cualquier comando enviado antes de autenticarse recibe este error; ejecuta `AUTHORIZE`, canjea el código por un token de acceso y envíalo con `AUTHENTICATE`. Si ya lo hiciste, comprueba que el usuario concedió el scope que necesita el comando, como `rpc.notifications.read` para `NOTIFICATION_CREATE`.',
    },
  },
  {
    code: 4_007,
    name: 'Invalid client ID',
    nameEs: 'ID de cliente no válido',
    description: {
      en: 'The OAuth2 application ID used to authorize or authenticate is invalid or missing (Discord\'s own example is an `AUTHORIZE` answered with the message "No client id provided"). Send your application\'s ID as `client_id`, the same one you connected with.',
      es: 'El ID de aplicación de OAuth2 con el que intentaste autorizar o autenticar no es válido o falta (el ejemplo de la propia documentación de Discord es un `AUTHORIZE` respondido con el mensaje «No client id provided»). Envía en `client_id` el ID de tu aplicación, el mismo con el que te conectaste.',
    },
  },
  {
    code: 4_008,
    name: 'Invalid origin',
    nameEs: 'Origen no válido',
    description: {
      en: "The OAuth2 application origin used to authorize or authenticate is not valid for your app. The origin, and the redirect URI you use when exchanging the code for a token, must match one of those registered in your app's settings in the Developer Portal.",
      es: 'El origen de la aplicación de OAuth2 con el que intentaste autorizar o autenticar no es válido para tu aplicación. Tanto el origen como la redirect URI que uses al canjear el código por un token deben coincidir con alguno de los registrados en la configuración de tu aplicación en el portal de desarrolladores.',
    },
  },
  {
    code: 4_009,
    name: 'Invalid token',
    nameEs: 'Token no válido',
    description: {
      en: 'The OAuth2 access token sent with `AUTHENTICATE` is invalid: expired, revoked, issued to another application, or mistyped. Get a new one (refresh it, or go through `AUTHORIZE` again) instead of resending it.',
      es: 'El token de acceso (access token) de OAuth2 enviado con `AUTHENTICATE` no es válido: caducó, se revocó, pertenece a otra aplicación o está mal copiado. Consigue uno nuevo (renuévalo con el token de actualización (refresh token) o vuelve a pasar por `AUTHORIZE`) en lugar de reenviarlo.',
    },
  },
  {
    code: 4_010,
    name: 'Invalid user',
    nameEs: 'Usuario no válido',
    description: {
      en: "The user ID you passed is not valid, for example the `user_id` of `SET_USER_VOICE_SETTINGS`, `SEND_ACTIVITY_JOIN_INVITE` or `CLOSE_ACTIVITY_JOIN_REQUEST`. Check that it is the right user's ID, sent as a string.",
      es: 'El ID de usuario que enviaste no es válido, por ejemplo el `user_id` de `SET_USER_VOICE_SETTINGS`, `SEND_ACTIVITY_JOIN_INVITE` o `CLOSE_ACTIVITY_JOIN_REQUEST`. Comprueba que sea el ID del usuario correcto y que lo envías como cadena.',
    },
  },
  {
    code: 4_011,
    name: 'INVALID_INVITE',
    nameEs: 'Invitación no válida',
    source: 'community',
    description: {
      en: 'The invite code you passed is not valid: it does not exist, has expired or has used up its maximum number of uses. The likely source is a command that takes an invite code, such as `INVITE_BROWSER`, which opens a guild invite in the client. Check the code, and get a new invite if the old one has expired.',
      es: 'El código de invitación que enviaste no es válido: no existe, caducó o ya alcanzó su número máximo de usos. La fuente probable es un comando que recibe un código de invitación, como `INVITE_BROWSER`, que abre en el cliente la invitación a un servidor. Comprueba el código y consigue una invitación nueva si la anterior caducó.',
    },
  },
  {
    code: 4_012,
    name: 'INVALID_ACTIVITY_JOIN_REQUEST',
    nameEs: 'Solicitud para unirse a la actividad no válida',
    aliases: { en: ['Ask to Join'], es: ['pedir unirse'] },
    source: 'community',
    description: {
      en: 'The Ask to Join request you tried to answer is not valid: most likely there is no pending request from that user, or it was already answered. It concerns `SEND_ACTIVITY_JOIN_INVITE` and `CLOSE_ACTIVITY_JOIN_REQUEST`, which accept or reject a request that arrived as an `ACTIVITY_JOIN_REQUEST` event. Answer each request once, with the `user_id` of that event.',
      es: 'La solicitud de «Pedir unirse» (Ask to Join) que intentaste responder no es válida: lo más probable es que no haya ninguna solicitud pendiente de ese usuario o que ya se respondiera. Afecta a `SEND_ACTIVITY_JOIN_INVITE` y `CLOSE_ACTIVITY_JOIN_REQUEST`, que aceptan o rechazan una solicitud llegada como evento `ACTIVITY_JOIN_REQUEST`. Responde a cada solicitud una sola vez, con el `user_id` de ese evento.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Discord’s RPC documentation calls the rejecting command `CLOSE_ACTIVITY_REQUEST`, but Discord’s own discord-rpc library sends `CLOSE_ACTIVITY_JOIN_REQUEST`, the name the community documentation and discord-api-types also use; send that one.',
          es: 'La documentación de RPC de Discord llama `CLOSE_ACTIVITY_REQUEST` al comando que rechaza la solicitud, pero la propia biblioteca discord-rpc de Discord envía `CLOSE_ACTIVITY_JOIN_REQUEST`, el nombre que usan también la documentación de la comunidad y discord-api-types; envía ese.',
        },
      },
    ],
  },
  {
    code: 4_015,
    name: 'INVALID_ENTITLEMENT',
    nameEs: 'Derecho de acceso no válido',
    aliases: { es: ['entitlement no válido'] },
    source: 'community',
    description: {
      en: "The user lacks a valid entitlement for what the command needs, usually your application or one of its SKUs. `VALIDATE_APPLICATION`, for example, succeeds only if the user is entitled to the application's primary SKU. Check what the user owns with `GET_ENTITLEMENTS`, and offer the purchase (`START_PURCHASE`) if the entitlement is missing.",
      es: 'El usuario no tiene un derecho de acceso (entitlement) válido para lo que pide el comando, normalmente tu aplicación o uno de sus SKU. `VALIDATE_APPLICATION`, por ejemplo, solo tiene éxito si el usuario tiene derecho al SKU principal de la aplicación. Comprueba lo que posee el usuario con `GET_ENTITLEMENTS` y ofrécele la compra (`START_PURCHASE`) si le falta ese derecho.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'discord-api-types (0.38.57) gives `RPCErrorCodes.InvalidEntitlement` the value 4013, not 4015: it leaves out the lobby codes 4013, 4014 and 5007, so its later members are shifted. 4013 is a lobby code the community lists as no longer used. Compare the number the client sends with this table, not with that member.',
          es: 'discord-api-types (0.38.57) da a `RPCErrorCodes.InvalidEntitlement` el valor 4013, no 4015: omite los códigos de lobbies 4013, 4014 y 5007, y por eso sus miembros posteriores están desplazados. El 4013 es un código de lobbies que la comunidad da por abandonado. Compara el número que envía el cliente con esta tabla, no con ese miembro.',
        },
      },
    ],
  },
  {
    code: 4_016,
    name: 'INVALID_GIFT_CODE',
    nameEs: 'Código de regalo no válido',
    source: 'community',
    description: {
      en: "The gift code is not valid: it does not exist, has expired or has already been redeemed. It applies to `GIFT_CODE_BROWSER`, which opens a gift link in the client; that command needs the `rpc.private` scope, which only Discord's own origins get, so third-party apps rarely see this code.",
      es: 'El código de regalo no es válido: no existe, caducó o ya se canjeó. Se aplica a `GIFT_CODE_BROWSER`, que abre un enlace de regalo en el cliente; ese comando requiere el scope `rpc.private`, que solo reciben los orígenes de la propia Discord, así que las aplicaciones de terceros rara vez ven este código.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'discord-api-types (0.38.57) gives `RPCErrorCodes.InvalidGiftCode` the value 4014, not 4016: it leaves out the lobby codes 4013, 4014 and 5007, so its later members are shifted. 4014 is a lobby code the community lists as no longer used. Compare the number the client sends with this table, not with that member.',
          es: 'discord-api-types (0.38.57) da a `RPCErrorCodes.InvalidGiftCode` el valor 4014, no 4016: omite los códigos de lobbies 4013, 4014 y 5007, y por eso sus miembros posteriores están desplazados. El 4014 es un código de lobbies que la comunidad da por abandonado. Compara el número que envía el cliente con esta tabla, no con ese miembro.',
        },
      },
    ],
  },
  {
    code: 4_017,
    name: 'INVALID_GUILD_TEMPLATE',
    nameEs: 'Plantilla de servidor no válida',
    aliases: { en: ['Invalid server template'] },
    source: 'community',
    description: {
      en: "The guild template code is not valid: no template with that code exists, or it was deleted. It applies to `GUILD_TEMPLATE_BROWSER`, which opens a template link in the client and, like the gift browser, needs the `rpc.private` scope of Discord's own origins. Check the code, or ask the template's owner for a current link.",
      es: 'El código de la plantilla de servidor no es válido: no existe ninguna plantilla con ese código, o se eliminó. Se aplica a `GUILD_TEMPLATE_BROWSER`, que abre un enlace de plantilla en el cliente y, como el de los regalos, requiere el scope `rpc.private` de los orígenes de la propia Discord. Comprueba el código o pide a quien creó la plantilla un enlace vigente.',
    },
  },
  {
    code: 4_018,
    name: 'INVALID_SOUND',
    nameEs: 'Sonido no válido',
    aliases: { en: ['soundboard'], es: ['panel de sonidos'] },
    source: 'community',
    description: {
      en: "The soundboard sound you asked to play is not valid: no sound with that `sound_id` (and `guild_id`, for a guild's sound) is available to the user, or the user cannot play it where they are. Get the available sounds with `GET_SOUNDBOARD_SOUNDS` and pass IDs from that list to `PLAY_SOUNDBOARD_SOUND`.",
      es: 'El sonido del panel de sonidos (soundboard) que pediste reproducir no es válido: el usuario no tiene disponible ningún sonido con ese `sound_id` (y ese `guild_id`, si es de un servidor), o no puede reproducirlo donde está. Obtén los sonidos disponibles con `GET_SOUNDBOARD_SOUNDS` y pasa a `PLAY_SOUNDBOARD_SOUND` los ID de esa lista.',
    },
  },
  {
    code: 4_019,
    name: 'INVALID_PROVIDER',
    nameEs: 'Proveedor no válido',
    source: 'community',
    description: {
      en: "The connection provider you named (the `providerType` or `provider` argument: a connected service such as a music or gaming platform) is not one Discord accepts for this command. It concerns connection commands such as `CONNECTIONS_CALLBACK` and `GET_PROVIDER_ACCESS_TOKEN`, which are reserved for Discord's own origins and for specific partner applications. Use a connection type from Discord's list.",
      es: 'El proveedor de conexión que indicaste (el argumento `providerType` o `provider`: un servicio conectado, como una plataforma de música o de juegos) no es uno que Discord acepte para este comando. Afecta a comandos de conexiones como `CONNECTIONS_CALLBACK` y `GET_PROVIDER_ACCESS_TOKEN`, reservados a los orígenes de la propia Discord y a aplicaciones asociadas concretas. Usa un tipo de conexión de la lista de Discord.',
    },
  },
  {
    code: 4_020,
    name: 'INVALID_CONNECTION_CALLBACK_STATE',
    nameEs: 'Estado de la respuesta de conexión no válido',
    source: 'community',
    description: {
      en: "The `state` sent with `CONNECTIONS_CALLBACK` does not match a connection flow in progress: it is stale, was already used, or belongs to another attempt. `state` ties the provider's answer to the authorization that started it, so it cannot be reused; start the connection flow again to get a new one.",
      es: 'El `state` enviado con `CONNECTIONS_CALLBACK` no corresponde a ningún flujo de conexión en curso: está caducado, ya se usó o pertenece a otro intento. El `state` vincula la respuesta del proveedor con la autorización que la inició, así que no se puede reutilizar; vuelve a empezar el flujo de conexión para obtener uno nuevo.',
    },
  },
  {
    code: 4_021,
    name: 'BAD_REQUEST_FOR_PROVIDER',
    nameEs: 'Solicitud incorrecta para el proveedor',
    source: 'community',
    description: {
      en: "The request does not suit the connection provider involved, for example an authorization `code` or OpenID parameters that do not belong to that provider's flow. Check the arguments against what the provider returned, and start the flow again if the code has already been used.",
      es: 'La solicitud no encaja con el proveedor de conexión del que se trata, por ejemplo un `code` de autorización o unos parámetros de OpenID que no pertenecen al flujo de ese proveedor. Comprueba los argumentos con lo que devolvió el proveedor y, si el código ya se usó, vuelve a empezar el flujo.',
    },
  },
  {
    code: 5_000,
    name: 'OAuth2 error',
    nameEs: 'Error de OAuth2',
    description: {
      en: "The OAuth2 step of authorization failed. Read the OAuth2 error in the error's `data` (a standard OAuth2 error code such as `invalid_scope` or `access_denied`) and fix that cause before trying again.",
      es: 'Falló el paso de OAuth2 de la autorización. Lee el error de OAuth2 en el `data` del error (un código estándar de OAuth2, como `invalid_scope` o `access_denied`) y corrige esa causa antes de volver a intentarlo.',
    },
  },
  {
    code: 5_001,
    name: 'Select channel timed out',
    nameEs: 'Tiempo de espera agotado al seleccionar canal',
    description: {
      en: 'An asynchronous `SELECT_TEXT_CHANNEL` or `SELECT_VOICE_CHANNEL` (one sent with a `timeout` argument) did not finish in time. You can retry, perhaps with a longer `timeout`; if it keeps timing out, check that the channel exists and the user can join it.',
      es: 'Un `SELECT_TEXT_CHANNEL` o `SELECT_VOICE_CHANNEL` asíncrono (enviado con el argumento `timeout`) no terminó a tiempo. Puedes reintentarlo, quizá con un `timeout` mayor; si sigue agotándose, comprueba que el canal exista y que el usuario pueda entrar en él.',
    },
  },
  {
    code: 5_002,
    name: '`GET_GUILD` timed out',
    nameEs: 'Tiempo de espera agotado en `GET_GUILD`',
    description: {
      en: "An asynchronous `GET_GUILD` (one sent with a `timeout` argument) did not get the guild's data in time. Retry, with a longer `timeout` if needed.",
      es: 'Un `GET_GUILD` asíncrono (enviado con el argumento `timeout`) no obtuvo a tiempo los datos del servidor. Reintenta, con un `timeout` mayor si hace falta.',
    },
  },
  {
    code: 5_003,
    name: 'Select voice force required',
    nameEs: 'Se requiere forzar la selección de canal de voz',
    description: {
      en: "You tried to move the user into a voice channel with `SELECT_VOICE_CHANNEL` while they were already in one. Ask the user, and only if they agree to be moved, send the command again with `force: true`; Discord's docs say to use `force` only in that case.",
      es: 'Intentaste llevar al usuario a un canal de voz con `SELECT_VOICE_CHANNEL` cuando ya estaba en uno. Pregúntale y, solo si acepta que lo muevas, vuelve a enviar el comando con `force: true`; la documentación de Discord indica usar `force` únicamente en ese caso.',
    },
  },
  {
    code: 5_004,
    name: 'Capture shortcut already listening',
    nameEs: 'Ya hay una captura de atajo en curso',
    description: {
      en: 'You asked the client to capture a shortcut key while a capture was already in progress, and only one can run at a time. Wait for the current capture to end (or stop it) before starting another.',
      es: 'Pediste al cliente que capturara una combinación de teclas mientras ya había una captura en curso, y solo puede haber una a la vez. Espera a que termine la actual (o detenla) antes de iniciar otra.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Discord’s official table still lists 5004, but the community documentation strikes it through as no longer used, and its list of RPC commands has none that captures a shortcut.',
          es: 'La tabla oficial de Discord sigue incluyendo el 5004, pero la documentación de la comunidad lo tacha porque ya no se usa, y su lista de comandos RPC no tiene ninguno que capture una combinación de teclas.',
        },
      },
    ],
  },
  {
    code: 5_005,
    name: 'INVALID_ACTIVITY_SECRET',
    nameEs: 'Secreto de actividad no válido',
    aliases: { en: ['join secret'] },
    source: 'community',
    description: {
      en: 'The activity secret is not valid: the join or spectate secret being used does not match an activity the client knows about. Secrets are the values your app puts in `secrets.join` and `secrets.spectate` when it sets its Rich Presence with `SET_ACTIVITY`, and come back in `ACTIVITY_JOIN` and `ACTIVITY_SPECTATE` events. Keep them current and unique to each party, and update the presence whenever they change.',
      es: 'El secreto de la actividad no es válido: el secreto para unirse o para mirar que se está usando no corresponde a ninguna actividad que conozca el cliente. Los secretos son los valores que tu aplicación pone en `secrets.join` y `secrets.spectate` al fijar su Rich Presence con `SET_ACTIVITY`, y vuelven en los eventos `ACTIVITY_JOIN` y `ACTIVITY_SPECTATE`. Mantenlos al día y distintos para cada grupo, y actualiza la presencia cada vez que cambien.',
    },
  },
  {
    code: 5_006,
    name: 'NO_ELIGIBLE_ACTIVITY',
    nameEs: 'Ninguna actividad apta',
    source: 'community',
    description: {
      en: 'The command needs an activity that others can join, and the user has none that qualifies. The likely case is an activity invite (`ACTIVITY_INVITE_USER`, `SEND_ACTIVITY_JOIN_INVITE`) sent while your app has no Rich Presence with a party and a join secret. Set that activity with `SET_ACTIVITY` first, then send the invite again.',
      es: 'El comando necesita una actividad a la que otros puedan unirse, y el usuario no tiene ninguna que cumpla los requisitos. El caso probable es una invitación a una actividad (`ACTIVITY_INVITE_USER`, `SEND_ACTIVITY_JOIN_INVITE`) enviada cuando tu aplicación no tiene una Rich Presence con grupo (party) y secreto para unirse. Fija antes esa actividad con `SET_ACTIVITY` y luego vuelve a enviar la invitación.',
    },
  },
  {
    code: 5_008,
    name: 'PURCHASE_CANCELED',
    nameEs: 'Compra cancelada',
    aliases: { en: ['Purchase cancelled'] },
    source: 'community',
    description: {
      en: 'The user closed the purchase flow opened with `START_PURCHASE` (or `START_PREMIUM_PURCHASE`) without buying. It is not a malfunction: leave things as they were, let the user start the purchase again when they choose, and do not reopen the flow on your own.',
      es: 'El usuario cerró sin comprar el flujo de compra abierto con `START_PURCHASE` (o `START_PREMIUM_PURCHASE`). No es un fallo: deja todo como estaba, deja que el usuario vuelva a empezar la compra cuando quiera y no reabras el flujo por tu cuenta.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'discord-api-types (0.38.57) gives `RPCErrorCodes.PurchaseCanceled` the value 5007, not 5008: it leaves out the lobby codes 4013, 4014 and 5007, so its later members are shifted. 5007 is a lobby code the community lists as no longer used. Compare the number the client sends with this table, not with that member.',
          es: 'discord-api-types (0.38.57) da a `RPCErrorCodes.PurchaseCanceled` el valor 5007, no 5008: omite los códigos de lobbies 4013, 4014 y 5007, y por eso sus miembros posteriores están desplazados. El 5007 es un código de lobbies que la comunidad da por abandonado. Compara el número que envía el cliente con esta tabla, no con ese miembro.',
        },
      },
    ],
  },
  {
    code: 5_009,
    name: 'PURCHASE_ERROR',
    nameEs: 'Error en la compra',
    source: 'community',
    description: {
      en: "The purchase flow opened with `START_PURCHASE` (or `START_PREMIUM_PURCHASE`) failed: the payment did not go through, or the SKU cannot be bought. Read the error's `message`; before offering to try again, check with `GET_ENTITLEMENTS` that the user did not get the item anyway, and make sure the `sku_id` is one of your application's purchasable SKUs (`GET_SKUS`).",
      es: 'Falló el flujo de compra abierto con `START_PURCHASE` (o `START_PREMIUM_PURCHASE`): el pago no se completó o el SKU no se puede comprar. Lee el `message` del error; antes de ofrecer otro intento, comprueba con `GET_ENTITLEMENTS` que el usuario no obtuvo el artículo de todos modos, y asegúrate de que el `sku_id` es uno de los SKU que tu aplicación tiene a la venta (`GET_SKUS`).',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'discord-api-types (0.38.57) gives `RPCErrorCodes.PurchaseError` the value 5008, not 5009: it leaves out the lobby codes 4013, 4014 and 5007, so its later members are shifted. In that package, 5008 is another code of this table. Compare the number the client sends with this table, not with that member.',
          es: 'discord-api-types (0.38.57) da a `RPCErrorCodes.PurchaseError` el valor 5008, no 5009: omite los códigos de lobbies 4013, 4014 y 5007, y por eso sus miembros posteriores están desplazados. En ese paquete, el 5008 es otro código de esta tabla. Compara el número que envía el cliente con esta tabla, no con ese miembro.',
        },
      },
    ],
  },
  {
    code: 5_010,
    name: 'UNAUTHORIZED_FOR_ACHIEVEMENT',
    nameEs: 'Sin autorización para el logro',
    source: 'community',
    description: {
      en: "Your application is not allowed to update this achievement for the user, most likely because the achievement belongs to another application or cannot be updated from the client. Achievements were a feature of Discord's former Game SDK, and the community's list of RPC commands has none for them today, so you are unlikely to see this code; if you do, check the achievement's ID and which application owns it.",
      es: 'Tu aplicación no tiene permiso para actualizar este logro del usuario, lo más probable porque el logro pertenece a otra aplicación o no se puede actualizar desde el cliente. Los logros eran una función del antiguo Game SDK de Discord, y la lista de comandos RPC de la comunidad no incluye hoy ninguno para ellos, así que es poco probable que veas este código; si aparece, comprueba el ID del logro y a qué aplicación pertenece.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'discord-api-types (0.38.57) gives `RPCErrorCodes.UnauthorizedForAchievement` the value 5009, not 5010: it leaves out the lobby codes 4013, 4014 and 5007, so its later members are shifted. In that package, 5009 is another code of this table. Compare the number the client sends with this table, not with that member.',
          es: 'discord-api-types (0.38.57) da a `RPCErrorCodes.UnauthorizedForAchievement` el valor 5009, no 5010: omite los códigos de lobbies 4013, 4014 y 5007, y por eso sus miembros posteriores están desplazados. En ese paquete, el 5009 es otro código de esta tabla. Compara el número que envía el cliente con esta tabla, no con ese miembro.',
        },
      },
    ],
  },
  {
    code: 5_011,
    name: 'RATE_LIMITED',
    nameEs: 'Límite de solicitudes excedido',
    aliases: { es: ['rate limit'] },
    source: 'community',
    description: {
      en: 'You sent a command more often than the client allows, and this one was refused. Unlike RPC close code 4002, it answers a single command and the connection stays open: wait before sending that command again, wait longer each time it repeats, and pace frequent commands such as `SET_ACTIVITY` on your side.',
      es: 'Enviaste un comando más a menudo de lo que permite el cliente y este se rechazó por el límite de solicitudes (rate limit). A diferencia del código de cierre 4002 de RPC, responde a un solo comando y la conexión sigue abierta: espera antes de volver a enviar ese comando, alarga la espera cada vez que se repita y espacia en tu lado los comandos frecuentes, como `SET_ACTIVITY`.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'discord-api-types (0.38.57) gives `RPCErrorCodes.RateLimited` the value 5010, not 5011: it leaves out the lobby codes 4013, 4014 and 5007, so its later members are shifted. In that package, 5010 is another code of this table. Compare the number the client sends with this table, not with that member.',
          es: 'discord-api-types (0.38.57) da a `RPCErrorCodes.RateLimited` el valor 5010, no 5011: omite los códigos de lobbies 4013, 4014 y 5007, y por eso sus miembros posteriores están desplazados. En ese paquete, el 5010 es otro código de esta tabla. Compara el número que envía el cliente con esta tabla, no con ese miembro.',
        },
      },
    ],
  },
  {
    code: 5_012,
    name: 'UNAUTHORIZED_FOR_APPLICATION',
    nameEs: 'Sin autorización para la aplicación',
    source: 'community',
    description: {
      en: 'Your application is not allowed to use this command. Some RPC commands are locked to specific application IDs: the community documentation lists commands reserved for the Amazon Music integration (`GET_PROVIDER_ACCESS_TOKEN`, `MAYBE_GET_PROVIDER_ACCESS_TOKEN`, `NAVIGATE_TO_CONNECTIONS`) and one reserved for a single game (`SHARE_INTERACTION`), and calls from other applications most likely end here. Nothing on your side unlocks them; use commands that are open to your app.',
      es: 'Tu aplicación no tiene permiso para usar este comando. Algunos comandos RPC están limitados a ID de aplicación concretos: la documentación de la comunidad recoge comandos reservados a la integración de Amazon Music (`GET_PROVIDER_ACCESS_TOKEN`, `MAYBE_GET_PROVIDER_ACCESS_TOKEN`, `NAVIGATE_TO_CONNECTIONS`) y uno reservado a un solo juego (`SHARE_INTERACTION`), y lo más probable es que las llamadas de otras aplicaciones acaben aquí. Nada de lo que hagas los desbloquea; usa los comandos abiertos a tu aplicación.',
    },
  },
  {
    code: 5_013,
    name: 'NO_CONNECTION_FOUND',
    nameEs: 'No se encontró ninguna conexión',
    source: 'community',
    description: {
      en: "The user has no connected account for the provider the command asked about. The likely source is `MAYBE_GET_PROVIDER_ACCESS_TOKEN`, which tries to get an access token from an existing connection and, unlike `GET_PROVIDER_ACCESS_TOKEN`, does not open a window for the user to link the account. Ask the user to connect the account under Connections in Discord's settings, then try again.",
      es: 'El usuario no tiene ninguna cuenta conectada del proveedor por el que preguntaba el comando. La fuente probable es `MAYBE_GET_PROVIDER_ACCESS_TOKEN`, que intenta obtener un token de acceso de una conexión existente y, a diferencia de `GET_PROVIDER_ACCESS_TOKEN`, no abre una ventana para que el usuario vincule la cuenta. Pide al usuario que conecte la cuenta en Conexiones, en los ajustes de Discord, y vuelve a intentarlo.',
    },
  },
] as const satisfies readonly DiscordRpcCodeEntry[];
