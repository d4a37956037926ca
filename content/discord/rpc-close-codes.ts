/**
 * Close codes of Discord's local RPC server: the WebSocket close code, or the `code` of an IPC
 * `CLOSE` frame.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#rpc
 * @see https://discord.com/developers/docs/topics/rpc
 */
import type { DiscordRpcCodeEntry, TableMeta } from '../../src/schema/entries.ts';

export const meta = {
  title: {
    en: 'Discord RPC close codes',
    es: 'Códigos de cierre de RPC de Discord',
  },
  intro: {
    en: [
      'RPC is the local server the Discord desktop client runs so that apps on the same machine can control it. Apps reach it over IPC (a named pipe on Windows, a Unix socket elsewhere, named `discord-ipc-{n}`) or, for apps from the old private beta, over a WebSocket on `127.0.0.1`, ports 6463 to 6472. Access requires approval from Discord; until then, only the testers you list (up to 50) can use your app.',
      'These are the codes the RPC server closes a connection with: the WebSocket close code, or over IPC the `code` of the `CLOSE` frame (opcode 2), which also carries a `message`. The 4000 to 4005 codes concern the connection itself (who you are and how you connected), so reconnecting with the same parameters fails again: fix the cause first. The exception is a rate limit, where waiting is the fix. Do not confuse them with RPC error codes, which answer a single command and reuse some of the same numbers (1000, and 4000 to 4005) with different meanings, or with Gateway close codes.',
      "1000, 1003 and 1006 are WebSocket's own close codes (RFC 6455): a normal closure, data that cannot be accepted, and a connection that dropped without a close. Discord's RPC table leaves them out; the community documentation lists them as RPC close codes, and Discord's Embedded App SDK reference includes them in its `RPCCloseCodes`.",
    ],
    es: [
      'RPC es el servidor local que ejecuta el cliente de escritorio de Discord para que las aplicaciones del mismo equipo puedan controlarlo. Se accede a él por IPC (una canalización con nombre, o named pipe, en Windows y un socket Unix en los demás sistemas, llamados `discord-ipc-{n}`) o, en las aplicaciones de la antigua beta privada, por WebSocket en `127.0.0.1`, puertos 6463 a 6472. El acceso requiere la aprobación de Discord; mientras tanto, solo pueden usar tu aplicación los testers que añadas (hasta 50).',
      'Estos son los códigos con los que el servidor RPC cierra una conexión: el código de cierre del WebSocket o, por IPC, el `code` de la trama `CLOSE` (opcode 2), que también trae un `message`. Los códigos del 4000 al 4005 se refieren a la conexión en sí (quién eres y cómo te conectaste), por lo que reconectar con los mismos parámetros volverá a fallar: corrige antes la causa. La excepción es el límite de solicitudes (rate limit), que se resuelve esperando. No los confundas con los códigos de error de RPC, que responden a un solo comando y reutilizan algunos de estos números (el 1000 y del 4000 al 4005) con otro significado, ni con los códigos de cierre del Gateway.',
      'El 1000, el 1003 y el 1006 son códigos de cierre propios de WebSocket (el RFC 6455): un cierre normal, datos que no se pueden aceptar y una conexión que se cortó sin cierre. La tabla de RPC de Discord no los incluye; la documentación de la comunidad los recoge como códigos de cierre de RPC, y la referencia del Embedded App SDK de Discord los incluye en su `RPCCloseCodes`.',
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
      label: 'Discord Developer Docs: Embedded App SDK, RPCCloseCodes',
      url: 'https://discord.com/developers/docs/developer-tools/embedded-app-sdk#rpcclosecodes',
    },
    {
      label: 'Discord Userdoccers: RPC, RPC Close Codes (community)',
      url: 'https://docs.discord.food/topics/rpc#rpc-close-codes',
    },
    {
      label: 'RFC 6455, Section 7.4.1: Defined Status Codes',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
  ],
} as const satisfies TableMeta;

export const rpcCloseCodes = [
  {
    code: 1_000,
    name: 'CLOSE_NORMAL',
    nameEs: 'Cierre normal',
    aliases: { en: ['Normal closure'] },
    source: 'community',
    description: {
      en: "The connection was closed normally: nothing went wrong, and the close's `message` says why. The desktop client closes connected apps this way, for example when the user logs out of Discord, and an activity built with the Embedded App SDK can close itself with it (`discordSdk.close(RPCCloseCodes.CLOSE_NORMAL, …)`, the example in Discord's SDK reference). Reconnect only when your app needs the client again, for example after the user logs back in.",
      es: 'La conexión se cerró con normalidad: no ha fallado nada, y el `message` del cierre explica el motivo. El cliente de escritorio cierra así las aplicaciones conectadas, por ejemplo cuando el usuario cierra sesión en Discord, y una actividad creada con el Embedded App SDK puede cerrarse a sí misma con él (`discordSdk.close(RPCCloseCodes.CLOSE_NORMAL, …)`, el ejemplo de la referencia del SDK de Discord). Reconecta solo cuando tu aplicación vuelva a necesitar el cliente, por ejemplo después de que el usuario vuelva a iniciar sesión.',
    },
  },
  {
    code: 1_003,
    name: 'CLOSE_UNSUPPORTED',
    nameEs: 'Datos no admitidos',
    aliases: { en: ['Unsupported data'] },
    source: 'community',
    description: {
      en: 'The RPC server received data it cannot accept and closed the connection, typically a payload it could not decode in the connection’s encoding: text that is not valid JSON, or a binary frame on a `json` connection. 1003 is the WebSocket code for data of a type the endpoint cannot accept. Fix how you serialize and send payloads before reconnecting, or the same payload will close the connection again.',
      es: 'El servidor RPC recibió datos que no puede aceptar y cerró la conexión, normalmente un payload que no pudo decodificar con la codificación de la conexión: texto que no es JSON válido, o una trama binaria en una conexión `json`. El 1003 es el código de WebSocket para datos de un tipo que el extremo no puede aceptar. Corrige cómo serializas y envías los payloads antes de reconectar, o el mismo payload volverá a cerrar la conexión.',
    },
  },
  {
    code: 1_006,
    name: 'CLOSE_ABNORMAL',
    nameEs: 'Cierre anómalo',
    aliases: { en: ['Abnormal closure'] },
    source: 'community',
    description: {
      en: 'The connection ended abnormally, without a proper close. In WebSocket, 1006 never travels in a close frame: RFC 6455 reserves it for the endpoint to report that the connection dropped without one, for example because the Discord client quit or crashed, so your WebSocket library reports it itself. The community documentation lists it among the RPC close codes without saying when the RPC server uses it. Reconnect with backoff, and scan the ports (6463 to 6472) or pipes (`discord-ipc-0` to `discord-ipc-9`) again: a restarted client may be on a different one.',
      es: 'La conexión terminó de forma anómala, sin un cierre en regla. En WebSocket, el 1006 nunca viaja en una trama de cierre: el RFC 6455 lo reserva para que el propio extremo informe de que la conexión se cortó sin ella, por ejemplo porque el cliente de Discord se cerró o falló, así que es tu biblioteca de WebSocket la que lo notifica. La documentación de la comunidad lo incluye entre los códigos de cierre de RPC sin decir cuándo lo usa el servidor. Reconecta con backoff y vuelve a probar los puertos (del 6463 al 6472) o las canalizaciones (de `discord-ipc-0` a `discord-ipc-9`): un cliente reiniciado puede estar en otro distinto.',
    },
  },
  {
    code: 4_000,
    name: 'Invalid client ID',
    nameEs: 'ID de cliente no válido',
    description: {
      en: "The client ID you connected with is not valid: the `client_id` in the connection URL or in the IPC handshake must be your application's ID from the Developer Portal. Fix it before reconnecting; the same ID will be rejected again.",
      es: 'El client ID con el que te conectaste no es válido: el `client_id` de la URL de conexión o del handshake de IPC debe ser el ID de tu aplicación en el portal de desarrolladores. Corrígelo antes de reconectar; el mismo ID volverá a ser rechazado.',
    },
  },
  {
    code: 4_001,
    name: 'Invalid origin',
    nameEs: 'Origen no válido',
    description: {
      en: "The `Origin` header of your WebSocket connection does not match any RPC origin registered for your app, so the RPC server closed the connection right away (it checks the origin to prevent client ID spoofing). Register the origin in your app's settings, or send one that is already registered, then reconnect.",
      es: 'La cabecera `Origin` de tu conexión WebSocket no coincide con ninguno de los orígenes RPC registrados para tu aplicación, y el servidor cerró la conexión de inmediato (comprueba el origen para evitar la suplantación del client ID). Registra el origen en la configuración de tu aplicación, o envía uno que ya esté registrado, y luego reconecta.',
    },
  },
  {
    code: 4_002,
    name: 'Rate limited',
    nameEs: 'Límite de solicitudes excedido',
    aliases: { es: ['límite de velocidad'] },
    description: {
      en: 'You are being rate limited, and the RPC server closed the connection. Wait before reconnecting, wait longer each time it happens again, and send commands less often (for example, space out frequent `SET_ACTIVITY` updates).',
      es: 'Superaste el límite de solicitudes (rate limit) y el servidor cerró la conexión. Espera antes de reconectar, alarga la espera cada vez que se repita y envía comandos con menos frecuencia (por ejemplo, espacia las actualizaciones de `SET_ACTIVITY`).',
    },
  },
  {
    code: 4_003,
    name: 'Token revoked',
    nameEs: 'Token revocado',
    description: {
      en: "The OAuth2 token tied to this connection was revoked, for example because the user removed your app's authorization, and it cannot be used again. Reconnect and go through `AUTHORIZE` again (the user has to approve your app once more) to get a new token, then send it with `AUTHENTICATE`.",
      es: 'Se revocó el token de OAuth2 asociado a esta conexión, por ejemplo porque el usuario retiró la autorización a tu aplicación, y ya no sirve. Reconecta y vuelve a pasar por `AUTHORIZE` (el usuario tendrá que aprobar tu aplicación de nuevo) para obtener un token nuevo; luego envíalo con `AUTHENTICATE`.',
    },
  },
  {
    code: 4_004,
    name: 'Invalid version',
    nameEs: 'Versión no válida',
    description: {
      en: 'The RPC version you asked for (`v` in the connection URL or the IPC handshake) is not valid. Use `1`, the only version Discord documents.',
      es: 'La versión de RPC que pediste (`v` en la URL de conexión o en el handshake de IPC) no es válida. Usa `1`, la única versión que documenta Discord.',
    },
  },
  {
    code: 4_005,
    name: 'Invalid encoding',
    nameEs: 'Codificación no válida',
    description: {
      en: 'The `encoding` in the WebSocket connection URL is not one the RPC server supports. Use `json` or `etf`.',
      es: 'El `encoding` de la URL de conexión WebSocket no es uno de los que admite el servidor. Usa `json` o `etf`.',
    },
  },
] as const satisfies readonly DiscordRpcCodeEntry[];
