/**
 * Discord JSON error codes 300000 and up: the `code` in a JSON error body such as
 * `{"message": "…", "code": 520001}`. Covers Clyde, user and guild limitations,
 * onboarding, polls, bulk bans, the Social SDK, DAVE, virtual currency, server
 * Boost perks and other recent features. Most of these codes are not in Discord's
 * official table; they were observed in API responses and collected by the
 * community (docs.discord.food).
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 * @see https://docs.discord.food/topics/errors
 */
import type { DiscordJsonErrorEntry } from '../../../src/schema/entries.ts';

export const codes300000To999999 = [
  {
    code: 310_000,
    name: 'Clyde consent is required',
    nameEs: 'Se requiere el consentimiento para Clyde',
    source: 'observed',
    description: {
      en: "Clyde, the experimental AI chatbot that Discord shut down at the end of 2023, needed each user to accept its terms before it would answer. Consent was given in the official client, never by a bot on someone's behalf, and you are unlikely to meet this code today.",
      es: 'Clyde, el chatbot experimental de IA que Discord retiró a finales de 2023, exigía que cada usuario aceptara sus condiciones antes de responder. El consentimiento se daba desde el cliente oficial, nunca a través de un bot en nombre de otro, y hoy es poco probable encontrarse este código.',
    },
  },
  {
    code: 310_002,
    name: 'You are sending too many messages to Clyde. Try again later',
    nameEs: 'Estás enviando demasiados mensajes a Clyde. Vuelve a intentarlo más tarde.',
    source: 'observed',
    description: {
      en: "The user was writing to Clyde, Discord's discontinued AI chatbot, faster than it allowed. As the message says, the only remedy was to wait a while before messaging it again.",
      es: 'El usuario escribía a Clyde, el chatbot de IA ya retirado de Discord, más deprisa de lo que este permitía. Como indica el mensaje, la única solución era esperar un rato antes de volver a escribirle.',
    },
  },
  {
    code: 310_003,
    name: 'This backstory could result in potentially unsafe or harmful responses.  Please modify the backstory and try again.',
    nameEs:
      'Esta historia de fondo podría dar lugar a respuestas inseguras o dañinas. Modifícala y vuelve a intentarlo.',
    source: 'observed',
    description: {
      en: "Clyde's safety filter rejected the custom backstory (the personality text a guild could give the AI chatbot) as likely to produce harmful replies. The text had to be rewritten before saving it again; the feature went away with Clyde at the end of 2023.",
      es: 'El filtro de seguridad de Clyde rechazó la historia personalizada (el texto de personalidad que un servidor podía darle al chatbot de IA) por considerar que podía provocar respuestas dañinas. Había que reescribir el texto antes de guardarlo de nuevo; la función desapareció con Clyde a finales de 2023.',
    },
  },
  {
    code: 310_006,
    name: 'Clyde Profile Not found',
    nameEs: 'No se encontró el perfil de Clyde',
    source: 'observed',
    description: {
      en: 'The Clyde profile the request refers to (the stored personality and settings of the AI chatbot) does not exist. With Clyde discontinued there is nothing to retry: remove any code that still calls these endpoints.',
      es: 'El perfil de Clyde al que remite la solicitud (la personalidad y los ajustes guardados del chatbot de IA) no existe. Con Clyde ya retirado no hay nada que reintentar: elimina cualquier código que siga llamando a esos endpoints.',
    },
  },
  {
    code: 340_001,
    name: 'Access to sending messages in guild channels has been limited for the user',
    nameEs: 'Se ha limitado al usuario el envío de mensajes en canales de servidores',
    source: 'observed',
    description: {
      en: "Discord has restricted this account, typically as a safety or anti-spam measure, so it cannot post in guild channels for now. The restriction sits on the account, not on the request or the channel's permissions: do not retry. The user may find details under Account Standing in the app's settings.",
      es: 'Discord ha restringido esta cuenta, normalmente como medida de seguridad o antispam, y por ahora no puede publicar en los canales de los servidores. La restricción recae en la cuenta, no en la solicitud ni en los permisos del canal: no reintentes. El usuario puede encontrar más detalles en el apartado Estado de la cuenta (Account Standing) de los ajustes.',
    },
  },
  {
    code: 340_002,
    name: 'Access to sending DMs has been limited for the user',
    nameEs: 'Se ha limitado al usuario el envío de MD',
    source: 'observed',
    description: {
      en: 'The account is barred from sending direct messages, a limit Discord applies to accounts flagged for spam or other abuse. It concerns user accounts, and retrying will not help while the limit is in place.',
      es: 'La cuenta tiene vetado el envío de mensajes directos, un límite que Discord aplica a las cuentas señaladas por spam u otros abusos. Afecta a cuentas de usuario, y reintentar no sirve de nada mientras siga vigente.',
    },
  },
  {
    code: 340_003,
    name: 'Access to sending messages in group DMs has been limited for the user',
    nameEs: 'Se ha limitado al usuario el envío de mensajes en MD grupales',
    source: 'observed',
    description: {
      en: 'The same kind of account restriction, here covering group DMs: the user cannot post in group conversations until Discord lifts it. Nothing in the request can work around it.',
      es: 'La misma clase de restricción de cuenta, en este caso sobre los grupos de mensajes directos: el usuario no puede escribir en conversaciones de grupo hasta que Discord la levante. Nada en la solicitud permite sortearla.',
    },
  },
  {
    code: 340_004,
    name: 'Access to uploading attachments to guilds has been limited for the user',
    nameEs: 'Se ha limitado al usuario la subida de archivos adjuntos a servidores',
    source: 'observed',
    description: {
      en: 'The account may still be able to post text, but Discord has blocked it from uploading files to guilds. Send the message without attachments; the upload will keep failing for as long as the restriction lasts.',
      es: 'Puede que la cuenta siga pudiendo publicar texto, pero Discord le ha bloqueado la subida de archivos a servidores. Envía el mensaje sin adjuntos; la subida seguirá fallando mientras dure la restricción.',
    },
  },
  {
    code: 340_005,
    name: 'Access to uploading attachments to DMs has been limited for the user',
    nameEs: 'Se ha limitado al usuario la subida de archivos adjuntos a MD',
    source: 'observed',
    description: {
      en: 'Discord has stopped this account from attaching files in direct messages. The code is about the upload, not the text: drop the attachment or share the file some other way.',
      es: 'Discord ha impedido que esta cuenta adjunte archivos en mensajes directos. El código se refiere a la subida, no al texto: quita el adjunto o comparte el archivo de otra manera.',
    },
  },
  {
    code: 340_006,
    name: 'Access to uploading attachments to group DMs has been limited for the user',
    nameEs: 'Se ha limitado al usuario la subida de archivos adjuntos a MD grupales',
    source: 'observed',
    description: {
      en: "The account's attachment restriction extends to group DMs: it cannot upload files there. Send the message without the file.",
      es: 'La restricción de adjuntos de la cuenta alcanza también a los grupos de mensajes directos: ahí no puede subir archivos. Envía el mensaje sin el archivo.',
    },
  },
  {
    code: 340_007,
    name: 'Access to sending friend request has been limited for the user',
    nameEs: 'Se ha limitado al usuario el envío de solicitudes de amistad',
    source: 'observed',
    description: {
      en: 'The account cannot send friend requests, for a while or for good; it is a common measure against spam accounts. It only concerns user accounts (bots have no friends list), and retrying just repeats the refusal.',
      es: 'La cuenta no puede enviar solicitudes de amistad, de forma temporal o definitiva; es una medida habitual contra las cuentas de spam. Solo afecta a cuentas de usuario (los bots no tienen lista de amigos) y reintentar solo repite el rechazo.',
    },
  },
  {
    code: 340_009,
    name: 'Access to creating new guilds has been limited for the user',
    nameEs: 'Se ha limitado al usuario la creación de servidores nuevos',
    source: 'observed',
    description: {
      en: "Discord has withdrawn this account's ability to create guilds. Bots are rarely affected; a user account has to wait until the restriction lapses or is lifted before it can create a new guild.",
      es: 'Discord ha retirado a esta cuenta la posibilidad de crear servidores. Rara vez afecta a bots; una cuenta de usuario tiene que esperar a que la restricción caduque o se levante para poder crear un servidor nuevo.',
    },
  },
  {
    code: 340_013,
    name: 'Access to sending messages in server channels has been limited for the user',
    nameEs: 'Se ha limitado al usuario el envío de mensajes en canales de servidores',
    source: 'observed',
    description: {
      en: 'Like 340001, the account may not post in guild channels because Discord has restricted it; this message says "server" where 340001 says "guild". Handle it the same way: no retries, and nothing to change in the request.',
      es: 'Como 340001: la cuenta no puede publicar en canales de servidores porque Discord la ha restringido; este mensaje dice «server» donde 340001 dice «guild». Trátalo igual: sin reintentos y sin nada que cambiar en la solicitud.',
    },
  },
  {
    code: 340_014,
    name: 'Access to uploading attachments to servers has been limited for the user',
    nameEs: 'Se ha limitado al usuario la subida de archivos adjuntos a servidores',
    source: 'observed',
    description: {
      en: 'The same file-upload restriction as 340004, worded with "servers" instead of "guilds": the account cannot attach files in guilds. Post without attachments while it lasts.',
      es: 'La misma restricción de subida de archivos que 340004, con «servers» en lugar de «guilds»: la cuenta no puede adjuntar archivos en servidores. Publica sin adjuntos mientras dure.',
    },
  },
  {
    code: 340_015,
    name: 'Access to joining new servers has been limited for the user',
    nameEs: 'Se ha limitado al usuario la entrada en servidores nuevos',
    source: 'both',
    description: {
      en: "Discord has limited this account so that it cannot join any more guilds. It is one of the few account restrictions in Discord's official table: a bot can run into it when adding a user to a guild with an OAuth2 token that has the `guilds.join` scope. Only that user is refused, so log it and move on instead of retrying.",
      es: 'Discord ha limitado esta cuenta para que no pueda unirse a más servidores. Es una de las pocas restricciones de cuenta que recoge la tabla oficial de Discord: un bot puede encontrársela al añadir a un usuario a un servidor con un token OAuth2 que tenga el scope `guilds.join`. El rechazo afecta solo a ese usuario: regístralo y sigue adelante en lugar de reintentar.',
    },
  },
  {
    code: 340_016,
    name: 'Access to creating new servers has been limited for the user',
    nameEs: 'Se ha limitado al usuario la creación de servidores nuevos',
    source: 'observed',
    description: {
      en: 'Identical in effect to 340009, with "servers" in the message instead of "guilds": the account is not allowed to create guilds at the moment. There is nothing to fix in the request.',
      es: 'Mismo efecto que 340009, con «servers» en el mensaje en lugar de «guilds»: la cuenta no puede crear servidores por ahora. No hay nada que corregir en la solicitud.',
    },
  },
  {
    code: 340_017,
    name: 'Access to creating new server text channels has been limited for the user',
    nameEs: 'Se ha limitado al usuario la creación de canales de texto nuevos en servidores',
    source: 'observed',
    description: {
      en: 'Discord has stopped this account from creating text channels in guilds, even where its roles would normally allow it. Another member with `MANAGE_CHANNELS` will have to create the channel.',
      es: 'Discord ha impedido que esta cuenta cree canales de texto en servidores, aunque sus roles normalmente se lo permitan. Tendrá que crear el canal otro miembro con el permiso `MANAGE_CHANNELS`.',
    },
  },
  {
    code: 340_018,
    name: 'Access to creating new server voice channels has been limited for the user',
    nameEs: 'Se ha limitado al usuario la creación de canales de voz nuevos en servidores',
    source: 'observed',
    description: {
      en: 'The voice-channel counterpart of 340017: while the restriction applies, the account may not create voice channels in guilds, whatever its permissions say.',
      es: 'El equivalente de 340017 para canales de voz: mientras dure la restricción, la cuenta no puede crear canales de voz en servidores, digan lo que digan sus permisos.',
    },
  },
  {
    code: 350_000,
    name: 'Cannot enable onboarding, requirements are not met',
    nameEs: 'No se puede activar la incorporación: no se cumplen los requisitos',
    source: 'both',
    description: {
      en: "Onboarding cannot be switched on because the configuration falls short of Discord's minimum: at least 7 default channels, at least 5 of which let `@everyone` send messages. With `mode` set to `ONBOARDING_ADVANCED`, channels offered by the onboarding questions count as well. Add default channels or fix their permissions, then send `enabled: true` again.",
      es: 'No se puede activar el onboarding porque la configuración no llega al mínimo de Discord: al menos 7 canales predeterminados, de los que al menos 5 deben permitir a `@everyone` enviar mensajes. Con `mode` en `ONBOARDING_ADVANCED`, también cuentan los canales que ofrecen las preguntas del onboarding. Añade canales predeterminados o corrige sus permisos y vuelve a enviar `enabled: true`.',
    },
  },
  {
    code: 350_001,
    name: 'Cannot update onboarding while below requirements',
    nameEs: 'No se puede actualizar la incorporación mientras no se cumplan los requisitos',
    source: 'both',
    description: {
      en: 'Onboarding is enabled, and the update would leave it below the requirements described under 350000, or the guild already falls short of them (for example after a default channel was deleted or `@everyone` lost `SEND_MESSAGES` in it). Include enough qualifying default channels in the same request, or send it with `enabled: false`.',
      es: 'El onboarding está activado y la actualización lo dejaría por debajo de los requisitos descritos en 350000, o el servidor ya no los cumple (por ejemplo, porque se borró un canal predeterminado o `@everyone` perdió `SEND_MESSAGES` en él). Incluye en la misma solicitud suficientes canales predeterminados que cumplan las condiciones, o envíala con `enabled: false`.',
    },
  },
  {
    code: 350_002,
    name: 'Cannot update responses. You must complete pre-join onboarding first.',
    nameEs:
      'No se pueden actualizar las respuestas. Primero debes completar la incorporación previa a la entrada.',
    source: 'observed',
    description: {
      en: 'The member tried to change their onboarding answers before finishing the questions that must be answered before joining. Those pre-join questions have to be completed first in the official client; it is a user-account flow, not something a bot does.',
      es: 'El miembro intentó cambiar sus respuestas del onboarding sin haber terminado las preguntas que hay que contestar antes de entrar. Primero hay que completar esas preguntas previas en el cliente oficial; es un flujo de cuentas de usuario, no algo que haga un bot.',
    },
  },
  {
    code: 350_003,
    name: 'Onboarding channels must be readable by everyone',
    nameEs: 'Los canales de la incorporación deben ser legibles para todos',
    source: 'observed',
    description: {
      en: 'The channels you put in the onboarding configuration have to be visible to `@everyone`, and at least one is not. Allow `VIEW_CHANNEL` for `@everyone` on that channel (check its category overwrites too) or take it out of the onboarding.',
      es: 'Los canales que incluyas en la configuración del onboarding tienen que ser visibles para `@everyone`, y al menos uno no lo es. Permite `VIEW_CHANNEL` a `@everyone` en ese canal (revisa también las sobrescrituras de su categoría) o sácalo del onboarding.',
    },
  },
  {
    code: 350_004,
    name: 'This application is not allowed for onboarding connections in this guild.',
    nameEs: 'Esta aplicación no está permitida en las conexiones de la incorporación de este servidor',
    source: 'observed',
    description: {
      en: "Going by the message, this guild's onboarding cannot use this application for its connection step, where new members link an account through an app. Use an application the guild accepts, or leave that step out of the onboarding.",
      es: 'Según el mensaje, el onboarding de este servidor no puede usar esta aplicación en el paso de conexión, en el que los nuevos miembros vinculan una cuenta a través de una app. Usa una aplicación que el servidor acepte o quita ese paso del onboarding.',
    },
  },
  {
    code: 360_000,
    name: 'Server is ineligible for summaries.',
    nameEs: 'El servidor no cumple los requisitos para los resúmenes',
    source: 'observed',
    description: {
      en: 'Conversation summaries, an AI feature of the official client that sums up recent activity in a chat, are not available in this guild. Discord decides which guilds qualify, so there is nothing to retry, and a bot will not see this error.',
      es: 'Los resúmenes de conversaciones, una función de IA del cliente oficial que resume la actividad reciente de un chat, no están disponibles en este servidor. Es Discord quien decide qué servidores pueden usarlos: no hay nada que reintentar, y un bot no verá este error.',
    },
  },
  {
    code: 360_001,
    name: 'Channel is ineligible for summaries.',
    nameEs: 'El canal no cumple los requisitos para los resúmenes',
    source: 'observed',
    description: {
      en: 'The guild may have conversation summaries, but this particular channel does not qualify for them. Nothing in the request can make it eligible; look for summaries in another channel.',
      es: 'Puede que el servidor tenga resúmenes de conversaciones, pero este canal en concreto no cumple los requisitos. Nada en la solicitud puede hacerlo apto; busca los resúmenes en otro canal.',
    },
  },
  {
    code: 380_000,
    name: 'Cannot join because you are on a timeout',
    nameEs: 'No puedes unirte porque estás aislado temporalmente',
    source: 'observed',
    description: {
      en: 'The user is timed out in this guild (their `communication_disabled_until` lies in the future), so a guest invite, which lets someone into a voice channel without joining the guild, will not let them in. Wait for the timeout to end or ask a moderator to remove it.',
      es: 'El usuario está aislado temporalmente (timeout) en este servidor (su `communication_disabled_until` está en el futuro); por eso, una invitación de invitado, que da acceso a un canal de voz sin unirse al servidor, no le dejará entrar. Espera a que termine el aislamiento o pide a un moderador que lo retire.',
    },
  },
  {
    code: 390_001,
    name: 'Pack not found',
    nameEs: 'No se encontró el paquete',
    source: 'observed',
    description: {
      en: 'The emoji pack the request refers to does not exist or is no longer available. Emoji packs belong to an experimental emoji inventory in the official client; check the pack ID.',
      es: 'El paquete de emojis al que remite la solicitud no existe o ya no está disponible. Los paquetes de emojis forman parte de un inventario de emojis experimental del cliente oficial; revisa el ID del paquete.',
    },
  },
  {
    code: 390_002,
    name: 'Must provide a pack id',
    nameEs: 'Debes indicar un ID de paquete',
    source: 'observed',
    description: {
      en: 'The request needs the ID of an emoji pack, and none was sent. Add the pack ID and send it again.',
      es: 'La solicitud necesita el ID de un paquete de emojis y no se envió ninguno. Añádelo y vuelve a enviarla.',
    },
  },
  {
    code: 390_003,
    name: 'Inventory not enabled',
    nameEs: 'Inventario no activado',
    source: 'observed',
    description: {
      en: 'The emoji inventory is not switched on for this account: it is an experimental feature that not everyone has. No request can change that.',
      es: 'El inventario de emojis no está activado en esta cuenta: es una función experimental que no tiene todo el mundo. Ninguna solicitud puede cambiarlo.',
    },
  },
  {
    code: 390_004,
    name: 'Inventory settings not enabled',
    nameEs: 'Ajustes de inventario no activados',
    source: 'observed',
    description: {
      en: 'The settings that control the emoji inventory are not available to this account, so they can be neither read nor changed. As with 390003, it depends on Discord enabling the feature.',
      es: 'Los ajustes que controlan el inventario de emojis no están disponibles para esta cuenta, que no puede consultarlos ni cambiarlos. Como en 390003, depende de que Discord active la función.',
    },
  },
  {
    code: 390_010,
    name: 'Inventory pack limit reached',
    nameEs: 'Límite de paquetes del inventario alcanzado',
    source: 'observed',
    description: {
      en: 'The account already holds the maximum number of emoji packs in its inventory. Remove a pack before adding another; the limit itself is not documented.',
      es: 'La cuenta ya tiene en su inventario el número máximo de paquetes de emojis. Quita uno antes de añadir otro; el límite en sí no está documentado.',
    },
  },
  {
    code: 390_011,
    name: 'Inventory pack has no contents',
    nameEs: 'El paquete del inventario no tiene contenido',
    source: 'observed',
    description: {
      en: 'The pack exists but contains no emoji, so there is nothing to add or use. Choose a pack that has content.',
      es: 'El paquete existe, pero no contiene ningún emoji que añadir o usar. Elige un paquete con contenido.',
    },
  },
  {
    code: 400_000,
    name: 'Token is invalid.',
    nameEs: 'El token no es válido',
    source: 'observed',
    description: {
      en: 'A token sent with the request was rejected as invalid. The community files this code with the guild limitation errors, but which token it checks is not documented: make sure you are sending the right, current value, and do not retry with the same one.',
      es: 'Se rechazó por no válido un token enviado con la solicitud. La comunidad clasifica este código entre los errores de limitaciones de servidor, pero no está documentado qué token comprueba: asegúrate de enviar el valor correcto y vigente, y no reintentes con el mismo.',
    },
  },
  {
    code: 400_001,
    name: 'Access to file uploads has been limited for this guild',
    nameEs: 'Se ha limitado la subida de archivos en este servidor',
    observedMessage: 'Access to file uploads has been limited for this server',
    source: 'both',
    description: {
      en: "Discord has restricted file uploads in this guild, so for now no one can attach files there. The restriction is on the guild, not on your bot: neither the request nor the bot's permissions can fix it. Send the message without attachments, or link to the file instead.",
      es: 'Discord ha restringido la subida de archivos en este servidor: por ahora nadie puede adjuntar archivos en él. La restricción recae en el servidor, no en tu bot: ni la solicitud ni los permisos del bot pueden resolverlo. Envía el mensaje sin adjuntos o enlaza el archivo.',
    },
  },
  {
    code: 400_002,
    name: 'Access to inviting new users through invite links has been limited for this guild',
    nameEs: 'Se ha limitado en este servidor la invitación de usuarios nuevos mediante enlaces de invitación',
    source: 'observed',
    description: {
      en: 'Discord has restricted this guild so that new people cannot join through its invite links. Creating fresh invites will not get round it: nobody can be brought in that way until Discord lifts the limit.',
      es: 'Discord ha restringido este servidor para que nadie nuevo pueda entrar a través de sus enlaces de invitación. Crear invitaciones nuevas no lo soluciona: hasta que Discord levante el límite, no se puede incorporar a nadie por esa vía.',
    },
  },
  {
    code: 400_003,
    name: 'GUILD_GO_LIVE_LIMITED_ACCESS',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `GUILD_GO_LIVE_LIMITED_ACCESS` instead of a sentence. It indicates that Go Live (streaming a screen or a game in a voice channel) has been restricted in this guild, so the stream cannot start; it concerns the official client, not bots.',
      es: 'Discord devuelve la constante interna `GUILD_GO_LIVE_LIMITED_ACCESS` en lugar de una frase. Indica que Go Live (transmitir la pantalla o un juego en un canal de voz) está restringido en este servidor y la transmisión no puede empezar; afecta al cliente oficial, no a los bots.',
    },
  },
  {
    code: 400_005,
    name: 'GUILD_MESSAGE_UPDATE_RATE_LIMIT_EXCEEDED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `GUILD_MESSAGE_UPDATE_RATE_LIMIT_EXCEEDED` instead of a sentence. As the name says, messages in this guild are being edited too often in a short time. Slow down: wait at least `retry_after` if the body gives one, space the edits out with backoff, and never edit the same message in a tight loop.',
      es: 'Discord devuelve la constante interna `GUILD_MESSAGE_UPDATE_RATE_LIMIT_EXCEEDED` en lugar de una frase. Como indica el nombre, se están editando mensajes en este servidor con demasiada frecuencia. Baja el ritmo: espera al menos `retry_after` si el cuerpo lo incluye, espacia las ediciones con backoff y nunca edites el mismo mensaje en un bucle continuo.',
    },
  },
  {
    code: 410_001,
    name: 'You cannot invite this user',
    nameEs: 'No puedes invitar a este usuario',
    source: 'observed',
    description: {
      en: 'The game invite, which asks someone to join a game session through Discord, cannot be sent to this user. Discord does not say why, and retrying will not change the answer.',
      es: 'No se puede enviar a este usuario la invitación a la partida, con la que se pide a alguien que se una a una sesión de juego a través de Discord. Discord no explica el motivo, y reintentar no cambiará la respuesta.',
    },
  },
  {
    code: 420_002,
    name: 'User has already claimed promotion.',
    nameEs: 'El usuario ya ha reclamado la promoción',
    source: 'observed',
    description: {
      en: 'This account has already redeemed the partner promotion (an offer Discord runs together with another company), and each account can claim it only once. There is nothing to retry.',
      es: 'Esta cuenta ya canjeó la promoción de socio (una oferta que Discord lanza junto con otra empresa), y cada cuenta solo puede reclamarla una vez. No hay nada que reintentar.',
    },
  },
  {
    code: 420_003,
    name: 'PARTNER_PROMOTIONS_MAX_CLAIMS',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `PARTNER_PROMOTIONS_MAX_CLAIMS` instead of a sentence. It evidently means the maximum number of claims for the partner promotion has been reached, so it cannot be redeemed any more; retrying will not help.',
      es: 'Discord devuelve la constante interna `PARTNER_PROMOTIONS_MAX_CLAIMS` en lugar de una frase. Todo indica que se ha alcanzado el máximo de canjes de la promoción de socio y ya no se puede reclamar; reintentar no servirá.',
    },
  },
  {
    code: 420_004,
    name: 'Gift already claimed.',
    nameEs: 'Regalo ya reclamado',
    source: 'observed',
    description: {
      en: 'The gift that comes with the promotion has already been claimed, by this account or another. The same gift cannot be redeemed twice.',
      es: 'El regalo que acompaña a la promoción ya se reclamó, desde esta cuenta o desde otra. El mismo regalo no puede canjearse dos veces.',
    },
  },
  {
    code: 420_005,
    name: 'Previous purchase error.',
    nameEs: 'Error de compra anterior',
    source: 'observed',
    description: {
      en: "The promotion was refused because of the account's purchase history: going by the message, an earlier purchase makes the account ineligible, as many offers are for new customers only. Nothing in the request can change that.",
      es: 'Se rechazó la promoción por el historial de compras de la cuenta: según el mensaje, una compra anterior la deja fuera, ya que muchas ofertas son solo para clientes nuevos. Nada en la solicitud puede cambiarlo.',
    },
  },
  {
    code: 420_006,
    name: 'New subscription required.',
    nameEs: 'Se requiere una suscripción nueva',
    source: 'observed',
    description: {
      en: "The promotion only applies to a new subscription, and the account's existing one does not qualify. Offers of this kind cannot be attached to a subscription that is already running.",
      es: 'La promoción solo vale para una suscripción nueva, y la que ya tiene la cuenta no cuenta. Este tipo de ofertas no puede aplicarse a una suscripción que ya está en curso.',
    },
  },
  {
    code: 420_007,
    name: 'Unknown gift.',
    nameEs: 'Regalo desconocido',
    source: 'observed',
    description: {
      en: 'The gift the promotion points to does not exist; the code or link is probably mistyped or no longer valid. Check it, and only try again with a corrected value.',
      es: 'El regalo al que apunta la promoción no existe; probablemente el código o el enlace está mal escrito o ya no es válido. Revísalo y vuelve a intentarlo solo con un valor corregido.',
    },
  },
  {
    code: 500_000,
    name: 'Failed to ban users',
    nameEs: 'No se pudo banear a los usuarios',
    source: 'both',
    description: {
      en: 'Bulk Guild Ban (`POST /guilds/{guild.id}/bulk-ban`) returns this when not a single user in the list could be banned; if at least one succeeds, you get a normal response with `banned_users` and `failed_users` instead. Check that the bot has both `BAN_MEMBERS` and `MANAGE_GUILD`, that its highest role sits above the roles of the users, and that the IDs are right. Users who are already banned count as failures too, so a list of only banned users also ends here.',
      es: 'El baneo masivo (`POST /guilds/{guild.id}/bulk-ban`) devuelve este error cuando no se ha podido banear a ninguno de los usuarios de la lista; si al menos uno sale bien, recibes una respuesta normal con `banned_users` y `failed_users`. Comprueba que el bot tenga `BAN_MEMBERS` y `MANAGE_GUILD`, que su rol más alto esté por encima de los roles de esos usuarios y que los ID sean correctos. Los usuarios que ya estaban baneados también cuentan como fallos: una lista formada solo por ellos también acaba aquí.',
    },
  },
  {
    code: 520_000,
    name: 'Poll voting blocked',
    nameEs: 'Votación de la encuesta bloqueada',
    source: 'both',
    description: {
      en: 'Discord refused the vote on this poll. Votes are cast from user accounts in the official client (the documented API gives bots no way to vote), and the response does not say why it was blocked, so retrying the same vote is pointless.',
      es: 'Discord rechazó el voto en esta encuesta. Los votos se emiten desde cuentas de usuario en el cliente oficial (la API documentada no ofrece a los bots ninguna forma de votar), y la respuesta no explica por qué se bloqueó. Reintentar el mismo voto no tiene sentido.',
    },
  },
  {
    code: 520_001,
    name: 'Poll expired',
    nameEs: 'Encuesta finalizada',
    source: 'both',
    description: {
      en: 'The poll has already closed, so it no longer accepts the action, typically a vote. Check `poll.expiry` before acting on a poll; once it has ended, read the outcome from `poll.results`, which is final when `is_finalized` is `true`.',
      es: 'La encuesta ya se ha cerrado y no admite la acción, normalmente un voto. Comprueba `poll.expiry` antes de actuar sobre una encuesta; cuando haya terminado, consulta el resultado en `poll.results`, que es definitivo cuando `is_finalized` vale `true`.',
    },
  },
  {
    code: 520_002,
    name: 'Invalid channel type for poll creation',
    nameEs: 'Tipo de canal no válido para crear encuestas',
    observedMessage: 'Cannot create a poll in this type of channel',
    source: 'both',
    description: {
      en: "The message carrying the `poll` was sent to a channel type that does not accept polls. Check the target channel's `type` and post the poll in an ordinary text-based channel, thread or DM instead; retrying in the same channel will fail the same way.",
      es: 'El mensaje con la `poll` se envió a un tipo de canal que no admite encuestas. Revisa el `type` del canal de destino y publica la encuesta en un canal de texto corriente, un hilo o un mensaje directo; reintentarlo en el mismo canal fallará igual.',
    },
  },
  {
    code: 520_003,
    name: 'Cannot edit a poll message',
    nameEs: 'No se puede editar un mensaje de encuesta',
    source: 'both',
    description: {
      en: 'Discord does not let you change a poll once it has been posted. If the question or the answers are wrong, end the poll or delete the message, then send a new poll.',
      es: 'Discord no permite modificar una encuesta una vez publicada. Si la pregunta o las respuestas están mal, cierra la encuesta o borra el mensaje y envía una encuesta nueva.',
    },
  },
  {
    code: 520_004,
    name: 'Cannot use an emoji included with the poll',
    nameEs: 'No se puede usar un emoji incluido en la encuesta',
    observedMessage: 'Cannot use one or more emoji included with this poll',
    source: 'both',
    description: {
      en: "One of the emoji in the poll's answers cannot be used by the sender, usually a custom emoji from a guild the bot is not in or one that has been deleted. Use Unicode emoji, custom emoji from guilds the bot belongs to, or the application's own emoji.",
      es: 'El remitente no puede usar uno de los emojis de las respuestas de la encuesta; suele ser un emoji personalizado de un servidor en el que el bot no está o que ya se ha borrado. Usa emojis Unicode, emojis personalizados de servidores en los que esté el bot o los emojis propios de la aplicación.',
    },
  },
  {
    code: 520_006,
    name: 'Cannot expire a non-poll message',
    nameEs: 'No se puede finalizar un mensaje que no es una encuesta',
    observedMessage: 'Cannot expire a message that is not a poll',
    source: 'both',
    description: {
      en: 'End Poll (`POST /channels/{channel.id}/polls/{message.id}/expire`) was called on a message that has no poll. Check that the message ID is the one that carries the `poll`.',
      es: 'Se llamó a End Poll (`POST /channels/{channel.id}/polls/{message.id}/expire`) sobre un mensaje que no tiene encuesta. Comprueba que el ID corresponda al mensaje que lleva la `poll`.',
    },
  },
  {
    code: 520_007,
    name: 'Poll has already expired',
    nameEs: 'La encuesta ya ha finalizado',
    source: 'observed',
    description: {
      en: 'The poll you are trying to end has already closed, either at its scheduled time or because someone ended it early. There is nothing left to do: treat it as success and read the results from the message.',
      es: 'La encuesta que intentas cerrar ya terminó, bien a su hora prevista, bien porque alguien la cerró antes. No queda nada por hacer: trátalo como un éxito y consulta los resultados en el mensaje.',
    },
  },
  {
    code: 521_001,
    name: 'DSA_RSL_REPORT_NOT_FOUND',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `DSA_RSL_REPORT_NOT_FOUND` instead of a sentence. The report the request refers to could not be found. The `DSA` prefix most likely refers to the EU Digital Services Act, under which people can ask Discord to review how a report was handled; this is a user-account flow.',
      es: 'Discord devuelve la constante interna `DSA_RSL_REPORT_NOT_FOUND` en lugar de una frase. No se encontró el reporte al que remite la solicitud. El prefijo `DSA` se refiere, muy probablemente, a la Ley de Servicios Digitales (DSA) de la UE, que permite pedir a Discord que revise cómo gestionó un reporte; es un flujo de cuentas de usuario.',
    },
  },
  {
    code: 521_002,
    name: 'DSA_RSL_ALREADY_REQUESTED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `DSA_RSL_ALREADY_REQUESTED` instead of a sentence. Going by the name, a review has already been requested for this report, so a second request is refused; wait for the answer to the first one.',
      es: 'Discord devuelve la constante interna `DSA_RSL_ALREADY_REQUESTED` en lugar de una frase. A juzgar por el nombre, ya se pidió una revisión de este reporte y se rechaza una segunda solicitud; espera la respuesta a la primera.',
    },
  },
  {
    code: 521_003,
    name: 'DSA_RSL_LIMITED_TIME',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `DSA_RSL_LIMITED_TIME` instead of a sentence. It evidently means the time window for requesting a review of this report has passed; the request cannot be made any more.',
      es: 'Discord devuelve la constante interna `DSA_RSL_LIMITED_TIME` en lugar de una frase. Todo indica que ha pasado el plazo para pedir la revisión de este reporte; la solicitud ya no puede hacerse.',
    },
  },
  {
    code: 521_004,
    name: 'DSA_RSL_REPORT_INELIGIBLE',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `DSA_RSL_REPORT_INELIGIBLE` instead of a sentence. By its name, this report does not qualify for a review request; which reports do is not documented.',
      es: 'Discord devuelve la constante interna `DSA_RSL_REPORT_INELIGIBLE` en lugar de una frase. Por su nombre, este reporte no admite una solicitud de revisión; no está documentado qué reportes la admiten.',
    },
  },
  {
    code: 522_001,
    name: 'DSA_APPEAL_REQUEST_DEFLECTION',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `DSA_APPEAL_REQUEST_DEFLECTION` instead of a sentence. It belongs to the appeals flow for Discord's enforcement actions and evidently means the appeal was turned away, or redirected elsewhere, rather than accepted for review; the exact conditions are not documented.",
      es: 'Discord devuelve la constante interna `DSA_APPEAL_REQUEST_DEFLECTION` en lugar de una frase. Pertenece al flujo de apelaciones contra las sanciones de Discord y todo indica que la apelación se desvió, o se redirigió a otra vía, en lugar de aceptarse para revisión; las condiciones exactas no están documentadas.',
    },
  },
  {
    code: 522_002,
    name: 'Internal error occurred while processing the appeal',
    nameEs: 'Se produjo un error interno al procesar la apelación',
    source: 'observed',
    description: {
      en: "The appeal failed because of a problem on Discord's side, not because of what was submitted. Try again later; if it keeps failing, contact Discord support instead of resubmitting in a loop.",
      es: 'La apelación falló por un problema de Discord, no por lo que se envió. Vuelve a intentarlo más tarde; si sigue fallando, contacta con el soporte de Discord en lugar de reenviarla en bucle.',
    },
  },
  {
    code: 524_000,
    name: 'Unknown game for discovery',
    nameEs: 'Juego desconocido para el descubrimiento',
    source: 'observed',
    description: {
      en: "The game the request names is not one Discord's game discovery knows about. Check the game or application ID; retrying the same ID will not help.",
      es: 'El juego que indica la solicitud no figura entre los que conoce el descubrimiento de juegos de Discord. Revisa el ID del juego o de la aplicación; reintentar con el mismo ID no servirá.',
    },
  },
  {
    code: 530_000,
    name: 'Your Discord application has not been granted the permission to use provisional accounts.',
    nameEs: 'Tu aplicación de Discord no tiene permiso para usar cuentas provisionales',
    observedMessage: 'Application is not configured to use the Partner SDK',
    source: 'both',
    description: {
      en: 'Your application is not allowed to create provisional accounts, the Social SDK accounts for players who have no Discord account. Check in the Developer Portal that the Discord Social SDK is enabled for this application; until the permission is in place, retrying will not help.',
      es: 'Tu aplicación no tiene permiso para crear cuentas provisionales, las cuentas del Social SDK para jugadores que no tienen cuenta de Discord. Comprueba en el portal de desarrolladores que el Discord Social SDK esté activado para esta aplicación; mientras no tenga ese permiso, reintentar no servirá.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's official table gives the long message about provisional accounts; the community recorded `Application is not configured to use the Partner SDK`, which names the SDK differently, probably from before it was released as the Discord Social SDK. Match on the `code`, not on the text.",
          es: 'La tabla oficial de Discord da el mensaje largo sobre cuentas provisionales; la comunidad recogió `Application is not configured to use the Partner SDK`, que llama al SDK de otra forma, probablemente de antes de que se publicara como Discord Social SDK. Compara por `code`, no por el texto.',
        },
      },
    ],
  },
  {
    code: 530_001,
    name: 'The ID token JWT you have provided is expired. You will need to get another one issued from the identity provider.',
    nameEs:
      'El JWT del ID token que has proporcionado ha caducado. Tendrás que obtener otro emitido por el proveedor de identidad.',
    observedMessage: 'Token is past expiration',
    source: 'both',
    description: {
      en: 'The ID token (the JWT from your identity provider that you exchange for a provisional account) is past its `exp` time. Get a fresh ID token from the provider and exchange that one; retrying with the same token will always fail.',
      es: 'El ID token (el JWT de tu proveedor de identidad que canjeas por una cuenta provisional) ha superado su hora de `exp`. Obtén un ID token nuevo del proveedor y canjea ese; reintentar con el mismo token fallará siempre.',
    },
  },
  {
    code: 530_002,
    name: 'The issuer in the ID token JWT you have provided does not match what you have configured.',
    nameEs: 'El emisor del JWT del ID token que has proporcionado no coincide con el que configuraste',
    observedMessage: 'Token issuer is incorrect',
    source: 'both',
    description: {
      en: "The `iss` claim of the ID token differs from the issuer configured for your application's OIDC provider (External Auth in the Developer Portal). Compare the two character for character, trailing slash included, and fix whichever is wrong, or make sure the token comes from the provider you configured.",
      es: 'El claim `iss` del ID token no coincide con el emisor configurado para el proveedor OIDC de tu aplicación (External Auth en el portal de desarrolladores). Compara ambos carácter por carácter, barra final incluida, y corrige el que esté mal, o asegúrate de que el token venga del proveedor que configuraste.',
    },
  },
  {
    code: 530_003,
    name: 'The audience in the ID token JWT you have provided does not match the audience you specified in your OIDC configuration. Either update your configuration or pass in an ID token that was issued to your application.',
    nameEs:
      'La audiencia del JWT del ID token que has proporcionado no coincide con la indicada en tu configuración OIDC. Actualiza la configuración o envía un ID token emitido para tu aplicación.',
    observedMessage: 'Token audience is incorrect',
    source: 'both',
    description: {
      en: "The ID token's `aud` claim is not the audience set in your OIDC configuration, usually because the token was issued to a different client of the identity provider. Either change the configured audience or request ID tokens for the client your configuration names.",
      es: 'El claim `aud` del ID token no es la audiencia indicada en tu configuración OIDC; suele ocurrir porque el token se emitió para otro cliente del proveedor de identidad. Cambia la audiencia configurada o solicita los ID tokens para el cliente que figura en tu configuración.',
    },
  },
  {
    code: 530_004,
    name: 'The ID token you provided was issued too long ago. Discord will not accept ID tokens issued beyond a week ago. You will need to get a new ID token issued from the identity provider.',
    nameEs:
      'El ID token que has proporcionado se emitió hace demasiado tiempo. Discord no acepta ID tokens emitidos hace más de una semana. Tendrás que obtener uno nuevo del proveedor de identidad.',
    observedMessage: 'Token was issued too long ago',
    source: 'both',
    description: {
      en: 'Discord rejects ID tokens issued more than a week ago, even if their `exp` has not been reached yet. Get a freshly issued token from the identity provider rather than reusing a stored one.',
      es: 'Discord rechaza los ID tokens emitidos hace más de una semana, aunque todavía no hayan llegado a su `exp`. Obtén un token recién emitido del proveedor de identidad en lugar de reutilizar uno guardado.',
    },
  },
  {
    code: 530_006,
    name: 'Discord failed to generate a unique username within the allotted time. This is not a terminal error, and should resolve itself upon a retry.',
    nameEs:
      'Discord no pudo generar un nombre de usuario único en el tiempo asignado. No es un error definitivo y debería resolverse al reintentar.',
    observedMessage: 'Username generation failed',
    source: 'both',
    description: {
      en: 'While creating the provisional account, Discord could not come up with a unique username in time. It is transient: retry the same request, with a short backoff if it fails again.',
      es: 'Al crear la cuenta provisional, Discord no logró generar a tiempo un nombre de usuario único. Es un fallo pasajero: reintenta la misma solicitud, con un backoff corto si vuelve a fallar.',
    },
  },
  {
    code: 530_007,
    name: 'Your client secret is invalid. Double check what you are sending or regenerate your client secret.',
    nameEs: 'Tu client secret no es válido. Comprueba lo que envías o vuelve a generar el client secret.',
    observedMessage: 'Invalid client',
    source: 'both',
    description: {
      en: "The client secret sent with the token exchange does not match the application's. Check the value your backend sends against the OAuth2 page of the Developer Portal, or reset the secret and update it there; keep it on your backend, never in the game client.",
      es: 'El client secret enviado en el canje del token no coincide con el de la aplicación. Compara el valor que envía tu servidor con el de la página OAuth2 del portal de desarrolladores, o restablece el secreto y actualiza tu servidor; guárdalo siempre en tu backend, nunca en el cliente del juego.',
    },
  },
  {
    code: 530_008,
    name: 'OIDC configuration not found',
    nameEs: 'No se encontró la configuración OIDC',
    source: 'observed',
    description: {
      en: "Discord found no OIDC configuration to validate the token against. Check that an OIDC provider is set up for this application under External Auth in the Developer Portal, and that the issuer's discovery document (`/.well-known/openid-configuration`) can be reached.",
      es: 'Discord no encontró ninguna configuración OIDC con la que validar el token. Comprueba que esta aplicación tenga un proveedor OIDC configurado en External Auth del portal de desarrolladores y que el documento de descubrimiento del emisor (`/.well-known/openid-configuration`) sea accesible.',
    },
  },
  {
    code: 530_009,
    name: 'OIDC JWKS not found',
    nameEs: 'No se encontró el JWKS de OIDC',
    source: 'observed',
    description: {
      en: "Discord could not obtain your identity provider's JWKS, the set of public keys it needs to verify the ID token's signature. Check that the discovery document has a correct `jwks_uri` and that the URL is publicly reachable.",
      es: 'Discord no pudo obtener el JWKS de tu proveedor de identidad, el conjunto de claves públicas que necesita para verificar la firma del ID token. Comprueba que el documento de descubrimiento tenga un `jwks_uri` correcto y que esa URL sea accesible públicamente.',
    },
  },
  {
    code: 530_010,
    name: 'User account is non-provisional and should be authed through OAuth2',
    nameEs: 'La cuenta de usuario no es provisional y debe autenticarse mediante OAuth2',
    source: 'observed',
    description: {
      en: 'The player behind this token has a full Discord account, not a provisional one (typically after linking their provisional account to a real one), so the provisional-account exchange no longer applies. Sign them in through the regular OAuth2 authorization flow.',
      es: 'El jugador que hay detrás de este token tiene una cuenta de Discord completa, no provisional (normalmente porque ya vinculó su cuenta provisional a una real), y el canje de cuentas provisionales ya no sirve. Inicia su sesión con el flujo normal de autorización OAuth2.',
    },
  },
  {
    code: 530_012,
    name: 'OIDC JWKS is not valid: {reason}',
    nameEs: 'El JWKS de OIDC no es válido: {reason}',
    source: 'observed',
    description: {
      en: "Discord fetched your identity provider's JWKS but could not use it; in real responses `{reason}` is replaced with the specific problem. Read that reason and fix the published key set, for example keys that are malformed or are not public signing keys.",
      es: 'Discord obtuvo el JWKS de tu proveedor de identidad, pero no pudo usarlo; en las respuestas reales, `{reason}` se sustituye por el problema concreto. Lee ese motivo y corrige el conjunto de claves publicado, por ejemplo claves mal formadas o que no son claves públicas de firma.',
    },
  },
  {
    code: 530_014,
    name: 'Invalid merge source',
    nameEs: 'Origen de la fusión no válido',
    source: 'observed',
    description: {
      en: 'The account given as the source of a merge (folding a provisional account into a full Discord account) cannot be merged, for instance because it is not a provisional account or has already been merged. Check which account you are passing as the source.',
      es: 'La cuenta indicada como origen de una fusión (integrar una cuenta provisional en una cuenta completa de Discord) no se puede fusionar, por ejemplo porque no es provisional o ya se fusionó. Revisa qué cuenta pasas como origen.',
    },
  },
  {
    code: 530_016,
    name: 'Invalid merge destination',
    nameEs: 'Destino de la fusión no válido',
    source: 'observed',
    description: {
      en: 'The account that should receive the merged provisional account is not a valid target. Make sure the destination is the full Discord account the player signed in with, not another provisional account.',
      es: 'La cuenta que debería recibir la cuenta provisional fusionada no es un destino válido. Asegúrate de que el destino sea la cuenta completa de Discord con la que inició sesión el jugador, no otra cuenta provisional.',
    },
  },
  {
    code: 530_017,
    name: 'Merge source user banned',
    nameEs: 'El usuario de origen de la fusión está baneado',
    source: 'observed',
    description: {
      en: 'The provisional account being merged has been banned by Discord, so it cannot be folded into a full account. There is nothing to retry; the player can carry on with the full account alone.',
      es: 'La cuenta provisional que se quiere fusionar no puede integrarse en una cuenta completa: Discord la ha baneado. No hay nada que reintentar; el jugador puede seguir solo con su cuenta completa.',
    },
  },
  {
    code: 530_020,
    name: 'OIDC JWT id token is invalid',
    nameEs: 'El ID token JWT de OIDC no es válido',
    source: 'observed',
    description: {
      en: "The ID token could not be parsed as a JWT or its signature did not verify against the provider's keys. Make sure you send the ID token itself, not the provider's access token, and that it arrives intact.",
      es: 'El ID token no se pudo interpretar como JWT o su firma no se pudo verificar con las claves del proveedor. Asegúrate de enviar el propio ID token, no el token de acceso del proveedor, y de que llegue íntegro.',
    },
  },
  {
    code: 530_022,
    name: "Token project_id doesn't match the application's configured Unity project ID",
    nameEs: 'El project_id del token no coincide con el ID de proyecto de Unity configurado en la aplicación',
    source: 'observed',
    description: {
      en: "The Unity Authentication token carries a `project_id` that differs from the Unity project ID configured for your application's external auth. Use tokens from the right Unity project, or correct the project ID in the Developer Portal.",
      es: 'El token de Unity Authentication lleva un `project_id` distinto del ID de proyecto de Unity configurado en la autenticación externa de tu aplicación. Usa tokens del proyecto de Unity correcto o corrige el ID del proyecto en el portal de desarrolladores.',
    },
  },
  {
    code: 530_023,
    name: 'This user already has an associated external identity',
    nameEs: 'Este usuario ya tiene una identidad externa asociada',
    source: 'observed',
    description: {
      en: 'The Discord account is already linked to an external identity, so another one cannot be attached to it. Sign the player in with the identity already linked instead of creating a new association.',
      es: 'La cuenta de Discord ya está vinculada a una identidad externa y no se le puede asociar otra. Inicia la sesión del jugador con la identidad ya vinculada en lugar de crear una nueva asociación.',
    },
  },
  {
    code: 530_027,
    name: 'Missing `kid` header',
    nameEs: 'Falta la cabecera `kid`',
    source: 'observed',
    description: {
      en: "The ID token's JWT header has no `kid` (key ID), so Discord cannot tell which key in your JWKS should verify the signature. Configure the identity provider to include `kid` in the tokens it signs.",
      es: 'La cabecera del JWT del ID token no incluye `kid` (el identificador de clave), y sin él Discord no sabe qué clave de tu JWKS debe verificar la firma. Configura el proveedor de identidad para que incluya `kid` en los tokens que firma.',
    },
  },
  {
    code: 560_000,
    name: 'Public key must be present',
    nameEs: 'Debe incluirse la clave pública',
    source: 'observed',
    description: {
      en: "The request was sent without the public key it requires. The community files this code under DAVE, Discord's end-to-end encryption protocol for audio and video, whose clients register public keys so others can verify them. Include the key and send the request again.",
      es: 'La solicitud se envió sin la clave pública que requiere. La comunidad clasifica este código en DAVE, el protocolo de cifrado de extremo a extremo de Discord para audio y vídeo, cuyos clientes registran claves públicas para que otros puedan verificarlas. Incluye la clave y vuelve a enviar la solicitud.',
    },
  },
  {
    code: 560_001,
    name: 'Public key was not in expected format',
    nameEs: 'La clave pública no tiene el formato esperado',
    source: 'observed',
    description: {
      en: 'A public key was sent, but its encoding or structure is not what Discord expects. Check how the key is serialized and encoded before it goes into the request; sending the same bytes again will fail again.',
      es: 'Se envió una clave pública, pero su codificación o su estructura no es la que espera Discord. Revisa cómo se serializa y codifica la clave antes de incluirla en la solicitud; enviar los mismos bytes volverá a fallar.',
    },
  },
  {
    code: 560_003,
    name: 'Public key self-signature was invalid',
    nameEs: 'La autofirma de la clave pública no es válida',
    source: 'observed',
    description: {
      en: 'The public key has to come with a signature made by its own private key, which proves the sender holds that key, and the signature did not verify. Sign again with the matching private key, or generate a new key pair.',
      es: 'La clave pública debe ir acompañada de una firma hecha con su propia clave privada, que demuestra que el remitente la posee, y esa firma no se pudo verificar. Vuelve a firmar con la clave privada correspondiente o genera un par de claves nuevo.',
    },
  },
  {
    code: 560_004,
    name: 'Public key is not unique',
    nameEs: 'La clave pública no es única',
    source: 'observed',
    description: {
      en: 'This public key is already registered, and Discord requires each one to be unique. Generate a new key pair instead of reusing an existing key.',
      es: 'Esta clave pública ya está registrada y Discord exige que cada una sea única. Genera un par de claves nuevo en lugar de reutilizar una clave existente.',
    },
  },
  {
    code: 560_006,
    name: 'Content inventory entry cannot be shared to this channel',
    nameEs: 'La entrada del inventario de contenido no se puede compartir en este canal',
    source: 'observed',
    description: {
      en: 'Content inventory entries are the activity items the official client shows, such as games played or music listened to. This entry cannot be shared into the chosen channel; pick another channel or leave it unshared. Although the community lists the code next to the DAVE errors, it has nothing to do with encryption.',
      es: 'Las entradas del inventario de contenido son los elementos de actividad que muestra el cliente oficial, como los juegos a los que se ha jugado o la música escuchada. Esta entrada no puede compartirse en el canal elegido; elige otro canal o no la compartas. Aunque la comunidad lo coloca junto a los errores de DAVE, no tiene nada que ver con el cifrado.',
    },
  },
  {
    code: 570_001,
    name: 'Channels linked to lobbies cannot be age-restricted',
    nameEs: 'Los canales vinculados a lobbies no pueden tener restricción de edad',
    source: 'observed',
    description: {
      en: 'A channel linked to a Social SDK lobby (the in-game group chat that can be mirrored in a Discord channel) cannot be marked age-restricted. Keep `nsfw` off on that channel, or unlink it from the lobby before restricting it.',
      es: 'Un canal vinculado a un lobby del Social SDK (el chat de grupo del juego que puede reflejarse en un canal de Discord) no puede marcarse con restricción de edad. Mantén `nsfw` desactivado en ese canal o desvincúlalo del lobby antes de restringirlo.',
    },
  },
  {
    code: 575_001,
    name: 'Image is too large. Please try a smaller file.',
    nameEs: 'La imagen es demasiado grande. Prueba con un archivo más pequeño.',
    source: 'observed',
    description: {
      en: 'The image for the voice hangout is bigger than Discord accepts. Resize or compress it and upload it again; the exact size limit is not documented.',
      es: 'La imagen para el espacio de voz (voice hangout) supera el tamaño que acepta Discord. Redúcela o comprímela y vuelve a subirla; el límite exacto no está documentado.',
    },
  },
  {
    code: 575_002,
    name: 'That image URL is not supported.',
    nameEs: 'No se admite esa URL de imagen',
    source: 'observed',
    description: {
      en: 'Discord will not fetch an image for the voice hangout from that URL. Use a direct link to the image file from a supported source, or upload the file instead.',
      es: 'Discord no descargará una imagen para el espacio de voz desde esa URL. Usa un enlace directo al archivo de imagen desde un origen admitido, o sube el archivo.',
    },
  },
  {
    code: 575_003,
    name: 'Could not download the image. Please try again.',
    nameEs: 'No se pudo descargar la imagen. Vuelve a intentarlo.',
    source: 'observed',
    description: {
      en: 'Discord accepted the URL but failed to download the image, perhaps because the host was slow or unreachable. Make sure the link works, then try again, as the message suggests.',
      es: 'Discord aceptó la URL, pero no pudo descargar la imagen, quizá porque el servidor de origen respondió lento o no estaba disponible. Comprueba que el enlace funcione y vuelve a intentarlo, como sugiere el mensaje.',
    },
  },
  {
    code: 575_004,
    name: 'That file is not a supported image format.',
    nameEs: 'Ese archivo no está en un formato de imagen admitido',
    source: 'observed',
    description: {
      en: 'The file is not in an image format Discord accepts here. Convert it to a common format such as PNG or JPEG and upload it again.',
      es: 'El archivo no está en un formato de imagen que Discord acepte aquí. Conviértelo a un formato habitual, como PNG o JPEG, y vuelve a subirlo.',
    },
  },
  {
    code: 590_001,
    name: 'Insufficient balance',
    nameEs: 'Saldo insuficiente',
    source: 'observed',
    description: {
      en: "The account does not have enough of Discord's virtual currency (such as Orbs) to pay for the item. The account needs a larger balance before the purchase can go through; a bot will not see this.",
      es: 'La cuenta no tiene suficiente moneda virtual de Discord (como los Orbs) para pagar el artículo. La cuenta necesita más saldo para que la compra pueda completarse; un bot no verá este error.',
    },
  },
  {
    code: 590_005,
    name: 'This SKU does not have a virtual currency price.',
    nameEs: 'Este SKU no tiene precio en moneda virtual',
    source: 'observed',
    description: {
      en: "The item (SKU) cannot be bought with Discord's virtual currency because it has no price in it. Pay for it with the regular payment flow instead.",
      es: 'El artículo (SKU) no se puede comprar con la moneda virtual de Discord porque no tiene precio en ella. Págalo con el proceso de pago habitual.',
    },
  },
  {
    code: 590_008,
    name: 'Something went wrong',
    nameEs: 'Algo salió mal',
    source: 'observed',
    description: {
      en: 'A generic failure in a virtual currency operation, with no further detail. Before retrying, check whether the balance or the purchase actually changed, so the same item is not paid for twice; if it keeps failing, contact Discord support.',
      es: 'Un fallo genérico en una operación con moneda virtual, sin más detalles. Antes de reintentar, comprueba si el saldo o la compra llegaron a cambiar, para no pagar dos veces el mismo artículo; si sigue fallando, contacta con el soporte de Discord.',
    },
  },
  {
    code: 590_009,
    name: 'The gift card has already been redeemed.',
    nameEs: 'La tarjeta regalo ya se ha canjeado',
    source: 'observed',
    description: {
      en: 'This gift card was already redeemed, by this account or another, and each card can be used only once. Check that the right code was entered.',
      es: 'Esta tarjeta regalo ya se canjeó, desde esta cuenta o desde otra, y cada tarjeta solo puede usarse una vez. Comprueba que se haya introducido el código correcto.',
    },
  },
  {
    code: 590_010,
    name: 'This item must be purchased with fiat currency.',
    nameEs: 'Este artículo debe comprarse con dinero real',
    source: 'observed',
    description: {
      en: "The item can only be paid for with real money, not with Discord's virtual currency. Use the regular checkout with a payment method.",
      es: 'El artículo solo puede pagarse con dinero real, no con la moneda virtual de Discord. Usa el proceso de pago normal con un método de pago.',
    },
  },
  {
    code: 620_000,
    name: 'Invalid token',
    nameEs: 'Token no válido',
    source: 'observed',
    description: {
      en: 'The token for reverting a recent account change (the one in the link Discord emails so the owner can undo an unrecognized change) is invalid or has expired. Request a new link, or get help from Discord support if the account has been taken over.',
      es: 'El token para revertir un cambio reciente en la cuenta (el del enlace que Discord envía por correo para que el titular deshaga un cambio que no reconoce) no es válido o ha caducado. Solicita un enlace nuevo o, si te han robado la cuenta, pide ayuda al soporte de Discord.',
    },
  },
  {
    code: 620_001,
    name: 'ACCOUNT_REVERT_EMAIL_ALREADY_TAKEN',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `ACCOUNT_REVERT_EMAIL_ALREADY_TAKEN` instead of a sentence. While reverting an account change, the email address to be restored is now used by another account, so the revert cannot put it back; Discord support has to sort it out.',
      es: 'Discord devuelve la constante interna `ACCOUNT_REVERT_EMAIL_ALREADY_TAKEN` en lugar de una frase. Al revertir un cambio en la cuenta, la dirección de correo que habría que restaurar ya la usa otra cuenta, por lo que la reversión no puede recuperarla; tendrá que resolverlo el soporte de Discord.',
    },
  },
  {
    code: 620_002,
    name: 'ACCOUNT_REVERT_ACCOUNT_NOT_FOUND',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `ACCOUNT_REVERT_ACCOUNT_NOT_FOUND` instead of a sentence. The account the revert link refers to could not be found, for example because it has been deleted; the link cannot be used.',
      es: 'Discord devuelve la constante interna `ACCOUNT_REVERT_ACCOUNT_NOT_FOUND` en lugar de una frase. No se encontró la cuenta a la que remite el enlace de reversión, por ejemplo porque se eliminó; el enlace no puede usarse.',
    },
  },
  {
    code: 630_001,
    name: 'Invalid search query',
    nameEs: 'Consulta de búsqueda no válida',
    source: 'observed',
    description: {
      en: 'Server Discovery rejected the search query as invalid. Check that the query is not empty and is sent in the expected parameter; the exact validation rules are not documented.',
      es: 'El descubrimiento de servidores rechazó la consulta de búsqueda por no ser válida. Comprueba que la consulta no esté vacía y que se envíe en el parámetro esperado; las reglas exactas de validación no están documentadas.',
    },
  },
  {
    code: 650_003,
    name: 'User does not have the necessary permission',
    nameEs: 'El usuario no tiene el permiso necesario',
    source: 'observed',
    description: {
      en: 'The user lacks the permission needed to apply a message potion, an experimental effect of the official client that can be applied to messages. Which permission is checked is not documented; bots are not involved.',
      es: 'El usuario no tiene el permiso necesario para aplicar una poción a un mensaje, un efecto experimental del cliente oficial que se aplica a los mensajes. No está documentado qué permiso se comprueba; los bots no intervienen.',
    },
  },
  {
    code: 660_001,
    name: 'Subscription is ineligible for this campaign',
    nameEs: 'La suscripción no cumple los requisitos de esta campaña',
    source: 'observed',
    description: {
      en: "The account's subscription does not qualify for this rewards campaign, for example because of its plan or how long it has been active. It concerns Nitro subscribers in the official client; nothing in the request can change it.",
      es: 'La suscripción de la cuenta no cumple los requisitos de esta campaña de recompensas, por ejemplo por su plan o por su antigüedad. Afecta a suscriptores de Nitro en el cliente oficial; nada en la solicitud puede cambiarlo.',
    },
  },
  {
    code: 670_001,
    name: 'Unable to find entitlement',
    nameEs: 'No se encuentra el entitlement',
    source: 'observed',
    description: {
      en: "The server perk entitlement the request refers to does not exist. These 670xxx codes belong to the system in which a guild spends its Boosts on individual perks (such as server tags or gradient role colors); check the entitlement's ID.",
      es: 'No existe el derecho (entitlement) de mejora de servidor al que remite la solicitud. Los códigos 670xxx pertenecen al sistema en el que un servidor invierte sus mejoras (Boosts) en ventajas concretas (como etiquetas de servidor o colores de rol degradados); revisa el ID del entitlement.',
    },
  },
  {
    code: 670_002,
    name: 'Cannot deactivate entitlement',
    nameEs: 'No se puede desactivar el entitlement',
    source: 'observed',
    description: {
      en: 'This server perk cannot be switched off at the moment. The response gives no reason; the perk stays active, and retrying the same request will not change that.',
      es: 'Esta ventaja del servidor no se puede desactivar en este momento. La respuesta no indica el motivo; la ventaja sigue activa, y reintentar la misma solicitud no lo cambiará.',
    },
  },
  {
    code: 670_003,
    name: 'Entitlement purchase limit reached',
    nameEs: 'Límite de compra del entitlement alcanzado',
    source: 'observed',
    description: {
      en: 'The guild already has as many of this perk as it is allowed. Deactivate one before activating another; the limit is not documented.',
      es: 'El servidor ya tiene el máximo permitido de esta ventaja. Desactiva una antes de activar otra; el límite no está documentado.',
    },
  },
  {
    code: 670_004,
    name: 'Dependent entitlement not found',
    nameEs: 'No se encontró el entitlement del que depende',
    source: 'observed',
    description: {
      en: 'This perk builds on another perk that the guild does not have active. Activate the required perk first, then try again.',
      es: 'Esta ventaja depende de otra que el servidor no tiene activa. Activa primero la ventaja necesaria y vuelve a intentarlo.',
    },
  },
  {
    code: 670_005,
    name: 'Insufficient boosts',
    nameEs: 'Mejoras insuficientes',
    source: 'observed',
    description: {
      en: 'The guild does not have enough unspent Boosts to unlock this perk. More members need to boost the guild, or Boosts have to be freed from another perk.',
      es: 'El servidor no tiene suficientes mejoras (Boosts) libres para desbloquear esta ventaja. Hace falta que más miembros mejoren el servidor o liberar mejoras de otra ventaja.',
    },
  },
  {
    code: 670_006,
    name: 'Missing guild feature',
    nameEs: 'Falta una función del servidor',
    source: 'observed',
    description: {
      en: "The guild lacks a feature (an entry in the guild's `features` list) that this action requires. Check `features` on the guild object; Discord grants those flags, usually through Boosts or perks, and the request cannot add them.",
      es: 'Al servidor le falta una función (una entrada en la lista `features` del servidor) que esta acción requiere. Revisa `features` en el objeto del servidor; esos indicadores los concede Discord, normalmente mediante mejoras o ventajas, y la solicitud no puede añadirlos.',
    },
  },
  {
    code: 670_007,
    name: 'Premium tier 3 override is active',
    nameEs: 'Está activa la asignación fija del nivel 3 de mejoras',
    source: 'observed',
    description: {
      en: 'The guild has a Boost level 3 override, meaning Discord grants it level 3 whatever its number of Boosts; going by the message, that is why this perk change is refused. There is nothing to fix in the request.',
      es: 'El servidor tiene asignado de forma fija el nivel 3 de mejoras: Discord se lo concede sea cual sea su número de mejoras y, según el mensaje, por eso se rechaza este cambio de ventajas. No hay nada que corregir en la solicitud.',
    },
  },
  {
    code: 670_008,
    name: 'Invalid role color',
    nameEs: 'Color de rol no válido',
    source: 'observed',
    description: {
      en: "The role color sent is not valid. Gradient and holographic role colors are a server perk (guild feature `ENHANCED_ROLE_COLORS`): if you set a role's `colors`, check that the guild has that feature and that the values follow Discord's rules, or fall back to a single solid color.",
      es: 'El color de rol enviado no es válido. Los colores de rol degradados y holográficos son una ventaja del servidor (función `ENHANCED_ROLE_COLORS`): si defines los `colors` de un rol, comprueba que el servidor tenga esa función y que los valores sigan las reglas de Discord, o recurre a un único color sólido.',
    },
  },
  {
    code: 680_009,
    name: 'This Application has been flagged for abusive behavior pending review, and is currently unable to be authorized to any additional servers or users.',
    nameEs:
      'Esta aplicación se ha marcado por comportamiento abusivo, pendiente de revisión, y por ahora no se puede autorizar en más servidores ni para más usuarios',
    source: 'observed',
    description: {
      en: 'Discord has flagged this application for abusive behavior and, while the review is pending, it cannot be added to any more guilds or authorized by any more users. Retrying will not help: the owner should check the Developer Portal and any message from Discord, and contact Discord if the flag seems mistaken.',
      es: 'Discord ha marcado esta aplicación por comportamiento abusivo y, mientras la revisión esté pendiente, no puede añadirse a más servidores ni recibir autorizaciones de más usuarios. Reintentar no servirá: el propietario debe revisar el portal de desarrolladores y los mensajes de Discord, y ponerse en contacto con Discord si cree que es un error.',
    },
  },
  {
    code: 690_001,
    name: 'Report not found',
    nameEs: 'No se encontró el reporte',
    source: 'observed',
    description: {
      en: 'The report the request refers to does not exist. The community lists this code with the server perk rewards, and what kind of report it covers is not documented; check the ID you are sending.',
      es: 'El reporte al que remite la solicitud no existe. La comunidad incluye este código entre las recompensas de ventajas de servidor, y no está documentado a qué tipo de reporte se refiere; revisa el ID que envías.',
    },
  },
  {
    code: 690_003,
    name: 'Too many server tag updates. Please try again later.',
    nameEs: 'Demasiados cambios en la etiqueta del servidor. Vuelve a intentarlo más tarde.',
    source: 'observed',
    description: {
      en: "The server tag (the short tag members can display next to their name, a perk enabled by the guild feature `GUILD_TAGS`) has been changed too often in a short time. Wait before changing it again; the cooldown's length is not documented.",
      es: 'La etiqueta del servidor (la etiqueta corta que los miembros pueden mostrar junto a su nombre, una ventaja que habilita la función `GUILD_TAGS`) se ha cambiado demasiadas veces en poco tiempo. Espera antes de volver a cambiarla; la duración del periodo de espera no está documentada.',
    },
  },
  {
    code: 690_008,
    name: 'Game server name is not allowed',
    nameEs: 'El nombre del servidor de juego no está permitido',
    source: 'observed',
    description: {
      en: 'The name chosen for the hosted game server, a server perk, was rejected, most likely by a content filter. Pick a different name.',
      es: 'Se rechazó el nombre elegido para el servidor de juego alojado, una ventaja del servidor, muy probablemente por un filtro de contenido. Elige otro nombre.',
    },
  },
  {
    code: 690_009,
    name: 'Game server region is not allowed',
    nameEs: 'La región del servidor de juego no está permitida',
    source: 'observed',
    description: {
      en: 'The region requested for the hosted game server is not one it can run in. Choose one of the regions offered for game server hosting.',
      es: 'La región solicitada para el servidor de juego alojado no es una en la que pueda funcionar. Elige una de las regiones que se ofrecen para alojar servidores de juego.',
    },
  },
  {
    code: 690_010,
    name: 'Game server cannot be deactivated during cooldown period',
    nameEs: 'El servidor de juego no se puede desactivar durante el periodo de espera',
    source: 'observed',
    description: {
      en: 'The hosted game server was changed recently and is still in a cooldown period during which it cannot be deactivated. Wait for the cooldown to end, then try again.',
      es: 'El servidor de juego alojado se modificó hace poco y sigue en un periodo de espera durante el que no puede desactivarse. Espera a que termine y vuelve a intentarlo.',
    },
  },
  {
    code: 690_015,
    name: 'Invalid SKU type for this operation',
    nameEs: 'Tipo de SKU no válido para esta operación',
    source: 'observed',
    description: {
      en: 'The SKU in the request is of a type this server perk operation does not handle. Check that you are passing the SKU of the right perk.',
      es: 'El SKU de la solicitud es de un tipo que esta operación de ventajas del servidor no admite. Comprueba que pasas el SKU de la ventaja correcta.',
    },
  },
  {
    code: 690_017,
    name: 'Invalid entitlement metadata',
    nameEs: 'Metadatos del entitlement no válidos',
    source: 'observed',
    description: {
      en: 'The extra settings sent with a server perk, such as the options of a hosted game server, are invalid or incomplete. Check them against what the perk expects and resend.',
      es: 'Los ajustes adicionales enviados con una ventaja del servidor, como las opciones de un servidor de juego alojado, no son válidos o están incompletos. Compáralos con lo que espera la ventaja y vuelve a enviarlos.',
    },
  },
  {
    code: 690_021,
    name: 'Server Themes are not enabled for this server.',
    nameEs: 'Los temas del servidor no están activados en este servidor',
    source: 'observed',
    description: {
      en: 'Server themes, a perk that customizes how the guild looks in the official client, are not available in this guild. The perk has to be unlocked first; the request cannot enable it.',
      es: 'Los temas del servidor, una ventaja que personaliza el aspecto del servidor en el cliente oficial, no están disponibles en este servidor. Primero hay que desbloquear la ventaja; la solicitud no puede activarla.',
    },
  },
  {
    code: 690_025,
    name: 'Game server hosting is not available',
    nameEs: 'El alojamiento de servidores de juego no está disponible',
    source: 'observed',
    description: {
      en: 'Game server hosting cannot be used here at the moment, whether because the feature is not offered to this guild or because the service is unavailable; the response does not say which. Try again later, and stop if it keeps failing.',
      es: 'El alojamiento de servidores de juego no puede usarse aquí por ahora, ya sea porque la función no está disponible para este servidor o porque el servicio no funciona; la respuesta no indica cuál de las dos. Vuelve a intentarlo más tarde y desiste si sigue fallando.',
    },
  },
  {
    code: 700_000,
    name: 'USER_GUILD_JOIN_LARGE_GUILD_UNDERAGE_DISALLOWED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `USER_GUILD_JOIN_LARGE_GUILD_UNDERAGE_DISALLOWED` instead of a sentence. Going by the name, the user is treated as underage and is not allowed to join a guild this large. It is a safety rule on the account; no request can get around it.',
      es: 'Discord devuelve la constante interna `USER_GUILD_JOIN_LARGE_GUILD_UNDERAGE_DISALLOWED` en lugar de una frase. A juzgar por el nombre, se considera que el usuario es menor de edad y no se le permite unirse a un servidor tan grande. Es una norma de seguridad que se aplica a la cuenta; ninguna solicitud puede sortearla.',
    },
  },
  {
    code: 710_000,
    name: 'Checkpoint not found',
    nameEs: 'No se encontró el Checkpoint',
    source: 'observed',
    description: {
      en: "There is no Checkpoint for this account. Checkpoint is Discord's end-of-year recap of a user's activity, shown in the official client for a limited time; outside that period, or for accounts that do not qualify, there is nothing to fetch.",
      es: 'Esta cuenta no tiene Checkpoint. Checkpoint es el resumen de fin de año que Discord hace de la actividad de cada usuario y que el cliente oficial muestra durante un tiempo limitado; fuera de ese periodo, o en cuentas que no cumplen los requisitos, no hay nada que obtener.',
    },
  },
  {
    code: 710_002,
    name: 'Sorry only humans get a checkpoint. Track your own stats! D:<',
    nameEs: 'Lo sentimos, solo los humanos tienen Checkpoint. ¡Lleva tus propias estadísticas! D:<',
    source: 'observed',
    description: {
      en: 'A bot account asked for its Checkpoint, the yearly activity recap, which Discord only produces for human users. The message is a joke, but the answer is final: a bot has none, so stop requesting it.',
      es: 'Una cuenta de bot pidió su Checkpoint, el resumen anual de actividad, que Discord solo genera para usuarios humanos. El mensaje es una broma, pero la respuesta es definitiva: un bot no tiene Checkpoint, de modo que deja de pedirlo.',
    },
  },
  {
    code: 710_003,
    name: 'One loot per person!',
    nameEs: '¡Un botín por persona!',
    source: 'observed',
    description: {
      en: 'The reward attached to Checkpoint has already been claimed by this account, and each person gets only one. Nothing to retry.',
      es: 'Esta cuenta ya reclamó la recompensa asociada al Checkpoint, y cada persona solo recibe una. No hay nada que reintentar.',
    },
  },
  {
    code: 730_000,
    name: 'Achievement already granted',
    nameEs: 'Logro ya concedido',
    source: 'observed',
    description: {
      en: 'The user already has this achievement from the linked game, so it cannot be granted again. Treat the response as success and do not send the grant again.',
      es: 'El usuario ya tiene este logro del juego vinculado y no puede concedérsele de nuevo. Trata la respuesta como un éxito y no vuelvas a enviar la concesión.',
    },
  },
  {
    code: 740_000,
    name: 'User has not linked their account with this application',
    nameEs: 'El usuario no ha vinculado su cuenta con esta aplicación',
    source: 'observed',
    description: {
      en: "The user has not linked their Discord account to this application, so the application cannot grant or look up rewards for them. Ask the user to link their account first (usually through the application's OAuth2 flow), then try again.",
      es: 'Mientras el usuario no vincule su cuenta de Discord con esta aplicación, la aplicación no puede concederle ni consultar recompensas. Pide al usuario que vincule primero su cuenta (normalmente con el flujo OAuth2 de la aplicación) y vuelve a intentarlo.',
    },
  },
  {
    code: 810_000,
    name: 'This connection provider is deprecated',
    nameEs: 'Este proveedor de conexiones está obsoleto',
    source: 'observed',
    description: {
      en: 'The service in the request is no longer supported as an account connection, so new connections to it cannot be made. Use another connection type; retrying will not bring it back.',
      es: 'El servicio de la solicitud ya no se admite como conexión de cuenta: no se pueden crear nuevas conexiones con él. Usa otro tipo de conexión; reintentar no lo recuperará.',
    },
  },
  {
    code: 5_250_001,
    name: 'Activity link not found',
    nameEs: 'No se encontró el enlace de actividad',
    source: 'observed',
    description: {
      en: 'The activity link the request refers to (a link that opens a Discord Activity) does not exist or has been removed. Check the link or its ID. It is the only seven-digit JSON error code recorded so far.',
      es: 'El enlace de actividad al que remite la solicitud (un enlace que abre una actividad de Discord) no existe o se ha eliminado. Revisa el enlace o su ID. Es el único código de error JSON de siete cifras registrado hasta ahora.',
    },
  },
] as const satisfies readonly DiscordJsonErrorEntry[];
