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
      'When a command fails, the server answers it with an `ERROR` event carrying one of these codes. An error answers a single command; when the server ends the connection, it uses an RPC close code instead. The two sets reuse some of the same numbers (4000 to 4005) with different meanings, and neither has anything to do with Gateway close codes.',
    ],
    es: [
      'RPC es el servidor local que ejecuta el cliente de escritorio de Discord para que las aplicaciones del mismo equipo puedan controlarlo. Se accede a él por IPC (una canalización con nombre, o named pipe, en Windows y un socket Unix en los demás sistemas, llamados `discord-ipc-{n}`) o, en las aplicaciones de la antigua beta privada, por WebSocket en `127.0.0.1`, puertos 6463 a 6472. El acceso requiere la aprobación de Discord; mientras tanto, solo pueden usar tu aplicación los testers que añadas (hasta 50).',
      'Cuando un comando falla, el servidor le responde con un evento `ERROR` que lleva uno de estos códigos. Un error responde a un solo comando; cuando el servidor cierra la conexión, usa en cambio un código de cierre de RPC. Ambas tablas reutilizan algunos números (del 4000 al 4005) con significados distintos, y ninguna tiene que ver con los códigos de cierre del Gateway.',
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
    code: 4_000,
    name: 'Invalid payload',
    nameEs: 'Payload no válido',
    description: {
      en: 'The server could not make sense of what you sent: invalid JSON, or a payload without the expected structure (`cmd`, `args`, `nonce` and, for subscriptions, `evt`). Fix the payload; resending it unchanged fails the same way.',
      es: 'El servidor no pudo interpretar lo que enviaste: JSON no válido o un payload sin la estructura esperada (`cmd`, `args`, `nonce` y, en las suscripciones, `evt`). Corrige el payload; si lo reenvías sin cambios, fallará igual.',
    },
  },
  {
    code: 4_002,
    name: 'Invalid command',
    nameEs: 'Comando no válido',
    description: {
      en: 'The `cmd` field is not a command the server recognizes. Check its spelling and case against the list of RPC commands (`GET_GUILD`, `SET_ACTIVITY`, `SELECT_VOICE_CHANNEL`…).',
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
      en: 'The `evt` of your `SUBSCRIBE` or `UNSUBSCRIBE` is not an event the server knows. Check the name against the list of RPC events, and make sure you sent it in `evt`, not inside `args`.',
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
      en: "The user ID you passed is not valid, for example the `user_id` of `SET_USER_VOICE_SETTINGS`, `SEND_ACTIVITY_JOIN_INVITE` or `CLOSE_ACTIVITY_REQUEST`. Check that it is the right user's ID, sent as a string.",
      es: 'El ID de usuario que enviaste no es válido, por ejemplo el `user_id` de `SET_USER_VOICE_SETTINGS`, `SEND_ACTIVITY_JOIN_INVITE` o `CLOSE_ACTIVITY_REQUEST`. Comprueba que sea el ID del usuario correcto y que lo envías como cadena.',
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
  },
] as const satisfies readonly DiscordRpcCodeEntry[];
