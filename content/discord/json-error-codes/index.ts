/**
 * Discord's JSON error codes: the `code` of a JSON error body. The entries are
 * split by range into the files beside this one; the groups below give the page
 * its table of contents.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 */
import type { DiscordJsonErrorEntry, TableMeta } from '../../../src/schema/entries.ts';
import type { CodeGroup } from '../../../src/tables/types.ts';
import { codes0To29999 } from './0-29999.ts';
import { codes30000To49999 } from './30000-49999.ts';
import { codes50000To59999 } from './50000-59999.ts';
import { codes60000To109999 } from './60000-109999.ts';
import { codes110000To299999 } from './110000-299999.ts';
import { codes300000To999999 } from './300000-999999.ts';

export const jsonErrorCodes: readonly DiscordJsonErrorEntry[] = [
  ...codes0To29999,
  ...codes30000To49999,
  ...codes50000To59999,
  ...codes60000To109999,
  ...codes110000To299999,
  ...codes300000To999999,
];

/** Ranges, in order; every code falls in exactly one (the build checks). */
export const groups = [
  { id: 'general', from: 0, to: 9_999, title: { en: 'General error', es: 'Error general' } },
  {
    id: '10xxx',
    from: 10_000,
    to: 19_999,
    title: { en: '10xxx: Unknown entities', es: '10xxx: Entidades desconocidas' },
  },
  {
    id: '20xxx',
    from: 20_000,
    to: 29_999,
    title: { en: '20xxx: Restricted actions', es: '20xxx: Acciones restringidas' },
  },
  {
    id: '30xxx',
    from: 30_000,
    to: 39_999,
    title: { en: '30xxx: Limits reached', es: '30xxx: Límites alcanzados' },
  },
  {
    id: '40xxx',
    from: 40_000,
    to: 49_999,
    title: { en: '40xxx: Disallowed actions', es: '40xxx: Acciones no permitidas' },
  },
  {
    id: '50xxx',
    from: 50_000,
    to: 59_999,
    title: { en: '50xxx: Validation and permissions', es: '50xxx: Validación y permisos' },
  },
  {
    id: '60xxx',
    from: 60_000,
    to: 69_999,
    title: { en: '60xxx: Multi-factor authentication', es: '60xxx: Autenticación multifactor' },
  },
  {
    id: '70xxx',
    from: 70_000,
    to: 79_999,
    title: { en: '70xxx: Phone numbers', es: '70xxx: Números de teléfono' },
  },
  {
    id: '80xxx',
    from: 80_000,
    to: 89_999,
    title: { en: '80xxx: Relationships (friends)', es: '80xxx: Relaciones (amigos)' },
  },
  {
    id: '90xxx',
    from: 90_000,
    to: 99_999,
    title: { en: '90xxx: Blocked actions', es: '90xxx: Acciones bloqueadas' },
  },
  { id: '100xxx', from: 100_000, to: 109_999, title: { en: '100xxx: Billing', es: '100xxx: Facturación' } },
  {
    id: '110xxx-140xxx',
    from: 110_000,
    to: 149_999,
    title: {
      en: '110xxx–140xxx: Pending resources, LFG, API resources, achievements',
      es: '110xxx–140xxx: Recursos pendientes, LFG, recursos de la API, logros',
    },
  },
  {
    id: '150xxx',
    from: 150_000,
    to: 159_999,
    title: {
      en: '150xxx: Join requests, Partner applications and Stages',
      es: '150xxx: Solicitudes para unirse, solicitudes de Partner y escenarios',
    },
  },
  {
    id: '160xxx',
    from: 160_000,
    to: 169_999,
    title: { en: '160xxx: Chat and thread limitations', es: '160xxx: Limitaciones de chat e hilos' },
  },
  {
    id: '170xxx',
    from: 170_000,
    to: 179_999,
    title: { en: '170xxx: Stickers', es: '170xxx: Stickers (pegatinas)' },
  },
  {
    id: '180xxx',
    from: 180_000,
    to: 189_999,
    title: {
      en: '180xxx: Scheduled events and verification',
      es: '180xxx: Eventos programados y verificación',
    },
  },
  {
    id: '190xxx',
    from: 190_000,
    to: 199_999,
    title: { en: '190xxx: Application verification', es: '190xxx: Verificación de aplicaciones' },
  },
  {
    id: '200xxx-240xxx',
    from: 200_000,
    to: 259_999,
    title: {
      en: '200xxx–240xxx: AutoMod, monetization, webhooks, Server Guide, harmful links',
      es: '200xxx–240xxx: AutoMod, monetización, webhooks, guía del servidor, enlaces dañinos',
    },
  },
  {
    id: '260xxx',
    from: 260_000,
    to: 269_999,
    title: { en: '260xxx: Drops and Quests', es: '260xxx: Drops y misiones (Quests)' },
  },
  {
    id: '270xxx-290xxx',
    from: 270_000,
    to: 299_999,
    title: {
      en: '270xxx–290xxx: Integrations, linked accounts, Family Center',
      es: '270xxx–290xxx: Integraciones, cuentas vinculadas, Centro familiar',
    },
  },
  {
    id: '300xxx-490xxx',
    from: 300_000,
    to: 499_999,
    title: {
      en: '300xxx–490xxx: Clyde, user limits, onboarding, invites, emoji, promotions',
      es: '300xxx–490xxx: Clyde, límites de usuario, onboarding, invitaciones, emojis, promociones',
    },
  },
  {
    id: '500xxx-520xxx',
    from: 500_000,
    to: 529_999,
    title: {
      en: '500xxx–520xxx: Bans, polls, reports, appeals',
      es: '500xxx–520xxx: Baneos, encuestas, reportes, apelaciones',
    },
  },
  { id: '530xxx', from: 530_000, to: 539_999, title: { en: '530xxx: Social SDK', es: '530xxx: SDK social' } },
  {
    id: '540xxx-590xxx',
    from: 540_000,
    to: 599_999,
    title: {
      en: '540xxx–590xxx: DAVE encryption, lobbies, voice, virtual currency',
      es: '540xxx–590xxx: Cifrado DAVE, lobbies, voz, moneda virtual',
    },
  },
  {
    id: '600xxx-up',
    from: 600_000,
    // One observed code is seven digits long (5250001, activity links).
    to: 9_999_999,
    title: {
      en: '600xxx and up: Account, discovery, Boosts, checkpoints, other features',
      es: '600xxx en adelante: Cuenta, descubrimiento, mejoras, checkpoints y otras funciones',
    },
  },
] as const satisfies readonly CodeGroup[];

export const meta = {
  title: { en: 'Discord JSON error codes', es: 'Códigos de error JSON de Discord' },
  intro: {
    en: [
      "Besides the HTTP status, Discord's API puts a more specific `code` and a human-readable `message` in the JSON body of most error responses; some also carry a nested `errors` object that points at the fields that failed. This page lists every code in Discord's official table and every code the community has observed in API responses, grouped by range.",
      'Codes marked "Community-documented" are not in Discord\'s official table: they come from real responses collected by the community, mostly for features of the official client, and may change without notice. Match on the numeric `code`, never on the `message`, which Discord rewords.',
      'A guild is what the Discord app calls a "server". The API, its IDs (`guild_id`) and its routes (`/guilds/…`) say guild, and so does this page; quoted messages keep their own wording, which uses both.',
    ],
    es: [
      'Además del estado HTTP, la API de Discord incluye en el cuerpo JSON de la mayoría de las respuestas de error un `code` más específico y un `message` legible; algunas traen también un objeto `errors` anidado que señala los campos que fallaron. Esta página recoge todos los códigos de la tabla oficial de Discord y todos los que la comunidad ha observado en respuestas de la API, agrupados por rango.',
      'Los códigos marcados como «Documentado por la comunidad» no figuran en la tabla oficial de Discord: provienen de respuestas reales recopiladas por la comunidad, sobre todo de funciones del cliente oficial, y pueden cambiar sin aviso. Compara siempre el `code` numérico, nunca el `message`, que Discord reformula.',
      'Lo que la app de Discord llama servidor es un guild en la API: así se llaman su objeto, sus IDs (`guild_id`) y sus rutas (`/guilds/…`). Esta página dice «servidor»; los mensajes citados conservan su redacción original, que usa ambos términos.',
    ],
  },
  sources: [
    {
      label: 'Discord Developer Docs: JSON error codes',
      url: 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#json',
    },
    { label: 'Discord Userdoccers: Errors', url: 'https://docs.discord.food/topics/errors' },
    {
      label: 'discord-api-types: RESTJSONErrorCodes',
      url: 'https://discord-api-types.dev/api/discord-api-types-v10/enum/RESTJSONErrorCodes',
    },
  ],
  sections: [
    {
      id: 'error-body',
      title: { en: 'The error body', es: 'El cuerpo de error' },
      body: {
        en: 'An error response has a JSON body with `code` (the number listed on this page) and `message`. With 50035 Invalid Form Body, and a few other validation errors, it adds `errors`: an object that mirrors the shape of your request. Each invalid field holds an `_errors` array of `{ code, message }` objects whose codes are strings such as `BASE_TYPE_REQUIRED` or `BASE_TYPE_MAX_LENGTH`; array items are keyed by their index. Walk the object to report exactly which field failed and why.',
        es: 'Una respuesta de error trae un cuerpo JSON con `code` (el número que aparece en esta página) y `message`. Con 50035 Invalid Form Body, y algunos otros errores de validación, añade `errors`: un objeto que reproduce la forma de tu solicitud. Cada campo inválido contiene un array `_errors` de objetos `{ code, message }` cuyos códigos son cadenas como `BASE_TYPE_REQUIRED` o `BASE_TYPE_MAX_LENGTH`; los elementos de un array aparecen con su índice como clave. Recorre el objeto para indicar exactamente qué campo falló y por qué.',
      },
      example: {
        language: 'json',
        code: `{
  "code": 50035,
  "message": "Invalid Form Body",
  "errors": {
    "embeds": {
      "0": {
        "title": {
          "_errors": [
            {
              "code": "BASE_TYPE_MAX_LENGTH",
              "message": "Must be 256 or fewer in length."
            }
          ]
        }
      }
    },
    "content": {
      "_errors": [
        { "code": "BASE_TYPE_REQUIRED", "message": "This field is required" }
      ]
    }
  }
}`,
      },
    },
  ],
} as const satisfies TableMeta;
