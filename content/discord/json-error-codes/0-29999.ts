/**
 * Discord JSON error codes 0–29999: the `code` in the JSON body of a failed REST request, e.g.
 * `{"message": "Unknown Channel", "code": 10003}`. General errors (0), unknown entities (10xxx)
 * and restrictions (20xxx).
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 * @see https://docs.discord.food/topics/errors
 */
import type { DiscordJsonErrorEntry } from '../../../src/schema/entries.ts';

export const codes0To29999 = [
  {
    code: 0,
    name: 'General error (such as a malformed request body, amongst other things)',
    nameEs: 'Error general (como un cuerpo de solicitud mal formado, entre otras cosas)',
    source: 'official',
    description: {
      en: 'A catch-all code: Discord rejected the request and has no more specific code for the problem, typically a malformed body (invalid JSON, wrong field types). Read `message` and any `errors` object to see what was rejected, then fix the request; sending it again unchanged will fail the same way.',
      es: 'Código comodín: Discord rechazó la solicitud y no tiene un código más concreto para el problema; lo habitual es un cuerpo mal formado (JSON no válido, tipos de campo incorrectos). Lee `message` y, si viene, el objeto `errors` para ver qué se rechazó, y corrige la solicitud: reenviarla sin cambios fallará igual.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'Code `0` also accompanies plain HTTP errors whose `message` is just the status line, such as `401: Unauthorized` (missing or invalid `Authorization` header) or `404: Not Found` (a route that does not exist). For those, act on the HTTP status, not on the code.',
          es: 'El código `0` también acompaña a errores HTTP simples cuyo `message` es solo la línea de estado, como `401: Unauthorized` (cabecera `Authorization` ausente o no válida) o `404: Not Found` (una ruta que no existe). En esos casos, guíate por el estado HTTP y no por el código.',
        },
      },
    ],
  },
  {
    code: 10_001,
    name: 'Unknown account',
    nameEs: 'Cuenta desconocida',
    source: 'both',
    description: {
      en: 'No account matches the one the request refers to: the ID is wrong or the account no longer exists. Check the identifier you are sending; repeating the request unchanged will fail the same way.',
      es: 'Ninguna cuenta coincide con la indicada en la solicitud: el ID es incorrecto o la cuenta ya no existe. Revisa el identificador que envías; repetir la solicitud sin cambios fallará igual.',
    },
  },
  {
    code: 10_002,
    name: 'Unknown application',
    nameEs: 'Aplicación desconocida',
    source: 'both',
    description: {
      en: "No application with that ID exists, or your token cannot see it. The usual culprit is the application ID in a path such as `/applications/{application.id}/commands`: copy it from the Developer Portal (General Information) rather than assuming it; on older bots it is not always the same as the bot's user ID.",
      es: 'No existe ninguna aplicación con ese ID o tu token no puede verla. Lo más habitual es un ID de aplicación incorrecto en rutas como `/applications/{application.id}/commands`: cópialo del portal de desarrolladores (General Information) en lugar de suponerlo; en bots antiguos no siempre coincide con el ID de usuario del bot.',
    },
  },
  {
    code: 10_003,
    name: 'Unknown channel',
    nameEs: 'Canal desconocido',
    source: 'both',
    description: {
      en: 'The API knows no channel with that ID: it was deleted, the ID is wrong, or it belongs to something else (a guild, user or message ID passed by mistake). To message a user, first open a DM channel with `POST /users/@me/channels` and use the channel ID it returns, not the user ID. If the channel exists but your bot cannot view it, you will usually get `50001 Missing access` instead.',
      es: 'La API no conoce ningún canal con ese ID: se eliminó, el ID es incorrecto o corresponde a otra cosa (un ID de servidor, de usuario o de mensaje pasado por error). Para escribir a un usuario, abre primero un canal de MD con `POST /users/@me/channels` y usa el ID de canal que devuelve, no el del usuario. Si el canal existe pero tu bot no puede verlo, lo normal es recibir `50001 Missing access`.',
    },
  },
  {
    code: 10_004,
    name: 'Unknown guild',
    nameEs: 'Servidor desconocido',
    aliases: { es: ['gremio desconocido'] },
    source: 'both',
    description: {
      en: 'No guild with that ID is visible to your token: the ID is wrong (mixing it up with a channel or user ID is common), the guild was deleted, or your bot is no longer a member. Check the ID and that the bot is still in the guild; handle `GUILD_DELETE` events without `unavailable: true` by dropping that guild from your data. Retrying will not help.',
      es: 'Tu token no ve ningún servidor con ese ID: el ID es incorrecto (confundirlo con un ID de canal o de usuario es frecuente), el servidor se eliminó o tu bot ya no es miembro. Comprueba el ID y que el bot siga en el servidor; cuando llegue un evento `GUILD_DELETE` sin `unavailable: true`, elimina ese servidor de tus datos. Reintentar no servirá.',
    },
  },
  {
    code: 10_005,
    name: 'Unknown integration',
    nameEs: 'Integración desconocida',
    source: 'both',
    description: {
      en: "The integration ID does not exist in this guild, usually because the integration was removed (a Twitch or YouTube subscription integration, or an app whose authorization was revoked). Fetch the guild's current integrations and use an ID from that list.",
      es: 'El ID de integración no existe en este servidor, normalmente porque la integración se eliminó (una integración de suscripciones de Twitch o YouTube, o una aplicación a la que se retiró la autorización). Obtén la lista actual de integraciones del servidor y usa un ID de ella.',
    },
  },
  {
    code: 10_006,
    name: 'Unknown invite',
    nameEs: 'Invitación desconocida',
    source: 'both',
    description: {
      en: 'The invite code does not exist: it expired (`max_age`), ran out of uses (`max_uses`), was revoked or is mistyped. Send only the code (`abc123`, not the full `discord.gg` URL) and create a new invite if the old one is gone.',
      es: 'El código de invitación no existe: caducó (`max_age`), agotó sus usos (`max_uses`), se revocó o está mal escrito. Envía solo el código (`abc123`, no la URL completa de `discord.gg`) y crea una invitación nueva si la anterior ya no existe.',
    },
  },
  {
    code: 10_007,
    name: 'Unknown member',
    nameEs: 'Miembro desconocido',
    source: 'both',
    description: {
      en: 'The user is not a member of this guild: they left, were kicked or banned, or the ID is not a user ID. Treat it as "no longer in the guild" (skip the role change, clean up your records) instead of retrying.',
      es: 'El usuario no es miembro de este servidor: se fue, lo expulsaron o lo banearon, o el ID no es de un usuario. Trátalo como «ya no está en el servidor» (omite el cambio de roles, limpia tus registros) en lugar de reintentar.',
    },
  },
  {
    code: 10_008,
    name: 'Unknown message',
    nameEs: 'Mensaje desconocido',
    source: 'both',
    description: {
      en: "No message with that ID exists in the channel named in the path: it was deleted (often by a moderator or another bot first), the channel and message IDs do not belong together, or it is an ephemeral message, which channel endpoints cannot reach. If you were deleting it, count it as done; ephemeral interaction responses are edited or deleted through the interaction's webhook endpoints.",
      es: 'No hay ningún mensaje con ese ID en el canal indicado en la ruta: se eliminó (a menudo un moderador u otro bot lo borró antes), el ID de canal y el de mensaje no corresponden, o es un mensaje efímero, al que los endpoints de canal no llegan. Si querías borrarlo, dalo por hecho; las respuestas efímeras a interacciones se editan o eliminan con los endpoints de webhook de la interacción.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'Check the HTTP status. A 404 with this code is the missing message described above, but a 403 Forbidden with it is something else: the community documentation warns that it means Discord’s anti-abuse systems blocked the request, for reasons that can concern the request or the account, despite the message “Unknown Message”. Blocked requests can also come back with other codes that make no sense in context. Do not retry a blocked request in a loop: slow down and review what the account is doing.',
          es: 'Mira el estado HTTP. Un 404 con este código es el mensaje inexistente que se describe arriba, pero un 403 Forbidden con él es otra cosa: la documentación de la comunidad advierte de que significa que los sistemas antiabuso de Discord bloquearon la solicitud, por motivos que pueden tener que ver con la solicitud o con la cuenta, aunque el mensaje diga «Unknown Message». Las solicitudes bloqueadas también pueden volver con otros códigos que no tienen sentido en ese contexto. No reintentes en bucle una solicitud bloqueada: baja el ritmo y revisa lo que está haciendo la cuenta.',
        },
      },
    ],
  },
  {
    code: 10_009,
    name: 'Unknown permission overwrite',
    nameEs: 'Sobrescritura de permisos desconocida',
    source: 'both',
    description: {
      en: "The channel has no permission overwrite for that role or user ID, so there is nothing to read or delete. Check the channel's `permission_overwrites` first; if you were removing the overwrite, it is already gone.",
      es: 'El canal no tiene ninguna sobrescritura de permisos para ese ID de rol o de usuario: no hay nada que consultar ni eliminar. Revisa antes `permission_overwrites` del canal; si querías quitar la sobrescritura, ya no existe.',
    },
  },
  {
    code: 10_010,
    name: 'Unknown provider',
    nameEs: 'Proveedor desconocido',
    source: 'both',
    description: {
      en: 'The request names an external provider (the third-party service behind a connection or integration) that Discord does not recognize. Check the provider or type value you send; bots rarely run into this.',
      es: 'La solicitud indica un proveedor externo (el servicio de terceros que hay detrás de una conexión o integración) que Discord no reconoce. Revisa el valor de proveedor o de tipo que envías; es raro que un bot se tope con esto.',
    },
  },
  {
    code: 10_011,
    name: 'Unknown role',
    nameEs: 'Rol desconocido',
    source: 'both',
    description: {
      en: "No role with that ID exists in this guild: it was deleted, or the ID comes from another guild. Re-fetch the guild's roles instead of relying on cached or hard-coded IDs; note that the `@everyone` role's ID is the guild ID.",
      es: 'En este servidor no existe ningún rol con ese ID: se eliminó o el ID es de otro servidor. Vuelve a obtener los roles del servidor en vez de fiarte de IDs en caché o escritos a mano; ten en cuenta que el ID del rol `@everyone` es el mismo que el del servidor.',
    },
  },
  {
    code: 10_012,
    name: 'Unknown token',
    nameEs: 'Token desconocido',
    source: 'both',
    description: {
      en: 'A token passed in the request is not recognized; it may have expired, been revoked or already been used. This is not about the `Authorization` header, which fails with `401 Unauthorized` instead. Obtain a fresh token; retrying with the same one will not work.',
      es: 'No se reconoce un token enviado en la solicitud; puede haber caducado, haberse revocado o haberse usado ya. No se trata de la cabecera `Authorization`, que falla con `401 Unauthorized`. Consigue un token nuevo; reintentar con el mismo no funcionará.',
    },
  },
  {
    code: 10_013,
    name: 'Unknown user',
    nameEs: 'Usuario desconocido',
    source: 'both',
    description: {
      en: 'No user with that ID exists. Most often the value is not a user ID at all (a channel, role or message ID passed by mistake) or it was corrupted, for instance by parsing a snowflake as a JavaScript number and losing precision. Check where the ID came from; retrying will not help.',
      es: 'No existe ningún usuario con ese ID. Casi siempre el valor no es un ID de usuario (un ID de canal, de rol o de mensaje pasado por error) o se ha corrompido, por ejemplo al convertir un snowflake en un número de JavaScript y perder precisión. Revisa de dónde sale el ID; reintentar no servirá.',
    },
  },
  {
    code: 10_014,
    name: 'Unknown emoji',
    nameEs: 'Emoji desconocido',
    source: 'both',
    description: {
      en: 'The emoji does not exist or is not usable here, for example a deleted custom emoji or one from a guild your bot is not in. For reactions, send custom emoji as `name:id` (URL-encoded) and Unicode emoji as the character itself.',
      es: 'El emoji no existe o no se puede usar aquí, por ejemplo un emoji personalizado que se eliminó o uno de un servidor en el que no está tu bot. En las reacciones, envía los emojis personalizados como `name:id` (codificado para URL) y los Unicode como el propio carácter.',
    },
  },
  {
    code: 10_015,
    name: 'Unknown webhook',
    nameEs: 'Webhook desconocido',
    source: 'both',
    description: {
      en: 'The webhook does not exist, usually because someone deleted it (a wrong token gives `50027 Invalid webhook token provided` instead). Stop using the stored URL and create a new webhook. Interaction follow-ups also fail this way once the interaction token has expired, 15 minutes after the interaction.',
      es: 'El webhook no existe, normalmente porque alguien lo eliminó (un token incorrecto da `50027 Invalid webhook token provided`). Deja de usar la URL guardada y crea un webhook nuevo. Los mensajes de seguimiento (follow-ups) de una interacción también fallan así cuando su token ha caducado, 15 minutos después de la interacción.',
    },
  },
  {
    code: 10_016,
    name: 'Unknown webhook service',
    nameEs: 'Servicio de webhook desconocido',
    source: 'both',
    description: {
      en: 'Discord does not recognize the webhook service in the request. The only service-style endpoints Discord documents are the Slack- and GitHub-compatible ones (`/slack` and `/github` appended to a webhook URL), so check that suffix, or execute the webhook normally.',
      es: 'Discord no reconoce el servicio de webhook de la solicitud. Los únicos endpoints de este tipo que documenta Discord son los compatibles con Slack y GitHub (`/slack` y `/github` añadidos a la URL del webhook); revisa ese sufijo o ejecuta el webhook de la forma normal.',
    },
  },
  {
    code: 10_017,
    name: 'Unknown Connection',
    nameEs: 'Conexión desconocida',
    source: 'observed',
    description: {
      en: 'The account connection (a linked Twitch, YouTube, Steam… account) does not exist on this user, usually because it was removed. It comes from the user-account connection endpoints the official client uses; a bot will rarely see it.',
      es: 'La conexión de cuenta (una cuenta vinculada de Twitch, YouTube, Steam…) no existe en este usuario, normalmente porque se eliminó. Procede de los endpoints de conexiones que usa el cliente oficial con cuentas de usuario; un bot rara vez lo verá.',
    },
  },
  {
    code: 10_018,
    name: 'Unknown Experiment',
    nameEs: 'Experimento desconocido',
    source: 'observed',
    description: {
      en: "The experiment (Discord's internal system of feature flags and A/B tests) does not exist or has ended. Only the official client deals with experiments; a bot has nothing to do here.",
      es: 'El experimento (el sistema interno de Discord de flags de funciones y pruebas A/B) no existe o ya ha terminado. Solo el cliente oficial trabaja con experimentos; un bot no tiene nada que hacer aquí.',
    },
  },
  {
    code: 10_020,
    name: 'Unknown session',
    nameEs: 'Sesión desconocida',
    source: 'both',
    description: {
      en: 'The session the request refers to does not exist or is no longer active. Use a current session ID; retrying with the old one fails the same way.',
      es: 'La sesión a la que se refiere la solicitud no existe o ya no está activa. Usa un ID de sesión vigente; reintentar con el antiguo falla igual.',
    },
  },
  {
    code: 10_021,
    name: 'Unknown Asset',
    nameEs: 'Recurso desconocido',
    source: 'both',
    description: {
      en: "The asset does not exist, for example an application asset (the art uploaded for Rich Presence) that was deleted. Check the application's assets in the Developer Portal and use a current key or ID.",
      es: 'El recurso (asset) no existe, por ejemplo un recurso de la aplicación (las imágenes subidas para Rich Presence) que se eliminó. Revisa los recursos de la aplicación en el portal de desarrolladores y usa una clave o un ID vigentes.',
    },
  },
  {
    code: 10_023,
    name: 'Unknown approval form',
    nameEs: 'Formulario de aprobación desconocido',
    source: 'observed',
    description: {
      en: 'The approval form referred to does not exist. It belongs to a review workflow of the official client that the public API does not document; bots should not run into it.',
      es: 'El formulario de aprobación indicado no existe. Forma parte de un proceso de revisión del cliente oficial que la API pública no documenta; un bot no debería encontrárselo.',
    },
  },
  {
    code: 10_026,
    name: 'Unknown ban',
    nameEs: 'Baneo desconocido',
    source: 'both',
    description: {
      en: 'The user is not banned from this guild, so there is no ban to fetch or lift. If you were unbanning them, the result is already what you wanted.',
      es: 'El usuario no está baneado en este servidor y, por tanto, no hay ningún ban que consultar ni que retirar. Si querías desbanearlo, el resultado ya es el que buscabas.',
    },
  },
  {
    code: 10_027,
    name: 'Unknown SKU',
    nameEs: 'SKU desconocido',
    source: 'both',
    description: {
      en: 'No SKU with that ID exists for this application. Copy SKU IDs from the Developer Portal (Monetization) or list them with `GET /applications/{application.id}/skus`; an SKU of another application is not valid here.',
      es: 'No existe ningún SKU con ese ID para esta aplicación. Copia los IDs de SKU del portal de desarrolladores (Monetization) u obtenlos con `GET /applications/{application.id}/skus`; un SKU de otra aplicación no vale aquí.',
    },
  },
  {
    code: 10_028,
    name: 'Unknown Store Listing',
    nameEs: 'Ficha de tienda desconocida',
    source: 'both',
    description: {
      en: "The store listing does not exist. Store listings come from Discord's original game store and are not part of the API bots use, so a bot should not see this.",
      es: 'La ficha de tienda (store listing) no existe. Las fichas proceden de la tienda de juegos original de Discord y no forman parte de la API que usan los bots: un bot no debería verlo.',
    },
  },
  {
    code: 10_029,
    name: 'Unknown entitlement',
    nameEs: 'Entitlement desconocido',
    source: 'both',
    description: {
      en: 'No entitlement with that ID exists for this application, or it was deleted (a test entitlement you removed, for instance). List current entitlements with `GET /applications/{application.id}/entitlements` before consuming or deleting one.',
      es: 'No existe ningún entitlement (derecho de acceso) con ese ID para esta aplicación, o se eliminó (por ejemplo, uno de prueba que borraste). Obtén los entitlements vigentes con `GET /applications/{application.id}/entitlements` antes de consumir o eliminar alguno.',
    },
  },
  {
    code: 10_030,
    name: 'Unknown build',
    nameEs: 'Build desconocida',
    source: 'both',
    description: {
      en: "The build does not exist. Builds are game versions uploaded with Dispatch, the distribution tool of Discord's game store; today's bots and apps do not use them.",
      es: 'La build no existe. Las builds son versiones de un juego subidas con Dispatch, la herramienta de distribución de la tienda de juegos de Discord; los bots y aplicaciones actuales no las usan.',
    },
  },
  {
    code: 10_031,
    name: 'Unknown lobby',
    nameEs: 'Lobby desconocido',
    source: 'both',
    description: {
      en: "The lobby does not exist or is gone, for example because it was deleted. Lobbies belong to Discord's SDK for games (the Social SDK, formerly the Game SDK); look the lobby up or create it again before acting on it.",
      es: 'El lobby no existe o ya no está, por ejemplo porque se eliminó. Los lobbies pertenecen al SDK de Discord para juegos (el Social SDK, antes Game SDK); vuelve a buscarlo o a crearlo antes de operar sobre él.',
    },
  },
  {
    code: 10_032,
    name: 'Unknown branch',
    nameEs: 'Rama desconocida',
    source: 'both',
    description: {
      en: 'The application branch does not exist. Branches are release channels for game builds managed with Dispatch; this has nothing to do with bots.',
      es: 'La rama (branch) de la aplicación no existe. Las ramas son canales de publicación de builds de juegos gestionados con Dispatch; no tiene nada que ver con los bots.',
    },
  },
  {
    code: 10_033,
    name: 'Unknown store directory layout',
    nameEs: 'Diseño de directorio de la tienda desconocido',
    source: 'both',
    description: {
      en: "The store directory layout referred to does not exist. It is part of the game store's storefront configuration, not of the bot API, so there is nothing to fix in a bot.",
      es: 'El diseño de directorio de la tienda indicado no existe. Es parte de la configuración del escaparate de la tienda de juegos, no de la API de bots; en un bot no hay nada que corregir.',
    },
  },
  {
    code: 10_035,
    name: 'Unknown Price Tier',
    nameEs: 'Nivel de precio desconocido',
    source: 'observed',
    description: {
      en: 'The price tier does not exist. Price tiers are the predefined price points for store SKUs; choose one of the tiers on offer. Bots do not normally touch this.',
      es: 'El nivel de precio no existe. Los niveles de precio son los importes predefinidos para los SKU de la tienda; elige uno de los disponibles. Los bots no suelen tocar esto.',
    },
  },
  {
    code: 10_036,
    name: 'Unknown redistributable',
    nameEs: 'Redistribuible desconocido',
    source: 'both',
    description: {
      en: 'The redistributable (a dependency, such as a runtime installer, shipped with a game build) does not exist. It belongs to the Dispatch game-distribution tooling and does not apply to bots.',
      es: 'El redistribuible (una dependencia, como el instalador de un runtime, que acompaña a la build de un juego) no existe. Pertenece a las herramientas de distribución de juegos de Dispatch y no afecta a los bots.',
    },
  },
  {
    code: 10_038,
    name: 'Unknown gift code',
    nameEs: 'Código de regalo desconocido',
    source: 'both',
    description: {
      en: 'The gift code does not exist; usually it is mistyped or has been revoked. Gift codes (Nitro or store gifts) concern user accounts, and retrying will not change the answer, so check the code itself.',
      es: 'El código de regalo no existe; lo normal es que esté mal escrito o se haya revocado. Los códigos de regalo (de Nitro o de la tienda) atañen a cuentas de usuario y reintentar no cambiará la respuesta: revisa el propio código.',
    },
  },
  {
    code: 10_039,
    name: 'Unknown Team',
    nameEs: 'Equipo desconocido',
    source: 'observed',
    description: {
      en: 'The developer team does not exist, or your account cannot see it. Teams are managed in the Developer Portal; check the team ID there.',
      es: 'El equipo de desarrollo no existe o tu cuenta no puede verlo. Los equipos se gestionan en el portal de desarrolladores; comprueba allí el ID del equipo.',
    },
  },
  {
    code: 10_040,
    name: 'Unknown Team Member',
    nameEs: 'Miembro del equipo desconocido',
    source: 'observed',
    description: {
      en: "The user is not a member of that developer team, perhaps because they were removed or never accepted the invitation. Check the team's member list in the Developer Portal.",
      es: 'El usuario no es miembro de ese equipo de desarrollo, quizá porque lo quitaron o nunca aceptó la invitación. Revisa la lista de miembros del equipo en el portal de desarrolladores.',
    },
  },
  {
    code: 10_041,
    name: 'Unknown Company',
    nameEs: 'Empresa desconocida',
    source: 'observed',
    description: {
      en: 'The company (the developer or publisher attached to an application or store listing) does not exist. This belongs to store and Developer Portal configuration, well outside what bots do.',
      es: 'La empresa (el desarrollador o editor asociado a una aplicación o ficha de tienda) no existe. Esto pertenece a la configuración de la tienda y del portal de desarrolladores, muy lejos de lo que hace un bot.',
    },
  },
  {
    code: 10_042,
    name: 'Unknown Manifest Labels',
    nameEs: 'Etiquetas de manifiesto desconocidas',
    source: 'observed',
    description: {
      en: 'The manifest labels referred to do not exist. Manifests describe the files of a game build uploaded with Dispatch; this is unrelated to bots.',
      es: 'Las etiquetas de manifiesto indicadas no existen. Los manifiestos describen los archivos de una build de juego subida con Dispatch; no tiene relación con los bots.',
    },
  },
  {
    code: 10_043,
    name: 'Unknown achievement',
    nameEs: 'Logro desconocido',
    source: 'observed',
    description: {
      en: "The achievement does not exist for this application. Achievements are defined for games in the Developer Portal and used through Discord's game SDK; check the achievement ID.",
      es: 'El logro no existe para esta aplicación. Los logros se definen para juegos en el portal de desarrolladores y se usan a través del SDK de juegos de Discord; comprueba el ID del logro.',
    },
  },
  {
    code: 10_044,
    name: 'Unknown EULA',
    nameEs: 'EULA desconocido',
    source: 'observed',
    description: {
      en: 'The end-user license agreement (EULA) referenced does not exist. Only game store configuration uses EULAs; a bot will not run into this.',
      es: 'El contrato de licencia de usuario final (EULA) indicado no existe. Solo la configuración de la tienda de juegos usa los EULA; un bot no se topará con esto.',
    },
  },
  {
    code: 10_045,
    name: 'Unknown Application News',
    nameEs: 'Noticia de aplicación desconocida',
    source: 'observed',
    description: {
      en: "The application news item does not exist, most likely because it was deleted. News items were announcements a game published through Discord's store features, so bots have no use for them.",
      es: 'La noticia de la aplicación no existe, probablemente porque se eliminó. Las noticias eran anuncios que un juego publicaba mediante las funciones de tienda de Discord; a un bot no le sirven.',
    },
  },
  {
    code: 10_046,
    name: 'The channel is not associated with a sku',
    nameEs: 'El canal no está asociado a ningún SKU',
    source: 'observed',
    description: {
      en: 'The channel is not linked to any SKU, so the store action cannot apply to it. It dates from store channels, a channel type Discord has since removed; current bots should not trigger it.',
      es: 'La acción de tienda no puede aplicarse al canal porque no está vinculado a ningún SKU. Viene de los canales de tienda, un tipo de canal que Discord ya eliminó; los bots actuales no deberían provocarlo.',
    },
  },
  {
    code: 10_047,
    name: 'Unknown Premium Guild Subscription',
    nameEs: 'Mejora de servidor desconocida',
    source: 'observed',
    description: {
      en: "The server boost referred to does not exist; it may have been removed. Users manage their boosts in the official client, and bots can only read a guild's boost status.",
      es: 'La mejora de servidor (boost) indicada no existe; puede que se haya retirado. Los usuarios gestionan sus mejoras desde el cliente oficial y los bots solo pueden consultar el estado de mejoras de un servidor.',
    },
  },
  {
    code: 10_048,
    name: 'Unknown Gift Code Batch',
    nameEs: 'Lote de códigos de regalo desconocido',
    source: 'observed',
    description: {
      en: "The gift code batch does not exist. Batches are sets of gift codes generated for an application's SKUs; check the batch ID in the Developer Portal.",
      es: 'El lote de códigos de regalo no existe. Los lotes son conjuntos de códigos generados para los SKU de una aplicación; comprueba el ID del lote en el portal de desarrolladores.',
    },
  },
  {
    code: 10_049,
    name: 'Unknown stream',
    nameEs: 'Transmisión desconocida',
    source: 'both',
    description: {
      en: 'No stream matches the stream key, usually because the Go Live broadcast has ended. Streams are part of screen sharing in the official client; bots will rarely see this.',
      es: 'Ninguna transmisión coincide con la clave indicada, normalmente porque la emisión de Go Live ya ha terminado. Las transmisiones forman parte de la función de compartir pantalla del cliente oficial; un bot rara vez lo verá.',
    },
  },
  {
    code: 10_050,
    name: 'Unknown premium server subscribe cooldown',
    nameEs: 'Periodo de espera de mejora de servidor desconocido',
    source: 'both',
    description: {
      en: 'Discord has no boost cooldown on record for this request. A boost cooldown is the waiting period before a boost can be moved to another guild; it concerns user accounts, and bots will not normally see this.',
      es: 'Discord no tiene registrado ningún periodo de espera de mejora para esta solicitud. Ese periodo es el plazo que hay que esperar antes de mover una mejora (boost) a otro servidor; es cosa de cuentas de usuario y un bot no suele verlo.',
    },
  },
  {
    code: 10_053,
    name: 'Unknown Payout',
    nameEs: 'Pago desconocido',
    source: 'observed',
    description: {
      en: 'The payout (a payment Discord makes to a developer or creator) does not exist. It concerns the monetization pages of the Developer Portal and the client, not bots.',
      es: 'El pago (una liquidación que Discord hace a un desarrollador o creador) no existe. Tiene que ver con las páginas de monetización del portal de desarrolladores y del cliente, no con los bots.',
    },
  },
  {
    code: 10_055,
    name: 'Unknown Premium Guild Subscription Slot',
    nameEs: 'Ranura de mejora de servidor desconocida',
    source: 'observed',
    description: {
      en: 'The boost slot does not exist on this account. Each boost a user owns is a slot they can apply to a guild; the official client handles this, not bots.',
      es: 'La ranura de mejora no existe en esta cuenta. Cada mejora (boost) que tiene un usuario es una ranura que puede aplicar a un servidor; de esto se encarga el cliente oficial, no los bots.',
    },
  },
  {
    code: 10_056,
    name: 'Unknown remote authentication session',
    nameEs: 'Sesión de autenticación remota desconocida',
    source: 'observed',
    description: {
      en: 'The remote authentication session (the QR-code login, where a phone approves a login on another device) does not exist or has expired. Start a new QR login; bots are not involved.',
      es: 'La sesión de autenticación remota (el inicio de sesión con código QR, en el que un teléfono aprueba el acceso en otro dispositivo) no existe o ha caducado. Inicia un nuevo inicio de sesión con QR; los bots no intervienen.',
    },
  },
  {
    code: 10_057,
    name: 'Unknown guild template',
    nameEs: 'Plantilla de servidor desconocida',
    observedMessage: 'Unknown server template',
    source: 'both',
    description: {
      en: "No guild template matches that code: it was deleted or the code is wrong. Send only the template code (the part after `discord.new/`) and, if unsure, list the guild's templates with `GET /guilds/{guild.id}/templates`.",
      es: 'Ninguna plantilla de servidor coincide con ese código: se eliminó o el código es incorrecto. Envía solo el código de la plantilla (lo que va después de `discord.new/`) y, si dudas, obtén las plantillas del servidor con `GET /guilds/{guild.id}/templates`.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's official table gives the message as `Unknown guild template`; the community-maintained list records `Unknown server template` in API responses. Match on the `code`, not on the text.",
          es: 'La tabla oficial de Discord da el mensaje `Unknown guild template`; la lista que mantiene la comunidad recoge `Unknown server template` en las respuestas de la API. Compara por `code`, no por el texto.',
        },
      },
    ],
  },
  {
    code: 10_058,
    name: 'Unknown User Identity Verification',
    nameEs: 'Verificación de identidad de usuario desconocida',
    source: 'observed',
    description: {
      en: 'No identity verification record exists for this user. It belongs to the account verification flows of the official client; a bot should never run into it.',
      es: 'No existe ningún registro de verificación de identidad para este usuario. Forma parte de los procesos de verificación de cuentas del cliente oficial; un bot no debería toparse con él.',
    },
  },
  {
    code: 10_059,
    name: 'Unknown discoverable server category',
    nameEs: 'Categoría de Descubrimiento de servidores desconocida',
    source: 'both',
    description: {
      en: "The category ID is not one of Server Discovery's categories. When setting a guild's discovery metadata, use a category ID from Discord's list of discovery categories.",
      es: 'El ID de categoría no corresponde a ninguna categoría de Descubrimiento de servidores. Al configurar los metadatos de descubrimiento de un servidor, usa un ID de la lista de categorías de Discord.',
    },
  },
  {
    code: 10_060,
    name: 'Unknown sticker',
    nameEs: 'Sticker desconocido',
    source: 'both',
    description: {
      en: 'The sticker does not exist or is not available to you, for example a guild sticker that was deleted or belongs to another guild. Check the `sticker_ids` you send and that each sticker still exists.',
      es: 'El sticker no existe o no está a tu alcance, por ejemplo un sticker de servidor que se eliminó o que es de otro servidor. Revisa los `sticker_ids` que envías y que cada sticker siga existiendo.',
    },
  },
  {
    code: 10_061,
    name: 'Unknown sticker pack',
    nameEs: 'Paquete de stickers desconocido',
    source: 'both',
    description: {
      en: 'No sticker pack with that ID exists. Get the available packs with `GET /sticker-packs` and use an ID from that list.',
      es: 'No existe ningún paquete de stickers con ese ID. Obtén los paquetes disponibles con `GET /sticker-packs` y usa un ID de esa lista.',
    },
  },
  {
    code: 10_062,
    name: 'Unknown interaction',
    nameEs: 'Interacción desconocida',
    aliases: { es: ['esta interacción ha fallado'], en: ['This interaction failed'] },
    source: 'both',
    description: {
      en: 'Discord no longer accepts a response to this interaction: the initial response was not sent within 3 seconds, or the interaction ID or token is wrong. If you need more time, acknowledge at once with a deferred response (type 5, or 6 for component interactions) and follow up later. Retrying is pointless because the interaction has expired.',
      es: 'Discord ya no acepta una respuesta a esta interacción: la respuesta inicial no llegó en menos de 3 segundos, o el ID o el token de la interacción son incorrectos. Si necesitas más tiempo, confírmala enseguida con una respuesta diferida (tipo 5, o 6 en interacciones de componentes) y responde después con un mensaje de seguimiento. Reintentar no sirve porque la interacción ya ha caducado.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'Slow work before the first response (database queries, calls to other APIs), a blocked event loop or high latency to Discord can use up the 3 seconds. If two instances of the bot handle the same interaction, the slower one fails, typically with `40060 Interaction has already been acknowledged`.',
          es: 'Un trabajo lento antes de la primera respuesta (consultas a la base de datos, llamadas a otras APIs), un bucle de eventos bloqueado o mucha latencia hasta Discord pueden agotar los 3 segundos. Si dos instancias del bot atienden la misma interacción, la más lenta falla, normalmente con `40060 Interaction has already been acknowledged`.',
        },
      },
    ],
  },
  {
    code: 10_063,
    name: 'Unknown application command',
    nameEs: 'Comando de aplicación desconocido',
    source: 'both',
    description: {
      en: 'No command with that ID exists for this application in that scope: it was deleted or replaced, or a guild command is being addressed through the global route (or the other way round). Fetch the commands again for the right scope and use the IDs Discord returns.',
      es: 'No existe ningún comando con ese ID para esta aplicación en ese ámbito: se eliminó o se reemplazó, o se está usando la ruta global para un comando de servidor (o al revés). Vuelve a obtener los comandos del ámbito correcto y usa los IDs que devuelve Discord.',
    },
  },
  {
    code: 10_064,
    name: 'Unknown user trial offer',
    nameEs: 'Oferta de prueba de usuario desconocida',
    source: 'observed',
    description: {
      en: 'The trial offer (a free Nitro trial) does not exist or is no longer available to this user. It is a user-account feature of the official client.',
      es: 'La oferta de prueba (una prueba gratuita de Nitro) no existe o ya no está disponible para este usuario. Es una función del cliente oficial para cuentas de usuario.',
    },
  },
  {
    code: 10_065,
    name: 'Unknown voice state',
    nameEs: 'Estado de voz desconocido',
    source: 'both',
    description: {
      en: 'The user has no voice state in this guild, meaning they are not connected to any of its voice channels. Check that the user is connected before reading or changing their voice state, for instance before suppressing them in a Stage.',
      es: 'El usuario no tiene estado de voz en este servidor: no está conectado a ninguno de sus canales de voz. Comprueba que esté conectado antes de consultar o cambiar su estado de voz, por ejemplo antes de silenciarlo en un escenario (Stage).',
    },
  },
  {
    code: 10_066,
    name: 'Unknown application command permissions',
    nameEs: 'Permisos de comando de aplicación desconocidos',
    source: 'both',
    description: {
      en: 'No permission overwrites have been set for this command in this guild, so there is nothing to return. Treat it as "the default permissions apply" rather than as a failure.',
      es: 'No se han definido sobrescrituras de permisos para este comando en este servidor, por lo que no hay nada que devolver. Interprétalo como «se aplican los permisos por defecto», no como un fallo.',
    },
  },
  {
    code: 10_067,
    name: 'Unknown Stage Instance',
    nameEs: 'Instancia de escenario desconocida',
    source: 'both',
    description: {
      en: 'The Stage channel has no live Stage instance, usually because the Stage has ended. Start one with `POST /stage-instances` before editing or ending it.',
      es: 'El canal de escenario no tiene ninguna instancia de Stage activa, normalmente porque el escenario ya terminó. Inicia una con `POST /stage-instances` antes de editarla o finalizarla.',
    },
  },
  {
    code: 10_068,
    name: 'Unknown Guild Member Verification Form',
    nameEs: 'Formulario de verificación de miembros del servidor desconocido',
    source: 'both',
    description: {
      en: 'The guild has no member verification form (the rules screen new members must accept) configured. Set one up in the server settings first, or treat the result as "no screening".',
      es: 'El servidor no tiene configurado un formulario de verificación de miembros (la pantalla de normas que deben aceptar los nuevos miembros). Configúralo antes en los ajustes del servidor o interpreta el resultado como «sin verificación».',
    },
  },
  {
    code: 10_069,
    name: 'Unknown Guild Welcome Screen',
    nameEs: 'Pantalla de bienvenida del servidor desconocida',
    source: 'both',
    description: {
      en: 'The guild has no welcome screen to return. Welcome screens exist only in Community guilds and only once someone has configured one; check for the `COMMUNITY` feature and treat a missing screen as a normal case.',
      es: 'El servidor no tiene pantalla de bienvenida que devolver. Solo existen en servidores de comunidad y únicamente cuando alguien la ha configurado; comprueba que el servidor tenga la función `COMMUNITY` y trata la ausencia de pantalla como un caso normal.',
    },
  },
  {
    code: 10_070,
    name: 'Unknown Guild Scheduled Event',
    nameEs: 'Evento programado del servidor desconocido',
    source: 'both',
    description: {
      en: "No scheduled event with that ID exists in this guild: it was deleted or the ID is wrong. List the guild's scheduled events again and use a current ID.",
      es: 'No existe ningún evento programado con ese ID en este servidor: se eliminó o el ID es incorrecto. Vuelve a obtener los eventos programados del servidor y usa un ID vigente.',
    },
  },
  {
    code: 10_071,
    name: 'Unknown Guild Scheduled Event User',
    nameEs: 'Usuario de evento programado del servidor desconocido',
    source: 'both',
    description: {
      en: "The user is not among the event's subscribers (the people who marked it as interested), or the event no longer exists. Fetch the event's users again before acting on a specific one.",
      es: 'El usuario no figura entre los suscriptores del evento (quienes lo marcaron como «me interesa»), o el evento ya no existe. Vuelve a obtener los usuarios del evento antes de actuar sobre uno concreto.',
    },
  },
  {
    code: 10_073,
    name: 'Unknown Subscription Plan',
    nameEs: 'Plan de suscripción desconocido',
    source: 'observed',
    description: {
      en: 'The subscription plan (a Nitro or other premium plan) does not exist. It concerns billing of user accounts in the official client; bots will not see it.',
      es: 'El plan de suscripción (de Nitro u otro plan premium) no existe. Forma parte de la facturación de cuentas de usuario en el cliente oficial; un bot no lo verá.',
    },
  },
  {
    code: 10_075,
    name: 'Unknown directory entry',
    nameEs: 'Entrada de directorio desconocida',
    source: 'observed',
    description: {
      en: 'The directory entry (a guild listed in a directory channel, such as those of Student Hubs) does not exist; it was removed or the ID is wrong. This is a user-account feature.',
      es: 'La entrada del directorio (un servidor listado en un canal de directorio, como los de los Student Hubs) no existe; se eliminó o el ID es incorrecto. Es una función para cuentas de usuario.',
    },
  },
  {
    code: 10_076,
    name: 'Unknown promotion',
    nameEs: 'Promoción desconocida',
    source: 'observed',
    description: {
      en: 'The promotion (an offer the official client shows, such as a Nitro or partner deal) does not exist or has ended. It concerns user accounts only.',
      es: 'La promoción (una oferta que muestra el cliente oficial, como una de Nitro o de un socio) no existe o ya terminó. Solo afecta a cuentas de usuario.',
    },
  },
  {
    code: 10_077,
    name: 'Endpoint not available',
    nameEs: 'Endpoint no disponible',
    source: 'observed',
    description: {
      en: 'The endpoint you called is not available, typically because the feature behind it is disabled or not offered to you. Changing the request will not help; check that you are using a current, documented endpoint.',
      es: 'El endpoint al que llamaste no está disponible, normalmente porque la función que hay detrás está desactivada o no se te ofrece. Cambiar la solicitud no servirá; comprueba que usas un endpoint vigente y documentado.',
    },
  },
  {
    code: 10_082,
    name: 'Unknown survey',
    nameEs: 'Encuesta de opinión desconocida',
    source: 'observed',
    description: {
      en: 'The survey (one of the feedback surveys the official client shows) does not exist or has closed. Only user accounts deal with surveys.',
      es: 'La encuesta (una de las encuestas de opinión que muestra el cliente oficial) no existe o ya se cerró. Solo las cuentas de usuario trabajan con encuestas.',
    },
  },
  {
    code: 10_083,
    name: 'Unknown Server Role Subscription Settings',
    nameEs: 'Ajustes de suscripción de roles del servidor desconocidos',
    source: 'observed',
    description: {
      en: 'The guild has no role subscription settings (the configuration of paid Server Subscriptions) to read or update. They must be set up from the official client first; bots are rarely involved.',
      es: 'El servidor no tiene ajustes de suscripción de roles (la configuración de las suscripciones de pago al servidor) que consultar ni actualizar. Primero hay que configurarlos desde el cliente oficial; los bots rara vez intervienen.',
    },
  },
  {
    code: 10_084,
    name: 'Premium usage not available',
    nameEs: 'Uso premium no disponible',
    source: 'observed',
    description: {
      en: 'Nitro usage information is not available for this account. It is a user-account feature of the official client, invisible to bots.',
      es: 'La información de uso de Nitro no está disponible para esta cuenta. Es una función del cliente oficial para cuentas de usuario, invisible para los bots.',
    },
  },
  {
    code: 10_085,
    name: 'Unknown creator monetization enable request',
    nameEs: 'Solicitud de activación de monetización para creadores desconocida',
    source: 'observed',
    description: {
      en: 'No request to enable creator monetization (earning money from a guild, for example through Server Subscriptions) exists for this guild. It has to be submitted from the server settings first; bots are not involved.',
      es: 'No existe ninguna solicitud para activar la monetización de creadores (ganar dinero con un servidor, por ejemplo con suscripciones al servidor) para este servidor. Antes hay que enviarla desde los ajustes del servidor; los bots no intervienen.',
    },
  },
  {
    code: 10_087,
    name: 'Unknown Tag',
    nameEs: 'Etiqueta desconocida',
    source: 'both',
    description: {
      en: "The forum tag ID is not among the channel's `available_tags`, usually because the tag was deleted or belongs to another forum. Read the channel's `available_tags` and send only those IDs in `applied_tags`.",
      es: 'El ID de etiqueta de foro no está entre los `available_tags` del canal, normalmente porque la etiqueta se eliminó o es de otro foro. Consulta los `available_tags` del canal y envía solo esos IDs en `applied_tags`.',
    },
  },
  {
    code: 10_091,
    name: 'Unknown Featured Item',
    nameEs: 'Elemento destacado desconocido',
    source: 'observed',
    description: {
      en: 'The featured item referenced does not exist or is no longer featured. It relates to content Discord highlights in the official client, not to the bot API.',
      es: 'El elemento destacado indicado no existe o ya no está destacado. Tiene que ver con contenido que Discord resalta en el cliente oficial, no con la API de bots.',
    },
  },
  {
    code: 10_093,
    name: 'Unknown WebAuthn Authenticator',
    nameEs: 'Autenticador WebAuthn desconocido',
    source: 'observed',
    description: {
      en: 'The security key or passkey (WebAuthn authenticator) is not registered on this account, or was already removed. It concerns the multi-factor authentication settings of user accounts.',
      es: 'La llave de seguridad o passkey (autenticador WebAuthn) no está registrada en esta cuenta o ya se eliminó. Corresponde a los ajustes de autenticación multifactor de las cuentas de usuario.',
    },
  },
  {
    code: 10_094,
    name: 'Unknown User Code',
    nameEs: 'Código de usuario desconocido',
    source: 'observed',
    description: {
      en: 'The code the user entered does not match any pending request: it is mistyped or has expired. Such short codes are typed in to link a device or confirm a login; request a new code and try again.',
      es: 'El código que introdujo el usuario no coincide con ninguna solicitud pendiente: está mal escrito o ha caducado. Estos códigos cortos se teclean para vincular un dispositivo o confirmar un inicio de sesión; solicita uno nuevo y vuelve a intentarlo.',
    },
  },
  {
    code: 10_095,
    name: 'Unknown channel for new member action',
    nameEs: 'Canal desconocido para la acción de nuevos miembros',
    source: 'observed',
    description: {
      en: 'The channel used in a new member action (one of the to-dos in the server guide shown to newcomers) does not exist or was deleted. Update the server guide so that each action points to an existing channel.',
      es: 'El canal de una acción para nuevos miembros (una de las tareas de la guía del servidor que se muestra a quienes llegan) no existe o se eliminó. Actualiza la guía del servidor para que cada acción apunte a un canal existente.',
    },
  },
  {
    code: 10_096,
    name: 'Unknown message attachment',
    nameEs: 'Adjunto de mensaje desconocido',
    source: 'observed',
    description: {
      en: 'The attachment ID does not belong to that message, for instance because the file was removed in an earlier edit. When editing a message, keep existing files by listing their current IDs in `attachments`; re-fetch the message to get them.',
      es: 'El ID de adjunto no pertenece a ese mensaje, por ejemplo porque el archivo se quitó en una edición anterior. Al editar un mensaje, conserva los archivos existentes indicando sus IDs actuales en `attachments`; vuelve a obtener el mensaje para conocerlos.',
    },
  },
  {
    code: 10_097,
    name: 'Unknown sound',
    nameEs: 'Sonido desconocido',
    source: 'both',
    description: {
      en: "No soundboard sound with that ID exists, neither in this guild nor among Discord's default sounds; it was deleted or the ID is wrong. List the guild's sounds again with `GET /guilds/{guild.id}/soundboard-sounds`.",
      es: 'No existe ningún sonido de la mesa de sonidos con ese ID, ni en este servidor ni entre los sonidos predeterminados de Discord; se eliminó o el ID es incorrecto. Vuelve a obtener los sonidos del servidor con `GET /guilds/{guild.id}/soundboard-sounds`.',
    },
  },
  {
    code: 10_099,
    name: 'Unknown game invite',
    nameEs: 'Invitación a partida desconocida',
    source: 'observed',
    description: {
      en: "The game invite (an invitation to join someone's game session through Discord) does not exist or has expired. Ask for a new invite; ordinary bots do not use game invites.",
      es: 'La invitación a la partida (una invitación para unirse a la sesión de juego de alguien a través de Discord) no existe o ha caducado. Pide una invitación nueva; los bots normales no usan este tipo de invitaciones.',
    },
  },
  {
    code: 10_100,
    name: 'Unknown user discount',
    nameEs: 'Descuento de usuario desconocido',
    source: 'observed',
    description: {
      en: 'The discount offered to this user (a reduced price on Nitro, for instance) does not exist or has expired. It concerns user billing only.',
      es: 'El descuento ofrecido a este usuario (un precio rebajado de Nitro, por ejemplo) no existe o ha caducado. Solo afecta a la facturación de usuarios.',
    },
  },
  {
    code: 10_102,
    name: 'Unknown poll',
    nameEs: 'Encuesta desconocida',
    source: 'observed',
    description: {
      en: 'Discord cannot find the poll: the message has no poll or the channel and message IDs are wrong. Check that you are pointing at the message that carries the poll before reading its voters or ending it.',
      es: 'Discord no encuentra la encuesta: el mensaje no tiene ninguna o los IDs de canal y de mensaje son incorrectos. Comprueba que apuntas al mensaje que contiene la encuesta antes de consultar sus votantes o finalizarla.',
    },
  },
  {
    code: 10_105,
    name: 'Unknown Snapshot',
    nameEs: 'Instantánea desconocida',
    source: 'observed',
    description: {
      en: 'Discord cannot find the snapshot the request refers to. The error is known only from API responses, with no public description; check the ID, since repeating the request unchanged will fail again.',
      es: 'Discord no encuentra la instantánea (snapshot) a la que se refiere la solicitud. El error solo se conoce por respuestas de la API, sin descripción pública; revisa el ID, porque repetir la solicitud sin cambios volverá a fallar.',
    },
  },
  {
    code: 10_111,
    name: 'Unknown Tenure Reward Status',
    nameEs: 'Estado de recompensa por antigüedad desconocido',
    source: 'observed',
    description: {
      en: 'Discord has no tenure reward status for this user. Tenure rewards are perks for staying subscribed to Nitro over time, so this is purely a user-account matter.',
      es: 'Discord no tiene ningún estado de recompensa por antigüedad para este usuario. Estas recompensas son ventajas por mantener la suscripción a Nitro a lo largo del tiempo: un asunto exclusivo de las cuentas de usuario.',
    },
  },
  {
    code: 10_112,
    name: 'Unknown Google Play package name',
    nameEs: 'Nombre de paquete de Google Play desconocido',
    source: 'observed',
    description: {
      en: 'The Google Play package name does not match any Android app Discord knows of. Check the package name configured for the application; bots do not deal with this.',
      es: 'El nombre de paquete de Google Play no corresponde a ninguna aplicación de Android que Discord conozca. Revisa el nombre de paquete configurado para la aplicación; los bots no trabajan con esto.',
    },
  },
  {
    code: 10_113,
    name: 'Guild is not a Clan',
    nameEs: 'El servidor no es un clan',
    source: 'observed',
    description: {
      en: 'The guild is not a clan, so clan-specific actions do not apply to it. Clans are the feature behind server tags, which members can show next to their name; check that the guild actually has it enabled.',
      es: 'El servidor no es un clan y las acciones propias de los clanes no se le aplican. Los clanes son la función que hay detrás de las etiquetas de servidor que los miembros pueden mostrar junto a su nombre; comprueba que el servidor la tenga activada.',
    },
  },
  {
    code: 10_116,
    name: 'Unknown Leaderboard',
    nameEs: 'Clasificación desconocida',
    source: 'observed',
    description: {
      en: 'No leaderboard exists with that ID. Leaderboards belong to game and activity features of the official client, not to the bot API; check the ID.',
      es: 'No existe ninguna clasificación (leaderboard) con ese ID. Las clasificaciones pertenecen a funciones de juegos y actividades del cliente oficial, no a la API de bots; revisa el ID.',
    },
  },
  {
    code: 10_118,
    name: 'Unknown avatar',
    nameEs: 'Avatar desconocido',
    source: 'observed',
    description: {
      en: 'The avatar referenced does not exist, for example a previously used avatar that was removed from the account. It concerns profile settings of user accounts.',
      es: 'El avatar indicado no existe, por ejemplo uno usado anteriormente que se eliminó de la cuenta. Tiene que ver con los ajustes de perfil de las cuentas de usuario.',
    },
  },
  {
    code: 10_120,
    name: 'Unknown Social SDK release version',
    nameEs: 'Versión del Social SDK desconocida',
    source: 'observed',
    description: {
      en: 'The Social SDK release version in the request does not exist. Use a version number Discord has actually published for the SDK.',
      es: 'La versión del Social SDK indicada en la solicitud no existe. Usa un número de versión que Discord haya publicado realmente para el SDK.',
    },
  },
  {
    code: 10_121,
    name: 'Unknown Collection',
    nameEs: 'Colección desconocida',
    source: 'observed',
    description: {
      en: 'The collection referenced does not exist. There is no public documentation of the feature; check the ID rather than retrying unchanged.',
      es: 'La colección indicada no existe. No hay documentación pública de esta función; revisa el ID en lugar de reintentar sin cambios.',
    },
  },
  {
    code: 10_124,
    name: 'Unknown invite target users job (invite exists but has no target users)',
    nameEs:
      'Tarea de usuarios objetivo de la invitación desconocida (la invitación existe, pero no tiene usuarios objetivo)',
    observedMessage: 'Unknown invite target users job',
    source: 'both',
    description: {
      en: 'The invite exists but has no target users (the list of users allowed to accept it), so there is no processing job to report on. Only invites created or updated with a target users file have one; query the job status for those invites only.',
      es: 'La invitación existe, pero no tiene usuarios objetivo (la lista de usuarios que pueden aceptarla); por tanto, no hay ninguna tarea de procesamiento de la que informar. Solo la tienen las invitaciones creadas o actualizadas con un archivo de usuarios objetivo; consulta el estado de la tarea solo en esas invitaciones.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Discord\'s official table adds the explanation "(invite exists but has no target users)" to the message; the community-maintained list records it as `Unknown invite target users job`, without the parenthesis.',
          es: 'La tabla oficial de Discord añade al mensaje la aclaración «(invite exists but has no target users)»; la lista que mantiene la comunidad lo recoge como `Unknown invite target users job`, sin el paréntesis.',
        },
      },
    ],
  },
  {
    code: 10_125,
    name: 'Unknown Social Layer Application Storefront',
    nameEs: 'Escaparate de aplicación de la Social Layer desconocido',
    source: 'observed',
    description: {
      en: "The application's storefront in Discord's social layer (the in-game store surface offered through the Social SDK) does not exist or has not been set up. It concerns games built on the Social SDK, not bots.",
      es: 'La tienda de la aplicación en la capa social de Discord (la tienda integrada en el juego que ofrece el Social SDK) no existe o no se ha configurado. Concierne a los juegos creados con el Social SDK, no a los bots.',
    },
  },
  {
    code: 10_126,
    name: 'Unknown Wishlist',
    nameEs: 'Lista de deseos desconocida',
    source: 'observed',
    description: {
      en: 'The wishlist referenced does not exist. Wishlists (the games or items a user has saved to buy later) belong to user accounts; bots never deal with them.',
      es: 'La lista de deseos indicada no existe. Las listas de deseos (los juegos o artículos que un usuario guarda para comprar más adelante) pertenecen a las cuentas de usuario; los bots nunca trabajan con ellas.',
    },
  },
  {
    code: 10_128,
    name: 'Unknown Wishlist Item',
    nameEs: 'Artículo de la lista de deseos desconocido',
    source: 'observed',
    description: {
      en: 'The item is not on the wishlist, perhaps because it was already removed. Refresh the wishlist before acting on one of its items; this is a user-account feature.',
      es: 'El artículo no está en la lista de deseos, quizá porque ya se quitó. Actualiza la lista antes de actuar sobre uno de sus artículos; es una función para cuentas de usuario.',
    },
  },
  {
    code: 10_129,
    name: 'Unknown invite target users (invite exists but has no target users)',
    nameEs:
      'Usuarios objetivo de la invitación desconocidos (la invitación existe, pero no tiene usuarios objetivo)',
    observedMessage: 'Unknown invite target users',
    source: 'both',
    description: {
      en: 'The invite exists but has no target users, so there is no list of allowed users to return. Such an invite is not restricted to specific users; handle the error as an empty list.',
      es: 'La invitación existe, pero no tiene usuarios objetivo: no hay ninguna lista de usuarios permitidos que devolver. Esa invitación no está restringida a usuarios concretos; trata el error como una lista vacía.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'Discord\'s official table adds the explanation "(invite exists but has no target users)" to the message; the community-maintained list records it as `Unknown invite target users`, without the parenthesis.',
          es: 'La tabla oficial de Discord añade al mensaje la aclaración «(invite exists but has no target users)»; la lista que mantiene la comunidad lo recoge como `Unknown invite target users`, sin el paréntesis.',
        },
      },
    ],
  },
  {
    code: 10_131,
    name: 'Unknown Tenant',
    nameEs: 'Tenant desconocido',
    source: 'observed',
    description: {
      en: 'Discord cannot find the tenant the request refers to. Tenants are not described in any public documentation, so beyond checking the ID there is little a caller can do.',
      es: 'Discord no encuentra el tenant (inquilino) al que se refiere la solicitud. Ninguna documentación pública describe los tenants; aparte de revisar el ID, poco puede hacer quien llama.',
    },
  },
  {
    code: 10_132,
    name: 'Unknown Layout',
    nameEs: 'Diseño desconocido',
    source: 'observed',
    description: {
      en: 'The layout referenced does not exist. The feature is not publicly documented; check the ID and do not retry the same request.',
      es: 'El diseño (layout) indicado no existe. La función no está documentada públicamente; revisa el ID y no repitas la misma solicitud.',
    },
  },
  {
    code: 10_133,
    name: 'Unknown Saved Messages',
    nameEs: 'Mensajes guardados desconocidos',
    source: 'observed',
    description: {
      en: 'The saved message (a message bookmarked for later in the official client) does not exist or has already been removed from the list. This is a user-account feature.',
      es: 'El mensaje guardado (un mensaje marcado para más tarde en el cliente oficial) no existe o ya se quitó de la lista. Es una función para cuentas de usuario.',
    },
  },
  {
    code: 10_134,
    name: 'UNKNOWN_TIDA_CONTENT',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `UNKNOWN_TIDA_CONTENT` instead of a sentence. By its name, some "TIDA" content the request refers to could not be found; what TIDA stands for is not documented, and bots are not expected to meet it.',
      es: 'Discord devuelve la constante interna `UNKNOWN_TIDA_CONTENT` en lugar de una frase. Por su nombre, no se encontró cierto contenido «TIDA» al que se refiere la solicitud; qué significa TIDA no está documentado y no se espera que un bot lo vea.',
    },
  },
  {
    code: 10_135,
    name: 'Unknown Template',
    nameEs: 'Plantilla desconocida',
    source: 'observed',
    description: {
      en: 'The template referenced does not exist. This is a different code from `10057` (guild templates), so it concerns another kind of template that is not publicly documented; check the ID.',
      es: 'La plantilla indicada no existe. Es un código distinto de `10057` (plantillas de servidor) y, por tanto, se refiere a otro tipo de plantilla sin documentación pública; revisa el ID.',
    },
  },
  {
    code: 10_136,
    name: 'Invalid template parameters',
    nameEs: 'Parámetros de plantilla no válidos',
    source: 'observed',
    description: {
      en: 'The parameters supplied to fill in a template are invalid: missing, of the wrong type or not accepted by that template. Correct them before sending the request again.',
      es: 'Los parámetros enviados para rellenar una plantilla no son válidos: faltan, tienen un tipo incorrecto o esa plantilla no los acepta. Corrígelos antes de volver a enviar la solicitud.',
    },
  },
  {
    code: 10_137,
    name: 'Unknown Widget Config',
    nameEs: 'Configuración de widget desconocida',
    source: 'observed',
    description: {
      en: 'The widget configuration the request refers to does not exist. Create the configuration first or check its ID; retrying unchanged will not help.',
      es: 'La configuración de widget a la que se refiere la solicitud no existe. Créala primero o revisa su ID; reintentar sin cambios no servirá.',
    },
  },
  {
    code: 10_138,
    name: 'No active partner perk activation found',
    nameEs: 'No se encontró ninguna activación de ventaja de socio activa',
    source: 'observed',
    description: {
      en: "The account has no active activation of a partner perk (a benefit offered through a promotion with one of Discord's partners), so there is nothing to show or change. It concerns user accounts.",
      es: 'La cuenta no tiene activada ninguna ventaja de socio (un beneficio ofrecido mediante una promoción con algún socio de Discord): no hay nada que mostrar ni cambiar. Solo importa a las cuentas de usuario.',
    },
  },
  {
    code: 10_139,
    name: 'Unknown Conversation',
    nameEs: 'Conversación desconocida',
    source: 'observed',
    description: {
      en: 'The conversation referenced does not exist. The feature behind it is not publicly documented; check the ID, as retrying will not change the result.',
      es: 'La conversación indicada no existe. La función que hay detrás no está documentada públicamente; revisa el ID, porque reintentar no cambiará el resultado.',
    },
  },
  {
    code: 10_141,
    name: 'Unknown Vibegrations Project',
    nameEs: 'Proyecto de Vibegrations desconocido',
    source: 'observed',
    description: {
      en: 'The "Vibegrations" project in the request does not exist. The feature is internal and undocumented; neither bots nor ordinary clients are expected to encounter it.',
      es: 'El proyecto de «Vibegrations» indicado en la solicitud no existe. La función es interna y no está documentada; no se espera que la encuentren ni los bots ni los clientes normales.',
    },
  },
  {
    code: 10_142,
    name: 'Unknown Guild Space',
    nameEs: 'Espacio de servidor desconocido',
    source: 'observed',
    description: {
      en: 'The guild space referenced does not exist. Guild spaces are not described in any public documentation; check the ID.',
      es: 'El espacio de servidor (guild space) indicado no existe. Ninguna documentación pública describe estos espacios; revisa el ID.',
    },
  },
  {
    code: 10_987,
    name: 'Unknown Product',
    nameEs: 'Producto desconocido',
    source: 'observed',
    description: {
      en: 'The product referenced does not exist, for example an item that was removed from a shop. Check the product ID; retrying unchanged will fail again.',
      es: 'El producto indicado no existe, por ejemplo un artículo que se retiró de una tienda. Revisa el ID del producto; reintentar sin cambios volverá a fallar.',
    },
  },
  {
    code: 20_001,
    name: 'Bots cannot use this endpoint',
    nameEs: 'Los bots no pueden usar este endpoint',
    source: 'both',
    description: {
      en: "The endpoint is reserved for user accounts (friends, account settings and the like), so a bot token is refused. Look for a bot-supported way to do it; do not work around it with a user token, since automating user accounts breaks Discord's Terms of Service.",
      es: 'El endpoint está reservado a cuentas de usuario (amigos, ajustes de cuenta y similares) y rechaza los tokens de bot. Busca una forma admitida para bots; no lo sortees con un token de usuario, porque automatizar cuentas de usuario infringe los Términos del Servicio de Discord.',
    },
  },
  {
    code: 20_002,
    name: 'Only bots can use this endpoint',
    nameEs: 'Solo los bots pueden usar este endpoint',
    source: 'both',
    description: {
      en: "The endpoint requires a bot token (`Authorization: Bot …`); user and OAuth2 bearer tokens are refused. Call it with your application's bot token.",
      es: 'El endpoint exige un token de bot (`Authorization: Bot …`); los tokens de usuario y los bearer de OAuth2 se rechazan. Llámalo con el token de bot de tu aplicación.',
    },
  },
  {
    code: 20_003,
    name: 'RPC proxy disallowed',
    nameEs: 'Proxy de RPC no permitido',
    source: 'observed',
    description: {
      en: 'The action is refused because the request came through the RPC proxy. RPC is the local interface the desktop client offers to authorized apps; perform it another way, such as a direct API call.',
      es: 'La acción se rechaza porque la solicitud llegó a través del proxy de RPC. RPC es la interfaz local que el cliente de escritorio ofrece a las aplicaciones autorizadas; realízala por otra vía, como una llamada directa a la API.',
    },
  },
  {
    code: 20_009,
    name: 'Explicit content cannot be sent to the desired recipient(s)',
    nameEs: 'No se puede enviar contenido explícito a los destinatarios indicados',
    source: 'both',
    description: {
      en: "The recipient's explicit content filter blocked the message: an attachment or embedded media was flagged as explicit and the recipient (typically in DMs) filters such content. Do not resend the same content; send it without the media or not at all.",
      es: 'El filtro de contenido explícito del destinatario bloqueó el mensaje: un adjunto o un contenido multimedia se marcó como explícito y el destinatario (normalmente en MD) filtra ese tipo de contenido. No reenvíes lo mismo; mándalo sin ese contenido o no lo mandes.',
    },
  },
  {
    code: 20_011,
    name: 'This account is scheduled for deletion',
    nameEs: 'Esta cuenta tiene programada su eliminación',
    source: 'observed',
    description: {
      en: 'The account has requested its deletion and is waiting out the grace period, so it cannot perform the action. Only the owner can cancel the deletion, from the official client; this concerns user accounts only.',
      es: 'La cuenta no puede realizar la acción: ha solicitado su eliminación y está en el periodo de gracia. Solo su propietario puede cancelar la eliminación, desde el cliente oficial; afecta únicamente a cuentas de usuario.',
    },
  },
  {
    code: 20_012,
    name: 'You are not authorized to perform this action on this application',
    nameEs: 'No tienes autorización para realizar esta acción en esta aplicación',
    source: 'both',
    description: {
      en: "Your token is not allowed to manage this application: the account is neither its owner nor a member of its team with a sufficient role, or you are acting on another application. Use the owner's account or a team member with the right role, or target your own application.",
      es: 'Tu token no puede gestionar esta aplicación: la cuenta no es la propietaria ni un miembro de su equipo con un rol suficiente, o estás actuando sobre otra aplicación. Usa la cuenta propietaria o la de un miembro del equipo con el rol adecuado, o apunta a tu propia aplicación.',
    },
  },
  {
    code: 20_013,
    name: 'This account is disabled',
    nameEs: 'Esta cuenta está desactivada',
    source: 'observed',
    description: {
      en: 'The account is disabled, by its owner or by Discord, so it cannot perform the action. It concerns user accounts; nothing changes until the account is reactivated (or, if Discord disabled it, until Discord Support intervenes).',
      es: 'La cuenta no puede realizar la acción porque está desactivada, por su propietario o por Discord. Atañe a cuentas de usuario; nada cambiará hasta que se reactive (o, si la desactivó Discord, hasta que intervenga el soporte de Discord).',
    },
  },
  {
    code: 20_015,
    name: 'This action requires a premium subscription',
    nameEs: 'Esta acción requiere una suscripción premium',
    source: 'both',
    description: {
      en: 'The action needs a premium subscription (Nitro) on the acting account, for example to use a perk reserved to subscribers. Bots cannot subscribe to Nitro, so a bot should simply not attempt it.',
      es: 'La acción requiere una suscripción premium (Nitro) en la cuenta que la realiza, por ejemplo para usar una ventaja reservada a suscriptores. Los bots no pueden suscribirse a Nitro; un bot, simplemente, no debería intentarlo.',
    },
  },
  {
    code: 20_016,
    name: 'This action cannot be performed due to slowmode rate limit',
    nameEs: 'No se puede realizar esta acción por el límite del modo pausado',
    source: 'both',
    description: {
      en: "The channel's slowmode (`rate_limit_per_user`) makes each author wait between messages (and between new threads), and that interval has not passed yet. Wait it out before trying again; per the official docs, bots and members allowed to bypass slowmode are unaffected, so this mainly shows up for user accounts.",
      es: 'El modo pausado (slowmode) del canal, definido en `rate_limit_per_user`, obliga a cada autor a esperar entre mensajes (y entre hilos nuevos), y ese intervalo aún no ha pasado. Espera a que termine antes de reintentar; según la documentación oficial, los bots y los miembros que pueden saltarse el modo pausado no se ven afectados, por lo que aparece sobre todo en cuentas de usuario.',
    },
  },
  {
    code: 20_017,
    name: "The Maze isn't meant for you",
    nameEs: 'El Laberinto no es para ti',
    source: 'observed',
    description: {
      en: 'An Easter-egg response that Discord has never documented or explained; it is known only from API responses, and discord-api-types lists it as `TheMazeIsntMeantForYou`. It is not part of any documented workflow, so there is no documented fix either.',
      es: 'Una respuesta a modo de huevo de pascua que Discord nunca ha documentado ni explicado; solo se conoce por respuestas de la API y discord-api-types la incluye como `TheMazeIsntMeantForYou`. No forma parte de ningún flujo documentado y, por tanto, tampoco hay una solución documentada.',
    },
  },
  {
    code: 20_018,
    name: 'Only the owner of this account can perform this action',
    nameEs: 'Solo el propietario de esta cuenta puede realizar esta acción',
    source: 'both',
    description: {
      en: "The action is reserved to the owner of the account, so a token acting on the owner's behalf (an OAuth2 token, for instance) cannot perform it. Do it while authenticated as the owner.",
      es: 'La acción está reservada al propietario de la cuenta: un token que actúe en su nombre (un token de OAuth2, por ejemplo) no puede realizarla. Realízala autenticándote como el propietario.',
    },
  },
  {
    code: 20_019,
    name: 'You must accept the invitation to this team before you can perform this action',
    nameEs: 'Debes aceptar la invitación a este equipo antes de poder realizar esta acción',
    source: 'observed',
    description: {
      en: 'You were invited to this developer team but have not accepted yet, so you cannot act on its applications. Accept the invitation and try again.',
      es: 'Te invitaron a este equipo de desarrollo, pero, mientras no aceptes, no puedes actuar sobre sus aplicaciones. Acepta la invitación y vuelve a intentarlo.',
    },
  },
  {
    code: 20_020,
    name: 'The SKU is not available for purchase',
    nameEs: 'El SKU no está disponible para su compra',
    source: 'observed',
    description: {
      en: "The SKU cannot be bought at the moment, for example because it is unpublished or not on sale to this buyer. It concerns purchases made by users; check the SKU's publication status in the Developer Portal.",
      es: 'El SKU no se puede comprar en este momento, por ejemplo porque no está publicado o no está a la venta para este comprador. Tiene que ver con compras de usuarios; revisa el estado de publicación del SKU en el portal de desarrolladores.',
    },
  },
  {
    code: 20_021,
    name: 'Friend list sync requires user to have verified phone',
    nameEs: 'Sincronizar la lista de amigos requiere que el usuario tenga un teléfono verificado',
    source: 'observed',
    description: {
      en: "Syncing a friend list, such as finding friends from the phone's contacts, requires a verified phone number on the account. Add and verify one in the account settings; this is a user-account feature.",
      es: 'Sincronizar la lista de amigos, por ejemplo buscando amigos entre los contactos del teléfono, exige tener un número de teléfono verificado en la cuenta. Añade uno y verifícalo en los ajustes de la cuenta; es una función para cuentas de usuario.',
    },
  },
  {
    code: 20_022,
    name: 'This message cannot be edited due to announcement rate limits',
    nameEs: 'Este mensaje no se puede editar por los límites de solicitudes de los anuncios',
    source: 'both',
    description: {
      en: 'Edits to this message are rate limited because it is an announcement: messages published from an announcement channel are pushed to the guilds that follow it, and Discord restricts how often they can change. Wait before editing again and avoid editing published announcements in quick succession.',
      es: 'Las ediciones de este mensaje tienen límite porque es un anuncio: los mensajes publicados desde un canal de anuncios se envían a los servidores que lo siguen, y Discord restringe con qué frecuencia pueden cambiar. Espera antes de volver a editarlo y evita editar anuncios publicados varias veces seguidas.',
    },
  },
  {
    code: 20_023,
    name: 'The specified local account provider is not recognized',
    nameEs: 'No se reconoce el proveedor de cuentas local indicado',
    source: 'observed',
    description: {
      en: 'The local account provider named in the request is not one Discord recognizes. Check the provider value; it belongs to account sign-in and linking flows of the official client, not to bots.',
      es: 'El proveedor de cuentas local indicado en la solicitud no es uno que Discord reconozca. Revisa el valor del proveedor; pertenece a los procesos de inicio de sesión y vinculación de cuentas del cliente oficial, no a los bots.',
    },
  },
  {
    code: 20_024,
    name: 'Under minimum age',
    nameEs: 'Por debajo de la edad mínima',
    source: 'both',
    description: {
      en: 'The account holder is below the minimum age Discord requires for the service or for this feature, so the action is refused. It applies to user accounts and a caller cannot work around it.',
      es: 'El titular de la cuenta no alcanza la edad mínima que Discord exige para el servicio o para esta función, y la acción se rechaza. Se aplica a cuentas de usuario y quien llama no puede sortearlo.',
    },
  },
  {
    code: 20_025,
    name: 'This action cannot be performed because the application is verified. Please contact support.',
    nameEs: 'No se puede realizar esta acción porque la aplicación está verificada. Contacta con el soporte.',
    source: 'observed',
    description: {
      en: "The change is not allowed because the application is verified; some changes to verified apps can only be made with Discord's help. Contact Discord Support, as the message says.",
      es: 'El cambio no está permitido porque la aplicación está verificada; algunos cambios en aplicaciones verificadas solo pueden hacerse con ayuda de Discord. Contacta con el soporte de Discord, como indica el mensaje.',
    },
  },
  {
    code: 20_026,
    name: 'This bot has been flagged by our anti-spam system for abusive behavior pending review, and is currently unable to be added to any additional servers.',
    nameEs:
      'Nuestro sistema antispam ha marcado este bot por comportamiento abusivo, pendiente de revisión, y por ahora no se puede añadir a más servidores',
    source: 'observed',
    description: {
      en: "Discord's anti-spam system has flagged the bot for abusive behavior and, until a review concludes, it cannot be added to more guilds. Retrying the authorization will not help; review what the bot does (mass DMs, joins, invites) and contact Discord Support if you believe it is a mistake.",
      es: 'El sistema antispam de Discord ha marcado el bot por comportamiento abusivo y, hasta que concluya una revisión, no se puede añadir a más servidores. Reintentar la autorización no servirá; revisa lo que hace el bot (MD masivos, uniones, invitaciones) y contacta con el soporte de Discord si crees que es un error.',
    },
  },
  {
    code: 20_027,
    name: 'This action can only be performed for approved store applications',
    nameEs: 'Esta acción solo puede realizarse en aplicaciones de tienda aprobadas',
    source: 'observed',
    description: {
      en: "The action is only available to applications approved to sell in Discord's store. Ordinary bots are not concerned.",
      es: 'La acción solo está disponible para aplicaciones aprobadas para vender en la tienda de Discord. No afecta a los bots normales.',
    },
  },
  {
    code: 20_028,
    name: 'The write action you are performing on the channel has hit the write rate limit',
    nameEs:
      'La acción de escritura que realizas en el canal ha alcanzado el límite de solicitudes de escritura',
    source: 'both',
    description: {
      en: 'A write rate limit on the channel was hit: too many messages or other writes to this channel in a short time. Discord returns it with HTTP 429 and a `retry_after` value; wait that long before writing again. The limit belongs to the channel and is shared by everyone posting there, so it can trigger even while your own rate-limit bucket still has requests left: batch or throttle messages to busy channels.',
      es: 'Se alcanzó un límite de escritura del canal: demasiados mensajes u otras escrituras en este canal en poco tiempo. Discord lo devuelve con HTTP 429 y un valor `retry_after`; espera ese tiempo antes de volver a escribir. Como el límite es del canal y lo comparten todos los que publican en él, puede saltar aunque tu propio bucket aún no haya agotado su límite: agrupa o espacia los mensajes que envías a canales concurridos.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'discord-api-types has merged a rename of this member from `ChannelSendRateLimit` to `ChannelWriteRateLimit` (pull request #1627), so depending on the version you use it may have either name.',
          es: 'discord-api-types ha integrado un cambio de nombre de este miembro de `ChannelSendRateLimit` a `ChannelWriteRateLimit` (pull request #1627): según la versión que uses, puede llamarse de una forma u otra.',
        },
      },
    ],
  },
  {
    code: 20_029,
    name: 'The write action you are performing on the server has hit the write rate limit',
    nameEs:
      'La acción de escritura que realizas en el servidor ha alcanzado el límite de solicitudes de escritura',
    source: 'both',
    description: {
      en: 'Like `20028`, but for the whole guild: writes across the guild have hit a limit shared by everyone writing to it. Back off and honor `retry_after` when the response carries it, and spread out bursts of writes over many channels of the same guild, such as mass channel or role edits.',
      es: 'Como `20028`, pero para todo el servidor: las escrituras en el servidor alcanzaron un límite que comparten todos los que escriben en él. Espera y respeta `retry_after` cuando venga en la respuesta, y reparte en el tiempo las ráfagas de escrituras sobre muchos canales del mismo servidor, como ediciones masivas de canales o roles.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'discord-api-types has merged a rename of this member from `ServerSendRateLimit` to `ServerWriteRateLimit` (pull request #1629), so depending on the version you use it may have either name.',
          es: 'discord-api-types ha integrado un cambio de nombre de este miembro de `ServerSendRateLimit` a `ServerWriteRateLimit` (pull request #1629): según la versión que uses, puede llamarse de una forma u otra.',
        },
      },
    ],
  },
  {
    code: 20_031,
    name: 'Your Stage topic, server name, server description, or channel names contain words that are not allowed',
    nameEs:
      'El tema del escenario, el nombre o la descripción del servidor o los nombres de canal contienen palabras no permitidas',
    source: 'both',
    description: {
      en: "Discord's word filter rejected the text: a Stage topic, guild name, guild description or channel name contains a word that is not allowed. Remove or rephrase the offending words; the same text will be rejected again.",
      es: 'El filtro de palabras de Discord rechazó el texto: el tema de un escenario, el nombre o la descripción del servidor o el nombre de un canal contiene una palabra no permitida. Quita o reformula esas palabras; el mismo texto volverá a rechazarse.',
    },
  },
  {
    code: 20_032,
    name: 'The write action you are performing on the channel has hit the write rate limit for messages greater than 2000 characters.',
    nameEs:
      'La acción de escritura que realizas en el canal ha alcanzado el límite de solicitudes de escritura para mensajes de más de 2000 caracteres',
    source: 'observed',
    description: {
      en: 'Messages longer than 2,000 characters (possible only with Nitro, up to 4,000) have a stricter write rate limit in the channel, and it was hit. Wait before sending another long message; bots cannot send more than 2,000 characters anyway, so this concerns user accounts.',
      es: 'Los mensajes de más de 2000 caracteres (posibles solo con Nitro, hasta 4000) tienen un límite de escritura más estricto en el canal, y se alcanzó. Espera antes de enviar otro mensaje largo; los bots no pueden enviar más de 2000 caracteres de todos modos, por lo que afecta a cuentas de usuario.',
    },
  },
  {
    code: 20_033,
    name: 'This update is not allowed for this connection type',
    nameEs: 'Esta actualización no está permitida para este tipo de conexión',
    source: 'observed',
    description: {
      en: 'This change cannot be made for this type of connected account: each connection type (Twitch, Steam, Xbox…) accepts only certain updates. It comes from the connection settings of user accounts.',
      es: 'Este cambio no puede hacerse en este tipo de cuenta conectada: cada tipo de conexión (Twitch, Steam, Xbox…) solo admite ciertas actualizaciones. Procede de los ajustes de conexiones de las cuentas de usuario.',
    },
  },
  {
    code: 20_035,
    name: 'Guild premium subscription level too low',
    nameEs: 'Nivel de mejoras del servidor demasiado bajo',
    source: 'both',
    description: {
      en: "The guild's boost level (premium tier) is too low for what you asked, such as a feature or setting unlocked only at a higher tier. Check the guild's `premium_tier` before using tier-gated features; the only other fix is for the guild to reach a higher tier with more boosts.",
      es: 'El nivel de mejoras del servidor (premium tier) es demasiado bajo para lo que pediste, como una función o un ajuste que solo se desbloquea en un nivel superior. Comprueba `premium_tier` del servidor antes de usar funciones que dependen del nivel; la única otra solución es que el servidor suba de nivel con más mejoras.',
    },
  },
  {
    code: 20_037,
    name: 'You must be friends with this user to perform this action',
    nameEs: 'Debes ser amigo de este usuario para realizar esta acción',
    source: 'observed',
    description: {
      en: 'The action requires the two users to be friends, for example adding someone to a group DM. It concerns user accounts; bots have no friends list.',
      es: 'La acción requiere que ambos usuarios sean amigos, por ejemplo para añadir a alguien a un MD de grupo. Es propio de cuentas de usuario; los bots no tienen lista de amigos.',
    },
  },
  {
    code: 20_039,
    name: 'This action cannot be performed because the team owns a verified application. Please contact support.',
    nameEs:
      'No se puede realizar esta acción porque el equipo es propietario de una aplicación verificada. Contacta con el soporte.',
    source: 'observed',
    description: {
      en: "The team owns a verified application, so this change to the team needs Discord's involvement. Contact Discord Support, as the message says.",
      es: 'Como el equipo es propietario de una aplicación verificada, este cambio en el equipo requiere la intervención de Discord. Contacta con el soporte de Discord, como indica el mensaje.',
    },
  },
  {
    code: 20_040,
    name: 'This action cannot be performed because a vanity url is required for published guilds',
    nameEs:
      'No se puede realizar esta acción porque los servidores publicados requieren una URL personalizada',
    source: 'observed',
    description: {
      en: 'A published guild must keep a vanity URL, so the change was refused: the vanity URL cannot be removed while the guild is published. Keep a vanity URL, or unpublish the guild first.',
      es: 'Se rechazó el cambio porque un servidor publicado debe conservar una URL personalizada: no se puede quitar mientras el servidor esté publicado. Mantén una URL personalizada o retira antes la publicación del servidor.',
    },
  },
  {
    code: 20_042,
    name: 'Invalid remote authentication ticket',
    nameEs: 'Ticket de autenticación remota no válido',
    source: 'observed',
    description: {
      en: 'The ticket in the QR-code login flow (remote authentication) is invalid or has expired. Restart the QR login; only the official client uses it.',
      es: 'El ticket del inicio de sesión con código QR (autenticación remota) no es válido o ha caducado. Vuelve a iniciar el proceso con QR; solo lo usa el cliente oficial.',
    },
  },
  {
    code: 20_043,
    name: 'Unknown internal remote authentication error',
    nameEs: 'Error interno desconocido de autenticación remota',
    source: 'observed',
    description: {
      en: "The QR-code login (remote authentication) failed because of an internal error on Discord's side. Start the login again, and if it keeps failing, try later.",
      es: 'El inicio de sesión con código QR (autenticación remota) falló por un error interno de Discord. Vuelve a iniciar el proceso y, si sigue fallando, inténtalo más tarde.',
    },
  },
  {
    code: 20_044,
    name: 'VANITY_URL_EMPLOYEE_ONLY_GUILD_DISABLED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `VANITY_URL_EMPLOYEE_ONLY_GUILD_DISABLED` instead of a sentence. By its name, vanity URLs are disabled for guilds restricted to Discord employees, so the change cannot be made there; ordinary guilds will not see it.',
      es: 'Discord devuelve la constante interna `VANITY_URL_EMPLOYEE_ONLY_GUILD_DISABLED` en lugar de una frase. A juzgar por su nombre, las URL personalizadas están desactivadas en servidores reservados a empleados de Discord, donde el cambio no puede hacerse; los servidores normales no lo verán.',
    },
  },
  {
    code: 20_045,
    name: 'This guild do not met requirements of using vanity url feature',
    nameEs: 'Este servidor no cumple los requisitos para usar la URL personalizada',
    source: 'observed',
    description: {
      en: "The guild does not meet the requirements for a vanity URL (such as its boost level or partner or verified status), so the custom invite cannot be set. Check the guild's eligibility before trying again.",
      es: 'El servidor no cumple los requisitos para tener una URL personalizada (como el nivel de mejoras o ser socio o estar verificado); por eso no se puede establecer la invitación personalizada. Comprueba si el servidor cumple los requisitos antes de volver a intentarlo.',
    },
  },
  {
    code: 20_049,
    name: 'Invalid one time login ticket',
    nameEs: 'Ticket de inicio de sesión de un solo uso no válido',
    source: 'observed',
    description: {
      en: 'The one-time login ticket (a single-use credential for signing in) is invalid, has expired or was already used. Start the login again to get a new ticket.',
      es: 'El ticket de inicio de sesión de un solo uso (una credencial para iniciar sesión una única vez) no es válido, ha caducado o ya se usó. Vuelve a iniciar el proceso para obtener un ticket nuevo.',
    },
  },
  {
    code: 20_054,
    name: 'New requirements can be added only when there are no members in the role',
    nameEs: 'Solo se pueden añadir requisitos nuevos cuando el rol no tiene miembros',
    source: 'observed',
    description: {
      en: 'The role already has members, and new requirements can only be added while it has none. Remove the members from the role, or create a new role with the requirements, before trying again.',
      es: 'El rol ya tiene miembros, y solo se le pueden añadir requisitos nuevos mientras no tenga ninguno. Quita a los miembros del rol, o crea un rol nuevo con los requisitos, antes de volver a intentarlo.',
    },
  },
  {
    code: 20_055,
    name: 'Application is restricted from joining server. See https://i.dis.gd/500 for more info.',
    nameEs:
      'La aplicación tiene restringida la entrada en servidores. Más información en https://i.dis.gd/500.',
    source: 'observed',
    description: {
      en: 'Discord has restricted the application from joining guilds, so it cannot be added to this one; the message links to a Discord help article with the details. Follow that article, since retrying the authorization will not work.',
      es: 'Discord ha impedido que la aplicación se una a servidores y no se puede añadir a este; el mensaje enlaza a un artículo de ayuda de Discord con los detalles. Sigue ese artículo, porque reintentar la autorización no funcionará.',
    },
  },
  {
    code: 20_058,
    name: 'This action cannot be performed because the team has submitted identity verification. Please contact support.',
    nameEs:
      'No se puede realizar esta acción porque el equipo ha enviado una verificación de identidad. Contacta con el soporte.',
    source: 'observed',
    description: {
      en: "The team has submitted identity verification, so this change needs Discord's involvement. Contact Discord Support, as the message asks.",
      es: 'El equipo ha enviado una verificación de identidad, por lo que este cambio requiere la intervención de Discord. Contacta con el soporte de Discord, como pide el mensaje.',
    },
  },
  {
    code: 20_060,
    name: 'This application is not supported in your region.',
    nameEs: 'Esta aplicación no está disponible en tu región',
    source: 'observed',
    description: {
      en: "The application is not available in the user's region, so the user cannot use it there. Nothing in the request can change this.",
      es: 'El usuario no puede usar la aplicación: no está disponible en su región. Nada en la solicitud puede cambiarlo.',
    },
  },
  {
    code: 20_062,
    name: 'This action requires an application to be authorized by the user.',
    nameEs: 'Esta acción requiere que el usuario autorice una aplicación',
    source: 'observed',
    description: {
      en: 'The user must authorize the application, through its OAuth2 flow, before this action can be done for them. Send the user through the authorization flow and retry afterwards.',
      es: 'El usuario debe autorizar la aplicación, mediante su flujo de OAuth2, antes de que pueda realizarse esta acción para él. Haz que pase por el flujo de autorización y reintenta después.',
    },
  },
] as const satisfies readonly DiscordJsonErrorEntry[];
