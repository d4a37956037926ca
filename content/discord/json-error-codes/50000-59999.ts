/**
 * Discord JSON error codes 50000–59999: the `code` in a JSON error body
 * (`{"message": "…", "code": 50035, "errors": {…}}`), mostly validation errors.
 * Official codes come from Discord's developer documentation; codes marked `observed`
 * were seen in API responses and collected by the community (docs.discord.food).
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
import type { DiscordJsonErrorEntry } from '../../../src/schema/entries.ts';

export const codes50000To59999 = [
  {
    code: 50_001,
    name: 'Missing access',
    nameEs: 'Sin acceso',
    source: 'both',
    description: {
      en: 'Your bot cannot reach the resource at all: it is not in that guild, the channel is hidden from it (`VIEW_CHANNEL` denied, often by a channel overwrite), or, when registering guild commands, the app was authorized there without the `applications.commands` scope. Unlike 50013, where the target is visible but one specific permission is missing, this is about access itself: check that the bot is still a member, that it can see the channel, and which scopes it was invited with. Retrying will not help until that changes.',
      es: 'Tu bot no tiene acceso al recurso en absoluto: no está en ese servidor, el canal le queda oculto (`VIEW_CHANNEL` denegado, a menudo por una sobrescritura de permisos del canal) o, al registrar comandos de servidor, la aplicación se autorizó allí sin el scope `applications.commands`. A diferencia de 50013, donde el recurso es visible pero falta un permiso concreto, aquí falla el acceso mismo: comprueba que el bot siga siendo miembro, que pueda ver el canal y con qué scopes se invitó. Reintentar no servirá hasta que eso cambie.',
    },
  },
  {
    code: 50_002,
    name: 'Invalid account type',
    nameEs: 'Tipo de cuenta no válido',
    source: 'both',
    description: {
      en: 'The action is not available to the kind of account making the request, typically a bot account calling something meant for user accounts or the reverse. Use the endpoint or flow intended for your account type; sending the same request with the same token will fail again.',
      es: 'La acción no está disponible para el tipo de cuenta que hace la solicitud; lo típico es una cuenta de bot llamando a algo pensado para cuentas de usuario, o al revés. Usa el endpoint o el flujo previsto para tu tipo de cuenta: repetir la misma solicitud con el mismo token volverá a fallar.',
    },
  },
  {
    code: 50_003,
    name: 'Cannot execute action on a DM channel',
    nameEs: 'No se puede ejecutar la acción en un canal de MD',
    source: 'both',
    description: {
      en: 'The action only works in guild channels, but the target is a direct message or group DM: for example bulk-deleting messages, or deleting a message someone else sent. Check the channel type first and skip these operations in DMs.',
      es: 'La acción solo funciona en canales de servidor, pero el destino es un mensaje directo o un MD grupal: por ejemplo, borrar mensajes en bloque o eliminar un mensaje que envió otra persona. Comprueba antes el tipo de canal y omite esas operaciones en los MD.',
    },
  },
  {
    code: 50_004,
    name: 'Guild widget disabled',
    nameEs: 'Widget del servidor desactivado',
    observedMessage: 'Widget Disabled',
    source: 'both',
    description: {
      en: 'You requested the guild widget (its JSON or its image), but the widget is turned off for that guild. An admin has to enable it in the server settings, or a bot with `MANAGE_GUILD` can switch it on through Modify Guild Widget; until then there is nothing to fetch.',
      es: 'Pediste el widget del servidor (su JSON o su imagen), pero está desactivado en ese servidor. Un administrador tiene que activarlo en los ajustes del servidor, o un bot con `MANAGE_GUILD` puede hacerlo con Modify Guild Widget; mientras tanto no hay nada que obtener.',
    },
  },
  {
    code: 50_005,
    name: 'Cannot edit a message authored by another user',
    nameEs: 'No se puede editar un mensaje escrito por otro usuario',
    source: 'both',
    description: {
      en: "Only a message's author can edit its content, and this message was sent by someone else. Edit only your bot's own messages: a webhook's messages are edited through that same webhook and interaction replies through the interaction token. With `MANAGE_MESSAGES` you may change only the `flags` of someone else's message (to suppress its embeds, for instance).",
      es: 'Solo el autor de un mensaje puede editar su contenido, y este lo envió otra persona. Edita únicamente los mensajes de tu bot: los de un webhook se editan a través de ese mismo webhook, y las respuestas a interacciones, con el token de la interacción. Con `MANAGE_MESSAGES` solo puedes cambiar los `flags` de un mensaje ajeno (por ejemplo, para ocultar sus embeds).',
    },
  },
  {
    code: 50_006,
    name: 'Cannot send an empty message',
    nameEs: 'No se puede enviar un mensaje vacío',
    source: 'both',
    description: {
      en: 'The message had nothing to show: no `content`, `embeds`, `sticker_ids`, `components`, `poll` or attached files (an empty `content` string counts as nothing). A classic cause is echoing the `content` of a received message, which arrives empty when your app lacks the Message Content intent. Make sure at least one of those fields carries something before you send.',
      es: 'El mensaje no tenía nada que mostrar: ni `content`, ni `embeds`, `sticker_ids`, `components`, `poll` ni archivos adjuntos (un `content` vacío cuenta como nada). Una causa clásica es reenviar el `content` de un mensaje recibido, que llega vacío si tu app no tiene el intent Message Content. Asegúrate de que al menos uno de esos campos lleve algo antes de enviar.',
    },
  },
  {
    code: 50_007,
    name: 'Cannot send messages to this user',
    nameEs: 'No se pueden enviar mensajes a este usuario',
    aliases: { es: ['MD cerrados'], en: ['DMs closed'] },
    source: 'both',
    description: {
      en: "Discord refused to deliver a direct message to this user. The usual reasons are that they turned off DMs from members of the guilds they share with your bot, they blocked the bot, or the recipient is itself a bot (bots cannot DM other bots). It is the user's choice, so do not retry: catch the error and fall back to a channel message or an ephemeral interaction response.",
      es: 'Discord se negó a entregar un mensaje directo a este usuario. Los motivos habituales: desactivó los MD de miembros de los servidores que comparte con tu bot, bloqueó al bot o el destinatario es también un bot (los bots no pueden enviarse MD entre sí). Es decisión del usuario. No reintentes: captura el error y recurre a un mensaje en un canal o a una respuesta efímera a la interacción.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'When the user and your bot share no guild at all, Discord documents a separate code, 50278; handle both where you send DMs.',
          es: 'Cuando el usuario y tu bot no comparten ningún servidor, Discord documenta un código aparte, 50278; gestiona ambos allí donde envíes MD.',
        },
      },
    ],
  },
  {
    code: 50_008,
    name: 'Cannot send messages in a non-text channel',
    nameEs: 'No se pueden enviar mensajes en un canal que no es de texto',
    source: 'both',
    description: {
      en: 'The channel does not take messages posted directly: a category, for instance, or a forum or media channel, where everything lives in posts (threads). Send to a channel that holds text, or create a post in the forum instead.',
      es: 'El canal no admite mensajes publicados directamente: una categoría, por ejemplo, o un canal de foro o multimedia, donde todo vive en publicaciones (hilos). Envía el mensaje a un canal que admita texto o, en su lugar, crea una publicación en el foro.',
    },
  },
  {
    code: 50_009,
    name: 'Channel verification level is too high for you to gain access',
    nameEs: 'El nivel de verificación del canal es demasiado alto para que puedas acceder',
    observedMessage: 'Channel verification level is too high',
    source: 'both',
    description: {
      en: "The guild's verification level keeps this account out for now: it may require a verified email or phone number, an account older than a minimum age, or having been a member for some minutes. The account has to meet the requirement; retrying straight away fails the same way. This mainly concerns user accounts.",
      es: 'El nivel de verificación del servidor deja fuera a esta cuenta por ahora: puede exigir un correo o un teléfono verificados, una antigüedad mínima de la cuenta o llevar unos minutos como miembro. La cuenta tiene que cumplir el requisito; reintentar en el acto falla igual. Afecta sobre todo a cuentas de usuario.',
    },
  },
  {
    code: 50_010,
    name: 'OAuth2 application does not have a bot',
    nameEs: 'La aplicación OAuth2 no tiene bot',
    source: 'both',
    description: {
      en: "An OAuth2 authorization asked for the `bot` scope for an application that has no bot user. Add a bot to the application on the Bot page of the developer portal, or remove `bot` from the authorization URL's scopes.",
      es: 'Una autorización OAuth2 pidió el scope `bot` para una aplicación que no tiene usuario bot. Añade un bot a la aplicación en la página Bot del portal de desarrolladores o quita `bot` de los scopes de la URL de autorización.',
    },
  },
  {
    code: 50_011,
    name: 'OAuth2 application limit reached',
    nameEs: 'Límite de aplicaciones OAuth2 alcanzado',
    source: 'both',
    description: {
      en: 'A limit on OAuth2 applications was hit, most likely the number of applications one account may create. Delete applications you no longer use and try again; the error does not say what the exact limit is.',
      es: 'Se alcanzó un límite de aplicaciones OAuth2, muy probablemente el número de aplicaciones que puede crear una misma cuenta. Elimina las que ya no uses y vuelve a intentarlo; el error no indica cuál es el límite exacto.',
    },
  },
  {
    code: 50_012,
    name: 'Invalid OAuth2 state',
    nameEs: 'Estado de OAuth2 no válido',
    observedMessage: 'Invalid OAuth State',
    source: 'both',
    description: {
      en: 'The `state` of an OAuth2 flow was rejected, typically while completing an account connection or an authorization started from the official client. Start the flow again to get a fresh `state`; reusing the old one fails again.',
      es: 'Se rechazó el `state` de un flujo OAuth2, normalmente al completar la conexión de una cuenta o una autorización iniciada desde el cliente oficial. Empieza el flujo de nuevo para obtener un `state` nuevo; reutilizar el anterior vuelve a fallar.',
    },
  },
  {
    code: 50_013,
    name: 'You lack permissions to perform that action',
    nameEs: 'No tienes permisos para realizar esa acción',
    aliases: { es: ['faltan permisos', 'permisos insuficientes'], en: ['403 missing permissions'] },
    observedMessage: 'Missing Permissions',
    source: 'both',
    description: {
      en: "Your bot can see the target but lacks a permission the action needs: `MANAGE_ROLES` to assign a role, `MANAGE_MESSAGES` to delete other people's messages, `MODERATE_MEMBERS` to time someone out, `SEND_MESSAGES` in that channel, and so on. Check the effective permissions in that specific channel (role permissions plus channel overwrites) and the role hierarchy: a bot cannot manage members or roles at or above its own highest role, nor act on the guild owner. Retrying is pointless until the permissions or the role order change.",
      es: 'Tu bot ve el recurso, pero le falta un permiso que la acción requiere: `MANAGE_ROLES` para asignar un rol, `MANAGE_MESSAGES` para borrar mensajes ajenos, `MODERATE_MEMBERS` para aislar temporalmente a alguien, `SEND_MESSAGES` en ese canal, etcétera. Revisa los permisos efectivos en ese canal concreto (los del rol más las sobrescrituras del canal) y la jerarquía de roles: un bot no puede gestionar miembros ni roles que estén a la altura de su rol más alto o por encima, ni actuar sobre el propietario del servidor. No tiene sentido reintentar hasta que cambien los permisos o el orden de los roles.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's official table words this code as `You lack permissions to perform that action`, but API responses, and the community documentation, carry the message `Missing Permissions`. Match on the numeric `code`, not on the text.",
          es: 'La tabla oficial de Discord describe este código como `You lack permissions to perform that action`, pero las respuestas de la API, y la documentación de la comunidad, traen el mensaje `Missing Permissions`. Compara el `code` numérico, no el texto.',
        },
      },
    ],
  },
  {
    code: 50_014,
    name: 'Invalid authentication token provided',
    nameEs: 'Se proporcionó un token de autenticación no válido',
    observedMessage: 'Invalid authentication token',
    source: 'both',
    description: {
      en: 'The authentication token sent with the request was rejected. Check that it is the current token (it changes every time you reset it), that a bot token carries the `Bot ` prefix, and that no stray whitespace or quotes slipped in; do not retry with the same value, and reset the token if it may have leaked.',
      es: 'Se rechazó el token de autenticación enviado con la solicitud. Comprueba que sea el token actual (cambia cada vez que lo restableces), que un token de bot lleve el prefijo `Bot ` y que no se hayan colado espacios ni comillas; no reintentes con el mismo valor y restablécelo si ha podido filtrarse.',
    },
  },
  {
    code: 50_015,
    name: 'Note was too long',
    nameEs: 'La nota era demasiado larga',
    source: 'both',
    description: {
      en: "The personal note you tried to save on a user's profile is longer than allowed. Notes are a user-account feature of the official client, so bots will rarely see this; shorten the text and save it again.",
      es: 'La nota personal que intentaste guardar en el perfil de un usuario supera la longitud permitida. Las notas son una función de las cuentas de usuario en el cliente oficial, y los bots rara vez lo verán; acorta el texto y guárdala de nuevo.',
    },
  },
  {
    code: 50_016,
    name: 'Provided too few or too many messages to delete. Must provide at least 2 and fewer than 100 messages to delete',
    nameEs:
      'Se indicaron muy pocos o demasiados mensajes para eliminar. Hay que indicar al menos 2 y menos de 100 mensajes.',
    source: 'both',
    description: {
      en: 'Bulk Delete Messages received a `messages` array of the wrong size. Send between 2 and 100 message IDs per call: remove a single message with the regular delete endpoint, and split larger sets into batches.',
      es: 'Bulk Delete Messages recibió un array `messages` de tamaño incorrecto. Envía entre 2 y 100 IDs de mensaje por llamada: borra un mensaje suelto con el endpoint de borrado normal y divide los conjuntos más grandes en lotes.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The message says “fewer than 100”, while the Bulk Delete Messages documentation gives the accepted range as 2 to 100 IDs.',
          es: 'El mensaje dice «fewer than 100» (menos de 100), mientras que la documentación de Bulk Delete Messages indica un rango aceptado de 2 a 100 IDs.',
        },
      },
    ],
  },
  {
    code: 50_017,
    name: 'Invalid MFA Level',
    nameEs: 'Nivel de MFA no válido',
    source: 'both',
    description: {
      en: "The multi-factor authentication level sent for the guild is not a valid value. A guild's MFA level is either `0` (none) or `1` (elevated, which requires 2FA for moderation actions); send one of those.",
      es: 'El nivel de autenticación multifactor enviado para el servidor no es un valor válido. El nivel MFA de un servidor es `0` (ninguno) o `1` (elevado, que exige 2FA para las acciones de moderación); envía uno de los dos.',
    },
  },
  {
    code: 50_018,
    name: 'Password does not match',
    nameEs: 'La contraseña no coincide',
    source: 'observed',
    description: {
      en: 'An account action that requires the current password (changing the email or password, disabling or deleting the account…) was sent with the wrong one. This belongs to user accounts in the official client, not to bots; enter the password again.',
      es: 'Una acción de cuenta que exige la contraseña actual (cambiar el correo o la contraseña, desactivar o eliminar la cuenta…) se envió con una incorrecta. Es propio de las cuentas de usuario en el cliente oficial, no de los bots; vuelve a introducir la contraseña.',
    },
  },
  {
    code: 50_019,
    name: 'A message can only be pinned to the channel it was sent in',
    nameEs: 'Un mensaje solo se puede fijar en el canal en el que se envió',
    source: 'both',
    description: {
      en: "You tried to pin a message through a channel other than the one it was posted in. Use the message's own `channel_id` in the pin request.",
      es: 'Intentaste fijar un mensaje a través de un canal distinto de aquel en el que se publicó. Usa el `channel_id` del propio mensaje en la solicitud para fijarlo.',
    },
  },
  {
    code: 50_020,
    name: 'Invite code was either invalid or taken',
    nameEs: 'El código de invitación no es válido o ya está en uso',
    source: 'both',
    description: {
      en: "The custom invite code you asked for, usually a guild's vanity URL, is malformed or already taken by another guild. Choose a different code.",
      es: 'El código de invitación personalizado que pediste, normalmente la URL personalizada (vanity) de un servidor, no tiene un formato válido o ya lo usa otro servidor. Elige otro código.',
    },
  },
  {
    code: 50_021,
    name: 'Cannot execute action on a system message',
    nameEs: 'No se puede ejecutar la acción en un mensaje del sistema',
    source: 'both',
    description: {
      en: 'The target is a system message (a member join, a boost, a pin notice and the like), which does not support this action, such as being edited. Check the message `type` and act only on regular messages (`DEFAULT`, `REPLY` and similar).',
      es: 'El destino es un mensaje del sistema (la llegada de un miembro, una mejora, el aviso de un mensaje fijado, etc.), que no admite esta acción, como ser editado. Comprueba el `type` del mensaje y actúa solo sobre mensajes normales (`DEFAULT`, `REPLY` y similares).',
    },
  },
  {
    code: 50_022,
    name: 'Invalid phone number',
    nameEs: 'Número de teléfono no válido',
    source: 'observed',
    description: {
      en: "The phone number supplied while adding, changing or verifying an account's phone was not accepted. This is a user-account operation of the official client; check the number and its country code.",
      es: 'No se aceptó el número de teléfono indicado al añadir, cambiar o verificar el teléfono de una cuenta. Es una operación de cuentas de usuario del cliente oficial; revisa el número y su prefijo de país.',
    },
  },
  {
    code: 50_023,
    name: 'Invalid client id',
    nameEs: 'ID de cliente no válido',
    source: 'observed',
    description: {
      en: 'The `client_id` sent, usually in an OAuth2 authorization request, does not identify a valid application. Copy the Application ID from the developer portal and check that the URL passes it unaltered.',
      es: 'El `client_id` enviado, normalmente en una solicitud de autorización OAuth2, no corresponde a ninguna aplicación válida. Copia el Application ID del portal de desarrolladores y comprueba que la URL lo transmita sin alteraciones.',
    },
  },
  {
    code: 50_024,
    name: 'Cannot execute action on this channel type',
    nameEs: 'No se puede ejecutar la acción en este tipo de canal',
    source: 'both',
    description: {
      en: "The endpoint does not work on this kind of channel, for example a thread operation aimed at a channel that is not a thread, or creating a thread where threads are not supported. Compare the channel's `type` with the types the endpoint documents before calling it.",
      es: 'El endpoint no funciona con este tipo de canal; por ejemplo, una operación de hilos dirigida a un canal que no es un hilo, o crear un hilo donde no se admiten. Antes de llamar, compara el `type` del canal con los tipos que documenta el endpoint.',
    },
  },
  {
    code: 50_025,
    name: 'Invalid OAuth2 access token provided',
    nameEs: 'Se proporcionó un token de acceso OAuth2 no válido',
    observedMessage: 'Invalid OAuth2 access token',
    source: 'both',
    description: {
      en: 'The OAuth2 bearer token is not valid: it expired, it was revoked when the user deauthorized your app, or it is not an access token at all. Get a new one with your `refresh_token` (or send the user through authorization again) and retry with that.',
      es: 'El token de acceso OAuth2 (bearer) no es válido: caducó, se revocó cuando el usuario desautorizó tu app o directamente no es un token de acceso. Obtén uno nuevo con tu `refresh_token` (o haz que el usuario vuelva a autorizar) y reintenta con él.',
    },
  },
  {
    code: 50_026,
    name: 'Missing required OAuth2 scope',
    nameEs: 'Falta un scope de OAuth2 obligatorio',
    source: 'both',
    description: {
      en: 'The OAuth2 token is valid but was not granted the scope this endpoint needs, for example `guilds.join` to add the user to a guild or `guilds.members.read` to read their member data. Add the scope to your authorization URL and have the user authorize again; tokens already issued never gain new scopes.',
      es: 'El token OAuth2 es válido, pero no se le concedió el scope que exige este endpoint; por ejemplo, `guilds.join` para añadir al usuario a un servidor o `guilds.members.read` para leer sus datos de miembro. Añade el scope a la URL de autorización y pide al usuario que autorice de nuevo: los tokens ya emitidos nunca ganan scopes nuevos.',
    },
  },
  {
    code: 50_027,
    name: 'Invalid webhook token provided',
    nameEs: 'Se proporcionó un token de webhook no válido',
    source: 'both',
    description: {
      en: "The token part of the webhook URL is wrong, or the webhook was deleted or recreated with a new token. Interactions run into it too: their follow-up and edit endpoints use the interaction token as a webhook token, which expires 15 minutes after the interaction, so any later call fails with this code. Get a fresh webhook URL, or finish the interaction's work within that window.",
      es: 'La parte del token en la URL del webhook es incorrecta, o el webhook se eliminó o se recreó con otro token. También aparece con las interacciones: sus endpoints de seguimiento y edición usan el token de la interacción como token de webhook, y este caduca 15 minutos después de la interacción; pasado ese plazo, cualquier llamada falla con este código. Consigue una URL de webhook nueva o termina el trabajo de la interacción dentro de ese plazo.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: "This error arrives with HTTP 401, the same status as a bad bot token. Check the JSON `code` before concluding that your bot's token is invalid: only the webhook or interaction token is affected.",
          es: 'Este error llega con HTTP 401, el mismo estado que un token de bot incorrecto. Mira el `code` del JSON antes de concluir que el token de tu bot no es válido: solo está afectado el token del webhook o de la interacción.',
        },
      },
    ],
  },
  {
    code: 50_028,
    name: 'Invalid role',
    nameEs: 'Rol no válido',
    source: 'both',
    description: {
      en: "The role cannot be used or changed this way. Typical cases: the `@everyone` role (its ID equals the guild ID) cannot be deleted, and managed roles, created for a bot, an integration or Server Boosters, cannot be deleted or handed out manually. Skip those roles; filtering on the role's `managed` flag helps.",
      es: 'El rol no se puede usar ni modificar de esta forma. Casos típicos: el rol `@everyone` (su ID coincide con el del servidor) no se puede eliminar, y los roles gestionados, creados para un bot, una integración o los Server Boosters, no se pueden eliminar ni asignar a mano. Omite esos roles; filtrar por el campo `managed` del rol ayuda.',
    },
  },
  {
    code: 50_029,
    name: 'Users without verified emails cannot be added to the application whitelist',
    nameEs: 'Los usuarios sin correo verificado no se pueden añadir a la lista blanca de la aplicación',
    source: 'observed',
    description: {
      en: "Users without a verified email address cannot be added as testers to an application's whitelist (a feature of the old game store and testing flow). The user must verify their email first; this concerns developer accounts, not bots.",
      es: 'Los usuarios sin correo verificado no pueden añadirse como testers a la lista blanca (whitelist) de una aplicación, una función del antiguo flujo de pruebas y de la tienda de juegos. El usuario debe verificar antes su correo; afecta a cuentas de desarrollador, no a bots.',
    },
  },
  {
    code: 50_030,
    name: 'You cannot invite yourself to the application whitelist',
    nameEs: 'No puedes invitarte a ti mismo a la lista blanca de la aplicación',
    source: 'observed',
    description: {
      en: "You tried to invite your own account to your application's tester whitelist. There is no need: as owner you already have access.",
      es: 'Intentaste invitar a tu propia cuenta a la lista blanca de testers de tu aplicación. No hace falta: como propietario ya tienes acceso.',
    },
  },
  {
    code: 50_031,
    name: 'You cannot invite a user who was already whitelisted, or is already a member',
    nameEs: 'No puedes invitar a un usuario que ya está en la lista blanca o que ya es miembro',
    source: 'observed',
    description: {
      en: "The user you are inviting to the application's tester whitelist is already on it or is already a member of the application's team. Nothing needs to be done; refresh the list to see their current status.",
      es: 'El usuario al que invitas a la lista blanca de testers de la aplicación ya está en ella o ya es miembro del equipo de la aplicación. No hay que hacer nada; actualiza la lista para ver su estado actual.',
    },
  },
  {
    code: 50_033,
    name: 'Invalid Recipient(s)',
    nameEs: 'Destinatarios no válidos',
    source: 'both',
    description: {
      en: 'One or more recipients of a DM or group DM request are not valid, for example an ID that does not belong to a usable user account, or a recipient that cannot be added this way. Check the recipient IDs you send.',
      es: 'Uno o varios destinatarios de una solicitud de MD o de MD grupal no son válidos; por ejemplo, un ID que no corresponde a una cuenta de usuario utilizable o un destinatario que no puede añadirse de esta forma. Revisa los IDs de destinatario que envías.',
    },
  },
  {
    code: 50_034,
    name: 'A message provided was too old to bulk delete',
    nameEs: 'Uno de los mensajes indicados es demasiado antiguo para borrarlo en bloque',
    source: 'both',
    description: {
      en: 'At least one message in a bulk delete is older than two weeks, and Bulk Delete Messages refuses the whole request in that case. Filter out older messages by their snowflake timestamp and delete those one by one with the regular endpoint.',
      es: 'Al menos uno de los mensajes de un borrado en bloque tiene más de dos semanas, y en ese caso Bulk Delete Messages rechaza la solicitud entera. Filtra los mensajes antiguos por la marca de tiempo de su snowflake y bórralos uno a uno con el endpoint normal.',
    },
  },
  {
    code: 50_035,
    name: 'Invalid form body (returned for both `application/json` and `multipart/form-data` bodies), or invalid `Content-Type` provided',
    nameEs:
      'Cuerpo del formulario no válido (se devuelve tanto con cuerpos `application/json` como `multipart/form-data`) o `Content-Type` no válido',
    observedMessage: 'Invalid Form Body',
    source: 'both',
    description: {
      en: 'The request body failed validation: a field is missing, has the wrong type, or breaks a limit on length, count or allowed values. The same code covers JSON and `multipart/form-data` bodies and a wrong `Content-Type`. The response carries an `errors` object that mirrors your payload: follow its keys (array items appear as `"0"`, `"1"`…) down to an `_errors` array whose `{code, message}` entries, such as `BASE_TYPE_REQUIRED` or `BASE_TYPE_CHOICES`, name each problem. Fix those fields; resending the same body fails the same way.',
      es: 'El cuerpo de la solicitud no superó la validación: falta un campo, tiene un tipo incorrecto o incumple un límite de longitud, de cantidad o de valores permitidos. El mismo código cubre cuerpos JSON y `multipart/form-data`, y también un `Content-Type` incorrecto. La respuesta trae un objeto `errors` que reproduce la forma de tu payload: sigue sus claves (los elementos de un array aparecen como `"0"`, `"1"`…) hasta un array `_errors` cuyas entradas `{code, message}`, como `BASE_TYPE_REQUIRED` o `BASE_TYPE_CHOICES`, nombran cada problema. Corrige esos campos; reenviar el mismo cuerpo falla igual.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: 'The official table describes the code rather than quoting its message; in API responses, and in the community documentation, the `message` is simply `Invalid Form Body`.',
          es: 'La tabla oficial describe el código en lugar de citar su mensaje; en las respuestas de la API, y en la documentación de la comunidad, el `message` es simplemente `Invalid Form Body`.',
        },
      },
    ],
  },
  {
    code: 50_036,
    name: "An invite was accepted to a guild the application's bot is not in",
    nameEs: 'Se aceptó una invitación a un servidor en el que no está el bot de la aplicación',
    observedMessage: 'You cannot accept an invite to a server that the application’s bot is not in.',
    source: 'both',
    description: {
      en: 'An invite was accepted through your application for a guild its bot is not a member of, and the application may only do that for guilds where its bot is present. Add the bot to that guild first, or use an invite to a guild where it already is.',
      es: 'Se aceptó, a través de tu aplicación, una invitación a un servidor del que su bot no es miembro, y la aplicación solo puede hacerlo en servidores donde su bot esté presente. Añade primero el bot a ese servidor o usa una invitación a uno en el que ya esté.',
    },
  },
  {
    code: 50_037,
    name: 'Verification code is invalid',
    nameEs: 'El código de verificación no es válido',
    source: 'observed',
    description: {
      en: 'The verification code you entered (for an email, a phone number or a similar account check) is wrong or no longer valid. Check it, or request a new code and use that one.',
      es: 'El código de verificación introducido (de correo, de teléfono o de una comprobación de cuenta similar) es incorrecto o ya no es válido. Revísalo, o solicita uno nuevo y usa ese.',
    },
  },
  {
    code: 50_038,
    name: 'You cannot perform this action on yourself',
    nameEs: 'No puedes realizar esta acción sobre ti mismo',
    source: 'observed',
    description: {
      en: "The action cannot target your own account, for example sending yourself a friend request or blocking yourself. Check that the target user ID is not the current user's.",
      es: 'La acción no puede dirigirse a tu propia cuenta; por ejemplo, enviarte una solicitud de amistad o bloquearte a ti mismo. Comprueba que el ID del usuario de destino no sea el del usuario actual.',
    },
  },
  {
    code: 50_039,
    name: 'Invalid Activity Action',
    nameEs: 'Acción de actividad no válida',
    source: 'both',
    description: {
      en: 'The activity action sent, such as a join or spectate request for a Rich Presence activity, is not valid for that activity. Check the action type and that the activity actually supports it.',
      es: 'La acción de actividad enviada, como una solicitud para unirse o para mirar una actividad de Rich Presence, no es válida para esa actividad. Revisa el tipo de acción y que la actividad la admita de verdad.',
    },
  },
  {
    code: 50_040,
    name: 'Invalid OAuth2 redirect_uri',
    nameEs: 'El redirect_uri de OAuth2 no es válido',
    source: 'observed',
    description: {
      en: 'The `redirect_uri` in the OAuth2 request does not match any redirect registered for the application. Add the exact URI (scheme, host, path and trailing slash included) under OAuth2 in the developer portal, and send it identically in the authorization and token requests.',
      es: 'El `redirect_uri` de la solicitud OAuth2 no coincide con ninguna redirección registrada en la aplicación. Añade la URI exacta (con esquema, host, ruta y barra final incluidos) en el apartado OAuth2 del portal de desarrolladores y envíala idéntica en la autorización y en la solicitud del token.',
    },
  },
  {
    code: 50_041,
    name: 'Invalid API version provided',
    nameEs: 'Se proporcionó una versión de la API no válida',
    source: 'both',
    description: {
      en: 'The API version in the request path (the `v10` in `/api/v10/…`) is unknown or no longer accepted. Use a supported version such as v10.',
      es: 'La versión de la API indicada en la ruta (el `v10` de `/api/v10/…`) no existe o ya no se acepta. Usa una versión admitida, como la v10.',
    },
  },
  {
    code: 50_042,
    name: 'Invalid Billing State',
    nameEs: 'Estado de facturación no válido',
    source: 'observed',
    description: {
      en: 'A billing operation hit an account or subscription whose billing state does not allow it, for example a pending or failed payment. This concerns purchases made by user accounts in the official client; resolve the issue in the billing settings.',
      es: 'Una operación de facturación se topó con una cuenta o suscripción cuyo estado de facturación no la permite; por ejemplo, un pago pendiente o fallido. Afecta a compras de cuentas de usuario en el cliente oficial; resuélvelo en los ajustes de facturación.',
    },
  },
  {
    code: 50_043,
    name: 'Data Harvest is pending, another Data Harvest cannot be started',
    nameEs: 'Ya hay una recopilación de datos pendiente; no se puede iniciar otra',
    source: 'observed',
    description: {
      en: "A copy of the account's data (the “Request all of my data” package) is already being prepared, so another request cannot start. Wait for the current package to be delivered.",
      es: 'Ya se está preparando una copia de los datos de la cuenta (el paquete de «Solicitar todos mis datos») y, hasta que termine, no se puede iniciar otra solicitud. Espera a que llegue el paquete en curso.',
    },
  },
  {
    code: 50_044,
    name: 'Data Harvest can only be requested every 30 days',
    nameEs: 'Solo se puede solicitar una recopilación de datos cada 30 días',
    source: 'observed',
    description: {
      en: "A data package (“Request all of my data”) can be requested only once every 30 days, and the account's last request is more recent than that. Try again once 30 days have passed since the previous one.",
      es: 'Solo se puede pedir un paquete de datos («Solicitar todos mis datos») cada 30 días, y la última solicitud de la cuenta es más reciente. Vuelve a intentarlo cuando hayan pasado 30 días desde la anterior.',
    },
  },
  {
    code: 50_045,
    name: 'File uploaded exceeds the maximum size',
    nameEs: 'El archivo subido supera el tamaño máximo',
    source: 'both',
    description: {
      en: "The uploaded file is bigger than Discord accepts here. The limit depends on where the file goes; for message attachments it rises with the guild's boost level. Compress or resize the file, or share a link to it instead.",
      es: 'El archivo subido supera el tamaño que Discord admite aquí. El límite depende del destino del archivo; en los adjuntos de mensajes aumenta con el nivel de mejoras del servidor. Comprime o reduce el archivo, o comparte un enlace en su lugar.',
    },
  },
  {
    code: 50_046,
    name: 'Invalid file uploaded',
    nameEs: 'Se subió un archivo no válido',
    observedMessage: 'Invalid Asset',
    source: 'both',
    description: {
      en: 'The file or image data you sent could not be used: it is corrupt, not a supported format, or its contents do not match what the field expects (an avatar, icon or emoji image, for instance). Check the actual bytes and the format you declare, such as the data URI prefix, and upload a valid file.',
      es: 'No se pudo usar el archivo o los datos de imagen enviados: están dañados, no son un formato admitido o su contenido no corresponde a lo que espera el campo (una imagen de avatar, icono o emoji, por ejemplo). Revisa los bytes reales y el formato que declaras, como el prefijo de la data URI, y sube un archivo válido.',
    },
  },
  {
    code: 50_048,
    name: 'Invalid Payment Source',
    nameEs: 'Método de pago no válido',
    source: 'observed',
    description: {
      en: 'The payment method referenced by a purchase or subscription is not valid, for example removed or expired. This is a billing error for user accounts; pick or add another payment method in the official client.',
      es: 'El método de pago indicado en una compra o suscripción no es válido; por ejemplo, se eliminó o caducó. Es un error de facturación de cuentas de usuario; elige o añade otro método de pago en el cliente oficial.',
    },
  },
  {
    code: 50_049,
    name: 'Invalid IP Address. Only IPv4 Addresses are supported',
    nameEs: 'Dirección IP no válida. Solo se admiten direcciones IPv4.',
    source: 'observed',
    description: {
      en: 'An IP address in the request was rejected: only IPv4 addresses are accepted in this field. Send the address in dotted IPv4 form (for example `203.0.113.7`), not IPv6.',
      es: 'Se rechazó una dirección IP de la solicitud: este campo solo acepta direcciones IPv4. Envía la dirección en formato IPv4 con puntos (por ejemplo, `203.0.113.7`), no IPv6.',
    },
  },
  {
    code: 50_050,
    name: 'This gift has been redeemed already.',
    nameEs: 'Este regalo ya se ha canjeado',
    source: 'observed',
    description: {
      en: 'The gift code has already been redeemed and cannot be used again. This concerns gifts between user accounts; if needed, ask the sender for a new code.',
      es: 'El código de regalo ya se canjeó y no puede volver a usarse. Afecta a regalos entre cuentas de usuario; si hace falta, pide un código nuevo a quien lo envió.',
    },
  },
  {
    code: 50_051,
    name: 'You already own this SKU.',
    nameEs: 'Ya tienes este SKU',
    source: 'observed',
    description: {
      en: 'The account already owns the SKU it is trying to buy or redeem, so there is nothing to add. No action is needed; an app can check existing entitlements before offering a purchase.',
      es: 'La cuenta ya posee el SKU que intenta comprar o canjear: no hay nada que añadir. No hace falta hacer nada; una app puede comprobar los entitlements existentes antes de ofrecer una compra.',
    },
  },
  {
    code: 50_054,
    name: 'Cannot self-redeem this gift',
    nameEs: 'No puedes canjear este regalo tú mismo',
    source: 'both',
    description: {
      en: 'A gift bought by an account cannot be redeemed by that same account. Send the gift link to the person it is meant for.',
      es: 'Una cuenta no puede canjear un regalo que compró ella misma. Envía el enlace del regalo a la persona a la que va destinado.',
    },
  },
  {
    code: 50_055,
    name: 'Invalid Guild',
    nameEs: 'Servidor no válido',
    source: 'both',
    description: {
      en: "The guild given in the request cannot be used for this operation, for instance an ID that is not a guild, or a guild that does not qualify for the feature. Check the `guild_id` you pass and that the guild meets the endpoint's requirements.",
      es: 'El servidor indicado en la solicitud no sirve para esta operación; por ejemplo, un ID que no es de un servidor o un servidor que no cumple los requisitos de la función. Revisa el `guild_id` que envías y que el servidor cumpla lo que exige el endpoint.',
    },
  },
  {
    code: 50_056,
    name: 'Cannot delete asset that is currently in use on a store page',
    nameEs: 'No se puede eliminar un recurso que se está usando en una página de tienda',
    source: 'observed',
    description: {
      en: "The asset you tried to delete is still used on one of the application's store pages. Remove it from the store page first, then delete it.",
      es: 'El recurso (asset) que intentaste eliminar todavía se usa en una de las páginas de tienda de la aplicación. Quítalo primero de la página de tienda y después elimínalo.',
    },
  },
  {
    code: 50_057,
    name: 'Invalid SKU',
    nameEs: 'SKU no válido',
    source: 'both',
    description: {
      en: 'The SKU referenced in the request does not exist, does not belong to this application, or cannot be used for the operation. Check the SKU ID against those listed for your application.',
      es: 'El SKU indicado en la solicitud no existe, no pertenece a esta aplicación o no sirve para la operación. Compara el ID del SKU con los que figuran en tu aplicación.',
    },
  },
  {
    code: 50_058,
    name: 'Cannot apply licence to an application that is already activated',
    nameEs: 'No se puede aplicar una licencia a una aplicación que ya está activada',
    source: 'observed',
    description: {
      en: 'A license cannot be applied to an application that is already activated for this account. Nothing more is needed; the account already has access.',
      es: 'No se puede aplicar una licencia a una aplicación que ya está activada para esta cuenta. No hace falta nada más: la cuenta ya tiene acceso.',
    },
  },
  {
    code: 50_059,
    name: 'Application cannot be submitted for approval. Please refer to the developer checklist.',
    nameEs:
      'La aplicación no se puede enviar para su aprobación. Consulta la lista de comprobación para desarrolladores.',
    source: 'observed',
    description: {
      en: 'The application does not yet meet the requirements to be submitted for review. Go through the developer checklist in the developer portal, complete the missing items and submit again.',
      es: 'La aplicación todavía no cumple los requisitos para enviarse a revisión. Repasa la lista de comprobación para desarrolladores del portal, completa lo que falte y vuelve a enviarla.',
    },
  },
  {
    code: 50_060,
    name: 'Invalid application store state.',
    nameEs: 'Estado de la tienda de la aplicación no válido',
    source: 'observed',
    description: {
      en: "The application's store configuration is in a state that does not allow this operation. This belongs to Discord's store for applications, not to normal bot work; review the store settings of the application.",
      es: 'La configuración de tienda de la aplicación está en un estado que no permite esta operación. Pertenece a la tienda de aplicaciones de Discord, no al trabajo habitual de un bot; revisa los ajustes de tienda de la aplicación.',
    },
  },
  {
    code: 50_061,
    name: 'A branch needs to be associated with the channel to use this endpoint',
    nameEs: 'El canal necesita una rama asociada para usar este endpoint',
    source: 'observed',
    description: {
      en: 'This endpoint needs a branch (a build channel of a game distributed through Discord) associated with the channel, and none is. It belongs to the old game store; associate a branch with the channel before calling it.',
      es: 'Este endpoint necesita que el canal tenga asociada una rama (branch, un canal de versiones de un juego distribuido a través de Discord) y no la tiene. Es propio de la antigua tienda de juegos; asocia una rama al canal antes de llamarlo.',
    },
  },
  {
    code: 50_064,
    name: 'Cannot unsubscribe from a server again',
    nameEs: 'No se puede volver a cancelar la mejora de un servidor',
    source: 'observed',
    description: {
      en: 'The Server Boost on that guild has already been canceled, so it cannot be canceled again. It concerns boosts on user accounts; there is nothing left to do.',
      es: 'La mejora (boost) de ese servidor ya se canceló y no puede cancelarse otra vez. Afecta a las mejoras de cuentas de usuario; no hay nada más que hacer.',
    },
  },
  {
    code: 50_067,
    name: 'Invalid request origin',
    nameEs: 'Origen de la solicitud no válido',
    source: 'both',
    description: {
      en: 'The origin the request came from is not accepted for this endpoint, most likely a browser page calling an endpoint that is not meant to be called from there. Make the call from your backend instead.',
      es: 'No se acepta el origen del que procede la solicitud para este endpoint; lo más probable es que una página web esté llamando a un endpoint que no está pensado para usarse desde ahí. Haz la llamada desde tu backend.',
    },
  },
  {
    code: 50_068,
    name: 'Invalid message type',
    nameEs: 'Tipo de mensaje no válido',
    source: 'both',
    description: {
      en: 'The message type involved does not allow this operation. Check the `type` of the message you act on (or the type you supply) against what the endpoint accepts.',
      es: 'El tipo de mensaje en cuestión no permite esta operación. Compara el `type` del mensaje sobre el que actúas (o el tipo que envías) con lo que acepta el endpoint.',
    },
  },
  {
    code: 50_069,
    name: 'Must wait for premium server subscription cooldown to expire',
    nameEs: 'Debes esperar a que termine el periodo de espera de la mejora de servidor',
    source: 'observed',
    description: {
      en: 'A Server Boost that was just removed or transferred is in its cooldown and cannot be applied to another guild yet. Wait until the cooldown ends; this concerns user accounts with Nitro.',
      es: 'Una mejora (boost) recién retirada o transferida está en su periodo de espera y todavía no puede aplicarse a otro servidor. Espera a que termine; afecta a cuentas de usuario con Nitro.',
    },
  },
  {
    code: 50_070,
    name: 'Payment source required to redeem gift',
    nameEs: 'Se requiere un método de pago para canjear el regalo',
    source: 'both',
    description: {
      en: 'Redeeming this gift requires the account to have a payment method on file. Add a payment method in the official client, then redeem the gift again.',
      es: 'Para canjear este regalo, la cuenta debe tener registrado un método de pago. Añade un método de pago en el cliente oficial y vuelve a canjearlo.',
    },
  },
  {
    code: 50_071,
    name: 'New subscription required to redeem gift',
    nameEs: 'Se requiere una suscripción nueva para canjear el regalo',
    source: 'observed',
    description: {
      en: 'This gift can only be redeemed by starting a new subscription, for example because the account already has a subscription it cannot be combined with. It concerns user accounts; check the subscription in the official client.',
      es: 'Este regalo solo puede canjearse iniciando una suscripción nueva; por ejemplo, porque la cuenta ya tiene una suscripción con la que no se puede combinar. Afecta a cuentas de usuario; revisa la suscripción en el cliente oficial.',
    },
  },
  {
    code: 50_073,
    name: 'Cannot modify a system webhook',
    nameEs: 'No se puede modificar un webhook del sistema',
    source: 'both',
    description: {
      en: 'The webhook was created and is managed by Discord itself rather than by a user or an app, so it cannot be modified. Leave it alone and create your own webhook if you need one.',
      es: 'El webhook no puede modificarse: lo creó y lo gestiona el propio Discord, no un usuario ni una app. No lo toques y crea tu propio webhook si lo necesitas.',
    },
  },
  {
    code: 50_074,
    name: 'Cannot delete a channel required for Community guilds',
    nameEs: 'No se puede eliminar un canal obligatorio en los servidores de comunidad',
    source: 'both',
    description: {
      en: "Community guilds must keep a rules channel and a community updates channel, and you tried to delete one of them. Assign another channel to that role in the guild's settings first, or disable Community, then delete it.",
      es: 'Los servidores de comunidad deben tener un canal de normas y un canal de actualizaciones de la comunidad, y intentaste eliminar uno de ellos. Asigna antes esa función a otro canal en los ajustes del servidor, o desactiva la comunidad, y luego elimínalo.',
    },
  },
  {
    code: 50_080,
    name: 'Cannot edit stickers within a message',
    nameEs: 'No se pueden editar los stickers de un mensaje',
    source: 'both',
    description: {
      en: 'Stickers cannot be added, changed or removed when editing a message; they are fixed once it is sent. Send a new message with the sticker, or delete and resend the old one.',
      es: 'Los stickers no se pueden añadir, cambiar ni quitar al editar un mensaje: quedan fijados al enviarlo. Envía un mensaje nuevo con el sticker, o borra el anterior y vuelve a enviarlo.',
    },
  },
  {
    code: 50_081,
    name: 'Invalid sticker sent',
    nameEs: 'Se envió un sticker no válido',
    observedMessage: 'Cannot use this sticker',
    source: 'both',
    description: {
      en: 'One of the `sticker_ids` cannot be used here: the sticker does not exist, belongs to another guild, or is no longer available. Send IDs of stickers from the guild the message goes to.',
      es: 'Uno de los `sticker_ids` no puede usarse aquí: el sticker no existe, pertenece a otro servidor o ya no está disponible. Envía IDs de stickers del servidor al que va el mensaje.',
    },
  },
  {
    code: 50_083,
    name: 'Tried to perform an operation on an archived thread, such as editing a message or adding a user to the thread',
    nameEs:
      'Se intentó realizar una operación en un hilo archivado, como editar un mensaje o añadir un usuario al hilo',
    observedMessage: 'Thread is archived',
    source: 'both',
    description: {
      en: 'The thread is archived, and archived threads do not accept changes such as editing a message or adding a member. Unarchive it first (Modify Channel with `archived: false`, which requires `MANAGE_THREADS` if the thread is also locked), then repeat the operation.',
      es: 'El hilo está archivado, y los hilos archivados no admiten cambios como editar un mensaje o añadir un miembro. Desarchívalo primero (Modify Channel con `archived: false`, que exige `MANAGE_THREADS` si además está bloqueado) y repite la operación.',
    },
  },
  {
    code: 50_084,
    name: 'Invalid thread notification settings',
    nameEs: 'Ajustes de notificación del hilo no válidos',
    source: 'both',
    description: {
      en: 'The notification settings sent for a thread membership are not valid values. Check the flags or fields against the thread member settings documented for the endpoint and send only supported values.',
      es: 'Los ajustes de notificación enviados para la pertenencia a un hilo no son valores válidos. Compara los flags o campos con los ajustes de miembro de hilo que documenta el endpoint y envía solo valores admitidos.',
    },
  },
  {
    code: 50_085,
    name: '`before` value is earlier than the thread creation date',
    nameEs: 'El valor de `before` es anterior a la fecha de creación del hilo',
    source: 'both',
    description: {
      en: "The `before` value you passed points to a moment earlier than the thread's creation, so it cannot select anything in that thread. Use a later `before` value or leave it out.",
      es: 'El valor `before` que pasaste apunta a un momento anterior a la creación del hilo, por lo que no selecciona nada en ese hilo. Usa un `before` posterior o no lo envíes.',
    },
  },
  {
    code: 50_086,
    name: 'Community server channels must be text channels',
    nameEs: 'Los canales de servidor de comunidad deben ser canales de texto',
    source: 'both',
    description: {
      en: "The channel chosen as a Community guild's rules or community updates channel must be a text channel. Pick a text channel for that setting.",
      es: 'El canal elegido como canal de normas o de actualizaciones de la comunidad de un servidor de comunidad debe ser un canal de texto. Elige un canal de texto para ese ajuste.',
    },
  },
  {
    code: 50_089,
    name: 'Event cannot be started for this channel',
    nameEs: 'No se puede iniciar el evento en este canal',
    source: 'observed',
    description: {
      en: "The scheduled event cannot be started in the channel it is attached to, for example because the channel type does not match what the event needs. Check the event's channel and entity type.",
      es: 'El evento programado no puede iniciarse en el canal al que está vinculado; por ejemplo, porque el tipo de canal no corresponde a lo que necesita el evento. Revisa el canal y el tipo de entidad del evento.',
    },
  },
  {
    code: 50_090,
    name: 'Cannot start an event that is active or completed',
    nameEs: 'No se puede iniciar un evento que está activo o completado',
    source: 'observed',
    description: {
      en: 'The scheduled event is already active or has finished, so it cannot be started. Only events in the `SCHEDULED` state can be started; create a new event if you need another session.',
      es: 'El evento programado no puede iniciarse porque ya está en curso o ha terminado. Solo se pueden iniciar eventos en estado `SCHEDULED`; crea un evento nuevo si necesitas otra sesión.',
    },
  },
  {
    code: 50_091,
    name: 'The entity type of the event is different from the entity you are trying to start the event for',
    nameEs: 'El tipo de entidad del evento es distinto de la entidad para la que intentas iniciarlo',
    source: 'both',
    description: {
      en: 'The scheduled event was created for one kind of entity (a Stage, a voice channel or an external location) and you tried to start it on a different one. Start it on the kind of entity given by its `entity_type`, or change the event first.',
      es: 'El evento programado se creó para un tipo de entidad (un escenario, un canal de voz o una ubicación externa) e intentaste iniciarlo sobre otro distinto. Inícialo sobre el tipo de entidad que indica su `entity_type`, o modifica antes el evento.',
    },
  },
  {
    code: 50_092,
    name: 'You have already owned this SKU',
    nameEs: 'Ya posees este SKU',
    source: 'observed',
    description: {
      en: 'The account already owns this SKU, so it cannot be purchased or granted again. Check existing entitlements before offering the item.',
      es: 'La cuenta ya posee este SKU, que no puede comprarse ni concederse otra vez. Comprueba los entitlements existentes antes de ofrecer el artículo.',
    },
  },
  {
    code: 50_094,
    name: 'Invalid directory entry type',
    nameEs: 'Tipo de entrada de directorio no válido',
    source: 'observed',
    description: {
      en: 'The entry type given for a directory (the guild directory of Student Hubs and similar) is not a valid one. Check the type you send when adding or listing directory entries.',
      es: 'El tipo de entrada indicado para un directorio (el directorio de servidores de los Student Hubs y similares) no es válido. Revisa el tipo que envías al añadir o listar entradas del directorio.',
    },
  },
  {
    code: 50_095,
    name: 'This server is not available in your location',
    nameEs: 'Este servidor no está disponible en tu ubicación',
    source: 'both',
    description: {
      en: "Discord does not make this guild available from the user's region, so the join or access is refused. Nothing in the request can fix it.",
      es: 'Discord no ofrece este servidor desde la región del usuario y rechaza el acceso o la entrada. Nada en la solicitud puede resolverlo.',
    },
  },
  {
    code: 50_096,
    name: 'Cannot accept your own friend invite',
    nameEs: 'No puedes aceptar tu propia invitación de amistad',
    source: 'observed',
    description: {
      en: 'A friend invite link cannot be accepted by the account that created it. Share the link with someone else.',
      es: 'La propia cuenta que creó un enlace de invitación de amistad no puede aceptarlo. Compártelo con otra persona.',
    },
  },
  {
    code: 50_097,
    name: 'This server needs monetization enabled in order to perform this action',
    nameEs: 'Este servidor necesita tener activada la monetización para realizar esta acción',
    observedMessage: 'Cannot redeem gift',
    source: 'both',
    description: {
      en: 'The action depends on monetization (server subscriptions, for example) and the guild does not have it enabled. A guild owner has to set up and enable monetization before this can work.',
      es: 'La acción depende de la monetización (las suscripciones al servidor, por ejemplo) y el servidor no la tiene activada. El propietario del servidor tiene que configurarla y activarla para que funcione.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "The community's list of observed errors gives this code the message `Cannot redeem gift`, whereas Discord's official table says `This server needs monetization enabled in order to perform this action`.",
          es: 'La lista de errores observados de la comunidad asigna a este código el mensaje `Cannot redeem gift`, mientras que la tabla oficial de Discord dice `This server needs monetization enabled in order to perform this action`.',
        },
      },
    ],
  },
  {
    code: 50_099,
    name: 'This entity can only be edited through the server settings UI',
    nameEs: 'Esta entidad solo se puede editar desde los ajustes del servidor',
    source: 'observed',
    description: {
      en: 'This setting or object can only be changed from the server settings in the official client, not through the API. Make the change there.',
      es: 'Este ajuste u objeto solo puede cambiarse desde los ajustes del servidor en el cliente oficial, no a través de la API. Haz el cambio allí.',
    },
  },
  {
    code: 50_101,
    name: 'This server needs more boosts to perform this action',
    nameEs: 'Este servidor necesita más mejoras para realizar esta acción',
    source: 'both',
    description: {
      en: 'The feature needs a higher Server Boost level than the guild has, for example a banner, a vanity URL or more emoji or sticker slots. The guild has to reach the required boost level first.',
      es: 'La función necesita un nivel de mejoras (boosts) más alto del que tiene el servidor; por ejemplo, un banner, una URL personalizada o más huecos de emojis o stickers. El servidor tiene que alcanzar antes el nivel de mejoras necesario.',
    },
  },
  {
    code: 50_102,
    name: 'Cannot update price tier on a published role listing',
    nameEs: 'No se puede cambiar el nivel de precio de un anuncio de rol publicado',
    source: 'observed',
    description: {
      en: 'Once a role subscription listing is published, its price tier can no longer be changed. Create a new listing with the price you want, or keep the current one.',
      es: 'Una vez publicado un anuncio de suscripción de rol, ya no se puede cambiar su nivel de precio. Crea un anuncio nuevo con el precio que quieras o mantén el actual.',
    },
  },
  {
    code: 50_104,
    name: 'Malformed user settings payload',
    nameEs: 'Payload de ajustes de usuario mal formado',
    source: 'observed',
    description: {
      en: 'The user settings payload could not be decoded: it is not in the format the endpoint expects (the official client sends these settings as an encoded binary blob). It concerns user accounts; bots do not use this endpoint.',
      es: 'No se pudo decodificar el payload de ajustes de usuario: no tiene el formato que espera el endpoint (el cliente oficial envía estos ajustes como un bloque binario codificado). Afecta a cuentas de usuario; los bots no usan este endpoint.',
    },
  },
  {
    code: 50_105,
    name: 'User Settings failed validation: {reason}',
    nameEs: 'Los ajustes de usuario no superaron la validación: {reason}',
    source: 'observed',
    description: {
      en: 'The user settings were decoded but rejected; the `{reason}` placeholder in the message is replaced with the specific rule that failed. Read that reason and correct the setting it names. This concerns user accounts in the official client.',
      es: 'Los ajustes de usuario se decodificaron, pero se rechazaron; el marcador `{reason}` del mensaje se sustituye por la regla concreta que falló. Lee ese motivo y corrige el ajuste que indica. Afecta a cuentas de usuario en el cliente oficial.',
    },
  },
  {
    code: 50_106,
    name: 'You do not have access to the requested activity',
    nameEs: 'No tienes acceso a la actividad solicitada',
    source: 'observed',
    description: {
      en: 'The account is not allowed to use the requested Activity, for example because it is not released to everyone yet or is restricted to certain users. Pick an Activity the account has access to.',
      es: 'La cuenta no tiene permitido usar la actividad solicitada; por ejemplo, porque aún no está disponible para todo el mundo o está restringida a ciertos usuarios. Elige una actividad a la que la cuenta tenga acceso.',
    },
  },
  {
    code: 50_107,
    name: 'This server needs more boosts to launch this activity',
    nameEs: 'Este servidor necesita más mejoras para iniciar esta actividad',
    source: 'observed',
    description: {
      en: 'This Activity can only be launched in guilds with a higher Server Boost level than this one. Launch it in another guild or reach the required boost level first.',
      es: 'Esta actividad solo puede iniciarse en servidores con un nivel de mejoras más alto que el de este. Iníciala en otro servidor o alcanza antes el nivel de mejoras necesario.',
    },
  },
  {
    code: 50_108,
    name: 'INVALID_ACTIVITY_LAUNCH_CONCURRENT_ACTIVITIES',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `INVALID_ACTIVITY_LAUNCH_CONCURRENT_ACTIVITIES` instead of a sentence. It indicates that the Activity could not be launched because of other Activities already running in that channel or call; end the running one before launching another.',
      es: 'Discord devuelve la constante interna `INVALID_ACTIVITY_LAUNCH_CONCURRENT_ACTIVITIES` en lugar de una frase. Indica que no se pudo iniciar la actividad por otras actividades que ya están en marcha en ese canal o llamada; termina la que esté en curso antes de iniciar otra.',
    },
  },
  {
    code: 50_109,
    name: 'The request body contains invalid JSON.',
    nameEs: 'El cuerpo de la solicitud contiene JSON no válido',
    source: 'both',
    description: {
      en: 'The body could not be parsed as JSON: a syntax error, a trailing comma, a truncated payload or a body sent as something else while declared as `application/json`. Serialize the payload with a JSON library instead of building the string by hand and check the `Content-Type`; resending the same body will fail again.',
      es: 'El cuerpo no se pudo interpretar como JSON: un error de sintaxis, una coma final, un payload truncado o un cuerpo que es otra cosa aunque se declare `application/json`. Serializa el payload con una biblioteca JSON en lugar de construir la cadena a mano y revisa el `Content-Type`; reenviar el mismo cuerpo volverá a fallar.',
    },
  },
  {
    code: 50_110,
    name: 'The provided file is invalid.',
    nameEs: 'El archivo proporcionado no es válido',
    source: 'both',
    description: {
      en: 'Discord could not process the uploaded file: it may be corrupt, empty, or its contents may not match its declared type. Check the file and upload it again.',
      es: 'Discord no pudo procesar el archivo subido: puede estar dañado o vacío, o su contenido no coincide con el tipo declarado. Revisa el archivo y súbelo de nuevo.',
    },
  },
  {
    code: 50_111,
    name: 'Invalid guild join request application status query',
    nameEs: 'Consulta de estado de solicitudes para unirse al servidor no válida',
    source: 'observed',
    description: {
      en: "The status filter used when querying a guild's join requests (member applications) is not a valid one. Use one of the application statuses the endpoint supports.",
      es: 'El filtro de estado usado al consultar las solicitudes de entrada a un servidor (las solicitudes de miembro) no es válido. Usa uno de los estados de solicitud que admite el endpoint.',
    },
  },
  {
    code: 50_112,
    name: 'Cannot delete a subscription group that has listings',
    nameEs: 'No se puede eliminar un grupo de suscripciones que tiene anuncios',
    source: 'observed',
    description: {
      en: 'A server subscription group that still contains listings cannot be deleted. Remove or move its listings first, then delete the group.',
      es: 'No se puede eliminar un grupo de suscripciones al servidor que todavía contiene anuncios. Elimina o mueve antes sus anuncios y después borra el grupo.',
    },
  },
  {
    code: 50_113,
    name: 'Cannot create more than 1 subscription group',
    nameEs: 'No se puede crear más de 1 grupo de suscripciones',
    source: 'observed',
    description: {
      en: 'A guild can have only one subscription group, and one already exists. Add your listings to the existing group instead of creating another.',
      es: 'Un servidor solo puede tener un grupo de suscripciones, y ya existe uno. Añade tus anuncios al grupo existente en lugar de crear otro.',
    },
  },
  {
    code: 50_119,
    name: 'This guild is not allowed to use monetization features.',
    nameEs: 'Este servidor no tiene permitido usar las funciones de monetización',
    source: 'observed',
    description: {
      en: 'The guild is not allowed to use monetization features such as server subscriptions, so the action is refused. Changing the request will not help; the guild itself has to become eligible.',
      es: 'Se rechaza la acción porque el servidor no tiene permitido usar funciones de monetización como las suscripciones al servidor. Cambiar la solicitud no servirá: es el propio servidor el que tiene que pasar a cumplir los requisitos.',
    },
  },
  {
    code: 50_121,
    name: 'This server is not eligible to request monetization',
    nameEs: 'Este servidor no cumple los requisitos para solicitar la monetización',
    source: 'observed',
    description: {
      en: 'The guild does not meet the eligibility requirements to apply for monetization. Check the requirements Discord lists for guild monetization before requesting it again.',
      es: 'El servidor no cumple los requisitos para solicitar la monetización. Revisa los requisitos que indica Discord para la monetización de servidores antes de volver a pedirla.',
    },
  },
  {
    code: 50_123,
    name: 'The provided file type is invalid.',
    nameEs: 'El tipo de archivo proporcionado no es válido',
    source: 'both',
    description: {
      en: "The file's type is not accepted for this upload, for example an audio format a soundboard sound does not support, or an image format a sticker does not allow. Convert the file to one of the formats the endpoint documents.",
      es: 'El tipo del archivo no se acepta en esta subida; por ejemplo, un formato de audio que no admite un sonido del panel de sonidos o un formato de imagen que no permite un sticker. Convierte el archivo a uno de los formatos que documenta el endpoint.',
    },
  },
  {
    code: 50_124,
    name: 'The provided file duration exceeds maximum of 5.2 seconds.',
    nameEs: 'La duración del archivo proporcionado supera el máximo de 5,2 segundos',
    source: 'both',
    description: {
      en: 'The audio file is longer than the 5.2-second maximum, the limit for soundboard sounds. Trim it to 5.2 seconds or less and upload it again.',
      es: 'El archivo de audio dura más que el máximo de 5,2 segundos, el límite de los sonidos del panel de sonidos. Recórtalo a 5,2 segundos o menos y súbelo de nuevo.',
    },
  },
  {
    code: 50_129,
    name: 'You must have Nitro to launch this activity',
    nameEs: 'Necesitas Nitro para iniciar esta actividad',
    source: 'observed',
    description: {
      en: 'The Activity is reserved for Nitro subscribers and the account launching it does not have Nitro. Launch a different Activity, or use an account with Nitro.',
      es: 'La actividad está reservada a suscriptores de Nitro y la cuenta que la inicia no lo tiene. Inicia otra actividad o usa una cuenta con Nitro.',
    },
  },
  {
    code: 50_131,
    name: 'Owner cannot be pending member',
    nameEs: 'El propietario no puede ser un miembro pendiente',
    source: 'both',
    description: {
      en: 'The operation would leave the guild owner as a pending member, one who still has to pass membership screening (accepting the rules), and Discord does not allow that. The owner is exempt from screening; leave the owner out of the operation.',
      es: 'La operación dejaría al propietario del servidor como miembro pendiente, alguien que aún debe superar la verificación de miembros (aceptar las normas), y Discord no lo permite. El propietario está exento de esa verificación; déjalo fuera de la operación.',
    },
  },
  {
    code: 50_132,
    name: 'Ownership cannot be transferred to a bot user',
    nameEs: 'La propiedad no se puede transferir a un usuario bot',
    source: 'both',
    description: {
      en: 'Guild ownership can only be transferred to a human user, and the chosen member is a bot. Pick a regular user account as the new owner.',
      es: 'La propiedad de un servidor solo puede transferirse a un usuario humano, y el miembro elegido es un bot. Elige una cuenta de usuario normal como nuevo propietario.',
    },
  },
  {
    code: 50_133,
    name: 'User is already owner',
    nameEs: 'El usuario ya es el propietario',
    source: 'observed',
    description: {
      en: 'The ownership transfer names the user who already owns the guild, so nothing would change. Choose a different member as the new owner.',
      es: 'La transferencia de propiedad indica al usuario que ya es propietario del servidor: no cambiaría nada. Elige a otro miembro como nuevo propietario.',
    },
  },
  {
    code: 50_136,
    name: 'User does not have access to private channel.',
    nameEs: 'El usuario no tiene acceso al canal privado',
    source: 'observed',
    description: {
      en: "The user is not a participant of that private channel (a DM or group DM), so the action cannot involve them there. Check the channel's recipients.",
      es: 'El usuario no participa en ese canal privado (un MD o un MD grupal) y la acción no puede implicarlo allí. Revisa los destinatarios del canal.',
    },
  },
  {
    code: 50_138,
    name: 'Failed to resize asset below the maximum size: 262144',
    nameEs: 'No se pudo reducir el recurso por debajo del tamaño máximo: 262144',
    source: 'both',
    description: {
      en: 'The uploaded image could not be shrunk below the maximum size of 262,144 bytes (256 KiB) that applies to assets such as emojis. Upload a smaller or more compressed image, for example by reducing its dimensions or frame count.',
      es: 'No se pudo reducir la imagen subida por debajo del tamaño máximo de 262 144 bytes (256 KiB) que se aplica a recursos como los emojis. Sube una imagen más pequeña o más comprimida; por ejemplo, con menos resolución o menos fotogramas.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "discord-api-types first called this member `FailedToResizeAssetBelowTheMinimumSize`, although Discord's message speaks of the maximum size. It has since renamed it `FailedToResizeAssetBelowTheMaximumSize` and keeps the old name as deprecated, so depending on the version you use it may have either name.",
          es: 'discord-api-types llamó primero a este miembro `FailedToResizeAssetBelowTheMinimumSize`, aunque el mensaje de Discord habla del tamaño máximo. Después lo renombró a `FailedToResizeAssetBelowTheMaximumSize` y mantiene el nombre antiguo como obsoleto; según la versión que uses, puede llamarse de una forma u otra.',
        },
      },
    ],
  },
  {
    code: 50_139,
    name: 'User could not be found.',
    nameEs: 'No se encontró el usuario',
    source: 'observed',
    description: {
      en: 'The user referenced in the request could not be found, for example because the ID is wrong or the account no longer exists. Check the user ID before retrying.',
      es: 'No se encontró el usuario indicado en la solicitud; por ejemplo, porque el ID es incorrecto o la cuenta ya no existe. Revisa el ID de usuario antes de reintentar.',
    },
  },
  {
    code: 50_140,
    name: 'User is not staff',
    nameEs: 'El usuario no es miembro del personal',
    source: 'observed',
    description: {
      en: 'The action is reserved for Discord staff accounts. Regular users, bots and apps cannot perform it; there is nothing to fix on your side.',
      es: 'La acción está reservada a cuentas del personal de Discord. Los usuarios normales, los bots y las apps no pueden realizarla; no hay nada que corregir por tu parte.',
    },
  },
  {
    code: 50_144,
    name: 'Cannot mix subscription and non subscription roles for an emoji',
    nameEs: 'No se pueden mezclar roles con y sin suscripción en un emoji',
    source: 'both',
    description: {
      en: "An emoji's allowed roles must be either all subscription roles or all regular roles, and the request mixed both. Restrict the emoji to one kind of role.",
      es: 'Los roles permitidos de un emoji deben ser todos de suscripción o todos normales, y la solicitud mezcló ambos. Limita el emoji a un solo tipo de rol.',
    },
  },
  {
    code: 50_145,
    name: 'Cannot convert between premium emoji and normal emoji',
    nameEs: 'No se puede convertir entre emoji premium y emoji normal',
    source: 'both',
    description: {
      en: 'An emoji cannot be switched between premium (tied to server subscription roles) and normal by editing it. Create a new emoji of the kind you need instead.',
      es: 'Un emoji no puede pasar de premium (ligado a roles de suscripción al servidor) a normal, ni al revés, mediante una edición. Crea un emoji nuevo del tipo que necesites.',
    },
  },
  {
    code: 50_146,
    name: 'Uploaded file not found.',
    nameEs: 'No se encontró el archivo subido',
    source: 'both',
    description: {
      en: 'The request refers to a file as already uploaded (in the two-step upload, an attachment points at an `uploaded_filename`), but Discord cannot find it: the upload never finished or the name does not match. Upload the file again and reference the name Discord returned.',
      es: 'La solicitud se refiere a un archivo como ya subido (en la subida en dos pasos, un adjunto apunta a un `uploaded_filename`), pero Discord no lo encuentra: la subida no terminó o el nombre no coincide. Sube el archivo de nuevo y usa el nombre que devolvió Discord.',
    },
  },
  {
    code: 50_147,
    name: 'Invalid connection',
    nameEs: 'Conexión no válida',
    source: 'observed',
    description: {
      en: "The connected account (Twitch, YouTube, Steam and so on) referenced in the request is not valid for this account or this operation. Check the connection's type and ID, or reconnect the account in the official client.",
      es: 'La cuenta conectada (Twitch, YouTube, Steam, etc.) indicada en la solicitud no es válida para esta cuenta o esta operación. Revisa el tipo y el ID de la conexión o vuelve a conectar la cuenta en el cliente oficial.',
    },
  },
  {
    code: 50_148,
    name: 'Cannot launch Activity in AFK Channel',
    nameEs: 'No se puede iniciar una actividad en el canal AFK',
    source: 'observed',
    description: {
      en: "Activities cannot be launched in the guild's AFK voice channel. Launch it from another voice channel.",
      es: 'No se pueden iniciar actividades en el canal de voz de inactividad (AFK) del servidor. Iníciala desde otro canal de voz.',
    },
  },
  {
    code: 50_150,
    name: 'Invalid Role Configuration',
    nameEs: 'Configuración de rol no válida',
    source: 'observed',
    description: {
      en: 'The combination of role settings in the request is not valid, for example options that cannot be used together. Review the role fields you send and remove the conflicting ones.',
      es: 'La combinación de ajustes de rol de la solicitud no es válida; por ejemplo, opciones que no pueden usarse a la vez. Revisa los campos de rol que envías y quita los que entran en conflicto.',
    },
  },
  {
    code: 50_151,
    name: 'The specified emoji is invalid',
    nameEs: 'El emoji indicado no es válido',
    source: 'both',
    description: {
      en: 'The emoji given in the request is not valid: wrong ID, malformed name, or an emoji that cannot be used in this context. Check how the emoji is referenced (`name` for a Unicode emoji, `id` for a custom one).',
      es: 'El emoji indicado en la solicitud no es válido: ID incorrecto, nombre mal formado o un emoji que no puede usarse en este contexto. Revisa cómo haces referencia al emoji (`name` para un emoji Unicode, `id` para uno personalizado).',
    },
  },
  {
    code: 50_152,
    name: 'This server is not eligible for store pages',
    nameEs: 'Este servidor no cumple los requisitos para tener páginas de tienda',
    source: 'observed',
    description: {
      en: "The guild is not eligible to have store pages (its server shop for products and subscriptions). It has to meet Discord's monetization requirements first.",
      es: 'El servidor no cumple los requisitos para tener páginas de tienda (su tienda de productos y suscripciones). Primero tiene que cumplir los requisitos de monetización de Discord.',
    },
  },
  {
    code: 50_155,
    name: 'This server is not allowed to create an enable request',
    nameEs: 'Este servidor no tiene permitido crear una solicitud de activación',
    source: 'observed',
    description: {
      en: "The guild is not allowed to submit a request to enable monetization, for example because it is ineligible or a request is already pending. Check the guild's monetization status before trying again.",
      es: 'El servidor no tiene permitido enviar una solicitud para activar la monetización; por ejemplo, porque no cumple los requisitos o ya hay una solicitud pendiente. Revisa el estado de monetización del servidor antes de volver a intentarlo.',
    },
  },
  {
    code: 50_157,
    name: 'Cannot delete a subscription listing with subscriptions',
    nameEs: 'No se puede eliminar un anuncio de suscripción que tiene suscripciones',
    source: 'observed',
    description: {
      en: 'A subscription listing that still has active subscribers cannot be deleted. Archive or unpublish it instead, or wait until it has no subscriptions left.',
      es: 'No se puede eliminar un anuncio de suscripción que todavía tiene suscriptores activos. Archívalo o retíralo de la publicación en su lugar, o espera a que no le queden suscripciones.',
    },
  },
  {
    code: 50_158,
    name: 'Onboarding responses are not valid',
    nameEs: 'Las respuestas de incorporación no son válidas',
    source: 'observed',
    description: {
      en: "The answers submitted to the guild's onboarding questions are not valid, for example options that do not exist or a required question left unanswered. Send only options that belong to the current onboarding prompts.",
      es: 'Las respuestas enviadas a las preguntas de onboarding (incorporación) del servidor no son válidas; por ejemplo, opciones que no existen o una pregunta obligatoria sin responder. Envía solo opciones que pertenezcan a las preguntas de onboarding actuales.',
    },
  },
  {
    code: 50_159,
    name: 'Voice messages do not support additional content.',
    nameEs: 'Los mensajes de voz no admiten contenido adicional',
    source: 'both',
    description: {
      en: 'A message flagged as a voice message (`IS_VOICE_MESSAGE`) cannot carry anything besides its audio attachment: no text content, embeds or other extras. Send the voice message on its own and post any text as a separate message.',
      es: 'Un mensaje marcado como mensaje de voz (`IS_VOICE_MESSAGE`) no puede llevar nada más que su adjunto de audio: ni texto, ni embeds, ni otros añadidos. Envía el mensaje de voz solo y publica el texto en un mensaje aparte.',
    },
  },
  {
    code: 50_160,
    name: 'Voice messages must have a single audio attachment.',
    nameEs: 'Los mensajes de voz deben tener un único adjunto de audio',
    source: 'both',
    description: {
      en: 'A voice message must contain exactly one attachment, and it must be audio. Remove extra attachments and make sure the single file is an audio file.',
      es: 'Un mensaje de voz debe contener exactamente un adjunto, y tiene que ser de audio. Quita los adjuntos sobrantes y asegúrate de que el único archivo sea de audio.',
    },
  },
  {
    code: 50_161,
    name: 'Voice messages must have supporting metadata.',
    nameEs: 'Los mensajes de voz deben incluir sus metadatos',
    source: 'both',
    description: {
      en: "The voice message's audio attachment lacks the metadata voice messages require: its `duration_secs` and `waveform`. Include both fields on the attachment.",
      es: 'Al adjunto de audio del mensaje de voz le faltan los metadatos que exigen los mensajes de voz: su `duration_secs` y su `waveform`. Incluye ambos campos en el adjunto.',
    },
  },
  {
    code: 50_162,
    name: 'Voice messages cannot be edited.',
    nameEs: 'Los mensajes de voz no se pueden editar',
    source: 'both',
    description: {
      en: 'A voice message cannot be edited once sent. Delete it and send a new one if something needs to change.',
      es: 'Los mensajes de voz no se pueden editar una vez enviados. Si algo tiene que cambiar, bórralo y envía uno nuevo.',
    },
  },
  {
    code: 50_163,
    name: 'Cannot delete guild subscription integration',
    nameEs: 'No se puede eliminar la integración de suscripciones del servidor',
    source: 'both',
    description: {
      en: "The integration that powers the guild's subscriptions cannot be deleted like an ordinary integration. Manage or turn off server subscriptions from the guild's monetization settings instead.",
      es: 'La integración que hace funcionar las suscripciones del servidor no se puede eliminar como una integración cualquiera. Gestiona o desactiva las suscripciones desde los ajustes de monetización del servidor.',
    },
  },
  {
    code: 50_164,
    name: 'New owner is ineligible for server subscription requirement',
    nameEs: 'El nuevo propietario no cumple el requisito de las suscripciones del servidor',
    source: 'observed',
    description: {
      en: "In a guild with subscriptions, ownership can only go to someone who meets the requirements for running them, and the chosen user does not. Pick an eligible new owner or wind down the guild's subscriptions first.",
      es: 'En un servidor con suscripciones, la propiedad solo puede pasar a alguien que cumpla los requisitos para gestionarlas, y el usuario elegido no los cumple. Elige un nuevo propietario que reúna los requisitos o retira antes las suscripciones del servidor.',
    },
  },
  {
    code: 50_165,
    name: 'Cannot launch Age-Gated Activity',
    nameEs: 'No se puede iniciar una actividad con restricción de edad',
    source: 'observed',
    description: {
      en: 'The Activity is age-restricted and cannot be launched here, either because of the channel or because the account is not allowed to access age-gated content. Use an age-restricted channel and an eligible account, or pick another Activity.',
      es: 'La actividad tiene restricción de edad y no puede iniciarse aquí, ya sea por el canal o porque la cuenta no puede acceder a contenido con restricción de edad. Usa un canal con restricción de edad y una cuenta que cumpla los requisitos, o elige otra actividad.',
    },
  },
  {
    code: 50_166,
    name: 'Only discoverable servers can publish a landing page',
    nameEs: 'Solo los servidores en Descubrimiento pueden publicar una página de presentación',
    source: 'observed',
    description: {
      en: 'Only guilds listed in Server Discovery can publish a landing page. Enable Discovery for the guild first, then publish.',
      es: 'Solo los servidores incluidos en Descubrimiento de servidores pueden publicar una página de presentación. Activa antes el descubrimiento para el servidor y después publícala.',
    },
  },
  {
    code: 50_167,
    name: 'Cannot send voice effect when user is server muted, deafened, or suppressed',
    nameEs:
      'No se puede enviar un efecto de voz si el usuario está silenciado o ensordecido por el servidor, o suprimido',
    observedMessage: 'Cannot send soundboard sound when user is server muted, deafened, or suppressed',
    source: 'both',
    description: {
      en: 'A voice channel effect, such as a soundboard sound, cannot be sent while the user is server-muted, server-deafened or suppressed (as an audience member in a Stage). Lift that state first.',
      es: 'No se puede enviar un efecto de canal de voz, como un sonido del panel de sonidos, mientras el usuario está silenciado o ensordecido por el servidor, o suprimido (como oyente en un escenario). Levanta antes ese estado.',
    },
  },
  {
    code: 50_168,
    name: 'User must be in voice channel to send voice channel effect',
    nameEs: 'El usuario debe estar en el canal de voz para enviar un efecto de canal de voz',
    source: 'observed',
    description: {
      en: 'Voice channel effects, soundboard sounds included, can only be sent by someone who is connected to that voice channel. Join the channel first.',
      es: 'Los efectos de canal de voz, incluidos los sonidos del panel de sonidos, solo puede enviarlos alguien conectado a ese canal de voz. Únete antes al canal.',
    },
  },
  {
    code: 50_169,
    name: 'Cannot update other guild fields when disabling invites.',
    nameEs: 'No se pueden actualizar otros campos del servidor al desactivar las invitaciones',
    source: 'observed',
    description: {
      en: "A request that pauses the guild's invites must not change any other guild field at the same time. Send the invite change on its own, and the other edits in a separate request.",
      es: 'Una solicitud que pausa las invitaciones del servidor no puede cambiar a la vez ningún otro campo del servidor. Envía el cambio de invitaciones por separado y el resto de ediciones en otra solicitud.',
    },
  },
  {
    code: 50_170,
    name: 'Cannot specify channel_id and guild_id',
    nameEs: 'No se pueden indicar channel_id y guild_id a la vez',
    source: 'observed',
    description: {
      en: 'The request included both `channel_id` and `guild_id`, but the endpoint accepts only one of them. Send just the one that identifies your target.',
      es: 'La solicitud incluía `channel_id` y `guild_id`, pero el endpoint solo acepta uno de los dos. Envía únicamente el que identifica tu destino.',
    },
  },
  {
    code: 50_171,
    name: 'This action cannot be performed because at least one tier exists.',
    nameEs: 'No se puede realizar esta acción porque existe al menos un nivel',
    source: 'observed',
    description: {
      en: 'The action is blocked because the guild still has at least one subscription tier. Remove or unpublish its tiers first.',
      es: 'La acción está bloqueada porque el servidor todavía tiene al menos un nivel de suscripción. Elimina esos niveles o retíralos de la publicación antes.',
    },
  },
  {
    code: 50_173,
    name: 'You cannot send voice messages in this channel.',
    nameEs: 'No puedes enviar mensajes de voz en este canal',
    observedMessage: 'Cannot send voice messages in this channel',
    source: 'both',
    description: {
      en: 'Voice messages are not allowed in this channel, usually because the sender lacks the `SEND_VOICE_MESSAGES` permission there. Grant it, or send the audio as a regular attachment without the voice message flag.',
      es: 'No se permiten mensajes de voz en este canal, normalmente porque quien envía no tiene allí el permiso `SEND_VOICE_MESSAGES`. Concédelo, o envía el audio como un adjunto normal sin la marca de mensaje de voz.',
    },
  },
  {
    code: 50_174,
    name: 'Not a valid clip',
    nameEs: 'No es un clip válido',
    source: 'observed',
    description: {
      en: "The file sent as a clip (a recording captured with Discord's clips feature) is not recognized as a valid clip. This concerns the official client; record or upload the clip again.",
      es: 'El archivo enviado como clip (una grabación hecha con la función de clips de Discord) no se reconoce como un clip válido. Afecta al cliente oficial; graba o sube de nuevo el clip.',
    },
  },
  {
    code: 50_178,
    name: 'The user account must first be verified',
    nameEs: 'Primero hay que verificar la cuenta de usuario',
    source: 'both',
    description: {
      en: 'The user account has to complete verification (typically confirming its email address) before it can do this. It concerns the human account involved, not your request; the user must verify and then try again.',
      es: 'La cuenta de usuario tiene que completar la verificación (normalmente, confirmar su correo) antes de poder hacer esto. Afecta a la cuenta humana implicada, no a tu solicitud: el usuario debe verificarse y luego volver a intentarlo.',
    },
  },
  {
    code: 50_179,
    name: 'Only media channel post can have preview',
    nameEs: 'Solo las publicaciones de canales multimedia pueden tener vista previa',
    source: 'observed',
    description: {
      en: 'Only posts in a media channel can have a preview (a thumbnail for the post). Drop the preview, or create the post in a media channel.',
      es: 'Solo las publicaciones de un canal multimedia pueden tener vista previa (una miniatura de la publicación). Quita la vista previa o crea la publicación en un canal multimedia.',
    },
  },
  {
    code: 50_182,
    name: 'Cannot set hide media download option flag for non media channels',
    nameEs:
      'No se puede activar la opción de ocultar la descarga de multimedia en canales que no son multimedia',
    source: 'observed',
    description: {
      en: 'The `HIDE_MEDIA_DOWNLOAD_OPTIONS` channel flag only applies to media channels, and the target is another type of channel. Set it only on media channels.',
      es: 'El flag de canal `HIDE_MEDIA_DOWNLOAD_OPTIONS` solo se aplica a canales multimedia, y el destino es otro tipo de canal. Actívalo únicamente en canales multimedia.',
    },
  },
  {
    code: 50_183,
    name: 'Only Community Servers can create permanent invite links.',
    nameEs: 'Solo los servidores de comunidad pueden crear enlaces de invitación permanentes',
    source: 'observed',
    description: {
      en: 'Invites that never expire can only be created in Community guilds. Set an expiry (`max_age` above 0), or enable Community on the guild.',
      es: 'Solo los servidores de comunidad pueden crear invitaciones que no caducan nunca. Indica una caducidad (`max_age` mayor que 0) o activa la comunidad en el servidor.',
    },
  },
  {
    code: 50_184,
    name: 'User is not eligible for sending remix',
    nameEs: 'El usuario no cumple los requisitos para enviar remixes',
    source: 'observed',
    description: {
      en: "The account is not eligible to send remixes (images edited with the official client's Remix feature). This concerns user accounts; send the original image instead.",
      es: 'La cuenta no cumple los requisitos para enviar remixes (imágenes editadas con la función Remix del cliente oficial). Afecta a cuentas de usuario; envía la imagen original.',
    },
  },
  {
    code: 50_186,
    name: 'Archive files are not supported: {filename}',
    nameEs: 'No se admiten archivos comprimidos: {filename}',
    source: 'observed',
    description: {
      en: "Archive files such as ZIP or RAR are not accepted for this upload; the `{filename}` placeholder is replaced with the rejected file's name. Send the files individually or share a link to the archive.",
      es: 'No se aceptan archivos comprimidos, como ZIP o RAR, en esta subida; el marcador `{filename}` se sustituye por el nombre del archivo rechazado. Envía los archivos por separado o comparte un enlace al archivo comprimido.',
    },
  },
  {
    code: 50_187,
    name: 'Unable to validate domain.',
    nameEs: 'No se pudo validar el dominio',
    source: 'observed',
    description: {
      en: 'Discord could not verify ownership of the domain, typically when linking a domain connection to the account. Check that the DNS record or file Discord asked for is in place and has propagated, then try again.',
      es: 'Discord no pudo verificar que el dominio te pertenece, normalmente al vincular una conexión de dominio a la cuenta. Comprueba que el registro DNS o el archivo que pidió Discord esté en su sitio y se haya propagado, y vuelve a intentarlo.',
    },
  },
  {
    code: 50_188,
    name: 'Invalid guild feature',
    nameEs: 'Función de servidor no válida',
    source: 'observed',
    description: {
      en: 'One of the guild features in the request is not a valid one, or not one you can set. Send only features the endpoint lets you change.',
      es: 'Una de las características (features) del servidor incluidas en la solicitud no es válida o no puede establecerse. Envía solo las características que el endpoint permite cambiar.',
    },
  },
  {
    code: 50_191,
    name: 'Application is unable to monetize',
    nameEs: 'La aplicación no puede monetizarse',
    source: 'observed',
    description: {
      en: 'The application is not able to use monetization, for example because it has not been set up or approved for it. Complete the monetization setup for the app in the developer portal.',
      es: 'La aplicación no puede usar la monetización; por ejemplo, porque no se ha configurado o aprobado para ello. Completa la configuración de monetización de la app en el portal de desarrolladores.',
    },
  },
  {
    code: 50_192,
    name: 'The provided file does not have a valid duration.',
    nameEs: 'El archivo proporcionado no tiene una duración válida',
    source: 'both',
    description: {
      en: 'Discord could not read a valid duration from the uploaded audio or video file, which it needs for this kind of upload. Re-encode the file so it has proper duration metadata and upload it again.',
      es: 'Discord no pudo leer una duración válida del archivo de audio o vídeo subido, y la necesita para este tipo de subida. Vuelve a codificar el archivo para que tenga metadatos de duración correctos y súbelo de nuevo.',
    },
  },
  {
    code: 50_193,
    name: 'This promotion is invalid.',
    nameEs: 'Esta promoción no es válida',
    source: 'observed',
    description: {
      en: 'The promotion being claimed or applied is not valid: it does not exist, has ended, or does not apply to this account. This concerns user accounts in the official client.',
      es: 'La promoción que se intenta reclamar o aplicar no es válida: no existe, ya terminó o no corresponde a esta cuenta. Afecta a cuentas de usuario en el cliente oficial.',
    },
  },
  {
    code: 50_194,
    name: 'This gift code belongs to someone else.',
    nameEs: 'Este código de regalo pertenece a otra persona',
    source: 'observed',
    description: {
      en: 'The gift code is reserved for another account and cannot be redeemed by this one. Only the intended recipient can claim it.',
      es: 'El código de regalo está reservado para otra cuenta y esta no puede canjearlo. Solo su destinatario puede reclamarlo.',
    },
  },
  {
    code: 50_196,
    name: 'Guilds cannot be specified for user installation',
    nameEs: 'No se pueden indicar servidores en una instalación de usuario',
    source: 'observed',
    description: {
      en: 'The authorization is a user install (`integration_type` 1), but it also named a guild (for example with `guild_id`). User installs are not tied to a guild; drop the guild parameter, or use a guild install (`integration_type` 0).',
      es: 'La autorización es una instalación de usuario (`integration_type` 1), pero también indicaba un servidor (por ejemplo, con `guild_id`). Las instalaciones de usuario no van ligadas a ningún servidor; quita el parámetro del servidor o usa una instalación de servidor (`integration_type` 0).',
    },
  },
  {
    code: 50_197,
    name: 'Invalid scopes provided for user installation',
    nameEs: 'Se indicaron scopes no válidos para la instalación de usuario',
    source: 'observed',
    description: {
      en: 'A user install was requested with scopes that do not apply to it, such as `bot`, which only makes sense when installing to a guild. Request `applications.commands` for user installs.',
      es: 'Se solicitó una instalación de usuario con scopes que no le corresponden, como `bot`, que solo tiene sentido al instalar en un servidor. Para instalaciones de usuario, pide `applications.commands`.',
    },
  },
  {
    code: 50_199,
    name: 'Installation type not supported for this application',
    nameEs: 'Tipo de instalación no admitido en esta aplicación',
    source: 'observed',
    description: {
      en: 'The application does not support the requested installation context (user install or guild install). Enable that context under Installation in the developer portal, or use the context it supports.',
      es: 'La aplicación no admite el contexto de instalación solicitado (instalación de usuario o de servidor). Activa ese contexto en el apartado Installation del portal de desarrolladores o usa el contexto que sí admite.',
    },
  },
  {
    code: 50_205,
    name: 'In-app appeals are not supported for this violation type.',
    nameEs: 'Las apelaciones desde la aplicación no se admiten para este tipo de infracción',
    source: 'observed',
    description: {
      en: 'An appeal of a moderation action cannot be filed from within the app for this type of violation. Use the other appeal channels Discord offers for it, such as its support site.',
      es: 'Para este tipo de infracción no se puede presentar una apelación desde la propia aplicación. Usa las otras vías de apelación que ofrezca Discord, como su sitio de soporte.',
    },
  },
  {
    code: 50_206,
    name: 'Maximum number of user-installed applications reached (200)',
    nameEs: 'Número máximo de aplicaciones instaladas por el usuario alcanzado (200)',
    source: 'observed',
    description: {
      en: 'The account has reached the limit of 200 user-installed applications. Remove apps it no longer uses (under Authorized Apps in the user settings) before installing another.',
      es: 'La cuenta alcanzó el límite de 200 aplicaciones instaladas por el usuario. Quita las que ya no use (en Aplicaciones autorizadas, dentro de los ajustes de usuario) antes de instalar otra.',
    },
  },
  {
    code: 50_209,
    name: 'You cannot launch this activity in a server with more than 25 members',
    nameEs: 'No puedes iniciar esta actividad en un servidor con más de 25 miembros',
    source: 'observed',
    description: {
      en: 'This Activity is only allowed in guilds with 25 members or fewer, and this one is bigger. Launch it in a smaller guild, a DM or a group DM.',
      es: 'Esta actividad solo se permite en servidores de 25 miembros o menos, y este es más grande. Iníciala en un servidor más pequeño, en un MD o en un MD grupal.',
    },
  },
  {
    code: 50_220,
    name: 'Activity location is invalid',
    nameEs: 'La ubicación de la actividad no es válida',
    source: 'observed',
    description: {
      en: 'The location given for launching an Activity (the channel, call or context it should run in) is not valid. Check that the location exists and that Activities can run there.',
      es: 'La ubicación indicada para iniciar una actividad (el canal, la llamada o el contexto donde debe ejecutarse) no es válida. Comprueba que la ubicación exista y que allí se puedan ejecutar actividades.',
    },
  },
  {
    code: 50_223,
    name: 'Each application can only have one primary entry point application command',
    nameEs: 'Cada aplicación solo puede tener un comando Entry Point principal',
    source: 'observed',
    description: {
      en: 'An application can have only one Entry Point command (type `PRIMARY_ENTRY_POINT`), and the request would create a second one. Edit the existing Entry Point command instead of adding another.',
      es: 'Una aplicación solo puede tener un comando Entry Point (de tipo `PRIMARY_ENTRY_POINT`), y la solicitud crearía un segundo. Edita el comando Entry Point existente en lugar de añadir otro.',
    },
  },
  {
    code: 50_225,
    name: 'Activity ID is invalid',
    nameEs: 'El ID de actividad no es válido',
    source: 'observed',
    description: {
      en: 'The Activity ID in the request does not match a valid Activity instance. Check that you pass the ID of an Activity that exists and is still running.',
      es: 'El ID de actividad de la solicitud no corresponde a ninguna instancia de actividad válida. Comprueba que pasas el ID de una actividad que existe y sigue en curso.',
    },
  },
  {
    code: 50_226,
    name: 'PRIMARY_ENTRY_POINT app commands must have APP_HANDLER handler if app has no activity',
    nameEs:
      'Los comandos PRIMARY_ENTRY_POINT deben tener el handler APP_HANDLER si la aplicación no tiene actividad',
    source: 'observed',
    description: {
      en: 'An Entry Point command whose `handler` is `DISCORD_LAUNCH_ACTIVITY` needs the app to have Activities enabled, and this one does not. Set the handler to `APP_HANDLER` (your app responds to the interaction itself), or enable Activities for the app.',
      es: 'Un comando Entry Point cuyo `handler` es `DISCORD_LAUNCH_ACTIVITY` necesita que la app tenga activadas las actividades, y esta no las tiene. Cambia el handler a `APP_HANDLER` (tu app responde a la interacción por su cuenta) o activa las actividades en la app.',
    },
  },
  {
    code: 50_228,
    name: 'Cannot adopt tag for this guild',
    nameEs: 'No se puede adoptar la etiqueta de este servidor',
    source: 'observed',
    description: {
      en: "The account cannot adopt this guild's tag as the tag shown next to its name, for example because the guild does not offer one or the user is not eligible. It concerns user accounts; pick a tag from another guild.",
      es: 'La cuenta no puede adoptar la etiqueta (tag) de este servidor para mostrarla junto a su nombre; por ejemplo, porque el servidor no ofrece ninguna o el usuario no cumple los requisitos. Afecta a cuentas de usuario; elige la etiqueta de otro servidor.',
    },
  },
  {
    code: 50_229,
    name: 'Invalid user type',
    nameEs: 'Tipo de usuario no válido',
    source: 'observed',
    description: {
      en: 'The kind of user involved (for example a bot, a provisional account or a regular user) is not allowed for this operation. Check which user types the endpoint accepts.',
      es: 'El tipo de usuario implicado (por ejemplo, un bot, una cuenta provisional o un usuario normal) no está permitido en esta operación. Comprueba qué tipos de usuario acepta el endpoint.',
    },
  },
  {
    code: 50_230,
    name: 'Activities cannot be launched on user’s current client platform',
    nameEs: 'No se pueden iniciar actividades en la plataforma actual del cliente del usuario',
    source: 'observed',
    description: {
      en: "Activities cannot be launched on the platform the user's client is running on. The user has to launch it from a supported platform, such as the desktop app.",
      es: 'No se pueden iniciar actividades en la plataforma en la que se ejecuta el cliente del usuario. El usuario debe iniciarla desde una plataforma compatible, como la aplicación de escritorio.',
    },
  },
  {
    code: 50_231,
    name: 'ACTIVITY_CONFIGURATION_DOES_NOT_SUPPORT_PLATFORM',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `ACTIVITY_CONFIGURATION_DOES_NOT_SUPPORT_PLATFORM` instead of a sentence. It indicates that the Activity's configuration does not include the user's platform (desktop, mobile or web); add that platform to the Activity's supported platforms in the developer portal, or launch from a supported one.",
      es: 'Discord devuelve la constante interna `ACTIVITY_CONFIGURATION_DOES_NOT_SUPPORT_PLATFORM` en lugar de una frase. Indica que la configuración de la actividad no incluye la plataforma del usuario (escritorio, móvil o web); añade esa plataforma a las plataformas admitidas de la actividad en el portal de desarrolladores o iníciala desde una compatible.',
    },
  },
  {
    code: 50_232,
    name: 'Activity failed to launch due to internal error',
    nameEs: 'La actividad no se pudo iniciar por un error interno',
    source: 'observed',
    description: {
      en: "The Activity failed to launch because of a problem on Discord's side, not because of the request. Wait a moment and try launching it again.",
      es: 'La actividad no pudo iniciarse por un problema en el lado de Discord, no por la solicitud. Espera un momento y vuelve a intentar iniciarla.',
    },
  },
  {
    code: 50_235,
    name: 'Invalid channel for lobby channel linking',
    nameEs: 'Canal no válido para vincularlo a un lobby',
    source: 'observed',
    description: {
      en: "The channel chosen to link with a lobby (from Discord's Social SDK) cannot be linked, for example because of its type or where it lives. Pick a text channel in a guild where the linking is allowed.",
      es: 'El canal elegido para vincularlo con un lobby (del Social SDK de Discord) no se puede vincular; por ejemplo, por su tipo o por el lugar en que está. Elige un canal de texto de un servidor donde se permita la vinculación.',
    },
  },
  {
    code: 50_237,
    name: 'Channel is already linked to another lobby',
    nameEs: 'El canal ya está vinculado a otro lobby',
    source: 'observed',
    description: {
      en: 'The channel is already linked to another lobby, and a channel can be linked to only one. Unlink it from that lobby first, or choose a different channel.',
      es: 'El canal ya está vinculado a otro lobby, y un canal solo puede vincularse a uno. Desvincúlalo primero de ese lobby o elige otro canal.',
    },
  },
  {
    code: 50_239,
    name: 'Rules and public updates channels are only available for community guilds',
    nameEs:
      'Los canales de normas y de actualizaciones de la comunidad solo están disponibles en servidores de comunidad',
    source: 'observed',
    description: {
      en: 'Rules and community updates channels exist only in Community guilds, and this guild is not one. Enable Community first, or remove `rules_channel_id` and `public_updates_channel_id` from the request.',
      es: 'Los canales de normas y de actualizaciones de la comunidad solo existen en los servidores de comunidad, y este no lo es. Activa antes la comunidad o quita `rules_channel_id` y `public_updates_channel_id` de la solicitud.',
    },
  },
  {
    code: 50_240,
    name: "You cannot remove this app's Entry Point command in a bulk update operation. Please include the Entry Point command in your update request or delete it separately.",
    nameEs:
      'No puedes quitar el comando Entry Point de esta aplicación en una actualización en bloque. Incluye el comando Entry Point en tu solicitud de actualización o elimínalo por separado.',
    source: 'observed',
    description: {
      en: "A bulk overwrite of the app's commands left out its Entry Point command, which cannot be removed that way. Include the Entry Point command in the array you send, or delete it separately with its own request.",
      es: 'Una sobrescritura en bloque de los comandos de la app omitió su comando Entry Point, que no puede eliminarse de esa forma. Incluye el comando Entry Point en el array que envías o bórralo por separado con su propia solicitud.',
    },
  },
  {
    code: 50_241,
    name: 'User does not have the necessary lobby permissions to perform this action',
    nameEs: 'El usuario no tiene los permisos de lobby necesarios para realizar esta acción',
    source: 'observed',
    description: {
      en: "The user lacks the lobby permission this action requires (lobbies belong to Discord's Social SDK). Grant the user the needed lobby permission, or perform the action with a member who has it.",
      es: 'El usuario no tiene el permiso de lobby que exige esta acción (los lobbies pertenecen al Social SDK de Discord). Concede al usuario ese permiso de lobby o realiza la acción con un miembro que lo tenga.',
    },
  },
  {
    code: 50_242,
    name: 'Cannot set reminder in the past',
    nameEs: 'No se puede fijar un recordatorio en el pasado',
    source: 'observed',
    description: {
      en: 'The time set for a message reminder is already in the past. Choose a date and time in the future.',
      es: 'La hora fijada para un recordatorio de mensaje ya ha pasado. Elige una fecha y hora futuras.',
    },
  },
  {
    code: 50_243,
    name: 'Due date must be in less than 5 years',
    nameEs: 'La fecha de vencimiento debe estar a menos de 5 años',
    source: 'observed',
    description: {
      en: "The reminder's due date is too far ahead: it must fall within the next 5 years. Pick an earlier date.",
      es: 'La fecha del recordatorio está demasiado lejos: debe caer dentro de los próximos 5 años. Elige una fecha anterior.',
    },
  },
  {
    code: 50_251,
    name: 'Recipient does not allow messages from game friends in Discord',
    nameEs: 'El destinatario no admite mensajes de amigos de juego en Discord',
    source: 'observed',
    description: {
      en: "The recipient does not accept messages in Discord from people who are only their friends in a game (through Discord's Social SDK). Only the recipient can change that privacy setting; do not retry.",
      es: 'El destinatario no acepta mensajes en Discord de personas que solo son amigas suyas dentro de un juego (a través del Social SDK de Discord). Solo el destinatario puede cambiar ese ajuste de privacidad; no reintentes.',
    },
  },
  {
    code: 50_252,
    name: 'Provisional accounts cannot recieve messages while offline',
    nameEs: 'Las cuentas provisionales no pueden recibir mensajes mientras están desconectadas',
    source: 'observed',
    description: {
      en: "Provisional accounts, the lightweight accounts games create through Discord's Social SDK, cannot receive messages while they are offline. Send the message once the recipient is online, or deliver it through your game instead.",
      es: 'Las cuentas provisionales, las cuentas ligeras que crean los juegos mediante el Social SDK de Discord, no pueden recibir mensajes mientras están desconectadas. Envía el mensaje cuando el destinatario esté en línea o entrégalo a través de tu juego.',
    },
  },
  {
    code: 50_253,
    name: 'Ephemeral messages cannot be sent to offline users',
    nameEs: 'No se pueden enviar mensajes efímeros a usuarios desconectados',
    source: 'observed',
    description: {
      en: 'An ephemeral message cannot be sent to a user who is currently offline. Wait until the user is online, or send a regular, persistent message instead.',
      es: 'No se puede enviar un mensaje efímero a un usuario que está desconectado en ese momento. Espera a que esté en línea o envía en su lugar un mensaje normal, persistente.',
    },
  },
  {
    code: 50_255,
    name: 'Invalid voice filter module version',
    nameEs: 'Versión del módulo de filtros de voz no válida',
    source: 'observed',
    description: {
      en: "The version of the voice filter module reported by the client is not a valid or supported one. This concerns the official client's voice filters; update the client.",
      es: 'La versión del módulo de filtros de voz que indica el cliente no es válida o no está admitida. Afecta a los filtros de voz del cliente oficial; actualiza el cliente.',
    },
  },
  {
    code: 50_258,
    name: 'Child applications cannot perform this action',
    nameEs: 'Las aplicaciones hijas no pueden realizar esta acción',
    source: 'observed',
    description: {
      en: 'The application is a child application, one created under another (parent) application, and child applications are not allowed to perform this action. Perform it with the parent application.',
      es: 'La aplicación es una aplicación hija, creada bajo otra aplicación (la madre), y las aplicaciones hijas no pueden realizar esta acción. Realízala con la aplicación madre.',
    },
  },
  {
    code: 50_260,
    name: 'Application is not a child application',
    nameEs: 'La aplicación no es una aplicación hija',
    source: 'observed',
    description: {
      en: 'The action only applies to child applications, those created under a parent application, and the application given is not one. Check which application ID you are passing.',
      es: 'La acción solo se aplica a aplicaciones hijas, las creadas bajo una aplicación madre, y la aplicación indicada no lo es. Comprueba qué ID de aplicación estás pasando.',
    },
  },
  {
    code: 50_262,
    name: 'Role is too large to be displayed separately from online members',
    nameEs: 'El rol es demasiado grande para mostrarse por separado de los miembros conectados',
    source: 'observed',
    description: {
      en: 'The role has too many members to be shown as its own group in the member list, so it cannot be hoisted (`hoist: true`). Leave `hoist` off for that role.',
      es: 'El rol tiene demasiados miembros para mostrarse como grupo propio en la lista de miembros y no puede separarse (`hoist: true`). Deja `hoist` desactivado para ese rol.',
    },
  },
  {
    code: 50_264,
    name: 'Permission migration unavailable',
    nameEs: 'Migración de permisos no disponible',
    source: 'observed',
    description: {
      en: 'The permission migration requested is not available for this guild or object at the moment. Nothing in the request can change that; check later whether the migration is offered.',
      es: 'La migración de permisos solicitada no está disponible ahora mismo para este servidor u objeto. Nada en la solicitud puede cambiarlo; comprueba más adelante si se ofrece la migración.',
    },
  },
  {
    code: 50_265,
    name: 'Permission already migrated',
    nameEs: 'Permisos ya migrados',
    source: 'observed',
    description: {
      en: 'The permissions have already been migrated, so the migration cannot run again. Nothing more needs to be done.',
      es: 'Los permisos ya se migraron y la migración no puede volver a ejecutarse. No hace falta hacer nada más.',
    },
  },
  {
    code: 50_266,
    name: 'Invalid Tenor media format',
    nameEs: 'Formato multimedia de Tenor no válido',
    source: 'observed',
    description: {
      en: 'The media format requested for a Tenor GIF (from the GIF picker) is not one Discord supports. Request one of the supported formats.',
      es: 'El formato multimedia solicitado para un GIF de Tenor (del selector de GIF) no es uno de los que admite Discord. Solicita uno de los formatos admitidos.',
    },
  },
  {
    code: 50_267,
    name: 'Lobby is not linked to a channel',
    nameEs: 'El lobby no está vinculado a un canal',
    source: 'observed',
    description: {
      en: 'The action needs the lobby to be linked to a Discord channel, and it is not. Link the lobby to a channel first.',
      es: 'La acción necesita que el lobby esté vinculado a un canal de Discord, y no lo está. Vincula antes el lobby a un canal.',
    },
  },
  {
    code: 50_269,
    name: 'Missing access to age-gated content',
    nameEs: 'Sin acceso al contenido con restricción de edad',
    source: 'observed',
    description: {
      en: 'The content is age-restricted and the account is not allowed to access it, for example because it has not confirmed its age. The user has to meet the age requirement; retrying will not help.',
      es: 'El contenido tiene restricción de edad y la cuenta no puede acceder a él; por ejemplo, porque no ha confirmado su edad. El usuario tiene que cumplir el requisito de edad; reintentar no servirá.',
    },
  },
  {
    code: 50_270,
    name: 'Invite is expired',
    nameEs: 'La invitación ha caducado',
    source: 'observed',
    description: {
      en: 'The invite has expired: its `max_age` has elapsed, so it can no longer be used. Ask for, or create, a new invite.',
      es: 'La invitación caducó: se cumplió su `max_age` y ya no puede usarse. Pide o crea una invitación nueva.',
    },
  },
  {
    code: 50_272,
    name: 'Thread does not have enough messages to generate a summary',
    nameEs: 'El hilo no tiene suficientes mensajes para generar un resumen',
    source: 'observed',
    description: {
      en: 'The thread has too few messages for Discord to generate a summary of it. Try again once the conversation has grown.',
      es: 'El hilo tiene muy pocos mensajes para que Discord pueda generar un resumen. Vuelve a intentarlo cuando la conversación haya crecido.',
    },
  },
  {
    code: 50_277,
    name: 'The application name is invalid.',
    nameEs: 'El nombre de la aplicación no es válido',
    source: 'observed',
    description: {
      en: 'The application name is not allowed, for example because it is empty, too long or contains words Discord does not accept. Choose another name.',
      es: 'El nombre de la aplicación no está permitido; por ejemplo, porque está vacío, es demasiado largo o contiene palabras que Discord no acepta. Elige otro nombre.',
    },
  },
  {
    code: 50_278,
    name: 'Cannot send messages to this user due to having no mutual guilds',
    nameEs: 'No se pueden enviar mensajes a este usuario porque no hay servidores en común',
    source: 'both',
    description: {
      en: 'Your bot and this user share no guild, and a bot can only open a DM with users it shares a guild with. Do not retry: the user must first join a guild your bot is in; otherwise, reach them another way.',
      es: 'Tu bot y este usuario no comparten ningún servidor, y un bot solo puede abrir un MD con usuarios con los que comparte un servidor. No reintentes: hace falta que el usuario se una antes a un servidor en el que esté tu bot; si no, tendrás que contactar con él por otra vía.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Discord introduced this code to distinguish the no-shared-guild case from 50007 (`Cannot send messages to this user`), which covers the other reasons a DM is refused.',
          es: 'Discord introdujo este código para distinguir el caso de no compartir servidor de 50007 (`Cannot send messages to this user`), que cubre los demás motivos por los que se rechaza un MD.',
        },
      },
    ],
  },
  {
    code: 50_279,
    name: 'Your TikTok profile name has leading or trailing spaces. Update your profile name on TikTok and try again.',
    nameEs:
      'Tu nombre de perfil de TikTok empieza o termina con espacios. Actualízalo en TikTok y vuelve a intentarlo.',
    source: 'observed',
    description: {
      en: 'The TikTok account being connected has a profile name that starts or ends with a space, which Discord rejects. Remove the spaces from the profile name on TikTok, then connect the account again.',
      es: 'La cuenta de TikTok que se está conectando tiene un nombre de perfil que empieza o termina con un espacio, y Discord lo rechaza. Quita esos espacios del nombre de perfil en TikTok y vuelve a conectar la cuenta.',
    },
  },
  {
    code: 50_280,
    name: 'CONNECTION_RATELIMITED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `CONNECTION_RATELIMITED` instead of a sentence. It indicates that actions on a connection, most likely a connected third-party account, are being rate limited; wait a while before trying again rather than retrying at once.',
      es: 'Discord devuelve la constante interna `CONNECTION_RATELIMITED` en lugar de una frase. Indica que las acciones sobre una conexión, muy probablemente una cuenta de terceros conectada, están sujetas a un límite de solicitudes (rate limit); espera un rato antes de volver a intentarlo en lugar de reintentar de inmediato.',
    },
  },
  {
    code: 50_281,
    name: 'Config is not published',
    nameEs: 'La configuración no está publicada',
    source: 'observed',
    description: {
      en: 'The configuration the request refers to exists but has not been published yet, so it cannot be used. Publish it first, then repeat the request.',
      es: 'La configuración a la que se refiere la solicitud existe, pero no puede usarse hasta que se publique. Publícala primero y repite la solicitud.',
    },
  },
  {
    code: 50_283,
    name: 'INVALID_GIFT_REDEMPTION_CLIENT_UPDATE_REQUIRED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `INVALID_GIFT_REDEMPTION_CLIENT_UPDATE_REQUIRED` instead of a sentence. It indicates that this gift cannot be redeemed from the client version in use; update the official client and redeem it again.',
      es: 'Discord devuelve la constante interna `INVALID_GIFT_REDEMPTION_CLIENT_UPDATE_REQUIRED` en lugar de una frase. Indica que este regalo no puede canjearse desde la versión del cliente que se está usando; actualiza el cliente oficial y vuelve a canjearlo.',
    },
  },
  {
    code: 50_284,
    name: 'Invalid application',
    nameEs: 'Aplicación no válida',
    source: 'observed',
    description: {
      en: 'The application referenced in the request is not valid for this operation: the ID may be wrong, or the application may not qualify. Check the application ID you send.',
      es: 'La aplicación indicada en la solicitud no es válida para esta operación: puede que el ID sea incorrecto o que la aplicación no cumpla los requisitos. Revisa el ID de aplicación que envías.',
    },
  },
  {
    code: 50_287,
    name: 'Unknown game',
    nameEs: 'Juego desconocido',
    source: 'observed',
    description: {
      en: 'The game referenced in the request is not one Discord knows, for example an unrecognized game or application ID. Check the ID you send.',
      es: 'El juego indicado en la solicitud no es uno que Discord conozca; por ejemplo, un ID de juego o de aplicación no reconocido. Revisa el ID que envías.',
    },
  },
  {
    code: 50_291,
    name: 'Scheduled storefronts are not enabled for this application',
    nameEs: 'Los escaparates programados no están habilitados para esta aplicación',
    source: 'observed',
    description: {
      en: 'Scheduled storefronts are not enabled for this application, so its storefront cannot be scheduled for a later date. Publish the storefront directly instead.',
      es: 'Los escaparates programados (scheduled storefronts) no están habilitados para esta aplicación, cuyo escaparate no puede programarse para una fecha posterior. Publícalo directamente.',
    },
  },
  {
    code: 50_600,
    name: 'You do not have permission to send this sticker.',
    nameEs: 'No tienes permiso para enviar este sticker',
    source: 'both',
    description: {
      en: 'The sender is not allowed to use this sticker here, for instance a sticker from another guild, which needs the `USE_EXTERNAL_STICKERS` permission in the channel (and, for users, Nitro). Use a sticker from this guild, or grant the permission.',
      es: 'Quien envía no tiene permitido usar este sticker aquí; por ejemplo, un sticker de otro servidor, que requiere el permiso `USE_EXTERNAL_STICKERS` en el canal (y, en el caso de los usuarios, Nitro). Usa un sticker de este servidor o concede el permiso.',
    },
  },
] as const satisfies readonly DiscordJsonErrorEntry[];
