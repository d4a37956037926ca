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
      'These are the codes the RPC server closes a connection with: the WebSocket close code, or over IPC the `code` of the `CLOSE` frame (opcode 2), which also carries a `message`. They concern the connection itself (who you are and how you connected), so reconnecting with the same parameters fails again: fix the cause first. The exception is a rate limit, where waiting is the fix. Do not confuse them with RPC error codes, which answer a single command and reuse some of the same numbers (4000 to 4005) with different meanings, or with Gateway close codes.',
    ],
    es: [
      'RPC es el servidor local que ejecuta el cliente de escritorio de Discord para que las aplicaciones del mismo equipo puedan controlarlo. Se accede a él por IPC (una canalización con nombre, o named pipe, en Windows y un socket Unix en los demás sistemas, llamados `discord-ipc-{n}`) o, en las aplicaciones de la antigua beta privada, por WebSocket en `127.0.0.1`, puertos 6463 a 6472. El acceso requiere la aprobación de Discord; mientras tanto, solo pueden usar tu aplicación los testers que añadas (hasta 50).',
      'Estos son los códigos con los que el servidor RPC cierra una conexión: el código de cierre del WebSocket o, por IPC, el `code` de la trama `CLOSE` (opcode 2), que también trae un `message`. Se refieren a la conexión en sí (quién eres y cómo te conectaste), por lo que reconectar con los mismos parámetros volverá a fallar: corrige antes la causa. La excepción es el límite de solicitudes (rate limit), que se resuelve esperando. No los confundas con los códigos de error de RPC, que responden a un solo comando y reutilizan algunos de estos números (del 4000 al 4005) con otro significado, ni con los códigos de cierre del Gateway.',
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
} as const satisfies TableMeta;

export const rpcCloseCodes = [
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
      en: "The `Origin` header of your WebSocket connection does not match any RPC origin registered for your app, so the server closed the connection right away (it checks the origin to prevent client ID spoofing). Register the origin in your app's settings, or send one that is already registered, then reconnect.",
      es: 'La cabecera `Origin` de tu conexión WebSocket no coincide con ninguno de los orígenes RPC registrados para tu aplicación, y el servidor cerró la conexión de inmediato (comprueba el origen para evitar la suplantación del client ID). Registra el origen en la configuración de tu aplicación, o envía uno que ya esté registrado, y luego reconecta.',
    },
  },
  {
    code: 4_002,
    name: 'Rate limited',
    nameEs: 'Límite de solicitudes excedido',
    aliases: { es: ['límite de velocidad'] },
    description: {
      en: 'You are being rate limited, and the server closed the connection. Wait before reconnecting, wait longer each time it happens again, and send commands less often (for example, space out frequent `SET_ACTIVITY` updates).',
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
      en: 'The `encoding` in the WebSocket connection URL is not one the server supports. Use `json` or `etf`.',
      es: 'El `encoding` de la URL de conexión WebSocket no es uno de los que admite el servidor. Usa `json` o `etf`.',
    },
  },
] as const satisfies readonly DiscordRpcCodeEntry[];
