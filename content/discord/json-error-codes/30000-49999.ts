/**
 * Discord JSON error codes 30000–49999: resource limits (30xxx), rate limits (31xxx) and
 * disallowed actions (40xxx), as returned in the `code` key of a JSON error body.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 * @see https://docs.discord.food/datamining/errors
 */
import type { DiscordJsonErrorEntry } from '../../../src/schema/entries.ts';

export const codes30000To49999 = [
  {
    code: 30_001,
    name: 'Maximum number of guilds reached (100)',
    nameEs: 'Número máximo de servidores alcanzado (100)',
    source: 'both',
    description: {
      en: 'The account is already in as many guilds as it may join (100 per the message; Nitro raises the cap for user accounts), so joining or creating another guild fails. Leave a guild first: retrying as is fails the same way.',
      es: 'La cuenta ya está en el número máximo de servidores permitido (100 según el mensaje; Nitro amplía ese tope en las cuentas de usuario) y no puede unirse a otro ni crear uno nuevo. Primero sal de algún servidor: reintentar tal cual volverá a fallar.',
    },
  },
  {
    code: 30_002,
    name: 'Maximum number of friends reached (1000)',
    nameEs: 'Número máximo de amigos alcanzado (1000)',
    source: 'both',
    description: {
      en: 'The user account already has 1,000 friends, the maximum, so it cannot add another. This is a user-account feature of the official client; bots have no friends list and will not see it. Remove a friend to make room.',
      es: 'La cuenta de usuario ya tiene 1000 amigos, el máximo, y no puede añadir más. Es una función de las cuentas de usuario del cliente oficial; los bots no tienen lista de amigos y no lo verán. Elimina a algún amigo para hacer sitio.',
    },
  },
  {
    code: 30_003,
    name: 'Maximum number of pins reached for the channel (250)',
    nameEs: 'Número máximo de mensajes fijados del canal alcanzado (250)',
    source: 'both',
    description: {
      en: 'The channel already has 250 pinned messages, the per-channel maximum. Unpin an older message (or copy it somewhere else first) before pinning a new one; retrying the pin on its own will not succeed.',
      es: 'El canal ya tiene 250 mensajes fijados, el máximo por canal. Deja de fijar algún mensaje antiguo (o cópialo antes a otro sitio) para poder fijar uno nuevo; repetir la solicitud sin más no funcionará.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Older documentation and many libraries still give the limit as 50. Discord has since raised it to 250, the figure both the official table and the observed message now show.',
          es: 'Documentación antigua y muchas bibliotecas siguen indicando un límite de 50. Discord lo subió después a 250, que es la cifra que muestran ahora tanto la tabla oficial como el mensaje observado.',
        },
      },
    ],
  },
  {
    code: 30_004,
    name: 'Maximum number of recipients reached (10)',
    nameEs: 'Número máximo de destinatarios alcanzado (10)',
    source: 'both',
    description: {
      en: 'The group DM already has 10 recipients, its maximum, so nobody else can be added. Remove a recipient or start a separate group DM.',
      es: 'El MD grupal ya tiene 10 destinatarios, su máximo: no se puede añadir a nadie más. Quita a algún participante o crea otro MD grupal.',
    },
  },
  {
    code: 30_005,
    name: 'Maximum number of guild roles reached (250)',
    nameEs: 'Número máximo de roles del servidor alcanzado (250)',
    source: 'both',
    description: {
      en: 'The guild already has 250 roles, the most it can hold, so creating another role fails. Delete roles nobody uses any more; an app that creates a role per user or per feature should reuse existing roles instead.',
      es: 'El servidor ya tiene 250 roles, el máximo que admite, y no se puede crear otro. Borra los roles que ya no se usan; si tu app crea un rol por usuario o por función, conviene que reutilice los existentes.',
    },
  },
  {
    code: 30_006,
    name: 'Too many users have this username, please try another',
    nameEs: 'Demasiados usuarios tienen este nombre de usuario; prueba con otro',
    source: 'observed',
    description: {
      en: 'Too many accounts already use this username, so it cannot be assigned; the limit dates from the discriminator system, when one name was shared across numbered tags. It concerns user accounts choosing a name, not bots: pick a different username.',
      es: 'Demasiadas cuentas usan ya este nombre de usuario y no se puede asignar; el límite viene del sistema de discriminadores, cuando un mismo nombre se repartía entre etiquetas numeradas. Afecta a cuentas de usuario que eligen nombre, no a bots: elige otro nombre.',
    },
  },
  {
    code: 30_007,
    name: 'Maximum number of webhooks reached (15)',
    nameEs: 'Número máximo de webhooks alcanzado (15)',
    observedMessage: 'Maximum number of webhooks reached (10)',
    source: 'both',
    description: {
      en: 'The channel already has 15 webhooks, the per-channel maximum. Reuse a webhook your app created earlier (list them with `GET /channels/{channel.id}/webhooks`) or delete an unused one, instead of creating a new webhook every time.',
      es: 'El canal ya tiene 15 webhooks, el máximo por canal. Reutiliza un webhook que tu app creara antes (puedes listarlos con `GET /channels/{channel.id}/webhooks`) o borra alguno que no uses, en lugar de crear un webhook nuevo cada vez.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's official table says 15; the message collected by the community says 10. Discord raised the per-channel limit from 10 to 15 in 2022, so the 10 is most likely an older capture of the same response.",
          es: 'La tabla oficial de Discord dice 15; el mensaje recopilado por la comunidad dice 10. Discord subió el límite por canal de 10 a 15 en 2022; lo más probable es que el 10 sea una captura antigua de la misma respuesta.',
        },
      },
    ],
  },
  {
    code: 30_008,
    name: 'Maximum number of emojis reached',
    nameEs: 'Número máximo de emojis alcanzado',
    source: 'both',
    description: {
      en: "The guild has used all its custom emoji slots. How many it has depends on the guild's boost level, and animated emojis have their own slots (and their own error, 30018). Delete an emoji or raise the boost level before uploading another.",
      es: 'El servidor ha agotado sus espacios para emojis personalizados. Cuántos tiene depende de su nivel de mejoras (boosts), y los emojis animados tienen espacios aparte (y su propio error, 30018). Borra algún emoji o sube el nivel de mejoras antes de añadir otro.',
    },
  },
  {
    code: 30_009,
    name: 'Maximum number of connections reached (50)',
    nameEs: 'Número máximo de conexiones alcanzado (50)',
    source: 'observed',
    description: {
      en: 'The user account already has 50 connections (linked third-party accounts such as Twitch or Steam), the maximum. It concerns user accounts, not bots; remove a connection before linking another.',
      es: 'La cuenta de usuario ya tiene 50 conexiones (cuentas de terceros vinculadas, como Twitch o Steam), el máximo. Afecta a cuentas de usuario, no a bots; elimina alguna conexión antes de vincular otra.',
    },
  },
  {
    code: 30_010,
    name: 'Maximum number of reactions reached (20)',
    nameEs: 'Número máximo de reacciones alcanzado (20)',
    source: 'both',
    description: {
      en: 'The message already has 20 different reactions, the most a message can carry. Reacting with one of those 20 emojis still works; a new, different emoji cannot be added until one of them is removed.',
      es: 'El mensaje ya tiene 20 reacciones distintas, el máximo que admite. Se puede seguir reaccionando con cualquiera de esos 20 emojis, pero no añadir uno nuevo hasta que se quite alguno de ellos.',
    },
  },
  {
    code: 30_011,
    name: 'Maximum number of group DMs reached (10)',
    nameEs: 'Número máximo de MD grupales alcanzado (10)',
    source: 'both',
    description: {
      en: 'Group DMs created through the API (`POST /users/@me/channels` with `access_tokens`) are capped at 10 active ones, and that cap is reached. Close or leave a group DM you no longer need before creating another.',
      es: 'Los MD grupales creados desde la API (`POST /users/@me/channels` con `access_tokens`) tienen un tope de 10 activos, y ya se ha alcanzado. Cierra o abandona algún MD grupal que ya no necesites antes de crear otro.',
    },
  },
  {
    code: 30_012,
    name: 'Maximum number of whitelisted users reached (50)',
    nameEs: 'Número máximo de usuarios en la lista blanca alcanzado (50)',
    source: 'observed',
    description: {
      en: 'An allow-list of users has reached its cap of 50 entries. It belongs to application and account settings rather than to the bot API (for example, the users allowed to test an application); remove an entry before adding another.',
      es: 'Una lista de usuarios permitidos ha llegado a su tope de 50 entradas. Pertenece a la configuración de aplicaciones y cuentas, no a la API de bots (por ejemplo, los usuarios autorizados a probar una aplicación); quita una entrada antes de añadir otra.',
    },
  },
  {
    code: 30_013,
    name: 'Maximum number of guild channels reached (500)',
    nameEs: 'Número máximo de canales del servidor alcanzado (500)',
    source: 'both',
    description: {
      en: 'The guild already has 500 channels, the maximum, and categories count toward that number. Delete or merge unused channels before creating new ones.',
      es: 'El servidor ya tiene 500 canales, el máximo, y las categorías también cuentan. Borra o agrupa los canales que no se usen antes de crear otros nuevos.',
    },
  },
  {
    code: 30_015,
    name: 'Maximum number of attachments in a message reached (10)',
    nameEs: 'Número máximo de archivos adjuntos en un mensaje alcanzado (10)',
    source: 'both',
    description: {
      en: 'A single message can carry at most 10 attachments, and the request included more. Split the files across several messages.',
      es: 'Un mensaje admite como mucho 10 archivos adjuntos y la solicitud incluía más. Reparte los archivos entre varios mensajes.',
    },
  },
  {
    code: 30_016,
    name: 'Maximum number of invites reached (1000)',
    nameEs: 'Número máximo de invitaciones alcanzado (1000)',
    observedMessage: 'Maximum number of invites to this server reached.',
    source: 'both',
    description: {
      en: 'The guild already has 1,000 active invites. Delete invites that are no longer needed (list them with `GET /guilds/{guild.id}/invites`) or reuse an existing one instead of creating a fresh invite each time.',
      es: 'El servidor ya tiene 1000 invitaciones activas. Borra las que ya no hagan falta (puedes listarlas con `GET /guilds/{guild.id}/invites`) o reutiliza una existente en lugar de crear una invitación nueva cada vez.',
    },
  },
  {
    code: 30_017,
    name: 'Maximum number of application assets reached (300)',
    nameEs: 'Número máximo de recursos de la aplicación alcanzado (300)',
    source: 'observed',
    description: {
      en: 'The application already has 300 assets (the images uploaded for Rich Presence), the maximum. Delete assets it no longer uses in the Developer Portal before uploading more.',
      es: 'La aplicación ya tiene 300 recursos gráficos (las imágenes subidas para Rich Presence), el máximo. Borra en el portal de desarrolladores los que ya no use antes de subir más.',
    },
  },
  {
    code: 30_018,
    name: 'Maximum number of animated emojis reached',
    nameEs: 'Número máximo de emojis animados alcanzado',
    source: 'both',
    description: {
      en: "All animated emoji slots are in use. As with static emojis (30008), the number of slots depends on the guild's boost level; delete an animated emoji or raise the boost level first.",
      es: 'Todos los espacios para emojis animados están ocupados. Igual que con los estáticos (30008), el número de espacios depende del nivel de mejoras del servidor; borra algún emoji animado o sube antes ese nivel.',
    },
  },
  {
    code: 30_019,
    name: 'Maximum number of server members reached',
    nameEs: 'Número máximo de miembros del servidor alcanzado',
    observedMessage: 'Maximum number of server members reached (`max_members`)',
    source: 'both',
    description: {
      en: 'The guild is full: it has reached its `max_members` value, so no one else can join until members leave. The cap is set by Discord for each guild; there is nothing to change in the request.',
      es: 'El servidor está lleno: ha alcanzado su valor de `max_members` y nadie más puede unirse hasta que salgan miembros. Ese tope lo fija Discord para cada servidor; no hay nada que cambiar en la solicitud.',
    },
  },
  {
    code: 30_021,
    name: 'Maximum number of game SKUs per application reached (1).',
    nameEs: 'Número máximo de SKU de juego por aplicación alcanzado (1)',
    source: 'observed',
    description: {
      en: 'An application can have only one game SKU, and this one already has it. This comes from the store and monetization settings in the Developer Portal, not from the bot API; edit the existing SKU instead of creating another.',
      es: 'Una aplicación solo puede tener un SKU de juego, y esta ya lo tiene. Viene de la configuración de tienda y monetización del portal de desarrolladores, no de la API de bots; edita el SKU existente en lugar de crear otro.',
    },
  },
  {
    code: 30_022,
    name: 'Maximum number of gifts has been reached for this SKU.',
    nameEs: 'Número máximo de regalos alcanzado para este SKU',
    source: 'observed',
    description: {
      en: 'No more gifts can be created for this SKU because its gift limit has been reached. It concerns purchases and gifting in the official client; bots will not run into it.',
      es: 'No se pueden crear más regalos para este SKU porque ha alcanzado su límite. Tiene que ver con compras y regalos en el cliente oficial; un bot no se lo encontrará.',
    },
  },
  {
    code: 30_023,
    name: 'Maximum number of teams reached (30)',
    nameEs: 'Número máximo de equipos alcanzado (30)',
    source: 'observed',
    description: {
      en: 'The account has reached the limit of 30 developer teams. Leave or delete a team in the Developer Portal before creating or joining another.',
      es: 'La cuenta ha llegado al límite de 30 equipos de desarrollo. Abandona o elimina algún equipo en el portal de desarrolladores antes de crear otro o unirte a uno nuevo.',
    },
  },
  {
    code: 30_025,
    name: 'Maximum number of companies reached (20)',
    nameEs: 'Número máximo de empresas alcanzado (20)',
    source: 'observed',
    description: {
      en: 'The account has reached the limit of 20 companies (the developer and publisher entities used in store listings). Reuse an existing company instead of creating a new one.',
      es: 'La cuenta ha llegado al límite de 20 empresas (las entidades de desarrollador y editor que se usan en las fichas de la tienda). Reutiliza una empresa existente en lugar de crear otra.',
    },
  },
  {
    code: 30_026,
    name: 'Maximum number of premium server subscriptions reached',
    nameEs: 'Número máximo de mejoras de servidor alcanzado',
    source: 'observed',
    description: {
      en: 'The limit on server boosts (internally, premium guild subscriptions) has been reached, so no further boost can be applied. It concerns user accounts and billing in the official client; bots will not see it.',
      es: 'Se ha alcanzado el límite de mejoras de servidor (internamente, premium guild subscriptions) y no se puede aplicar ninguna más. Afecta a cuentas de usuario y a la facturación en el cliente oficial; los bots no lo verán.',
    },
  },
  {
    code: 30_027,
    name: 'Maximum number of user notes reached (1500)',
    nameEs: 'Número máximo de notas de usuario alcanzado (1500)',
    source: 'observed',
    description: {
      en: 'The account already has notes on 1,500 users, the maximum. Notes are a user-account feature; delete notes that are no longer useful before adding new ones.',
      es: 'La cuenta ya tiene notas sobre 1500 usuarios, el máximo. Las notas son una función de las cuentas de usuario; borra las que ya no sirvan antes de añadir otras.',
    },
  },
  {
    code: 30_029,
    name: 'NOT_ENOUGH_GUILD_MEMBERS',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `NOT_ENOUGH_GUILD_MEMBERS` instead of a sentence. It indicates that the guild has too few members for the feature or action requested; retrying will not help until the guild grows.',
      es: 'Discord devuelve la constante interna `NOT_ENOUGH_GUILD_MEMBERS` en lugar de una frase. Indica que el servidor tiene menos miembros de los necesarios para la función o acción solicitada; reintentar no servirá hasta que el servidor crezca.',
    },
  },
  {
    code: 30_030,
    name: 'Maximum number of server categories has been reached (5)',
    nameEs: 'Número máximo de categorías de servidor alcanzado (5)',
    source: 'both',
    description: {
      en: 'A guild listed in Server Discovery can have at most 5 discovery subcategories, and this one already has them. Remove a subcategory before adding another.',
      es: 'Un servidor de Discovery puede tener como máximo 5 subcategorías de descubrimiento, y este ya las tiene. Quita una subcategoría antes de añadir otra.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'Despite the wording, this is not about channel categories: those count toward the 500-channel limit (30013).',
          es: 'Pese al texto, no tiene nada que ver con las categorías de canales: esas cuentan para el límite de 500 canales (30013).',
        },
      },
    ],
  },
  {
    code: 30_031,
    name: 'Guild already has a template',
    nameEs: 'El servidor ya tiene una plantilla',
    source: 'both',
    description: {
      en: 'A guild can have only one template, and this one already has it. Bring the existing template up to date with `PUT /guilds/{guild.id}/templates/{template.code}`, or delete it before creating a new one.',
      es: 'Un servidor solo puede tener una plantilla, y este ya la tiene. Actualiza la existente con `PUT /guilds/{guild.id}/templates/{template.code}` o bórrala antes de crear otra.',
    },
  },
  {
    code: 30_032,
    name: 'Maximum number of application commands reached',
    nameEs: 'Número máximo de comandos de aplicación alcanzado',
    source: 'both',
    description: {
      en: 'The application already has as many commands of this type as the scope allows: 100 global slash (`CHAT_INPUT`) commands, smaller caps for `USER` and `MESSAGE` context-menu commands, and the same caps again per guild for guild commands. Delete commands you no longer use, or fold related ones into subcommands.',
      es: 'La aplicación ya tiene todos los comandos de este tipo que admite ese ámbito: 100 comandos de barra (`CHAT_INPUT`) globales, topes menores para los comandos de menú contextual `USER` y `MESSAGE`, y los mismos topes otra vez por servidor para los comandos de servidor. Borra los comandos que ya no uses o agrupa los relacionados como subcomandos.',
    },
  },
  {
    code: 30_033,
    name: 'Maximum number of thread participants has been reached (1000)',
    nameEs: 'Número máximo de participantes del hilo alcanzado (1000)',
    observedMessage: 'Max number of thread participants has been reached (1000)',
    source: 'both',
    description: {
      en: 'The thread already has 1,000 members, the maximum, so no one else can be added to it. Remove inactive members or carry on in a new thread.',
      es: 'El hilo ya tiene 1000 miembros, el máximo, y no admite a nadie más. Quita a miembros inactivos o continúa en un hilo nuevo.',
    },
  },
  {
    code: 30_034,
    name: 'Maximum number of daily application command creates has been reached (200)',
    nameEs: 'Número máximo diario de creaciones de comandos de aplicación alcanzado (200)',
    observedMessage: 'Max number of daily application command creates has been reached (200)',
    source: 'both',
    description: {
      en: 'Discord allows 200 application command creates per day, per guild, and that quota is used up. Wait for it to reset, and stop re-creating commands on every start: register them only when they change (a bulk overwrite counts only the commands that did not already exist).',
      es: 'Discord permite 200 creaciones de comandos de aplicación al día por servidor, y esa cuota está agotada. Espera a que se renueve y deja de recrear los comandos en cada arranque: regístralos solo cuando cambien (una sobrescritura masiva solo cuenta los comandos que no existían ya).',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'Deleting and re-creating all commands on every start-up, a common pattern in example code, is the usual way bots hit this limit.',
          es: 'Borrar y volver a crear todos los comandos en cada arranque, un patrón habitual en código de ejemplo, es la forma más común de que un bot choque con este límite.',
        },
      },
    ],
  },
  {
    code: 30_035,
    name: 'Maximum number of bans for non-guild members have been exceeded',
    nameEs: 'Se superó el número máximo de baneos de usuarios que no son miembros del servidor',
    source: 'both',
    description: {
      en: 'Discord limits how many users who are not in the guild can be banned, and that limit has been reached. The figure is not documented; keep pre-emptive bans of non-members to the accounts that matter and space out bulk imports of ban lists.',
      es: 'Discord limita cuántos usuarios que no están en el servidor se pueden banear, y se ha llegado a ese límite. La cifra no está documentada; reserva los baneos preventivos de no miembros para las cuentas que importan y espacia las importaciones masivas de listas de baneos.',
    },
  },
  {
    code: 30_037,
    name: 'Maximum number of bans fetches has been reached',
    nameEs: 'Número máximo de consultas de baneos alcanzado',
    observedMessage: 'Max number of bans fetches has been reached. Try again later',
    source: 'both',
    description: {
      en: "The guild's ban list has been fetched too many times in a short period. Wait before calling `GET /guilds/{guild.id}/bans` again, and cache the result or follow ban changes through Gateway events instead of paging through the list repeatedly.",
      es: 'Se ha consultado la lista de baneos del servidor demasiadas veces en poco tiempo. Espera antes de volver a llamar a `GET /guilds/{guild.id}/bans` y guarda el resultado en caché, o sigue los cambios mediante eventos del Gateway, en lugar de paginar la lista una y otra vez.',
    },
  },
  {
    code: 30_038,
    name: 'Maximum number of uncompleted guild scheduled events reached (100)',
    nameEs: 'Número máximo de eventos programados sin completar del servidor alcanzado (100)',
    source: 'both',
    description: {
      en: 'The guild already has 100 scheduled events that have not finished (scheduled or active), the maximum. Cancel or delete stale events, or end active ones, before creating more.',
      es: 'El servidor ya tiene 100 eventos programados sin terminar (programados o en curso), el máximo. Cancela o borra los eventos obsoletos, o finaliza los activos, antes de crear más.',
    },
  },
  {
    code: 30_039,
    name: 'Maximum number of stickers reached',
    nameEs: 'Número máximo de stickers alcanzado',
    source: 'both',
    description: {
      en: "All custom sticker slots are in use. The number of slots depends on the guild's boost level; delete a sticker or raise the boost level before uploading another.",
      es: 'Todos los espacios para stickers personalizados están ocupados. Su número depende del nivel de mejoras del servidor; borra algún sticker o sube ese nivel antes de añadir otro.',
    },
  },
  {
    code: 30_040,
    name: 'Maximum number of prune requests has been reached. Try again later',
    nameEs: 'Número máximo de solicitudes de purga alcanzado. Vuelve a intentarlo más tarde.',
    source: 'both',
    description: {
      en: 'Too many prunes have been requested for this guild recently. Wait a while before starting another one with `POST /guilds/{guild.id}/prune` rather than retrying in a loop.',
      es: 'Se han solicitado demasiadas purgas de miembros en este servidor últimamente. Espera un rato antes de iniciar otra con `POST /guilds/{guild.id}/prune` en lugar de reintentar en bucle.',
    },
  },
  {
    code: 30_041,
    name: 'Max number of entries in directory channel reached (500)',
    nameEs: 'Número máximo de entradas en el canal de directorio alcanzado (500)',
    source: 'observed',
    description: {
      en: 'The directory channel (used by Student Hubs to list guilds) already holds 500 entries, its maximum. Remove an entry before adding another; this is a client feature, not something bots normally manage.',
      es: 'El canal de directorio (el que usan los Student Hubs para listar servidores) ya tiene 500 entradas, su máximo. Quita una antes de añadir otra; es una función del cliente, no algo que los bots suelan gestionar.',
    },
  },
  {
    code: 30_042,
    name: 'Maximum number of guild widget settings updates has been reached. Try again later',
    nameEs:
      'Número máximo de actualizaciones de los ajustes del widget del servidor alcanzado. Vuelve a intentarlo más tarde.',
    source: 'both',
    description: {
      en: "The guild's widget settings have been changed too many times in a short period. Wait before calling `PATCH /guilds/{guild.id}/widget` again, and send all changes in one update rather than several.",
      es: 'La configuración del widget del servidor se ha modificado demasiadas veces en poco tiempo. Espera antes de volver a llamar a `PATCH /guilds/{guild.id}/widget` y envía todos los cambios en una sola actualización en vez de en varias.',
    },
  },
  {
    code: 30_043,
    name: 'Maximum number of published tiers reached (3)',
    nameEs: 'Número máximo de niveles publicados alcanzado (3)',
    source: 'observed',
    description: {
      en: 'No more than 3 subscription tiers can be published, and that many already are. It concerns creator monetization settings in the official client; unpublish a tier before publishing another.',
      es: 'No se pueden publicar más de 3 niveles de suscripción y ya hay 3 publicados. Forma parte de la monetización para creadores del cliente oficial; retira un nivel antes de publicar otro.',
    },
  },
  {
    code: 30_045,
    name: 'Maximum number of soundboard sounds reached',
    nameEs: 'Número máximo de sonidos del panel de sonidos alcanzado',
    observedMessage: 'Maximum number of soundboard sounds reached 36',
    source: 'both',
    description: {
      en: "The guild has used all its soundboard slots, whose number grows with the guild's boost level. Delete a sound or raise the boost level before adding another.",
      es: 'El servidor ha agotado sus espacios del panel de sonidos (soundboard), cuyo número crece con su nivel de mejoras. Borra algún sonido o sube ese nivel antes de añadir otro.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The official table gives no number. The community recorded the message with 36 appended, presumably the slot count of the guild where it was seen, so expect the number to vary.',
          es: 'La tabla oficial no da ninguna cifra. La comunidad recogió el mensaje con un 36 al final, seguramente el número de espacios del servidor donde apareció; la cifra puede variar.',
        },
      },
    ],
  },
  {
    code: 30_046,
    name: 'Maximum number of edits to messages older than 1 hour reached. Try again later',
    nameEs:
      'Número máximo de ediciones de mensajes de más de 1 hora alcanzado. Vuelve a intentarlo más tarde.',
    observedMessage: 'Maximum number of edits to messages older than 1 hour reached.',
    source: 'both',
    description: {
      en: 'Edits to messages more than an hour old have their own limit, and it has been hit. Wait before editing more old messages and spread such edits out; a bot that keeps updating an old status message is a common case.',
      es: 'Las ediciones de mensajes con más de una hora tienen su propio límite, y se ha alcanzado. Espera antes de editar más mensajes antiguos y espacia esas ediciones; un caso frecuente es el de un bot que actualiza sin parar un mensaje de estado antiguo.',
    },
  },
  {
    code: 30_047,
    name: 'Maximum number of pinned threads in a forum channel has been reached',
    nameEs: 'Número máximo de hilos fijados en un canal de foro alcanzado',
    source: 'both',
    description: {
      en: 'The forum or media channel already has as many pinned posts as it allows. Unpin the current post (clear the `PINNED` flag on that thread) before pinning another.',
      es: 'El canal de foro o multimedia ya tiene todas las publicaciones fijadas que admite. Deja de fijar la actual (quitando la marca `PINNED` de ese hilo) antes de fijar otra.',
    },
  },
  {
    code: 30_048,
    name: 'Maximum number of tags in a forum channel has been reached',
    nameEs: 'Número máximo de etiquetas en un canal de foro alcanzado',
    source: 'both',
    description: {
      en: 'The forum or media channel already has the maximum number of tags (`available_tags` holds up to 20). Remove or rename an existing tag instead of adding a new one.',
      es: 'El canal de foro o multimedia ya tiene el máximo de etiquetas (`available_tags` admite hasta 20). Elimina o renombra una etiqueta existente en lugar de añadir otra.',
    },
  },
  {
    code: 30_052,
    name: 'Bitrate is too high for channel of this type',
    nameEs: 'La tasa de bits es demasiado alta para este tipo de canal',
    source: 'both',
    description: {
      en: 'The `bitrate` value is above what this channel allows. Voice channels accept up to `96000` without boosts and up to `384000` at the highest boost level, while stage channels stop at `64000`; lower the value.',
      es: 'El valor de `bitrate` supera lo que admite este canal. Los canales de voz aceptan hasta `96000` sin mejoras y hasta `384000` en el nivel de mejoras más alto, mientras que los canales de escenario se quedan en `64000`; baja el valor.',
    },
  },
  {
    code: 30_053,
    name: 'Maximum total size of attachments reached 500MB.',
    nameEs: 'Tamaño total máximo de los archivos adjuntos alcanzado (500 MB)',
    source: 'observed',
    description: {
      en: 'The attachments add up to more than the 500 MB total the message mentions. Send fewer or smaller files at a time, and keep each file within the upload limit of the guild or account as well.',
      es: 'Los adjuntos suman más de los 500 MB en total que indica el mensaje. Envía menos archivos o más pequeños cada vez, y que cada uno respete además el límite de subida del servidor o de la cuenta.',
    },
  },
  {
    code: 30_054,
    name: 'Maximum number of published application subscriptions reached (1)',
    nameEs: 'Número máximo de suscripciones de aplicación publicadas alcanzado (1)',
    source: 'observed',
    description: {
      en: 'An application can have only one published subscription, and it already has one. This is a monetization setting in the Developer Portal; edit the existing subscription instead of publishing another.',
      es: 'Una aplicación solo puede tener una suscripción publicada, y ya la tiene. Es un ajuste de monetización del portal de desarrolladores; edita la suscripción existente en lugar de publicar otra.',
    },
  },
  {
    code: 30_055,
    name: 'Maximum number of subscription group listings per type per application reached (1)',
    nameEs: 'Número máximo de fichas de grupo de suscripciones por tipo y aplicación alcanzado (1)',
    source: 'observed',
    description: {
      en: 'An application can have only one subscription group listing of each type, and this type is taken. It concerns monetization setup in the Developer Portal; update the existing listing instead.',
      es: 'Una aplicación solo puede tener una ficha de grupo de suscripciones de cada tipo, y la de este tipo ya existe. Forma parte de la configuración de monetización del portal de desarrolladores; actualiza la ficha existente.',
    },
  },
  {
    code: 30_056,
    name: 'Maximum number of premium emojis reached (25)',
    nameEs: 'Número máximo de emojis premium alcanzado (25)',
    source: 'both',
    description: {
      en: 'The guild already has 25 premium emojis (the ones reserved for members of a role subscription), the maximum. Delete one or make it a regular emoji before adding another.',
      es: 'El servidor ya tiene 25 emojis premium (los reservados a los suscriptores de un rol de pago), el máximo. Borra alguno o conviértelo en un emoji normal antes de añadir otro.',
    },
  },
  {
    code: 30_058,
    name: 'Maximum number of webhooks per guild reached (1000)',
    nameEs: 'Número máximo de webhooks por servidor alcanzado (1000)',
    source: 'both',
    description: {
      en: 'The guild already has 1,000 webhooks across all its channels, the per-guild maximum (each channel is also capped on its own, see 30007). Delete unused webhooks; an app that creates one per use should reuse them instead.',
      es: 'El servidor ya tiene 1000 webhooks entre todos sus canales, el máximo por servidor (cada canal tiene además su propio tope, véase 30007). Borra los webhooks que no se usen; si tu app crea uno cada vez, debería reutilizarlos.',
    },
  },
  {
    code: 30_059,
    name: 'Maximum number of blocked users reached (5000)',
    nameEs: 'Número máximo de usuarios bloqueados alcanzado (5000)',
    source: 'observed',
    description: {
      en: 'The account has blocked 5,000 users, the maximum. Blocking is a user-account feature; unblock someone before blocking another user.',
      es: 'La cuenta ha bloqueado a 5000 usuarios, el máximo. Bloquear es una función de las cuentas de usuario; desbloquea a alguien antes de bloquear a otra persona.',
    },
  },
  {
    code: 30_060,
    name: 'Maximum number of channel permission overwrites reached (1000)',
    nameEs: 'Número máximo de sobrescrituras de permisos del canal alcanzado (1000)',
    source: 'both',
    description: {
      en: 'The limit of 1,000 channel permission overwrites has been reached. Remove overwrites that are no longer needed, and grant access through roles rather than one overwrite per member.',
      es: 'Se ha alcanzado el límite de 1000 sobrescrituras de permisos de canal. Quita las que ya no hagan falta y da acceso mediante roles en lugar de crear una sobrescritura por miembro.',
    },
  },
  {
    code: 30_061,
    name: 'The channels for this guild are too large',
    nameEs: 'Los canales de este servidor son demasiado grandes',
    source: 'both',
    description: {
      en: "Discord rejects the change because the guild's channel data, taken as a whole, has grown too large. Delete unused channels or trim their permission overwrites before trying again.",
      es: 'Discord rechaza el cambio porque los datos de los canales del servidor, en conjunto, han crecido demasiado. Borra canales que no se usen o reduce sus sobrescrituras de permisos antes de volver a intentarlo.',
    },
  },
  {
    code: 30_063,
    name: 'Maximum number of application subscription SKUs reached (20)',
    nameEs: 'Número máximo de SKU de suscripción de la aplicación alcanzado (20)',
    source: 'observed',
    description: {
      en: 'The application already has 20 subscription SKUs, the maximum. Reuse or retire SKUs you no longer sell in the Developer Portal before creating new ones.',
      es: 'La aplicación ya tiene 20 SKU de suscripción, el máximo. Reutiliza o retira en el portal de desarrolladores los SKU que ya no vendas antes de crear otros.',
    },
  },
  {
    code: 30_064,
    name: 'Maximum number of one-time-purchase SKUs reached (50)',
    nameEs: 'Número máximo de SKU de compra única alcanzado (50)',
    source: 'observed',
    description: {
      en: 'The application already has 50 one-time-purchase SKUs (durable or consumable items), the maximum. Reuse or retire existing SKUs before creating more.',
      es: 'La aplicación ya tiene 50 SKU de compra única (artículos duraderos o consumibles), el máximo. Reutiliza o retira alguno de los existentes antes de crear más.',
    },
  },
  {
    code: 30_065,
    name: 'Maximum number of published products reached (10)',
    nameEs: 'Número máximo de productos publicados alcanzado (10)',
    source: 'observed',
    description: {
      en: 'The application already has 10 published products, the maximum. Unpublish one in the Developer Portal before publishing another.',
      es: 'La aplicación ya tiene 10 productos publicados, el máximo. Retira uno en el portal de desarrolladores antes de publicar otro.',
    },
  },
  {
    code: 30_066,
    name: 'Maximum number of snapshot reached (5)',
    nameEs: 'Número máximo de instantáneas alcanzado (5)',
    source: 'observed',
    description: {
      en: 'The cap of 5 snapshots has been reached, so no new one can be created. Discord does not document which feature these snapshots belong to; delete or reuse an existing snapshot rather than retrying.',
      es: 'Se ha llegado al tope de 5 instantáneas (snapshots) y no se puede crear otra. Discord no documenta a qué función pertenecen; borra o reutiliza una existente en lugar de reintentar.',
    },
  },
  {
    code: 30_067,
    name: 'Reached max storage capacity of snapshots',
    nameEs: 'Se alcanzó la capacidad máxima de almacenamiento de instantáneas',
    source: 'observed',
    description: {
      en: 'The storage set aside for snapshots is full, regardless of how many there are. Delete older snapshots to free space; like 30066, this belongs to an undocumented feature.',
      es: 'El espacio reservado para instantáneas (snapshots) está lleno, independientemente de cuántas haya. Borra las más antiguas para liberar espacio; igual que 30066, corresponde a una función sin documentar.',
    },
  },
  {
    code: 30_068,
    name: 'Maximum number of guild integrations reached (50)',
    nameEs: 'Número máximo de integraciones del servidor alcanzado (50)',
    source: 'observed',
    description: {
      en: 'The guild already has 50 integrations (bots, apps and linked services), the maximum. Remove integrations the guild no longer uses before adding another.',
      es: 'El servidor ya tiene 50 integraciones (bots, apps y servicios vinculados), el máximo. Quita las que ya no se usen antes de añadir otra.',
    },
  },
  {
    code: 30_070,
    name: 'Maximum message forwards reached',
    nameEs: 'Número máximo de reenvíos de mensajes alcanzado',
    source: 'observed',
    description: {
      en: 'The account has forwarded as many messages as it currently may. Wait before forwarding more, and avoid forwarding in bulk.',
      es: 'La cuenta ha reenviado todos los mensajes que se le permiten por ahora. Espera antes de reenviar más y evita los reenvíos masivos.',
    },
  },
  {
    code: 30_072,
    name: 'Maximum number of store listings reached for SKU (1)',
    nameEs: 'Número máximo de fichas de tienda por SKU alcanzado (1)',
    source: 'observed',
    description: {
      en: 'A SKU can have only one store listing, and this one already has it. Edit the existing listing instead of creating a second one.',
      es: 'Un SKU solo puede tener una ficha en la tienda, y este ya la tiene. Edita la ficha existente en lugar de crear otra.',
    },
  },
  {
    code: 30_074,
    name: 'Maximum number of saved messages reached',
    nameEs: 'Número máximo de mensajes guardados alcanzado',
    source: 'observed',
    description: {
      en: 'The account has saved as many messages (for later) as it is allowed to. This is a feature of user accounts in the official client; remove saved messages before saving more.',
      es: 'La cuenta ya ha guardado (para más tarde) todos los mensajes que se le permiten. Es una función de las cuentas de usuario del cliente oficial; quita mensajes guardados antes de guardar otros.',
    },
  },
  {
    code: 30_076,
    name: 'Cannot publish a server subscription while a user subscription is already published.',
    nameEs:
      'No se puede publicar una suscripción de servidor mientras ya haya publicada una suscripción de usuario',
    source: 'observed',
    description: {
      en: 'An application cannot offer a server subscription and a user subscription at the same time, and a user subscription is already published. Unpublish it first if you want to switch to a server subscription.',
      es: 'Una aplicación no puede ofrecer a la vez una suscripción de servidor y una de usuario, y ya tiene publicada una de usuario. Retírala antes si quieres pasarte a una suscripción de servidor.',
    },
  },
  {
    code: 30_078,
    name: 'TOO_MANY_PENDING_OUTGOING',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `TOO_MANY_PENDING_OUTGOING` instead of a sentence. It evidently means the account has too many outgoing requests still awaiting an answer, most likely friend requests; cancel some pending ones before sending more.',
      es: 'Discord devuelve la constante interna `TOO_MANY_PENDING_OUTGOING` en lugar de una frase. Por lo visto indica que la cuenta tiene demasiadas solicitudes enviadas aún sin respuesta, muy probablemente de amistad; cancela algunas pendientes antes de enviar más.',
    },
  },
  {
    code: 30_081,
    name: 'Maximum number of vibegrations projects reached',
    nameEs: 'Número máximo de proyectos de Vibegrations alcanzado',
    source: 'observed',
    description: {
      en: 'The limit on "vibegrations" projects has been reached. This is an undocumented, internal or experimental feature; regular bots and apps should not encounter it.',
      es: 'Se ha alcanzado el límite de proyectos de «vibegrations». Es una función interna o experimental sin documentar; los bots y apps normales no deberían encontrárselo.',
    },
  },
  {
    code: 31_001,
    name: 'You are being rate limited',
    nameEs: 'Estás sujeto a un límite de solicitudes',
    aliases: { es: ['demasiadas solicitudes'], en: ['too many requests'] },
    source: 'observed',
    description: {
      en: "A rate limit was hit. Wait for the time given in `retry_after` (or the `Retry-After` header) before repeating the request: repeated 429 responses count toward Discord's invalid-request limit, and exceeding it gets your IP temporarily blocked.",
      es: 'Se ha superado un límite de solicitudes (rate limit). Espera el tiempo que indica `retry_after` (o la cabecera `Retry-After`) antes de repetir la solicitud: las respuestas 429 repetidas cuentan para el límite de solicitudes inválidas de Discord, y superarlo bloquea tu IP temporalmente.',
    },
  },
  {
    code: 31_002,
    name: 'The resource is being rate limited',
    nameEs: 'El recurso está sujeto a un límite de solicitudes',
    source: 'observed',
    description: {
      en: 'The limit applies to the resource itself (a channel or guild that others are also using) rather than to your app alone. Wait for the time given in `retry_after` or `Retry-After` and retry; there is nothing to fix in the request.',
      es: 'El límite se aplica al propio recurso (un canal o servidor que otros también están usando), no solo a tu app. Espera el tiempo que indica `retry_after` o `Retry-After` y reintenta; la solicitud no tiene nada que corregir.',
    },
  },
  {
    code: 40_001,
    name: 'Unauthorized. Provide a valid token and try again',
    nameEs: 'No autorizado. Proporciona un token válido y vuelve a intentarlo.',
    observedMessage: 'Unauthorized',
    source: 'both',
    description: {
      en: "The request is not authorized. Check that the `Authorization` header is present and well formed (`Bot <token>` for a bot token, `Bearer <token>` for an OAuth2 access token) and that the token has not been reset or revoked. Retrying with the same credentials fails the same way, and repeated unauthorized requests count toward Discord's invalid-request limit.",
      es: 'La solicitud no está autorizada. Comprueba que la cabecera `Authorization` existe y tiene el formato correcto (`Bot <token>` para el token de un bot, `Bearer <token>` para un token de acceso OAuth2) y que el token no se ha regenerado ni revocado. Reintentar con las mismas credenciales fallará igual, y las solicitudes no autorizadas repetidas cuentan para el límite de solicitudes inválidas de Discord.',
    },
  },
  {
    code: 40_002,
    name: 'You need to verify your account in order to perform this action',
    nameEs: 'Debes verificar tu cuenta para realizar esta acción',
    source: 'both',
    description: {
      en: 'The account must be verified, usually by confirming its email address and sometimes a phone number, before it can do this. It concerns user accounts: verify the account in the official client and try again. Bots rarely see it.',
      es: 'La cuenta tiene que estar verificada, normalmente confirmando su correo y a veces un número de teléfono, antes de poder hacer esto. Afecta a cuentas de usuario: verifica la cuenta en el cliente oficial y vuelve a intentarlo. Los bots rara vez lo ven.',
    },
  },
  {
    code: 40_003,
    name: 'You are opening direct messages too fast',
    nameEs: 'Estás abriendo mensajes directos demasiado rápido',
    source: 'both',
    description: {
      en: "New DM channels are being opened too quickly (`POST /users/@me/channels`). Slow down, and cache each user's DM channel ID instead of opening it again before every message.",
      es: 'Se están abriendo canales de MD nuevos demasiado deprisa (`POST /users/@me/channels`). Reduce el ritmo y guarda en caché el ID del canal de MD de cada usuario en lugar de abrirlo de nuevo antes de cada mensaje.',
    },
  },
  {
    code: 40_004,
    name: 'Send messages has been temporarily disabled',
    nameEs: 'El envío de mensajes se ha desactivado temporalmente',
    observedMessage: 'Send message has been temporarily disabled.',
    source: 'both',
    description: {
      en: "Sending messages has been temporarily disabled for this account, usually as an anti-spam measure. Retrying right away will not help: stop sending for a while and check whether your bot's messaging pattern looks like spam.",
      es: 'El envío de mensajes está desactivado temporalmente para esta cuenta, normalmente como medida contra el spam. Reintentar enseguida no sirve: deja de enviar durante un tiempo y revisa si el patrón de mensajes de tu bot parece spam.',
    },
  },
  {
    code: 40_005,
    name: 'Request entity too large. Try sending something smaller in size',
    nameEs: 'Entidad de solicitud demasiado grande. Prueba a enviar algo más pequeño.',
    aliases: { es: ['archivo demasiado grande'], en: ['413 payload too large'] },
    observedMessage: 'Request entity too large',
    source: 'both',
    description: {
      en: "The request body is too big, usually because an attachment exceeds the upload limit, which depends on the guild's boost level (and on Nitro for user accounts). Shrink or compress the file, or link to it instead of uploading it; the same payload will fail again.",
      es: 'El cuerpo de la solicitud es demasiado grande, casi siempre porque un adjunto supera el límite de subida, que depende del nivel de mejoras del servidor (y de Nitro en las cuentas de usuario). Reduce o comprime el archivo, o enlázalo en vez de subirlo; el mismo payload volverá a fallar.',
    },
  },
  {
    code: 40_006,
    name: 'This feature has been temporarily disabled server-side',
    nameEs: 'Esta función se ha desactivado temporalmente en el lado del servidor',
    observedMessage: 'This feature has been temporarily disabled',
    source: 'both',
    description: {
      en: 'Discord has switched this feature off on its side for the time being. Nothing in your request is wrong; try again later.',
      es: 'Discord ha desactivado esta función por su parte de forma temporal. Tu solicitud no tiene ningún error; vuelve a intentarlo más tarde.',
    },
  },
  {
    code: 40_007,
    name: 'The user is banned from this guild',
    nameEs: 'El usuario está baneado de este servidor',
    source: 'both',
    description: {
      en: 'The user is banned from this guild, so they cannot be added to it (for example with `PUT /guilds/{guild.id}/members/{user.id}` and a `guilds.join` token) or join through an invite. Lift the ban first if adding them is intended.',
      es: 'El usuario está baneado de este servidor: no se le puede añadir (por ejemplo con `PUT /guilds/{guild.id}/members/{user.id}` y un token con `guilds.join`) ni puede entrar con una invitación. Retira antes el baneo si de verdad quieres añadirlo.',
    },
  },
  {
    code: 40_008,
    name: 'That DiscordTag is already taken',
    nameEs: 'Ese DiscordTag ya está en uso',
    source: 'observed',
    description: {
      en: 'The combination of username and discriminator (the old DiscordTag, such as `name#1234`) is already in use. It concerns user accounts from the discriminator era; choose another tag.',
      es: 'La combinación de nombre de usuario y discriminador (el antiguo DiscordTag, como `nombre#1234`) ya está en uso. Afecta a cuentas de usuario de la época de los discriminadores; elige otra etiqueta.',
    },
  },
  {
    code: 40_009,
    name: 'Only one channel can have a parent_id modified at a time',
    nameEs: 'Solo se puede modificar el parent_id de un canal a la vez',
    source: 'both',
    description: {
      en: 'When reordering channels with `PATCH /guilds/{guild.id}/channels`, only one channel per request may change its `parent_id` (its category). Send a separate request for each channel that moves to another category; pure position changes can still be batched.',
      es: 'Al reordenar canales con `PATCH /guilds/{guild.id}/channels`, solo un canal por solicitud puede cambiar de `parent_id` (su categoría). Envía una solicitud aparte por cada canal que cambie de categoría; los cambios que solo afectan a la posición se pueden seguir agrupando.',
    },
  },
  {
    code: 40_010,
    name: 'You already have a verified phone',
    nameEs: 'Ya tienes un teléfono verificado',
    source: 'observed',
    description: {
      en: 'The account already has a verified phone number, so there is nothing to verify. It concerns user accounts in the official client.',
      es: 'La cuenta ya tiene un número de teléfono verificado; no hay nada que verificar. Afecta a cuentas de usuario del cliente oficial.',
    },
  },
  {
    code: 40_011,
    name: 'You must transfer ownership of any owned guilds before deleting your account',
    nameEs: 'Debes transferir la propiedad de tus servidores antes de eliminar tu cuenta',
    source: 'observed',
    description: {
      en: 'An account that still owns guilds cannot be deleted. Transfer ownership of each guild to someone else, or delete those guilds, and then delete the account.',
      es: 'No se puede eliminar una cuenta que todavía es propietaria de servidores. Transfiere la propiedad de cada uno a otra persona, o bórralos, y después elimina la cuenta.',
    },
  },
  {
    code: 40_012,
    name: 'Connection has been revoked',
    nameEs: 'La conexión se ha revocado',
    observedMessage: 'The connection has been revoked',
    source: 'both',
    description: {
      en: "The user's linked connection (a third-party account such as Twitch, YouTube or Steam) has had its authorization revoked, so Discord can no longer use it. The user has to reconnect that account in their Connections settings.",
      es: 'La conexión vinculada del usuario (una cuenta de terceros como Twitch, YouTube o Steam) ha perdido su autorización y Discord ya no puede usarla. El usuario tiene que volver a conectar esa cuenta en sus ajustes de Conexiones.',
    },
  },
  {
    code: 40_013,
    name: 'This account must be claimed.',
    nameEs: 'Hay que reclamar esta cuenta',
    source: 'observed',
    description: {
      en: 'The account is unclaimed (it has no email and password yet) and must be claimed by adding them before it can do this. It concerns user accounts only.',
      es: 'La cuenta no está reclamada (todavía no tiene correo ni contraseña) y hay que reclamarla añadiéndolos antes de poder hacer esto. Solo afecta a cuentas de usuario.',
    },
  },
  {
    code: 40_014,
    name: 'Activity expired',
    nameEs: 'Actividad caducada',
    source: 'observed',
    description: {
      en: 'The activity the request refers to has expired, for example an invitation to join a game or Activity that is no longer valid. Get a fresh invitation rather than retrying the old one.',
      es: 'La actividad a la que se refiere la solicitud ha caducado; por ejemplo, una invitación a unirse a un juego o Activity que ya no es válida. Consigue una invitación nueva en lugar de reintentar con la antigua.',
    },
  },
  {
    code: 40_015,
    name: 'You must transfer ownership of any owned guilds before disabling your account',
    nameEs: 'Debes transferir la propiedad de tus servidores antes de desactivar tu cuenta',
    source: 'observed',
    description: {
      en: 'An account that owns guilds cannot be disabled. Transfer ownership of those guilds, or delete them, before disabling the account.',
      es: 'No se puede desactivar una cuenta que es propietaria de servidores. Transfiere la propiedad de esos servidores, o bórralos, antes de desactivarla.',
    },
  },
  {
    code: 40_016,
    name: 'Service is currently unavailable.',
    nameEs: 'El servicio no está disponible en este momento',
    source: 'observed',
    description: {
      en: 'The service behind this endpoint is temporarily unavailable. Retry later with backoff; nothing in the request needs to change.',
      es: 'El servicio que hay detrás de este endpoint no está disponible por ahora. Reintenta más tarde con backoff; no hace falta cambiar nada en la solicitud.',
    },
  },
  {
    code: 40_018,
    name: 'Only consumable SKUs can be consumed',
    nameEs: 'Solo se pueden consumir los SKU consumibles',
    source: 'both',
    description: {
      en: "`POST /applications/{application.id}/entitlements/{entitlement.id}/consume` only works on entitlements for consumable SKUs. Check the SKU's `type` first: durable items and subscriptions stay owned and cannot be consumed.",
      es: '`POST /applications/{application.id}/entitlements/{entitlement.id}/consume` solo funciona con entitlements de SKU consumibles. Comprueba antes el `type` del SKU: los artículos duraderos y las suscripciones siguen siendo del usuario y no se pueden consumir.',
    },
  },
  {
    code: 40_019,
    name: 'You can only delete sandbox entitlements.',
    nameEs: 'Solo puedes eliminar entitlements de prueba',
    observedMessage: 'Entitlement invalid for deletion',
    source: 'both',
    description: {
      en: 'Only test (sandbox) entitlements, the ones created through the API for testing, can be deleted; entitlements from real purchases cannot. Check that the ID you are deleting belongs to a test entitlement.',
      es: 'Solo se pueden eliminar los entitlements de prueba (sandbox), los que se crean desde la API para hacer pruebas; los de compras reales no. Comprueba que el ID que intentas borrar corresponde a un entitlement de prueba.',
    },
  },
  {
    code: 40_020,
    name: 'SKU is restricted in your country',
    nameEs: 'El SKU está restringido en tu país',
    source: 'observed',
    description: {
      en: "This product cannot be bought from the buyer's country. It concerns purchases in the official client; there is nothing an app can change in the request.",
      es: 'Este producto no se puede comprar desde el país del comprador. Tiene que ver con compras en el cliente oficial; una app no puede cambiar nada en la solicitud.',
    },
  },
  {
    code: 40_021,
    name: "You can't update your privacy settings at this time",
    nameEs: 'No puedes actualizar tu configuración de privacidad en este momento',
    source: 'observed',
    description: {
      en: 'The account is not allowed to change its privacy settings right now, and the response does not say why. It concerns user accounts; try again later.',
      es: 'La cuenta no puede cambiar su configuración de privacidad en este momento, y la respuesta no explica por qué. Afecta a cuentas de usuario; vuelve a intentarlo más tarde.',
    },
  },
  {
    code: 40_024,
    name: 'Team member already exists',
    nameEs: 'El miembro del equipo ya existe',
    source: 'observed',
    description: {
      en: 'The user is already a member of this developer team (or already invited to it), so adding them again fails. Check the team member list in the Developer Portal.',
      es: 'El usuario ya es miembro de este equipo de desarrollo (o ya está invitado): no se le puede volver a añadir. Revisa la lista de miembros del equipo en el portal de desarrolladores.',
    },
  },
  {
    code: 40_025,
    name: 'Team owner cannot be deleted',
    nameEs: 'No se puede eliminar al propietario del equipo',
    source: 'observed',
    description: {
      en: 'The owner of a developer team cannot be removed from it. Transfer ownership to another member first.',
      es: 'No se puede quitar del equipo de desarrollo a su propietario. Transfiere antes la propiedad a otro miembro.',
    },
  },
  {
    code: 40_026,
    name: 'All team members must have a verified email address',
    nameEs: 'Todos los miembros del equipo deben tener una dirección de correo verificada',
    source: 'observed',
    description: {
      en: 'Every member of the developer team needs a verified email address for this action. Ask members without one to verify their email, or remove them from the team.',
      es: 'Todos los miembros del equipo de desarrollo necesitan un correo verificado para esta acción. Pide a quienes no lo tengan que lo verifiquen, o sácalos del equipo.',
    },
  },
  {
    code: 40_027,
    name: 'You are already a member of this team',
    nameEs: 'Ya eres miembro de este equipo',
    source: 'observed',
    description: {
      en: 'The account already belongs to this developer team, so accepting the invitation or joining again has nothing left to do.',
      es: 'Como la cuenta ya pertenece a este equipo de desarrollo, aceptar la invitación o volver a unirse no tiene ningún efecto.',
    },
  },
  {
    code: 40_028,
    name: 'You must transfer ownership of any owned teams before deleting your account',
    nameEs: 'Debes transferir la propiedad de tus equipos antes de eliminar tu cuenta',
    source: 'observed',
    description: {
      en: 'An account that owns developer teams cannot be deleted. Transfer ownership of each team, or delete the teams, before deleting the account.',
      es: 'No se puede eliminar una cuenta que es propietaria de equipos de desarrollo. Transfiere la propiedad de cada equipo, o bórralos, antes de eliminar la cuenta.',
    },
  },
  {
    code: 40_029,
    name: 'A company with that name already exists',
    nameEs: 'Ya existe una empresa con ese nombre',
    source: 'observed',
    description: {
      en: 'Company names must be unique, and another company already uses this one. Choose a different name, or reuse the existing company if it is yours.',
      es: 'Los nombres de empresa deben ser únicos y ya hay otra empresa con este. Elige otro nombre o reutiliza la empresa existente si es tuya.',
    },
  },
  {
    code: 40_032,
    name: 'Target user is not connected to voice',
    nameEs: 'El usuario de destino no está conectado a voz',
    source: 'both',
    description: {
      en: "The action needs the member to be in a voice channel and they are not, for example when moving them by setting `channel_id` with `PATCH /guilds/{guild.id}/members/{user.id}`. Check the member's current voice state first; the `GUILD_VOICE_STATES` intent keeps it up to date in your cache.",
      es: 'La acción requiere que el miembro esté en un canal de voz y no lo está; por ejemplo, al moverlo cambiando `channel_id` con `PATCH /guilds/{guild.id}/members/{user.id}`. Comprueba antes su estado de voz actual; el intent `GUILD_VOICE_STATES` lo mantiene al día en tu caché.',
    },
  },
  {
    code: 40_033,
    name: 'This message has already been crossposted',
    nameEs: 'Este mensaje ya se ha publicado',
    source: 'both',
    description: {
      en: "The announcement has already been published to the channels that follow it, and a message can only be crossposted once. Treat it as done; the `CROSSPOSTED` bit in the message's `flags` tells you in advance.",
      es: 'El anuncio ya se ha publicado en los canales que lo siguen, y un mensaje solo se puede publicar (crosspost) una vez. Dalo por hecho; el bit `CROSSPOSTED` de los `flags` del mensaje te lo indica de antemano.',
    },
  },
  {
    code: 40_034,
    name: 'User has disabled contact sync',
    nameEs: 'El usuario ha desactivado la sincronización de contactos',
    source: 'observed',
    description: {
      en: 'The user has turned contact sync off, so Discord cannot use their phone contacts (for example to suggest friends). It concerns user accounts in the official client.',
      es: 'El usuario ha desactivado la sincronización de contactos, por lo que Discord no puede usar los contactos de su teléfono (por ejemplo, para sugerir amigos). Afecta a cuentas de usuario del cliente oficial.',
    },
  },
  {
    code: 40_035,
    name: 'User identity verification processing',
    nameEs: 'Verificación de identidad del usuario en proceso',
    source: 'observed',
    description: {
      en: "The user's identity verification is still being processed. Wait for it to finish before trying again; this concerns user accounts only.",
      es: 'La verificación de identidad del usuario todavía se está procesando. Espera a que termine antes de volver a intentarlo; solo afecta a cuentas de usuario.',
    },
  },
  {
    code: 40_036,
    name: 'User identity verification already succeeded',
    nameEs: 'La verificación de identidad del usuario ya se completó correctamente',
    source: 'observed',
    description: {
      en: "The user's identity has already been verified successfully, so there is nothing left to submit.",
      es: 'La identidad del usuario ya se verificó correctamente: no queda nada que enviar.',
    },
  },
  {
    code: 40_037,
    name: 'Application verification ineligible',
    nameEs: 'La aplicación no cumple los requisitos para la verificación',
    source: 'observed',
    description: {
      en: 'The application does not meet the requirements for verification yet. Review the eligibility criteria shown in the Developer Portal before applying again.',
      es: 'La aplicación todavía no cumple los requisitos para verificarse. Revisa los criterios que muestra el portal de desarrolladores antes de volver a solicitarlo.',
    },
  },
  {
    code: 40_038,
    name: 'Application verification already submitted',
    nameEs: 'Verificación de la aplicación ya enviada',
    source: 'observed',
    description: {
      en: "A verification request for this application is already pending. Wait for Discord's review instead of submitting it again.",
      es: 'Ya hay una solicitud de verificación pendiente para esta aplicación. Espera a que Discord la revise en lugar de enviarla otra vez.',
    },
  },
  {
    code: 40_039,
    name: 'Application verification already approved',
    nameEs: 'Verificación de la aplicación ya aprobada',
    source: 'observed',
    description: {
      en: 'The application is already verified, so there is nothing left to request.',
      es: 'La aplicación ya está verificada; no hay nada más que solicitar.',
    },
  },
  {
    code: 40_041,
    name: 'An application command with that name already exists',
    nameEs: 'Ya existe un comando de aplicación con ese nombre',
    source: 'both',
    description: {
      en: 'Command names must be unique per application, per command type and per scope (global, or a single guild), and this name is taken. Edit the existing command with `PATCH`, choose another name, or register the whole list at once with a bulk overwrite (`PUT`).',
      es: 'Los nombres de comando deben ser únicos por aplicación, por tipo de comando y por ámbito (global o un servidor concreto), y este ya está en uso. Edita el comando existente con `PATCH`, elige otro nombre o registra la lista completa de una vez con una sobrescritura masiva (`PUT`).',
    },
  },
  {
    code: 40_043,
    name: 'Application interaction failed to send',
    nameEs: 'No se pudo enviar la interacción a la aplicación',
    source: 'both',
    description: {
      en: "Discord could not deliver the interaction to the application. If your app uses an interactions endpoint URL, make sure it is reachable and answers Discord's requests correctly; an isolated failure can simply be tried again.",
      es: 'Discord no pudo entregar la interacción a la aplicación. Si tu app usa una URL de endpoint de interacciones, asegúrate de que es accesible y responde bien a las solicitudes de Discord; un fallo aislado se puede volver a intentar sin más.',
    },
  },
  {
    code: 40_044,
    name: 'Entry already exists in this directory channel',
    nameEs: 'La entrada ya existe en este canal de directorio',
    source: 'observed',
    description: {
      en: 'The guild is already listed in this directory channel (the guild list of a Student Hub), so it cannot be added twice. Edit the existing entry instead.',
      es: 'El servidor ya figura en este canal de directorio (la lista de servidores de un Student Hub) y no se puede añadir dos veces. Edita la entrada existente.',
    },
  },
  {
    code: 40_046,
    name: 'There is no outbound promotion code to claim',
    nameEs: 'No hay ningún código promocional saliente que reclamar',
    source: 'observed',
    description: {
      en: 'There is no promotion code (such as a partner offer) waiting for this account to claim. It concerns user accounts; retrying will not produce one.',
      es: 'No hay ningún código promocional (como una oferta de un socio) pendiente de canjear para esta cuenta. Afecta a cuentas de usuario; reintentar no hará que aparezca.',
    },
  },
  {
    code: 40_053,
    name: 'Application must be verified to request intents',
    nameEs: 'La aplicación debe estar verificada para solicitar intents',
    source: 'observed',
    description: {
      en: 'Access to privileged intents is requested through app verification, so an unverified application cannot request them this way. Verify the app in the Developer Portal (Discord requires it anyway once a bot reaches 100 guilds).',
      es: 'El acceso a los intents privilegiados se solicita a través de la verificación de la app: una aplicación sin verificar no puede pedirlos por esta vía. Verifica la app en el portal de desarrolladores (Discord lo exige de todos modos cuando un bot llega a 100 servidores).',
    },
  },
  {
    code: 40_054,
    name: 'Recommendations not available',
    nameEs: 'Recomendaciones no disponibles',
    source: 'observed',
    description: {
      en: 'Recommendations (such as suggested guilds or friends) are not available for this account or context right now. It concerns the official client; there is nothing to fix.',
      es: 'Las recomendaciones (como servidores o amigos sugeridos) no están disponibles ahora mismo para esta cuenta o contexto. Tiene que ver con el cliente oficial; no hay nada que corregir.',
    },
  },
  {
    code: 40_058,
    name: 'Cannot send a message in a forum channel',
    nameEs: 'No se puede enviar un mensaje en un canal de foro',
    observedMessage: 'Cannot message this thread until after the post author has sent an initial message',
    source: 'both',
    description: {
      en: "Forum and media channels only hold posts (threads), so a message cannot be sent to the channel itself. Create a post with `POST /channels/{channel.id}/threads` and its initial `message`, or send to an existing post's thread ID.",
      es: 'Los canales de foro y multimedia solo contienen publicaciones (hilos); no se puede enviar un mensaje al propio canal. Crea una publicación con `POST /channels/{channel.id}/threads` y su `message` inicial, o envía el mensaje al ID del hilo de una publicación existente.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The official table describes sending a message straight into a forum channel. The community recorded a different message for the same code, about writing in a new post before its author has sent the initial message, so the code appears to cover both situations.',
          es: 'La tabla oficial habla de enviar un mensaje directamente a un canal de foro. La comunidad registró otro mensaje con el mismo código, sobre escribir en una publicación nueva antes de que su autor haya enviado el mensaje inicial, de modo que el código parece cubrir ambas situaciones.',
        },
      },
    ],
  },
  {
    code: 40_060,
    name: 'Interaction has already been acknowledged',
    nameEs: 'La interacción ya se ha confirmado',
    source: 'both',
    description: {
      en: 'The interaction already received its initial response: each interaction accepts exactly one call to its callback endpoint. After replying or deferring, send follow-ups through the interaction webhook or edit the reply with `PATCH /webhooks/{application.id}/{interaction.token}/messages/@original` instead of calling the callback again.',
      es: 'La interacción ya recibió su respuesta inicial: cada interacción admite una sola llamada a su endpoint de callback. Después de responder o diferir, envía los mensajes de seguimiento por el webhook de la interacción o edita la respuesta con `PATCH /webhooks/{application.id}/{interaction.token}/messages/@original` en lugar de volver a llamar al callback.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'If your code really responds only once, check whether two processes are running with the same bot token: both receive the interaction and the slower one gets this error.',
          es: 'Si tu código de verdad responde una sola vez, comprueba si hay dos procesos en marcha con el mismo token de bot: los dos reciben la interacción y el más lento recibe este error.',
        },
      },
    ],
  },
  {
    code: 40_061,
    name: 'Tag names must be unique',
    nameEs: 'Los nombres de las etiquetas deben ser únicos',
    source: 'both',
    description: {
      en: "Tag names in a forum or media channel's `available_tags` must be unique, and the request repeats one. Rename or drop the duplicate.",
      es: 'Los nombres de las etiquetas en `available_tags` de un canal de foro o multimedia deben ser únicos, y la solicitud repite alguno. Cambia el nombre del duplicado o quítalo.',
    },
  },
  {
    code: 40_062,
    name: 'Service resource is being rate limited',
    nameEs: 'El recurso del servicio está sujeto a un límite de solicitudes',
    source: 'both',
    description: {
      en: 'A Discord service behind this endpoint is rate limiting the resource you touched, independently of your own rate-limit buckets. Back off and retry later; it does not mean the request was wrong.',
      es: 'Un servicio de Discord que hay detrás de este endpoint está limitando el recurso que has usado, al margen de los buckets de tus propios límites de solicitudes (rate limits). Espera con backoff y reintenta más tarde; no significa que la solicitud estuviera mal.',
    },
  },
  {
    code: 40_064,
    name: 'The application needs to be verified',
    nameEs: 'La aplicación debe estar verificada',
    source: 'observed',
    description: {
      en: 'The action is reserved for verified applications, and this one is not. Complete app verification in the Developer Portal before trying again.',
      es: 'La acción está reservada a aplicaciones verificadas y esta no lo está. Completa la verificación de la app en el portal de desarrolladores antes de volver a intentarlo.',
    },
  },
  {
    code: 40_066,
    name: 'There are no tags available that can be set by non-moderators',
    nameEs: 'No hay etiquetas disponibles que puedan aplicar quienes no son moderadores',
    source: 'both',
    description: {
      en: 'The forum requires a tag on every post, but all its tags are moderated (only members with the Manage Threads permission can apply them), so a regular member cannot create a post. Add at least one tag without `moderated`, or drop the `REQUIRE_TAG` flag.',
      es: 'El foro exige una etiqueta en cada publicación, pero todas sus etiquetas son moderadas (solo las pueden aplicar miembros con el permiso Gestionar hilos): un miembro normal no puede publicar. Añade al menos una etiqueta sin `moderated` o quita la marca `REQUIRE_TAG`.',
    },
  },
  {
    code: 40_067,
    name: 'A tag is required to create a forum post in this channel',
    nameEs: 'Hace falta una etiqueta para crear una publicación de foro en este canal',
    source: 'both',
    description: {
      en: "The forum or media channel has the `REQUIRE_TAG` flag, so a new post must include at least one tag ID in `applied_tags`. Read the channel's `available_tags` and send one of them.",
      es: 'Como el canal de foro o multimedia tiene la marca `REQUIRE_TAG`, cada publicación nueva debe llevar al menos un ID de etiqueta en `applied_tags`. Consulta las `available_tags` del canal y envía una de ellas.',
    },
  },
  {
    code: 40_068,
    name: 'USER_QUARANTINE',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `USER_QUARANTINE` instead of a sentence. It evidently means the account is quarantined, a restricted state Discord applies to accounts flagged for suspicious activity, which blocks the action; this cannot be fixed through the API.',
      es: 'Discord devuelve la constante interna `USER_QUARANTINE` en lugar de una frase. Por lo visto indica que la cuenta está en cuarentena, un estado restringido que Discord aplica a las cuentas marcadas por actividad sospechosa y que bloquea la acción; no se puede resolver desde la API.',
    },
  },
  {
    code: 40_069,
    name: 'Invites are currently paused for this server. Please try again later.',
    nameEs: 'Las invitaciones a este servidor están pausadas. Vuelve a intentarlo más tarde.',
    source: 'observed',
    description: {
      en: "The guild's moderators have paused invites, so nobody can join through one right now. Wait until they are re-enabled; while paused, the guild's `features` include `INVITES_DISABLED`.",
      es: 'Los moderadores del servidor han pausado las invitaciones y ahora mismo nadie puede entrar con una. Espera a que las reactiven; mientras tanto, los `features` del servidor incluyen `INVITES_DISABLED`.',
    },
  },
  {
    code: 40_071,
    name: 'Users with trial subscriptions are not eligible for claiming this promotion code',
    nameEs: 'Los usuarios con suscripciones de prueba no pueden reclamar este código promocional',
    source: 'observed',
    description: {
      en: 'Accounts on a trial subscription cannot claim this promotion code. It concerns user accounts and billing in the official client.',
      es: 'Las cuentas con una suscripción de prueba no pueden canjear este código promocional. Tiene que ver con cuentas de usuario y facturación en el cliente oficial.',
    },
  },
  {
    code: 40_073,
    name: 'We could not verify your phone number. Please try again with the number listed on your account',
    nameEs:
      'No pudimos verificar tu número de teléfono. Vuelve a intentarlo con el número que figura en tu cuenta.',
    source: 'observed',
    description: {
      en: 'The phone number could not be verified; it has to be the one already on the account. It concerns user accounts: try again with that number.',
      es: 'No se pudo verificar el número de teléfono; tiene que ser el que ya figura en la cuenta. Afecta a cuentas de usuario: vuelve a intentarlo con ese número.',
    },
  },
  {
    code: 40_074,
    name: 'An entitlement has already been granted for this resource',
    nameEs: 'Ya se ha concedido un entitlement para este recurso',
    source: 'both',
    description: {
      en: 'The user or guild already holds an entitlement for this SKU, so another one cannot be granted. List the existing entitlements (`GET /applications/{application.id}/entitlements`) before creating a test entitlement.',
      es: 'El usuario o el servidor ya tiene un entitlement para este SKU y no se le puede conceder otro. Consulta los entitlements existentes (`GET /applications/{application.id}/entitlements`) antes de crear uno de prueba.',
    },
  },
  {
    code: 40_075,
    name: 'New member action already completed',
    nameEs: 'Acción para nuevos miembros ya completada',
    source: 'observed',
    description: {
      en: "This new-member action (one of the to-do steps in a guild's onboarding guide) has already been completed, so there is nothing left to do.",
      es: 'Esta acción para nuevos miembros (uno de los pasos pendientes de la guía de bienvenida del servidor) ya se completó; no queda nada por hacer.',
    },
  },
  {
    code: 40_077,
    name: 'Find Friends is temporarily unavailable.',
    nameEs: 'La búsqueda de amigos no está disponible temporalmente',
    source: 'observed',
    description: {
      en: 'The Find Friends feature, which suggests friends from phone contacts, is temporarily unavailable. It concerns user accounts; try again later.',
      es: 'La función Find Friends, que sugiere amigos a partir de los contactos del teléfono, no está disponible por ahora. Afecta a cuentas de usuario; vuelve a intentarlo más tarde.',
    },
  },
  {
    code: 40_081,
    name: 'Invalid recipient for friend invite',
    nameEs: 'Destinatario no válido para la invitación de amistad',
    source: 'observed',
    description: {
      en: 'The friend invite cannot be used by or for this recipient. It concerns user accounts; check the invite and who it is meant for.',
      es: 'La invitación de amistad no se puede usar con este destinatario. Afecta a cuentas de usuario; revisa la invitación y a quién va dirigida.',
    },
  },
  {
    code: 40_082,
    name: 'Invalid code for friend invite',
    nameEs: 'Código no válido para la invitación de amistad',
    source: 'observed',
    description: {
      en: 'The friend invite code is invalid or no longer usable. Ask the sender for a new invite; user accounts only.',
      es: 'El código de la invitación de amistad no es válido o ya no se puede usar. Pide una invitación nueva a quien la envió; solo afecta a cuentas de usuario.',
    },
  },
  {
    code: 40_088,
    name: 'Cannot kick the Clyde AI Bot, he can only be banned.',
    nameEs: 'No se puede expulsar al bot de IA Clyde; solo se le puede banear',
    source: 'observed',
    description: {
      en: "Clyde, Discord's experimental AI bot, could not be kicked from a guild, only banned. The experiment has since been shut down, so this error is now mostly of historical interest.",
      es: 'A Clyde, el bot experimental de IA de Discord, no se le podía expulsar de un servidor, solo banear. El experimento ya se cerró, por lo que este error tiene hoy un interés sobre todo histórico.',
    },
  },
  {
    code: 40_090,
    name: 'Verified applications cannot be embedded',
    nameEs: 'Las aplicaciones verificadas no se pueden incrustar',
    source: 'observed',
    description: {
      en: 'A verified application cannot be made an embedded app (the kind that runs as an Activity inside Discord). This restriction is enforced by Discord; no change to the request will get around it.',
      es: 'Una aplicación verificada no se puede convertir en app integrada (de las que se ejecutan como Activity dentro de Discord). Es una restricción de Discord; ningún cambio en la solicitud la evita.',
    },
  },
  {
    code: 40_092,
    name: 'Server is ineligible to become a Guild',
    nameEs: 'El servidor no cumple los requisitos para convertirse en Guild',
    source: 'observed',
    description: {
      en: 'The guild does not meet the requirements to become a "Guild", the newer kind of community (formerly clans) whose tag members can show on their profile. The quoted word names that product, not the guild object of the API. It concerns the official client.',
      es: 'El servidor no cumple los requisitos para convertirse en «Guild», el tipo de comunidad más reciente (antes llamado clan) cuya etiqueta pueden mostrar sus miembros en el perfil; aquí «Guild» es ese producto, no el objeto guild de la API (el servidor). Tiene que ver con el cliente oficial.',
    },
  },
  {
    code: 40_094,
    name: 'This interaction has hit the maximum number of follow up messages',
    nameEs: 'Esta interacción ha alcanzado el número máximo de mensajes de seguimiento',
    source: 'both',
    description: {
      en: 'The interaction has already received as many follow-up messages as Discord allows. Send any further output as regular channel messages, or edit earlier replies instead of adding new ones.',
      es: 'La interacción ya ha recibido todos los mensajes de seguimiento que permite Discord. Envía lo que falte como mensajes normales en el canal o edita las respuestas anteriores en lugar de añadir otras.',
    },
  },
  {
    code: 40_101,
    name: 'Applications with the Social Layer Integration flag enabled cannot be deleted',
    nameEs: 'No se pueden eliminar las aplicaciones con la marca Social Layer Integration activada',
    source: 'observed',
    description: {
      en: 'An application with the Social Layer Integration flag (used by the Discord Social SDK) cannot be deleted while that flag is on. The flag has to be turned off before the application can be removed.',
      es: 'Una aplicación con la marca Social Layer Integration (la que usa el Discord Social SDK) no se puede eliminar mientras esa marca esté activa. Hay que desactivarla antes de poder borrar la aplicación.',
    },
  },
  {
    code: 40_102,
    name: 'Application has reached user threshold, will require manual review',
    nameEs: 'La aplicación ha alcanzado el umbral de usuarios y requerirá una revisión manual',
    source: 'observed',
    description: {
      en: 'The application has reached the number of users beyond which Discord reviews it by hand. Further growth has to wait for that review; there is nothing to retry.',
      es: 'La aplicación ha llegado al número de usuarios a partir del cual Discord la revisa manualmente. Seguir creciendo depende de esa revisión; no hay nada que reintentar.',
    },
  },
  {
    code: 40_106,
    name: 'Application identity for this external account already exists for another user',
    nameEs: 'Ya existe una identidad de aplicación para esta cuenta externa en otro usuario',
    source: 'observed',
    description: {
      en: 'This external account (for example a game account) is already linked, through the application, to a different Discord user. Unlink it from that user first; it concerns apps that link external identities, such as those built on the Discord Social SDK.',
      es: 'Esta cuenta externa (por ejemplo, una cuenta de juego) ya está vinculada, a través de la aplicación, a otro usuario de Discord. Primero hay que desvincularla de ese usuario; afecta a las apps que vinculan identidades externas, como las que usan el Discord Social SDK.',
    },
  },
  {
    code: 40_108,
    name: 'User is already a member of the guild',
    nameEs: 'El usuario ya es miembro del servidor',
    source: 'observed',
    description: {
      en: 'The user is already in the guild, so there is nothing to add. Treat it as success rather than retrying.',
      es: 'El usuario ya está en el servidor: no hay nada que añadir. Tómalo como un éxito en lugar de reintentar.',
    },
  },
  {
    code: 40_109,
    name: 'User must be a member of the lobby',
    nameEs: 'El usuario debe ser miembro del lobby',
    source: 'observed',
    description: {
      en: 'The action requires the user to be a member of the lobby (a Discord Social SDK lobby). Add them to the lobby first.',
      es: 'La acción exige que el usuario sea miembro del lobby (un lobby del Discord Social SDK). Añádelo primero al lobby.',
    },
  },
  {
    code: 40_110,
    name: 'User is not allowed to accept this invite.',
    nameEs: 'El usuario no tiene permitido aceptar esta invitación',
    source: 'observed',
    description: {
      en: 'This user is not allowed to accept the invite, for example because it was issued for specific users only. Check whom the invite is meant for.',
      es: 'Este usuario no puede aceptar la invitación, por ejemplo porque se emitió solo para usuarios concretos. Comprueba a quién va dirigida.',
    },
  },
  {
    code: 40_113,
    name: 'This application does not have multi-identity enabled and cannot use this endpoint. Please contact support if you believe this is an error.',
    nameEs:
      'Esta aplicación no tiene activada la función multi-identity y no puede usar este endpoint. Contacta con el soporte si crees que es un error.',
    source: 'observed',
    description: {
      en: 'The endpoint requires the multi-identity feature, which is not enabled for this application. As the message says, contact Discord support if you believe it should be.',
      es: 'El endpoint requiere la función multi-identity, que no está activada para esta aplicación. Como indica el mensaje, contacta con el soporte de Discord si crees que debería estarlo.',
    },
  },
  {
    code: 40_115,
    name: 'Target users file has not been processed',
    nameEs: 'El archivo de usuarios objetivo no se ha procesado',
    source: 'observed',
    description: {
      en: "The file listing an invite's target users has not been processed yet. Wait until processing finishes, then try again.",
      es: 'El archivo con la lista de usuarios destinatarios de una invitación aún no se ha procesado. Espera a que termine el procesamiento y vuelve a intentarlo.',
    },
  },
  {
    code: 40_117,
    name: 'You cannot access Discord during your restricted hours.',
    nameEs: 'No puedes acceder a Discord durante tu horario restringido',
    source: 'observed',
    description: {
      en: 'The account is inside its restricted hours, such as a parental-control schedule, during which it cannot use Discord. It concerns user accounts; wait until the restriction ends.',
      es: 'La cuenta está dentro de su horario restringido (por ejemplo, un horario de control parental), durante el cual no puede usar Discord. Afecta a cuentas de usuario; espera a que termine la restricción.',
    },
  },
  {
    code: 40_119,
    name: 'Widget config already exists for this application',
    nameEs: 'Ya existe una configuración de widget para esta aplicación',
    source: 'observed',
    description: {
      en: 'This application already has a widget configuration. Update the existing one instead of creating another.',
      es: 'Esta aplicación ya tiene una configuración de widget. Actualiza la existente en lugar de crear otra.',
    },
  },
  {
    code: 40_122,
    name: 'An asset with that key already exists',
    nameEs: 'Ya existe un recurso con esa clave',
    source: 'observed',
    description: {
      en: 'Another asset of this application already uses that key (its name). Choose a different key, or delete or replace the existing asset.',
      es: 'Otro recurso gráfico de esta aplicación ya usa esa clave (su nombre). Elige otra clave o borra o sustituye el recurso existente.',
    },
  },
  {
    code: 40_128,
    name: 'This action requires a claimed game on the application team',
    nameEs: 'Esta acción requiere un juego reclamado en el equipo de la aplicación',
    source: 'observed',
    description: {
      en: "The action requires the application's team to have a claimed game, that is, a game whose ownership the team has confirmed with Discord. It concerns game and store settings in the Developer Portal.",
      es: 'La acción requiere que el equipo de la aplicación tenga un juego reclamado, es decir, un juego cuya propiedad el equipo haya confirmado ante Discord. Tiene que ver con la configuración de juegos y tienda del portal de desarrolladores.',
    },
  },
  {
    code: 40_333,
    name: 'Cloudflare is blocking your request. This can often be resolved by setting a proper User Agent',
    nameEs:
      'Cloudflare está bloqueando tu solicitud. A menudo se soluciona indicando un User Agent adecuado.',
    aliases: { es: ['acceso denegado'] },
    observedMessage: 'Cloudflare access denied (code: 1020)',
    source: 'both',
    description: {
      en: "Cloudflare, which sits in front of Discord's API, blocked the request before it reached Discord. Send a proper `User-Agent` (Discord asks for `DiscordBot ($url, $versionNumber)`); if that is already right, your IP may be temporarily banned for too many invalid requests (401, 403 or 429), so stop retrying and wait.",
      es: 'Cloudflare, que está delante de la API de Discord, bloqueó la solicitud antes de que llegara a Discord. Envía un `User-Agent` adecuado (Discord pide `DiscordBot ($url, $versionNumber)`); si ya lo es, puede que tu IP esté vetada temporalmente por demasiadas solicitudes inválidas (401, 403 o 429): deja de reintentar y espera.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The official table points to the `User-Agent`. The community recorded the message as Cloudflare\'s own "access denied (code: 1020)", which is Cloudflare\'s generic firewall-rule block and does not say which rule matched.',
          es: 'La tabla oficial apunta al `User-Agent`. La comunidad registró el mensaje propio de Cloudflare, «access denied (code: 1020)», que es el bloqueo genérico por regla de firewall de Cloudflare y no dice qué regla se aplicó.',
        },
      },
    ],
  },
] as const satisfies readonly DiscordJsonErrorEntry[];
