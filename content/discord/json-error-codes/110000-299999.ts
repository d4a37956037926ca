/**
 * Discord JSON error codes 110000–299999: the `code` in a JSON error body such as
 * `{"message": "…", "code": 160002}`. Covers pending resources, looking-for-group
 * listings, overloaded resources, join requests and Stages, replies, forwards and
 * threads, Lottie stickers, scheduled events, app verification, AutoMod, server
 * monetization, forum webhooks, the harmful links filter, Quests, console voice,
 * two-way account linking and Family Center. Most of these codes are not in Discord's
 * official table; they were observed in API responses and collected by the community
 * (docs.discord.food).
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 * @see https://docs.discord.food/topics/errors
 */
import type { DiscordJsonErrorEntry } from '../../../src/schema/entries.ts';

export const codes110000To299999 = [
  {
    code: 110_000,
    name: 'Index not yet available. Try again later',
    nameEs: 'Índice aún no disponible. Vuelve a intentarlo más tarde.',
    source: 'both',
    description: {
      en: 'Discord has not finished indexing the messages of this guild or channel, so the search cannot run yet. The response carries a `retry_after` in seconds (and sometimes `documents_indexed`, the progress so far): wait that long and repeat the same search.',
      es: 'La búsqueda aún no puede ejecutarse: Discord todavía no ha terminado de indexar los mensajes de este servidor o canal. La respuesta incluye un `retry_after` en segundos (y a veces `documents_indexed`, el progreso hasta el momento): espera ese tiempo y repite la misma búsqueda.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: 'It arrives with HTTP 202 Accepted, not with an error status. A client that only looks for 4xx or 5xx responses will take the body for an empty result set, so check every 202 from a search endpoint for `code` 110000.',
          es: 'Llega con un HTTP 202 Accepted, no con un estado de error. Un cliente que solo vigila las respuestas 4xx o 5xx tomará el cuerpo por una búsqueda sin resultados; revisa cada 202 de un endpoint de búsqueda por si trae el `code` 110000.',
        },
      },
    ],
  },
  {
    code: 110_001,
    name: 'Application not yet available. Try again later',
    nameEs: 'Aplicación aún no disponible. Vuelve a intentarlo más tarde.',
    source: 'both',
    description: {
      en: 'The application the request refers to is not available yet, so Discord cannot act on it. The one public report of this code ties it to game presence (showing what someone is playing) for an app package Discord did not recognize. The message presents it as temporary: try again later, spacing out attempts rather than retrying in a loop.',
      es: 'La aplicación a la que se refiere la solicitud todavía no está disponible y Discord no puede operar con ella. El único caso público de este código lo relaciona con la presencia de juego (mostrar a qué está jugando alguien) con un paquete de aplicación que Discord no reconocía. El mensaje lo presenta como algo temporal: vuelve a intentarlo más tarde, espaciando los intentos en lugar de reintentar en bucle.',
    },
  },
  {
    code: 120_000,
    name: 'LISTING_ALREADY_JOINED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `LISTING_ALREADY_JOINED` instead of a sentence: the account has already joined this looking-for-group (LFG) listing, so there is nothing left to do. LFG listings are a feature of the official client; a bot will not see this code.',
      es: 'Discord devuelve la constante interna `LISTING_ALREADY_JOINED` en lugar de una frase: la cuenta ya se unió a esta publicación de búsqueda de grupo (LFG, looking for group) y no queda nada por hacer. Las publicaciones LFG son una función del cliente oficial; un bot no verá este código.',
    },
  },
  {
    code: 120_001,
    name: 'LISTING_TOO_MANY_MEMBERS',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `LISTING_TOO_MANY_MEMBERS` instead of a sentence: the looking-for-group listing is already full and cannot take anyone else. Pick another listing or wait for a spot to open up.',
      es: 'Discord devuelve la constante interna `LISTING_TOO_MANY_MEMBERS` en lugar de una frase: la publicación de búsqueda de grupo ya está completa y no admite a nadie más. Elige otra publicación o espera a que quede una plaza libre.',
    },
  },
  {
    code: 120_002,
    name: 'LISTING_JOIN_BLOCKED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `LISTING_JOIN_BLOCKED` instead of a sentence: this account is not allowed to join the looking-for-group listing. The constant does not say why, and retrying will not change the answer.',
      es: 'Discord devuelve la constante interna `LISTING_JOIN_BLOCKED` en lugar de una frase: esta cuenta no tiene permitido unirse a la publicación de búsqueda de grupo. La constante no explica el motivo, y reintentar no cambiará la respuesta.',
    },
  },
  {
    code: 130_000,
    name: 'API resource is currently overloaded. Try again a little later',
    nameEs: 'El recurso de la API está sobrecargado. Vuelve a intentarlo un poco más tarde.',
    observedMessage: 'This resource is currently overloaded, and thus too busy to serve requests',
    source: 'both',
    description: {
      en: 'The Discord service behind this endpoint is overloaded at the moment; nothing is wrong with your request. Retry the same call after a pause, with exponential backoff and a cap on attempts. It has been reported, for example, while fetching message history.',
      es: 'El servicio de Discord que atiende este endpoint está sobrecargado en este momento; tu solicitud no tiene ningún problema. Repite la misma llamada tras una pausa, con backoff exponencial y un número máximo de intentos. Se ha visto, por ejemplo, al obtener el historial de mensajes.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's official table gives the message `API resource is currently overloaded. Try again a little later`; the community has recorded responses, also quoted in bug reports since 2019, that read `This resource is currently overloaded, and thus too busy to serve requests`. Match on the code, not on the text.",
          es: 'La tabla oficial de Discord da el mensaje `API resource is currently overloaded. Try again a little later`; la comunidad ha registrado respuestas, citadas también en informes de errores desde 2019, con el texto `This resource is currently overloaded, and thus too busy to serve requests`. Compara por el código, no por el texto.',
        },
      },
    ],
  },
  {
    code: 140_000,
    name: 'Maximum number of achievements reached (1000)',
    nameEs: 'Número máximo de logros alcanzado (1000)',
    source: 'observed',
    description: {
      en: "The application already has 1000 achievements, the most it can define. Achievements belong to Discord's legacy game SDK; delete the ones you no longer need before creating more.",
      es: 'La aplicación ya tiene 1000 logros, el máximo que puede definir. Los logros forman parte del antiguo SDK de juegos de Discord; elimina los que ya no necesites antes de crear otros.',
    },
  },
  {
    code: 150_001,
    name: 'Server does not pass partner requirements',
    nameEs: 'El servidor no cumple los requisitos de Partner',
    source: 'observed',
    description: {
      en: "The guild does not meet the requirements of the Discord Partner Program, so its partner application is refused. Check the program's current criteria before applying again; this concerns guild owners in the official client, not bots.",
      es: 'Se rechaza la solicitud del servidor porque no cumple los requisitos del Programa de Partners de Discord. Revisa los criterios vigentes del programa antes de volver a presentarla; afecta a los propietarios de servidores en el cliente oficial, no a los bots.',
    },
  },
  {
    code: 150_002,
    name: 'You must revoke your existing request to join before re-applying',
    nameEs: 'Debes retirar tu solicitud para unirte pendiente antes de volver a presentarla',
    source: 'observed',
    description: {
      en: 'The user already has a pending request to join this guild, which approves new members by hand, and only one can be open at a time. Withdraw the pending request first, then submit the new one.',
      es: 'El usuario ya tiene pendiente una solicitud para unirse a este servidor, que aprueba a los nuevos miembros manualmente, y solo puede haber una abierta a la vez. Retira primero la solicitud pendiente y después envía la nueva.',
    },
  },
  {
    code: 150_003,
    name: 'Cannot find a pending application for this user',
    nameEs: 'No se encuentra ninguna solicitud pendiente de este usuario',
    source: 'observed',
    description: {
      en: 'There is no pending join request from this user in the guild: it was never submitted, or it has already been approved, rejected or withdrawn. Reload the list of requests before acting on it.',
      es: 'No hay ninguna solicitud pendiente de este usuario para unirse al servidor: nunca llegó a enviarse o ya se aprobó, se rechazó o se retiró. Vuelve a cargar la lista de solicitudes antes de actuar sobre ella.',
    },
  },
  {
    code: 150_004,
    name: 'You already have a pending Partner application',
    nameEs: 'Ya tienes una solicitud de Partner pendiente',
    source: 'observed',
    description: {
      en: "A Partner Program application from this account is still under review, and only one may be open at a time. Wait for Discord's answer instead of applying again.",
      es: 'Hay una solicitud al Programa de Partners de esta cuenta que sigue en revisión, y solo puede haber una abierta a la vez. Espera la respuesta de Discord en lugar de volver a presentarla.',
    },
  },
  {
    code: 150_006,
    name: 'The Stage is already open',
    nameEs: 'El escenario ya está abierto',
    source: 'both',
    description: {
      en: 'The Stage channel already has a live Stage instance, so creating another one fails. Fetch the existing one (`GET /stage-instances/{channel.id}`) and modify it, or delete it before starting a new one.',
      es: 'El canal de escenario (Stage) ya tiene una instancia en directo y no se puede crear otra. Obtén la existente (`GET /stage-instances/{channel.id}`) y modifícala, o elimínala antes de iniciar una nueva.',
    },
  },
  {
    code: 150_008,
    name: 'You cannot acknowledge this join request',
    nameEs: 'No puedes marcar como vista esta solicitud para unirse',
    source: 'observed',
    description: {
      en: 'This account cannot acknowledge the join request, that is, mark its outcome as seen. The message gives no reason; the request may belong to someone else or not be in a state that can be acknowledged. Reload its status before trying again.',
      es: 'Esta cuenta no puede dar por vista (acknowledge) la solicitud para unirse, es decir, marcar su resultado como leído. El mensaje no da el motivo; puede que la solicitud sea de otra persona o que no esté en un estado que lo permita. Vuelve a consultar su estado antes de reintentar.',
    },
  },
  {
    code: 150_009,
    name: 'This user is already a member, join request is already closed',
    nameEs: 'Este usuario ya es miembro; la solicitud para unirse ya está cerrada',
    source: 'observed',
    description: {
      en: 'The applicant is already a member of the guild, so their join request was closed and can no longer be approved or rejected. Treat it as settled and drop it from your review queue.',
      es: 'El solicitante ya es miembro del servidor: su solicitud se cerró y ya no puede aprobarse ni rechazarse. Dala por resuelta y quítala de tu cola de revisión.',
    },
  },
  {
    code: 150_011,
    name: 'Server must raise verification level in order to perform this action',
    nameEs: 'El servidor debe subir su nivel de verificación para realizar esta acción',
    source: 'observed',
    description: {
      en: "The guild's verification level is too low for this action. Raise it (the guild's `verification_level`, under the guild's safety settings) and try again; the message does not say which level is needed.",
      es: 'El nivel de verificación del servidor es demasiado bajo para esta acción. Súbelo (el `verification_level` del servidor, en sus ajustes de seguridad) y vuelve a intentarlo; el mensaje no indica qué nivel hace falta.',
    },
  },
  {
    code: 150_016,
    name: 'Join request not found',
    nameEs: 'No se encontró la solicitud para unirse',
    source: 'observed',
    description: {
      en: "No join request with this ID exists in the guild, or it is no longer there. Check the ID and list the requests again. Approving or rejecting only works on requests in `SUBMITTED` status; Discord's documentation says a request the applicant has started but not submitted (`STARTED`) gets 404 Not Found.",
      es: 'No existe ninguna solicitud para unirse con este ID en el servidor, o ya no está. Comprueba el ID y vuelve a listar las solicitudes. Solo se pueden aprobar o rechazar solicitudes en estado `SUBMITTED`; según la documentación de Discord, una solicitud que el usuario ha empezado pero no ha enviado (`STARTED`) devuelve 404 Not Found.',
    },
  },
  {
    code: 150_018,
    name: 'You do not have permission to see this join request',
    nameEs: 'No tienes permiso para ver esta solicitud para unirse',
    source: 'observed',
    description: {
      en: "The account is not allowed to see this guild's join requests. For apps, Discord's documentation requires `KICK_MEMBERS` to receive the requests themselves (with only `MANAGE_GUILD` you get just the count of pending ones); grant that permission and try again.",
      es: 'La cuenta no tiene permiso para ver las solicitudes para unirse a este servidor. En el caso de las aplicaciones, la documentación de Discord exige `KICK_MEMBERS` para recibir las solicitudes en sí (con solo `MANAGE_GUILD` se obtiene únicamente el número de pendientes); concede ese permiso y vuelve a intentarlo.',
    },
  },
  {
    code: 150_019,
    name: 'You cannot create or join an interview for this join request.',
    nameEs: 'No puedes crear una entrevista de esta solicitud para unirse ni entrar en la que ya exista',
    source: 'observed',
    description: {
      en: 'No interview can be created or joined for this join request (an interview is the private conversation moderators can open with an applicant about their request). The message gives no reason: check that the request is still pending and that the account may review join requests in this guild.',
      es: 'No se puede crear una entrevista de esta solicitud para unirse ni entrar en la que ya exista. Una entrevista es la conversación privada que los moderadores pueden abrir con quien pide entrar en el servidor para hablar de su solicitud. El mensaje no da el motivo: comprueba que la solicitud siga pendiente y que la cuenta pueda revisar solicitudes en este servidor.',
    },
  },
  {
    code: 150_020,
    name: 'Join request interviews are not available for this guild.',
    nameEs: 'Las entrevistas de solicitudes para unirse no están disponibles en este servidor',
    source: 'observed',
    description: {
      en: 'This guild cannot use join request interviews, so there is no conversation to open with the applicant. Review the application without one, or get in touch with the applicant some other way.',
      es: 'Este servidor no puede usar entrevistas para las solicitudes para unirse; no hay conversación que abrir con el solicitante. Revisa la solicitud sin ella o contacta con el solicitante por otra vía.',
    },
  },
  {
    code: 150_022,
    name: 'Join request interview is full.',
    nameEs: 'La entrevista de la solicitud para unirse está completa',
    source: 'observed',
    description: {
      en: 'The interview conversation for this join request already has as many participants as it allows. Someone has to leave it before another moderator can join.',
      es: 'La conversación de entrevista de esta solicitud ya tiene el máximo de participantes que admite. Alguien tiene que salir antes de que pueda unirse otro moderador.',
    },
  },
  {
    code: 150_023,
    name: 'User is not eligible to join this server.',
    nameEs: 'El usuario no cumple los requisitos para unirse a este servidor',
    source: 'observed',
    description: {
      en: 'Discord will not let this user join the guild. The response does not say why, and neither retrying nor applying again will change it.',
      es: 'Discord no permite que este usuario se una al servidor. La respuesta no explica el motivo, y ni reintentar ni volver a presentar la solicitud lo cambiará.',
    },
  },
  {
    code: 150_024,
    name: 'You must wait another 7 day(s) before applying to this server again.',
    nameEs: 'Debes esperar otros 7 día(s) antes de volver a presentar una solicitud a este servidor',
    source: 'observed',
    description: {
      en: 'A waiting period applies after a previous application to this guild, and it has not run out; the message states how many days are left (7 in the recorded example). Apply again once it is over: submitting earlier fails the same way.',
      es: 'Tras una solicitud anterior a este servidor se aplica un plazo de espera que aún no ha terminado; el mensaje indica cuántos días faltan (7 en el ejemplo registrado). Vuelve a solicitarlo cuando acabe: enviarla antes falla igual.',
    },
  },
  {
    code: 150_027,
    name: 'User is not allowed to speak on stages',
    nameEs: 'El usuario no tiene permitido hablar en escenarios',
    source: 'observed',
    description: {
      en: "Discord refuses to let this user speak on Stages. The wording points to a restriction on the user, not on the channel's permissions, so inviting them to speak again will not help; leave them in the audience.",
      es: 'Discord no permite que este usuario hable en escenarios (Stages). La redacción apunta a una restricción sobre el usuario, no sobre los permisos del canal: volver a invitarlo a hablar no servirá; déjalo entre el público.',
    },
  },
  {
    code: 160_002,
    name: 'Cannot reply without permission to read message history',
    nameEs: 'No se puede responder sin permiso para leer el historial de mensajes',
    source: 'both',
    description: {
      en: "A reply (a message with `message_reference`) needs `READ_MESSAGE_HISTORY` in the channel, and the sender does not have it there. Grant it to the bot's role or through a channel permission overwrite, or send the message without `message_reference`; retrying unchanged fails the same way.",
      es: 'Una respuesta (un mensaje con `message_reference`) requiere el permiso `READ_MESSAGE_HISTORY` en el canal, y quien la envía no lo tiene allí. Concédeselo al rol del bot o mediante un permiso específico del canal, o envía el mensaje sin `message_reference`; reintentar sin cambios vuelve a fallar igual.',
    },
  },
  {
    code: 160_004,
    name: 'A thread has already been created for this message',
    nameEs: 'Ya se ha creado un hilo para este mensaje',
    source: 'both',
    description: {
      en: "Only one thread can be started from a given message, and this message already has one. A thread started from a message shares that message's ID, so fetch the channel with the message ID and use the existing thread (unarchiving it if needed) instead of creating another.",
      es: 'Solo se puede iniciar un hilo a partir de un mensaje, y este ya tiene uno. Como un hilo creado a partir de un mensaje comparte el ID de ese mensaje, obtén el canal con el ID del mensaje y usa el hilo existente (desarchivándolo si hace falta) en lugar de crear otro.',
    },
  },
  {
    code: 160_005,
    name: 'Thread is locked',
    nameEs: 'El hilo está bloqueado',
    source: 'both',
    description: {
      en: 'The thread has been locked, and only members with `MANAGE_THREADS` can unarchive a locked thread. Give the bot that permission in the parent channel, or have a moderator unlock the thread (`locked: false`) before trying again.',
      es: 'El hilo está bloqueado, y solo los miembros con `MANAGE_THREADS` pueden desarchivar un hilo bloqueado. Dale al bot ese permiso en el canal padre o pide a un moderador que desbloquee el hilo (`locked: false`) antes de volver a intentarlo.',
    },
  },
  {
    code: 160_006,
    name: 'Maximum number of active threads reached',
    nameEs: 'Número máximo de hilos activos alcanzado',
    source: 'both',
    description: {
      en: "The guild has reached its cap on active (unarchived) threads, counted across all of its channels. Discord's documentation does not give the number; developers commonly report 1,000. Archive threads you no longer need (`archived: true`), or wait for inactive ones to auto-archive, then try again.",
      es: 'El servidor ha alcanzado su tope de hilos activos (no archivados), contando todos sus canales. La documentación de Discord no da la cifra; los desarrolladores suelen citar 1000. Archiva los hilos que ya no necesites (`archived: true`) o espera a que los inactivos se archiven solos, y vuelve a intentarlo.',
    },
  },
  {
    code: 160_007,
    name: 'Maximum number of active announcement threads reached',
    nameEs: 'Número máximo de hilos de anuncios activos alcanzado',
    source: 'both',
    description: {
      en: 'Threads in announcement channels have a separate cap on how many can be active at once, and it has been reached. Discord does not publish its size; archive some threads in announcement channels before creating a new one.',
      es: 'Los hilos de los canales de anuncios tienen un tope propio de hilos activos a la vez, y se ha alcanzado. Discord no publica cuál es; archiva algunos hilos de canales de anuncios antes de crear uno nuevo.',
    },
  },
  {
    code: 160_008,
    name: 'Message could not be found',
    nameEs: 'No se encontró el mensaje',
    source: 'observed',
    description: {
      en: 'The message the request points to could not be found: it was deleted, the ID is wrong, or it sits in a channel the account cannot see. The code belongs with the reply and forward errors, so check the `message_id` and `channel_id` in `message_reference` first.',
      es: 'No se encontró el mensaje al que apunta la solicitud: se eliminó, el ID es incorrecto o está en un canal que la cuenta no puede ver. El código pertenece al grupo de errores de respuestas y reenvíos: revisa primero `message_id` y `channel_id` en `message_reference`.',
    },
  },
  {
    code: 160_009,
    name: 'Cannot reference a message without permission to read message history',
    nameEs: 'No se puede hacer referencia a un mensaje sin permiso para leer el historial de mensajes',
    source: 'observed',
    description: {
      en: 'Referencing a message, typically to forward it, requires `READ_MESSAGE_HISTORY` in the channel the original message is in, and the account lacks it there. Grant that permission in the source channel, or leave that message out.',
      es: 'Hacer referencia a un mensaje, normalmente para reenviarlo, requiere `READ_MESSAGE_HISTORY` en el canal donde está el mensaje original, y la cuenta no lo tiene allí. Concede ese permiso en el canal de origen o prescinde de ese mensaje.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Discord's official table did not list this code when this page was compiled, although discord-api-types already names it. A pull request documenting 160009 and 160010 has since been merged into discord/discord-api-docs (#8424).",
          es: 'La tabla oficial de Discord no incluía este código cuando se elaboró esta página, aunque discord-api-types ya le da nombre. Desde entonces se ha fusionado en discord/discord-api-docs una pull request que documenta el 160009 y el 160010 (#8424).',
        },
      },
    ],
  },
  {
    code: 160_010,
    name: 'NSFW channel message reference not allowed',
    nameEs: 'No se permite hacer referencia a mensajes de canales NSFW',
    source: 'observed',
    description: {
      en: 'The message being referenced, usually for a forward, is in an age-restricted (NSFW) channel, and Discord refuses the reference. Retrying will not help: choose a message from a channel that is not age-restricted, or share the content another way.',
      es: 'El mensaje al que se hace referencia, normalmente para reenviarlo, está en un canal con restricción de edad (NSFW), y Discord rechaza la referencia. Reintentar no sirve: elige un mensaje de un canal sin restricción de edad o comparte el contenido de otra forma.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: "Discord's official table did not list this code when this page was compiled, although discord-api-types already names it. A pull request documenting 160009 and 160010 has since been merged into discord/discord-api-docs (#8424).",
          es: 'La tabla oficial de Discord no incluía este código cuando se elaboró esta página, aunque discord-api-types ya le da nombre. Desde entonces se ha fusionado en discord/discord-api-docs una pull request que documenta el 160009 y el 160010 (#8424).',
        },
      },
    ],
  },
  {
    code: 160_011,
    name: 'Forward messages cannot have additional content',
    nameEs: 'Los mensajes reenviados no pueden tener contenido adicional',
    source: 'observed',
    description: {
      en: 'A forward (a `message_reference` with `type` 1, `FORWARD`) must carry nothing but the reference, and this request also sets fields of its own, such as `content`. Send the forward on its own and put any comment in a separate message.',
      es: 'Un reenvío (un `message_reference` con `type` 1, `FORWARD`) no puede llevar nada más que la referencia, y esta solicitud incluye además campos propios, como `content`. Envía el reenvío por separado y pon cualquier comentario en otro mensaje.',
    },
  },
  {
    code: 160_012,
    name: 'Forward message not allowed for monetised channel',
    nameEs: 'No se permite reenviar mensajes de un canal monetizado',
    source: 'observed',
    description: {
      en: "The message comes from a monetized channel, reserved for the guild's paying subscribers, and messages there cannot be forwarded. Leave it out; retrying will not help.",
      es: 'El mensaje procede de un canal monetizado, reservado a los suscriptores de pago del servidor, y los mensajes de esos canales no se pueden reenviar. Prescinde de él; reintentar no servirá.',
    },
  },
  {
    code: 160_014,
    name: 'You cannot forward a message whose content you cannot read',
    nameEs: 'No puedes reenviar un mensaje cuyo contenido no puedes leer',
    source: 'both',
    description: {
      en: "An app can only forward a message whose content it can read, and this one is hidden from it. Without the privileged `MESSAGE_CONTENT` intent, an app sees the content of its own messages, DMs and messages that mention it, and little else: enable the intent (verified apps need Discord's approval) or forward only messages you can read.",
      es: 'Una aplicación solo puede reenviar mensajes cuyo contenido puede leer, y este le está oculto. Sin el intent privilegiado `MESSAGE_CONTENT`, una aplicación ve el contenido de sus propios mensajes, de los MD y de los mensajes que la mencionan, y poco más: activa el intent (las aplicaciones verificadas necesitan la aprobación de Discord) o reenvía solo mensajes que puedas leer.',
    },
  },
  {
    code: 170_001,
    name: 'Invalid JSON for uploaded Lottie file',
    nameEs: 'JSON no válido en el archivo Lottie subido',
    source: 'both',
    description: {
      en: 'The uploaded Lottie sticker is not valid JSON, so Discord cannot read the animation. Re-export it from your animation tool and check that the file parses before uploading. Lottie stickers can only be uploaded to guilds with the `VERIFIED` or `PARTNERED` feature.',
      es: 'Discord no puede leer la animación: el sticker Lottie subido no es un JSON válido. Vuelve a exportarlo desde tu herramienta de animación y comprueba que el archivo se analiza sin errores antes de subirlo. Los stickers Lottie solo se pueden subir a servidores con la función `VERIFIED` o `PARTNERED`.',
    },
  },
  {
    code: 170_002,
    name: 'Uploaded Lotties cannot contain rasterized images such as PNG or JPEG',
    nameEs: 'Los Lottie subidos no pueden contener imágenes rasterizadas como PNG o JPEG',
    source: 'both',
    description: {
      en: 'The Lottie file embeds raster images such as PNG or JPEG, and Discord only accepts purely vector Lottie animations. Replace the embedded images with vector shapes, or upload the sticker as PNG or APNG instead.',
      es: 'El archivo Lottie incrusta imágenes rasterizadas, como PNG o JPEG, y Discord solo acepta animaciones Lottie puramente vectoriales. Sustituye esas imágenes por formas vectoriales o sube el sticker como PNG o APNG.',
    },
  },
  {
    code: 170_003,
    name: 'Sticker maximum framerate exceeded',
    nameEs: 'Se superó la tasa de fotogramas máxima del sticker',
    source: 'both',
    description: {
      en: "The sticker's animation runs at a higher frame rate than Discord allows. The message does not give the maximum; export the animation at a lower frame rate and upload it again.",
      es: 'La animación del sticker tiene una tasa de fotogramas superior a la que permite Discord. El mensaje no indica el máximo; exporta la animación con menos fotogramas por segundo y vuelve a subirla.',
    },
  },
  {
    code: 170_004,
    name: 'Sticker frame count exceeds maximum of 1000 frames',
    nameEs: 'El número de fotogramas del sticker supera el máximo de 1000',
    source: 'both',
    description: {
      en: "The sticker's animation has more than 1000 frames, the maximum. Lower the frame rate or shorten the animation, then upload it again.",
      es: 'La animación del sticker tiene más de 1000 fotogramas, el máximo permitido. Reduce la tasa de fotogramas o acorta la animación y vuelve a subirla.',
    },
  },
  {
    code: 170_005,
    name: 'Lottie animation maximum dimensions exceeded',
    nameEs: 'Se superaron las dimensiones máximas de la animación Lottie',
    observedMessage: 'Sticker maximum dimensions exceeded',
    source: 'both',
    description: {
      en: "The animation's canvas is larger than Discord allows for stickers; the official documentation states that uploaded stickers are limited to 320 × 320 pixels. Resize the animation and upload it again.",
      es: 'El lienzo de la animación es más grande de lo que Discord permite para los stickers; la documentación oficial indica que los stickers subidos están limitados a 320 × 320 píxeles. Cambia el tamaño de la animación y vuelve a subirla.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's official table gives `Lottie animation maximum dimensions exceeded`, while the community recorded the more general `Sticker maximum dimensions exceeded` for the same code. Either way, the fix is to reduce the sticker's dimensions.",
          es: 'La tabla oficial de Discord da `Lottie animation maximum dimensions exceeded`, mientras que la comunidad registró para el mismo código el mensaje más general `Sticker maximum dimensions exceeded`. En ambos casos, la solución es reducir las dimensiones del sticker.',
        },
      },
    ],
  },
  {
    code: 170_006,
    name: 'Sticker frame rate is either too small or too large',
    nameEs: 'La tasa de fotogramas del sticker es demasiado baja o demasiado alta',
    source: 'both',
    description: {
      en: "The sticker's frame rate falls outside the range Discord accepts, either too low or too high; the message does not state the bounds. Export the animation at a more conventional frame rate and try again.",
      es: 'La tasa de fotogramas del sticker está fuera del rango que acepta Discord, por debajo o por encima; el mensaje no indica los límites. Exporta la animación con una tasa de fotogramas más convencional y vuelve a intentarlo.',
    },
  },
  {
    code: 170_007,
    name: 'Sticker animation duration exceeds maximum of 5 seconds',
    nameEs: 'La duración de la animación del sticker supera el máximo de 5 segundos',
    source: 'both',
    description: {
      en: 'Animated stickers can last at most 5 seconds, and this one runs longer. Trim the animation or speed it up, then upload it again.',
      es: 'Los stickers animados pueden durar como máximo 5 segundos, y este dura más. Recorta la animación o acelérala y vuelve a subirla.',
    },
  },
  {
    code: 170_008,
    name: 'Poggermode has been temporarily disabled.',
    nameEs: 'Poggermode se ha desactivado temporalmente',
    source: 'observed',
    description: {
      en: 'Poggermode, a hidden just-for-fun mode of the official client that adds combo counters and effects while you type, has been switched off by Discord for the time being. There is nothing to fix on your side, and a bot will never see this code.',
      es: 'Poggermode, un modo oculto y puramente lúdico del cliente oficial que añade contadores de combos y efectos mientras escribes, está desactivado por Discord de forma temporal. No hay nada que corregir por tu parte, y un bot nunca verá este código.',
    },
  },
  {
    code: 180_000,
    name: 'Cannot update a finished event',
    nameEs: 'No se puede actualizar un evento finalizado',
    source: 'both',
    description: {
      en: 'Once a scheduled event is `COMPLETED` or `CANCELED`, it can no longer be modified. Create a new event instead of editing the old one.',
      es: 'Cuando un evento programado pasa a `COMPLETED` o `CANCELED`, ya no se puede modificar. Crea un evento nuevo en lugar de editar el anterior.',
    },
  },
  {
    code: 180_001,
    name: 'Exactly one guild_id query parameter is required',
    nameEs: 'Se requiere exactamente un parámetro de consulta guild_id',
    source: 'observed',
    description: {
      en: 'The request must carry exactly one `guild_id` query parameter, and it sent none or several. Make one request per guild, each with a single `guild_id`.',
      es: 'La solicitud debe llevar exactamente un parámetro de consulta `guild_id`, y no envió ninguno o envió varios. Haz una solicitud por servidor, cada una con un único `guild_id`.',
    },
  },
  {
    code: 180_002,
    name: 'Failed to create stage needed for stage event',
    nameEs: 'No se pudo crear el escenario necesario para el evento de escenario',
    source: 'both',
    description: {
      en: "Starting a Stage event requires Discord to open a Stage instance in the event's channel, and that failed. Check that the channel is still a Stage channel, that no Stage is already live there, and that the bot moderates it (`MANAGE_CHANNELS`, `MUTE_MEMBERS` and `MOVE_MEMBERS`), then try again.",
      es: 'Iniciar un evento de escenario (Stage) requiere que Discord abra una instancia de escenario en el canal del evento, y eso falló. Comprueba que el canal siga siendo un canal de escenario, que no haya ya uno en directo y que el bot sea moderador en él (`MANAGE_CHANNELS`, `MUTE_MEMBERS` y `MOVE_MEMBERS`), y vuelve a intentarlo.',
    },
  },
  {
    code: 180_003,
    name: 'You must join the server to take this action',
    nameEs: 'Debes unirte al servidor para realizar esta acción',
    source: 'observed',
    description: {
      en: 'Only members of the guild can do this with its events, for example marking themselves as interested. Join the guild first, then try again.',
      es: 'Solo los miembros del servidor pueden hacer esto con sus eventos, por ejemplo marcarse como interesados. Únete primero al servidor y vuelve a intentarlo.',
    },
  },
  {
    code: 180_004,
    name: 'This route requires a recurring event',
    nameEs: 'Esta ruta requiere un evento recurrente',
    source: 'observed',
    description: {
      en: 'This endpoint only works on recurring events, and the one you targeted has no `recurrence_rule`. Check the event ID, or add a recurrence rule to the event first.',
      es: 'Este endpoint solo funciona con eventos recurrentes, y el evento indicado no tiene `recurrence_rule`. Comprueba el ID del evento o añádele antes una regla de recurrencia.',
    },
  },
  {
    code: 180_005,
    name: 'Recurring event exceptions must have a modified event field from the event series',
    nameEs: 'Las excepciones de un evento recurrente deben modificar algún campo del evento de la serie',
    source: 'observed',
    description: {
      en: 'An exception, a change to a single occurrence of a recurring event, must actually modify at least one field inherited from the series, and this one changes nothing. Include the field you want to change for that occurrence, or drop the exception.',
      es: 'Una excepción, es decir, un cambio en una sola fecha de un evento recurrente, debe modificar al menos uno de los campos heredados de la serie, y esta no cambia nada. Incluye el campo que quieres cambiar para esa fecha o descarta la excepción.',
    },
  },
  {
    code: 180_006,
    name: 'Cannot RSVP to a finished event',
    nameEs: 'No puedes confirmar asistencia a un evento finalizado',
    source: 'observed',
    description: {
      en: 'The event has already ended, so nobody can mark themselves as interested in it anymore. There is nothing to retry; look for upcoming events instead.',
      es: 'El evento ya ha terminado y nadie puede marcarse como interesado. No hay nada que reintentar; busca próximos eventos.',
    },
  },
  {
    code: 181_000,
    name: 'We are temporarily not accepting Verified Server Applications while we tidy up things on our end.',
    nameEs:
      'No aceptamos temporalmente solicitudes de verificación de servidores mientras ponemos orden por nuestra parte',
    source: 'observed',
    description: {
      en: 'Discord has temporarily stopped accepting applications for Verified Server status while it reorganizes the process on its side. Nothing is wrong with your guild; apply again later.',
      es: 'Discord ha dejado de aceptar temporalmente solicitudes para la verificación de servidores mientras reorganiza el proceso por su parte. Tu servidor no tiene ningún problema; vuelve a solicitarlo más adelante.',
    },
  },
  {
    code: 190_001,
    name: 'All apps must have a privacy policy.',
    nameEs: 'Todas las aplicaciones deben tener una política de privacidad',
    source: 'observed',
    description: {
      en: "Verifying an app requires a link to its privacy policy, and this application has none. Add a Privacy Policy URL (`privacy_policy_url`) in the app's settings in the Developer Portal, then submit again.",
      es: 'Para verificar una aplicación hace falta un enlace a su política de privacidad, y esta no lo tiene. Añade la URL de la política de privacidad (`privacy_policy_url`) en los ajustes de la aplicación en el portal de desarrolladores y vuelve a enviarla.',
    },
  },
  {
    code: 190_002,
    name: 'All apps must have a Terms of Service.',
    nameEs: 'Todas las aplicaciones deben tener unas condiciones del servicio',
    source: 'observed',
    description: {
      en: 'Verifying an app requires a link to its Terms of Service, and this application has none. Add a Terms of Service URL (`terms_of_service_url`) in the Developer Portal, then submit again.',
      es: 'Para verificar una aplicación hace falta un enlace a sus condiciones del servicio, y esta no lo tiene. Añade la URL de las condiciones del servicio (`terms_of_service_url`) en el portal de desarrolladores y vuelve a enviarla.',
    },
  },
  {
    code: 190_003,
    name: 'This application is not currently in the minimum number of servers required for intent verification. Please try again once in 75 servers.',
    nameEs:
      'Esta aplicación no está en el número mínimo de servidores necesario para la verificación de intents. Vuelve a intentarlo cuando esté en 75 servidores.',
    source: 'observed',
    description: {
      en: 'Discord only reviews privileged intent requests once an app is in at least 75 guilds, and this one is in fewer. Apply again when it gets there; until then, an app in fewer than 100 guilds can simply switch privileged intents on in the Developer Portal, without review.',
      es: 'Discord solo revisa solicitudes de intents privilegiados cuando la aplicación está en al menos 75 servidores, y esta está en menos. Vuelve a solicitarlo cuando llegue a esa cifra; mientras tanto, una aplicación en menos de 100 servidores puede activar los intents privilegiados en el portal de desarrolladores sin revisión.',
    },
  },
  {
    code: 190_005,
    name: 'No official server found',
    nameEs: 'No se encontró ningún servidor oficial',
    source: 'observed',
    description: {
      en: "This verification step needs an official guild, the guild linked to the application, and Discord found none. Link the app's official guild in the Developer Portal, then try again.",
      es: 'Este paso de la verificación necesita un servidor oficial, el servidor vinculado a la aplicación, y Discord no encontró ninguno. Vincula el servidor oficial de la aplicación en el portal de desarrolladores y vuelve a intentarlo.',
    },
  },
  {
    code: 190_006,
    name: 'Multiple official servers found',
    nameEs: 'Se encontraron varios servidores oficiales',
    source: 'observed',
    description: {
      en: "Discord found more than one guild marked as the application's official guild and cannot tell which one counts. Keep a single official guild linked and try again.",
      es: 'Discord encontró más de un servidor marcado como servidor oficial de la aplicación y no sabe cuál tener en cuenta. Deja vinculado un único servidor oficial y vuelve a intentarlo.',
    },
  },
  {
    code: 190_008,
    name: 'Official server owner not on team',
    nameEs: 'El propietario del servidor oficial no está en el equipo',
    source: 'observed',
    description: {
      en: "The owner of the application's official guild must belong to the team that owns the application, and they do not. Add them to the team in the Developer Portal, or link a guild owned by a team member.",
      es: 'El propietario del servidor oficial de la aplicación debe pertenecer al equipo propietario de la aplicación, y no es así. Añádelo al equipo en el portal de desarrolladores o vincula un servidor cuyo propietario sea miembro del equipo.',
    },
  },
  {
    code: 190_009,
    name: 'Official server owner two-factor authentication not enabled',
    nameEs: 'El propietario del servidor oficial no tiene activada la autenticación de dos factores',
    source: 'observed',
    description: {
      en: "The owner of the application's official guild has not enabled two-factor authentication. They need to turn it on in their User Settings before the verification can go ahead.",
      es: 'El propietario del servidor oficial de la aplicación no tiene activada la autenticación de dos factores. Debe activarla en sus ajustes de usuario antes de que la verificación pueda continuar.',
    },
  },
  {
    code: 190_015,
    name: 'You cannot request a retry or to resend the verification code if you are providing a verification code',
    nameEs:
      'No puedes pedir un reintento ni el reenvío del código de verificación si estás enviando un código de verificación',
    source: 'observed',
    description: {
      en: 'The request both submits a verification code and asks for a retry or a new code, which Discord does not allow together. Either send the code you have, or request a new one in a separate call.',
      es: 'La solicitud envía un código de verificación y a la vez pide reintentar o reenviar el código, algo que Discord no admite en la misma llamada. Envía el código que tienes o pide uno nuevo en una llamada aparte.',
    },
  },
  {
    code: 190_016,
    name: 'Unknown application game claim',
    nameEs: 'Reclamación de juego de la aplicación desconocida',
    source: 'observed',
    description: {
      en: "The game claim, the request to be recognized as a game's developer through this application, does not exist or is not visible to this account. Check the claim's ID, or start a new claim.",
      es: 'La reclamación de juego, la solicitud para que se reconozca a través de esta aplicación que eres el desarrollador de un juego, no existe o esta cuenta no puede verla. Revisa el ID de la reclamación o inicia una nueva.',
    },
  },
  {
    code: 190_018,
    name: 'You must provide your full name and business email when verifying a game claim',
    nameEs: 'Debes indicar tu nombre completo y un correo profesional al verificar una reclamación de juego',
    source: 'observed',
    description: {
      en: 'Verifying a game claim requires your full name and a business email address, and at least one of them is missing. Provide both and submit again.',
      es: 'Para verificar una reclamación de juego hacen falta tu nombre completo y una dirección de correo profesional, y falta al menos uno de los dos. Indica ambos y vuelve a enviarla.',
    },
  },
  {
    code: 200_000,
    name: 'Message was blocked by automatic moderation',
    nameEs: 'La moderación automática bloqueó el mensaje',
    observedMessage:
      "This can't be posted because it contains content blocked by this community. This may also be viewed by the community owners.",
    source: 'both',
    description: {
      en: "An AutoMod rule in the guild blocked the message: its content matched a rule with a `BLOCK_MESSAGE` action. Sending the same text again fails the same way; change the content, or ask the guild's admins to adjust the rule or to exempt the bot's role or the channel (`exempt_roles`, `exempt_channels`).",
      es: 'Una regla de AutoMod del servidor bloqueó el mensaje: su contenido coincidió con una regla que tiene la acción `BLOCK_MESSAGE`. Volver a enviar el mismo texto falla igual; cambia el contenido o pide a los administradores del servidor que ajusten la regla o que eximan al rol del bot o al canal (`exempt_roles`, `exempt_channels`).',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's official table gives the message `Message was blocked by automatic moderation`. The community recorded this code with the text the official client shows the member instead: `This can't be posted because it contains content blocked by this community. This may also be viewed by the community owners.` Match on the code, not on either text.",
          es: "La tabla oficial de Discord da el mensaje `Message was blocked by automatic moderation`. La comunidad registró este código con el texto que el cliente oficial muestra al miembro: `This can't be posted because it contains content blocked by this community. This may also be viewed by the community owners.` Compara por el código, no por ninguno de los dos textos.",
        },
      },
    ],
  },
  {
    code: 200_001,
    name: 'Title was blocked by automatic moderation',
    nameEs: 'La moderación automática bloqueó el título',
    observedMessage:
      "This can't be sent because it contains content blocked by this community. Please revise and try again.",
    source: 'both',
    description: {
      en: "An AutoMod rule in the guild blocked the title you sent, such as the name of a thread or forum post. Choose a different title, or ask the guild's admins to adjust the rule; retrying with the same title fails again.",
      es: 'Una regla de AutoMod del servidor bloqueó el título que enviaste, como el nombre de un hilo o de una publicación de un foro. Elige otro título o pide a los administradores del servidor que ajusten la regla; reintentar con el mismo título vuelve a fallar.',
    },
    notes: [
      {
        kind: 'disagreement',
        text: {
          en: "Discord's official table gives the message `Title was blocked by automatic moderation`. The community recorded the user-facing text instead: `This can't be sent because it contains content blocked by this community. Please revise and try again.` Match on the code.",
          es: "La tabla oficial de Discord da el mensaje `Title was blocked by automatic moderation`. La comunidad registró en su lugar el texto que se muestra al usuario: `This can't be sent because it contains content blocked by this community. Please revise and try again.` Compara por el código.",
        },
      },
    ],
  },
  {
    code: 200_002,
    name: 'Regex validation service unavailable. Please try again later.',
    nameEs: 'Servicio de validación de expresiones regulares no disponible. Vuelve a intentarlo más tarde.',
    source: 'observed',
    description: {
      en: 'Discord checks the `regex_patterns` of an AutoMod rule with a validation service, and that service is unavailable right now. Your patterns may be perfectly fine: retry creating or updating the rule later, with backoff.',
      es: 'Discord valida los `regex_patterns` de una regla de AutoMod con un servicio aparte, y ese servicio no está disponible en este momento. Puede que tus patrones sean correctos: vuelve a crear o actualizar la regla más tarde, con backoff.',
    },
  },
  {
    code: 200_005,
    name: 'You cannot join this server because your username contains content blocked by this server.',
    nameEs:
      'No puedes unirte a este servidor porque tu nombre de usuario contiene contenido bloqueado por el servidor',
    source: 'observed',
    description: {
      en: "The guild uses AutoMod to block certain words in member profiles, and the user's name matches, so Discord refuses the join. The user has to change their name before joining; this concerns user accounts joining from the official client.",
      es: 'El servidor usa AutoMod para bloquear ciertas palabras en los perfiles de los miembros, y el nombre del usuario coincide con una de ellas: Discord rechaza la entrada. El usuario tiene que cambiar su nombre antes de unirse; afecta a cuentas de usuario que se unen desde el cliente oficial.',
    },
  },
  {
    code: 210_000,
    name: 'Monetization request has not been approved yet',
    nameEs: 'La solicitud de monetización aún no se ha aprobado',
    source: 'observed',
    description: {
      en: "The guild's request to enable monetization (server subscriptions and the Server Shop) has not been approved yet, so this step is not available. Wait for Discord's review to finish; this concerns guild owners in the official client, not bots.",
      es: 'La solicitud del servidor para activar la monetización (suscripciones al servidor y Tienda del servidor) todavía no está aprobada; hasta entonces, este paso no está disponible. Espera a que Discord termine la revisión; afecta a los propietarios de servidores en el cliente oficial, no a los bots.',
    },
  },
  {
    code: 210_001,
    name: 'The terms for monetization request have already been acked',
    nameEs: 'Ya se aceptaron las condiciones de la solicitud de monetización',
    source: 'observed',
    description: {
      en: 'The monetization terms for this request were already accepted, so there is nothing to accept again. Carry on with the next step of the setup.',
      es: 'Las condiciones de monetización de esta solicitud ya se aceptaron: no hay nada que volver a aceptar. Continúa con el siguiente paso de la configuración.',
    },
  },
  {
    code: 210_002,
    name: 'Cannot access application',
    nameEs: 'No se puede acceder a la solicitud',
    source: 'observed',
    description: {
      en: "The account cannot access the application the request refers to; in this group of codes, that is most likely the guild's monetization application. Check that you are acting on the right guild and that the account is allowed to manage its monetization.",
      es: 'La cuenta no puede acceder a la solicitud (application) indicada; en este grupo de códigos, lo más probable es que sea la solicitud de monetización del servidor. Comprueba que actúas sobre el servidor correcto y que la cuenta puede gestionar su monetización.',
    },
  },
  {
    code: 210_003,
    name: 'The terms for monetisation have not been accepted',
    nameEs: 'No se han aceptado las condiciones de monetización',
    source: 'observed',
    description: {
      en: "This step requires the monetization terms to be accepted, and they have not been yet. The guild owner has to accept them in the guild's monetization settings first.",
      es: 'Este paso exige haber aceptado las condiciones de monetización, y todavía no se han aceptado. El propietario del servidor tiene que aceptarlas antes en los ajustes de monetización del servidor.',
    },
  },
  {
    code: 210_011,
    name: 'TWO_FA_NOT_ENABLED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `TWO_FA_NOT_ENABLED` instead of a sentence: the account managing the guild's monetization does not have two-factor authentication enabled. Turn on 2FA in User Settings and try again.",
      es: 'Discord devuelve la constante interna `TWO_FA_NOT_ENABLED` en lugar de una frase: la cuenta que gestiona la monetización del servidor no tiene activada la autenticación de dos factores. Activa la 2FA en los ajustes de usuario y vuelve a intentarlo.',
    },
  },
  {
    code: 210_019,
    name: 'Your monetization requirements are in an unexpected state. Please contact support.',
    nameEs: 'Tus requisitos de monetización están en un estado inesperado. Contacta con el soporte.',
    source: 'observed',
    description: {
      en: "Discord's record of the guild's monetization requirements is in a state it did not expect, and nothing in the settings can fix that. As the message says, contact Discord support.",
      es: 'El registro que tiene Discord de los requisitos de monetización del servidor está en un estado inesperado, y nada en los ajustes puede arreglarlo. Como indica el mensaje, contacta con el soporte de Discord.',
    },
  },
  {
    code: 210_020,
    name: 'You are running old code. Please restart your app.',
    nameEs: 'Estás ejecutando código antiguo. Reinicia la aplicación.',
    source: 'observed',
    description: {
      en: 'Discord is telling the official client that it runs outdated code for this monetization feature. Restart or update the app and try again; bots never see this code.',
      es: 'Discord le indica al cliente oficial que está ejecutando código desactualizado para esta función de monetización. Reinicia o actualiza la aplicación y vuelve a intentarlo; los bots nunca ven este código.',
    },
  },
  {
    code: 210_021,
    name: 'Cannot publish a product without a benefit',
    nameEs: 'No se puede publicar un producto sin ninguna ventaja',
    source: 'observed',
    description: {
      en: 'A server subscription tier or Server Shop product must offer at least one benefit before it can be published, and this one has none. Add a benefit, such as a role or access to a channel, and publish again.',
      es: 'Un nivel de suscripción al servidor o un producto de la Tienda del servidor debe ofrecer al menos una ventaja antes de publicarse, y este no tiene ninguna. Añade una, como un rol o el acceso a un canal, y vuelve a publicarlo.',
    },
  },
  {
    code: 210_026,
    name: 'CREATOR_MONETIZATION_PAYMENT_TEAM_REQUIRED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `CREATOR_MONETIZATION_PAYMENT_TEAM_REQUIRED` instead of a sentence: creator monetization needs a team to receive payments, and none is set up. Create the team the monetization setup asks for, complete its payout details and try again.',
      es: 'Discord devuelve la constante interna `CREATOR_MONETIZATION_PAYMENT_TEAM_REQUIRED` en lugar de una frase: la monetización para creadores necesita un equipo que reciba los pagos, y no hay ninguno configurado. Crea el equipo que pide la configuración de la monetización, completa sus datos de cobro y vuelve a intentarlo.',
    },
  },
  {
    code: 210_027,
    name: 'Must complete setup and verification of payment account',
    nameEs: 'Debes completar la configuración y la verificación de la cuenta de pagos',
    source: 'observed',
    description: {
      en: 'Payouts require a payment account that is fully set up and verified, and this one is not. Finish the account setup and identity verification in the payout settings, then continue.',
      es: 'Para cobrar hace falta una cuenta de pagos completamente configurada y verificada, y esta no lo está. Termina la configuración y la verificación de identidad en los ajustes de cobro y después continúa.',
    },
  },
  {
    code: 210_028,
    name: 'Payout account is not located in a currently-supported country',
    nameEs: 'La cuenta de cobro no está en un país admitido actualmente',
    source: 'observed',
    description: {
      en: "The payout account is based in a country where Discord does not currently support creator payouts. Monetization cannot go ahead with this account; check Discord's list of supported countries.",
      es: 'La cuenta de cobro está en un país donde Discord no admite actualmente los pagos a creadores. La monetización no puede seguir adelante con esta cuenta; consulta la lista de países admitidos por Discord.',
    },
  },
  {
    code: 220_001,
    name: 'Webhooks posted to forum channels must have a thread_name or thread_id',
    nameEs: 'Los webhooks publicados en canales de foro deben tener un thread_name o un thread_id',
    source: 'both',
    description: {
      en: 'A webhook in a forum channel must say where its message goes: `thread_id` (a query parameter) to post in an existing post, or `thread_name` to create a new one. Add one of the two to the request.',
      es: 'Un webhook de un canal de foro tiene que indicar adónde va su mensaje: `thread_id` (parámetro de consulta) para escribir en una publicación existente, o `thread_name` para crear una nueva. Añade uno de los dos a la solicitud.',
    },
  },
  {
    code: 220_002,
    name: 'Webhooks posted to forum channels cannot have both a thread_name and thread_id',
    nameEs: 'Los webhooks publicados en canales de foro no pueden tener a la vez thread_name y thread_id',
    source: 'both',
    description: {
      en: 'The request sets both `thread_name` and `thread_id`, which contradict each other: one creates a new forum post, the other writes into an existing one. Keep only the one you mean.',
      es: 'La solicitud incluye a la vez `thread_name` y `thread_id`, que se contradicen: uno crea una publicación nueva en el foro y el otro escribe en una existente. Deja solo el que necesites.',
    },
  },
  {
    code: 220_003,
    name: 'Webhooks can only create threads in forum channels',
    nameEs: 'Los webhooks solo pueden crear hilos en canales de foro',
    source: 'both',
    description: {
      en: "`thread_name` only creates a thread when the webhook's channel is a forum (the official docs also allow media channels), and this webhook belongs to another kind of channel. Remove `thread_name`; to post in an existing thread of a text channel, pass its ID as `thread_id` instead.",
      es: '`thread_name` solo crea un hilo cuando el canal del webhook es un foro (la documentación oficial admite también los canales multimedia), y este webhook pertenece a otro tipo de canal. Quita `thread_name`; para escribir en un hilo existente de un canal de texto, pasa su ID en `thread_id`.',
    },
  },
  {
    code: 220_004,
    name: 'Webhook services cannot be used in forum channels',
    nameEs: 'Los servicios de webhook no se pueden usar en canales de foro',
    source: 'both',
    description: {
      en: 'The GitHub- and Slack-compatible webhook endpoints (`/github` and `/slack`) cannot post to forum channels, even with a `thread_id`. Use a webhook in a text channel for them, or relay the events yourself through the regular execute endpoint.',
      es: 'Los endpoints de webhook compatibles con GitHub y Slack (`/github` y `/slack`) no pueden publicar en canales de foro, ni siquiera con un `thread_id`. Usa para ellos un webhook de un canal de texto o reenvía tú mismo los eventos mediante el endpoint normal de ejecución.',
    },
  },
  {
    code: 230_000,
    name: 'Items in this channel cannot be featured',
    nameEs: 'Los elementos de este canal no se pueden destacar',
    source: 'observed',
    description: {
      en: "Content from this channel cannot be featured in the guild's Home, where moderators highlight messages and posts for members. The message gives no reason; feature items from a different channel.",
      es: 'El contenido de este canal no puede destacarse en el Inicio (Home) del servidor, donde los moderadores resaltan mensajes y publicaciones para los miembros. El mensaje no da el motivo; destaca elementos de otro canal.',
    },
  },
  {
    code: 240_000,
    name: 'Message blocked by harmful links filter',
    nameEs: 'Mensaje bloqueado por el filtro de enlaces dañinos',
    source: 'both',
    description: {
      en: "Discord's harmful links filter blocked the message because it contains a link Discord considers dangerous, such as malware or phishing. Remove or replace the link; sending the same message again will be blocked again.",
      es: 'El filtro de enlaces dañinos de Discord bloqueó el mensaje porque contiene un enlace que Discord considera peligroso, como malware o phishing. Quita o sustituye el enlace; si vuelves a enviar el mismo mensaje, se bloqueará otra vez.',
    },
  },
  {
    code: 260_000,
    name: 'User is not enrolled in the given quest',
    nameEs: 'El usuario no está inscrito en la misión indicada',
    source: 'observed',
    description: {
      en: 'The account has not accepted this Quest, so it cannot make progress on it or claim its reward. Accept the Quest first. Quests are sponsored tasks in the official client that reward users; a bot will not see the 260xxx codes.',
      es: 'Mientras la cuenta no acepte esta misión (Quest), no puede avanzar en ella ni reclamar su recompensa. Acepta primero la misión. Las misiones son tareas patrocinadas del cliente oficial que recompensan a los usuarios; un bot no verá los códigos 260xxx.',
    },
  },
  {
    code: 260_001,
    name: 'User has not completed the given drop',
    nameEs: 'El usuario no ha completado el drop indicado',
    source: 'observed',
    description: {
      en: "The reward of a drop, Discord's earlier program of rewards for playing games, is only released once the drop is completed, and this account has not finished it. Complete it before claiming.",
      es: 'La recompensa de un drop, el programa anterior de Discord que premiaba jugar a ciertos juegos, solo se libera al completarlo, y esta cuenta no lo ha terminado. Complétalo antes de reclamarla.',
    },
  },
  {
    code: 260_002,
    name: 'Unable to claim code for the given quest',
    nameEs: 'No se pudo reclamar el código de la misión indicada',
    source: 'observed',
    description: {
      en: 'Discord could not hand out a reward code for this Quest. The message gives no reason: check that the Quest is complete and still running, then try again later.',
      es: 'Discord no pudo entregar un código de recompensa para esta misión. El mensaje no da el motivo: comprueba que la misión esté completada y siga activa, y vuelve a intentarlo más tarde.',
    },
  },
  {
    code: 260_003,
    name: 'User has already claimed code for the given drop',
    nameEs: 'El usuario ya reclamó el código del drop indicado',
    source: 'observed',
    description: {
      en: "This account has already claimed the reward code for this drop, and each account gets it only once. Look for the code in the account's Gift Inventory instead of claiming it again.",
      es: 'Esta cuenta ya reclamó el código de recompensa de este drop, y cada cuenta solo lo recibe una vez. Busca el código en el inventario de regalos de la cuenta en lugar de volver a reclamarlo.',
    },
  },
  {
    code: 260_004,
    name: 'Quest does not support codes for this platform',
    nameEs: 'La misión no admite códigos para esta plataforma',
    source: 'observed',
    description: {
      en: 'The Quest offers no reward code for the platform you chose, such as a particular console or PC. Pick one of the platforms the Quest supports.',
      es: 'La misión no ofrece código de recompensa para la plataforma que elegiste, como una consola concreta o el PC. Elige una de las plataformas que admite la misión.',
    },
  },
  {
    code: 260_008,
    name: 'Unknown quest',
    nameEs: 'Misión desconocida',
    source: 'observed',
    description: {
      en: 'No Quest with this ID exists, or it is not available to this account. Check the ID; Quests come and go, so refresh the list before trying again.',
      es: 'No existe ninguna misión con este ID o no está disponible para esta cuenta. Comprueba el ID; las misiones aparecen y desaparecen, así que actualiza la lista antes de volver a intentarlo.',
    },
  },
  {
    code: 260_010,
    name: 'User has already claimed a reward for the given quest',
    nameEs: 'El usuario ya reclamó una recompensa de la misión indicada',
    source: 'observed',
    description: {
      en: "This account has already claimed the reward for this Quest, and it can only be claimed once. The reward should be in the account's Gift Inventory.",
      es: 'Esta cuenta ya reclamó la recompensa de esta misión, y solo puede reclamarse una vez. La recompensa debería estar en el inventario de regalos de la cuenta.',
    },
  },
  {
    code: 260_012,
    name: 'User is not a previewer for the quest',
    nameEs: 'El usuario no tiene acceso anticipado a la misión',
    source: 'observed',
    description: {
      en: 'The Quest is still in preview, open only to accounts with preview access, and this account is not one of them. Wait until the Quest is released to everyone.',
      es: 'La misión todavía está en vista previa, abierta solo a las cuentas con acceso anticipado, y esta no es una de ellas. Espera a que la misión se publique para todos.',
    },
  },
  {
    code: 260_013,
    name: 'Upload link is invalid or expired',
    nameEs: 'El enlace de subida no es válido o ha caducado',
    source: 'observed',
    description: {
      en: 'The upload link used for this Quest is invalid or has expired. Request a new link and use it promptly.',
      es: 'El enlace de subida usado para esta misión no es válido o ha caducado. Pide un enlace nuevo y úsalo cuanto antes.',
    },
  },
  {
    code: 260_015,
    name: 'Upload link code is malformed',
    nameEs: 'El código del enlace de subida está mal formado',
    source: 'observed',
    description: {
      en: 'The code inside the upload link is malformed, for example because the link was cut short or altered when copied. Copy the full link again, or request a new one.',
      es: 'El código incluido en el enlace de subida está mal formado, por ejemplo porque el enlace se cortó o se alteró al copiarlo. Vuelve a copiar el enlace completo o pide uno nuevo.',
    },
  },
  {
    code: 260_017,
    name: 'Quest has expired',
    nameEs: 'La misión ha caducado',
    source: 'observed',
    description: {
      en: 'The Quest has ended and no longer accepts this action. There is nothing to retry; look for a current Quest instead.',
      es: 'La misión ha terminado y ya no admite esta acción. No hay nada que reintentar; busca una misión vigente.',
    },
  },
  {
    code: 260_018,
    name: 'User is not eligible for bounties',
    nameEs: 'El usuario no cumple los requisitos para los bounties',
    source: 'observed',
    description: {
      en: 'This account is not eligible for bounties, one of the reward programs of Quests. The response does not say why, and retrying will not change it.',
      es: 'Esta cuenta no cumple los requisitos para las recompensas de tipo bounty, uno de los programas de recompensas de las misiones. La respuesta no explica el motivo, y reintentar no lo cambiará.',
    },
  },
  {
    code: 260_019,
    name: 'Looks like you already claimed the reward for this bounty recently. Please refresh your client and try again later.',
    nameEs:
      'Parece que ya reclamaste hace poco la recompensa de este bounty. Actualiza el cliente y vuelve a intentarlo más tarde.',
    source: 'observed',
    description: {
      en: "Discord's records show the reward for this bounty as claimed recently, and the client's view may simply be out of date. As the message suggests, refresh the client and try again later rather than claiming repeatedly.",
      es: 'Según los registros de Discord, la recompensa de este bounty se reclamó hace poco, y puede que la vista del cliente simplemente esté desactualizada. Como sugiere el mensaje, actualiza el cliente y vuelve a intentarlo más tarde en lugar de reclamarla una y otra vez.',
    },
  },
  {
    code: 270_000,
    name: 'CONSOLE_DEVICE_PASSCODE_UNLOCK_REQUIRED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `CONSOLE_DEVICE_PASSCODE_UNLOCK_REQUIRED` instead of a sentence. The 270xxx constants come from moving Discord voice to an Xbox or PlayStation console; this one means the console has to be unlocked with its passcode first. Unlock it on the console and try again.',
      es: 'Discord devuelve la constante interna `CONSOLE_DEVICE_PASSCODE_UNLOCK_REQUIRED` en lugar de una frase. Las constantes 270xxx proceden de pasar la voz de Discord a una consola Xbox o PlayStation; esta indica que antes hay que desbloquear la consola con su código. Desbloquéala en la propia consola y vuelve a intentarlo.',
    },
  },
  {
    code: 270_001,
    name: 'CONSOLE_DEVICE_UNAVAILABLE',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `CONSOLE_DEVICE_UNAVAILABLE` instead of a sentence: the console cannot be reached right now, for example because it is off or offline. Turn it on, check its connection and transfer the call again.',
      es: 'Discord devuelve la constante interna `CONSOLE_DEVICE_UNAVAILABLE` en lugar de una frase: no se puede contactar con la consola en este momento, por ejemplo porque está apagada o sin conexión. Enciéndela, comprueba su conexión y vuelve a transferir la llamada.',
    },
  },
  {
    code: 270_002,
    name: 'CONSOLE_DEVICE_UNVAILABLE_FROM_OTHER_USERS',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `CONSOLE_DEVICE_UNVAILABLE_FROM_OTHER_USERS` (misspelling included) instead of a sentence: the console is unavailable because of another user, apparently because someone else is signed in to it or using it. Wait until it is free, or use a different console.',
      es: 'Discord devuelve la constante interna `CONSOLE_DEVICE_UNVAILABLE_FROM_OTHER_USERS` (errata incluida) en lugar de una frase: la consola no está disponible por culpa de otro usuario, al parecer porque otra persona tiene la sesión iniciada o la está usando. Espera a que quede libre o usa otra consola.',
    },
  },
  {
    code: 270_003,
    name: 'CONSOLE_DEVICE_COMMUNICATION_RESTRICTED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `CONSOLE_DEVICE_COMMUNICATION_RESTRICTED` instead of a sentence: the console's settings restrict communication, for instance privacy or parental controls that block voice chat, so Discord voice cannot run there. Change those settings on the console, or ask whoever manages them.",
      es: 'Discord devuelve la constante interna `CONSOLE_DEVICE_COMMUNICATION_RESTRICTED` en lugar de una frase: los ajustes de la consola restringen la comunicación, por ejemplo con controles de privacidad o parentales que bloquean el chat de voz, y la voz de Discord no puede funcionar en ella. Cambia esos ajustes en la consola o pídeselo a quien los gestione.',
    },
  },
  {
    code: 270_004,
    name: 'CONSOLE_DEVICE_INVALID_POWER_MODE',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `CONSOLE_DEVICE_INVALID_POWER_MODE` instead of a sentence: the console is in a power mode that does not let Discord reach it, such as an energy-saving mode. Switch to a mode that keeps it reachable while idle, or turn it on by hand.',
      es: 'Discord devuelve la constante interna `CONSOLE_DEVICE_INVALID_POWER_MODE` en lugar de una frase: la consola está en un modo de energía que no permite a Discord contactar con ella, como un modo de ahorro. Cambia a un modo que la mantenga accesible en reposo o enciéndela a mano.',
    },
  },
  {
    code: 270_005,
    name: 'CONSOLE_DEVICE_ACCOUNT_LINK_ERROR',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `CONSOLE_DEVICE_ACCOUNT_LINK_ERROR` instead of a sentence: something is wrong with the link between the Discord account and the console account. Reconnect the Xbox or PlayStation account under Connections in User Settings and try again.',
      es: 'Discord devuelve la constante interna `CONSOLE_DEVICE_ACCOUNT_LINK_ERROR` en lugar de una frase: algo falla en la vinculación entre la cuenta de Discord y la de la consola. Vuelve a conectar la cuenta de Xbox o PlayStation en Conexiones, dentro de los ajustes de usuario, y vuelve a intentarlo.',
    },
  },
  {
    code: 270_006,
    name: 'CONSOLE_DEVICE_MAX_MEMBERS_REACHED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `CONSOLE_DEVICE_MAX_MEMBERS_REACHED` instead of a sentence: the console cannot take any more members, presumably because its voice session is full. Someone has to leave before another person can join.',
      es: 'Discord devuelve la constante interna `CONSOLE_DEVICE_MAX_MEMBERS_REACHED` en lugar de una frase: la consola no admite más miembros, probablemente porque su sesión de voz está completa. Alguien tiene que salir antes de que pueda entrar otra persona.',
    },
  },
  {
    code: 270_007,
    name: 'CONSOLE_DEVICE_BAD_COMMAND',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `CONSOLE_DEVICE_BAD_COMMAND` instead of a sentence: the console rejected the command Discord sent it. The user cannot fix that directly; make sure the console's software is up to date and try again later.",
      es: 'Discord devuelve la constante interna `CONSOLE_DEVICE_BAD_COMMAND` en lugar de una frase: la consola rechazó la orden que le envió Discord. El usuario no puede corregirlo directamente; comprueba que el software de la consola esté actualizado y vuelve a intentarlo más tarde.',
    },
  },
  {
    code: 270_008,
    name: 'Application does not meet activity requirements',
    nameEs: 'La aplicación no cumple los requisitos de las actividades',
    source: 'observed',
    description: {
      en: "The application does not meet the requirements for the activity feature this request uses, and the message does not say which requirement fails. Review the app's configuration in the Developer Portal before trying again.",
      es: 'La aplicación no cumple los requisitos de la función de actividades que usa esta solicitud, y el mensaje no indica cuál falla. Revisa la configuración de la aplicación en el portal de desarrolladores antes de volver a intentarlo.',
    },
  },
  {
    code: 280_000,
    name: 'This provider does not support two-way linking',
    nameEs: 'Este proveedor no admite la vinculación bidireccional',
    source: 'observed',
    description: {
      en: 'This connection provider does not support two-way linking, in which the accounts are authorized from both sides so the other service can use the connection too. Connect the account the regular way instead.',
      es: 'Este proveedor de conexiones no admite la vinculación bidireccional, en la que las cuentas se autorizan desde ambos lados para que el otro servicio también pueda usar la conexión. Conecta la cuenta de la forma habitual.',
    },
  },
  {
    code: 280_001,
    name: 'This provider does not support device code flow two-way linking.',
    nameEs:
      'Este proveedor no admite la vinculación bidireccional mediante el flujo de código de dispositivo',
    source: 'observed',
    description: {
      en: "This provider supports two-way linking, but not through the device code flow, where you enter a code shown on one device on another. Use the provider's regular sign-in flow.",
      es: 'Este proveedor admite la vinculación bidireccional, pero no mediante el flujo de código de dispositivo, en el que introduces en un dispositivo un código mostrado en otro. Usa el flujo de inicio de sesión habitual del proveedor.',
    },
  },
  {
    code: 280_002,
    name: 'Missing two-way user code.',
    nameEs: 'Falta el código de usuario de la vinculación bidireccional',
    source: 'observed',
    description: {
      en: 'The two-way linking request does not include the user code issued during linking. Send the code shown to the user and try again.',
      es: 'La solicitud de vinculación bidireccional no incluye el código de usuario emitido durante la vinculación. Envía el código que se mostró al usuario y vuelve a intentarlo.',
    },
  },
  {
    code: 280_003,
    name: 'User not authorized to create provider.',
    nameEs: 'El usuario no tiene autorización para crear un proveedor',
    source: 'observed',
    description: {
      en: 'The account is not allowed to create a connection provider, a service that users can link to their Discord accounts. Retrying will not help.',
      es: 'La cuenta no tiene permitido crear un proveedor de conexiones, un servicio que los usuarios pueden vincular a sus cuentas de Discord. Reintentar no servirá.',
    },
  },
  {
    code: 280_004,
    name: 'Invalid success_reidrect.',
    nameEs: 'El success_reidrect no es válido',
    source: 'observed',
    description: {
      en: 'The redirect address for a successful link is not valid. Check that the URL is complete and is one the provider accepts, then try again.',
      es: 'La dirección de redirección para cuando la vinculación tiene éxito no es válida. Comprueba que la URL esté completa y que el proveedor la acepte, y vuelve a intentarlo.',
    },
    notes: [
      {
        kind: 'caution',
        text: {
          en: "The misspelling `success_reidrect` is in Discord's own message; the parameter it refers to is presumably `success_redirect`. Do not look for the misspelled name in your request.",
          es: 'La errata `success_reidrect` está en el propio mensaje de Discord; el parámetro al que se refiere es, presumiblemente, `success_redirect`. No busques el nombre mal escrito en tu solicitud.',
        },
      },
    ],
  },
  {
    code: 290_000,
    name: 'User is not eligible for parent tools.',
    nameEs: 'El usuario no cumple los requisitos para las herramientas parentales',
    source: 'observed',
    description: {
      en: "The account cannot use Family Center, Discord's tools that let a parent or guardian follow a teen's activity. The response does not give the reason, and retrying will not change it.",
      es: 'La cuenta no puede usar el Centro familiar, las herramientas de Discord con las que un padre, madre o tutor sigue la actividad de un adolescente. La respuesta no da el motivo, y reintentar no lo cambiará.',
    },
  },
  {
    code: 290_001,
    name: 'No link currently exists between users',
    nameEs: 'No existe ningún vínculo entre los usuarios',
    source: 'observed',
    description: {
      en: 'There is no Family Center link between these two accounts, so there is nothing to update or remove. Check that you are acting on the right users, or create the link first.',
      es: 'No hay ningún vínculo del Centro familiar entre estas dos cuentas que actualizar o eliminar. Comprueba que actúas sobre los usuarios correctos o crea antes el vínculo.',
    },
  },
  {
    code: 290_002,
    name: 'Too many links exist for one of the requested users',
    nameEs: 'Uno de los usuarios indicados tiene demasiados vínculos',
    source: 'observed',
    description: {
      en: 'One of the two accounts already has as many Family Center links as it may have. Remove an existing link before adding this one.',
      es: 'Una de las dos cuentas ya tiene el máximo de vínculos del Centro familiar que puede tener. Elimina un vínculo existente antes de añadir este.',
    },
  },
  {
    code: 290_003,
    name: 'User link status cannot transition from current state to desired state.',
    nameEs: 'El estado del vínculo entre usuarios no puede pasar del estado actual al deseado',
    source: 'observed',
    description: {
      en: "The Family Center link is not in a state that allows the requested change, for example accepting a request that was already accepted or declined. Reload the link's status and make a change that fits it.",
      es: 'El vínculo del Centro familiar no está en un estado que permita el cambio solicitado, por ejemplo aceptar una solicitud ya aceptada o rechazada. Vuelve a consultar el estado del vínculo y haz un cambio acorde con él.',
    },
  },
  {
    code: 290_004,
    name: 'Teens cannot request an activity view for other users in family center',
    nameEs: 'En el Centro familiar, los adolescentes no pueden solicitar ver la actividad de otros usuarios',
    source: 'observed',
    description: {
      en: "In Family Center, it is the parent who sees the teen's activity; a teen account cannot request a view of anyone else's. Make the request from the parent's account.",
      es: 'En el Centro familiar es el padre, la madre o el tutor quien ve la actividad del adolescente; una cuenta adolescente no puede solicitar ver la de otra persona. Haz la solicitud desde la cuenta del adulto.',
    },
  },
  {
    code: 290_005,
    name: 'A link request already exists between the two users',
    nameEs: 'Ya existe una solicitud de vínculo entre los dos usuarios',
    source: 'observed',
    description: {
      en: 'A link request between these two accounts is already pending. Accept or cancel that one instead of sending another.',
      es: 'Ya hay pendiente una solicitud de vínculo entre estas dos cuentas. Acéptala o cancélala en lugar de enviar otra.',
    },
  },
  {
    code: 290_006,
    name: 'A linking code has not been generated for this use',
    nameEs: 'No se ha generado ningún código de vinculación para este usuario',
    source: 'observed',
    description: {
      en: 'No linking code has been generated for this user yet (the message says "use", evidently meaning "user"), so there is nothing to link with. Generate a code in Family Center first.',
      es: 'Todavía no se ha generado ningún código de vinculación para este usuario (el mensaje dice «use», por lo visto en lugar de «user»): no hay nada con qué vincularse. Genera antes un código en el Centro familiar.',
    },
  },
  {
    code: 290_007,
    name: 'The linking code is invalid or has expired',
    nameEs: 'El código de vinculación no es válido o ha caducado',
    source: 'observed',
    description: {
      en: 'The Family Center linking code is invalid or has expired. Generate a new one and use it promptly.',
      es: 'El código de vinculación del Centro familiar no es válido o ha caducado. Genera uno nuevo y úsalo cuanto antes.',
    },
  },
  {
    code: 290_008,
    name: 'Invalid user settings update',
    nameEs: 'Actualización de ajustes de usuario no válida',
    source: 'observed',
    description: {
      en: 'The settings change sent through Family Center is not valid, and the response does not say which value is wrong. Check what you are changing and try again.',
      es: 'El cambio de ajustes enviado a través del Centro familiar no es válido, y la respuesta no indica qué valor falla. Revisa lo que estás cambiando y vuelve a intentarlo.',
    },
  },
] as const satisfies readonly DiscordJsonErrorEntry[];
