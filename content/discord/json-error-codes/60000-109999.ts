/**
 * Discord JSON error codes 60000–109999: the `code` in a JSON error body such as
 * `{"message": "…", "code": 60003}`. Covers two-factor authentication, phone
 * numbers, relationships, blocked actions and billing. Most of these codes are not in
 * Discord's official table; they were observed in API responses and collected by the
 * community (docs.discord.food).
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 * @see https://docs.discord.food/topics/errors
 */
import type { DiscordJsonErrorEntry } from '../../../src/schema/entries.ts';

export const codes60000To109999 = [
  {
    code: 60_001,
    name: 'This account is already enrolled in two factor authentication',
    nameEs: 'Esta cuenta ya tiene activada la autenticación de dos factores',
    source: 'observed',
    description: {
      en: 'Returned when you try to enable two-factor authentication on an account that already has it. There is nothing to retry: if you really want to set it up again with a new authenticator, disable 2FA first. It concerns user accounts; a bot will not see it.',
      es: 'Se devuelve al intentar activar la autenticación de dos factores en una cuenta que ya la tiene. No hay nada que reintentar: si de verdad quieres configurarla de nuevo con otro autenticador, desactívala primero. Afecta a cuentas de usuario; un bot no lo verá.',
    },
  },
  {
    code: 60_002,
    name: 'This account is not enrolled in two factor authentication',
    nameEs: 'Esta cuenta no tiene activada la autenticación de dos factores',
    source: 'observed',
    description: {
      en: 'The operation only makes sense for an account with two-factor authentication, such as disabling 2FA or viewing backup codes, and this account has none set up. Enable 2FA first, or leave out that step.',
      es: 'La operación solo tiene sentido en una cuenta con autenticación de dos factores (por ejemplo, desactivarla o consultar los códigos de respaldo), y esta cuenta no la tiene configurada. Actívala primero o prescinde de ese paso.',
    },
  },
  {
    code: 60_003,
    name: 'Two factor is required for this operation',
    nameEs: 'Esta operación requiere autenticación de dos factores',
    aliases: { es: ['autenticación en dos pasos'] },
    source: 'both',
    description: {
      en: 'The guild requires two-factor authentication for moderation (its `mfa_level` is `ELEVATED`) and the acting account does not have 2FA enabled. For a bot, what counts is the account that owns the application: enable 2FA on that account, not on the bot. It affects actions that need permissions such as `KICK_MEMBERS`, `BAN_MEMBERS`, `MANAGE_MESSAGES`, `MANAGE_CHANNELS` or `MANAGE_ROLES`, and retrying will not help until 2FA is on.',
      es: 'El servidor exige autenticación de dos factores para moderar (su `mfa_level` es `ELEVATED`) y la cuenta que realiza la acción no tiene la 2FA activada. En un bot, lo que cuenta es la cuenta propietaria de la aplicación: activa la 2FA en esa cuenta, no en el bot. Afecta a las acciones que requieren permisos como `KICK_MEMBERS`, `BAN_MEMBERS`, `MANAGE_MESSAGES`, `MANAGE_CHANNELS` o `MANAGE_ROLES`, y reintentar no sirve de nada hasta que la 2FA esté activada.',
    },
  },
  {
    code: 60_004,
    name: 'Must be a verified account',
    nameEs: 'Debe ser una cuenta verificada',
    source: 'observed',
    description: {
      en: 'The account has to verify its email address before it can set up two-factor authentication or take this security action. Verify the email from User Settings and try again.',
      es: 'La cuenta tiene que verificar su dirección de correo electrónico antes de poder configurar la autenticación de dos factores o realizar esta acción de seguridad. Verifica el correo desde los ajustes de usuario y vuelve a intentarlo.',
    },
  },
  {
    code: 60_005,
    name: 'Invalid two-factor secret',
    nameEs: 'Secreto de dos factores no válido',
    source: 'observed',
    description: {
      en: 'The authenticator (TOTP) secret sent while enabling two-factor authentication is not a valid key. Make sure it is sent exactly as it was added to the authenticator app, or generate a fresh one and start the setup over.',
      es: 'El secreto del autenticador (TOTP) enviado al activar la autenticación de dos factores no es una clave válida. Asegúrate de enviarlo tal como se añadió a la app de autenticación, o genera uno nuevo y empieza de nuevo la configuración.',
    },
  },
  {
    code: 60_006,
    name: 'Invalid two-factor auth ticket',
    nameEs: 'Ticket de autenticación de dos factores no válido',
    source: 'observed',
    description: {
      en: 'The `ticket` that the login response hands out for the second step of a two-factor login is invalid or has expired. Log in again to get a fresh ticket, then submit the code without delay.',
      es: 'El `ticket` que entrega la respuesta de inicio de sesión para el segundo paso de un acceso con dos factores no es válido o ha caducado. Vuelve a iniciar sesión para obtener uno nuevo y envía el código sin demora.',
    },
  },
  {
    code: 60_008,
    name: 'Invalid two-factor code / Security key authentication failed',
    nameEs: 'Código de dos factores no válido / Error de autenticación con la llave de seguridad',
    source: 'observed',
    description: {
      en: "The second factor was rejected: the authenticator or backup code is wrong or has expired, or the security key's response did not verify. Ask for a fresh code (with authenticator apps, check the device clock) and try again, but never retry in an automatic loop.",
      es: 'Se rechazó el segundo factor: el código del autenticador o de respaldo es incorrecto o ha caducado, o la respuesta de la llave de seguridad no se pudo verificar. Pide un código nuevo (con apps de autenticación, revisa la hora del dispositivo) y vuelve a intentarlo, pero nunca con reintentos automáticos en bucle.',
    },
  },
  {
    code: 60_009,
    name: 'Invalid two-factor session',
    nameEs: 'Sesión de dos factores no válida',
    source: 'observed',
    description: {
      en: 'The two-factor verification session the request refers to is unknown or has expired, so the code cannot be checked against it. Restart the verification flow to open a new session.',
      es: 'La sesión de verificación de dos factores a la que remite la solicitud no existe o ha caducado, y el código no puede validarse. Reinicia el flujo de verificación para abrir una sesión nueva.',
    },
  },
  {
    code: 60_010,
    name: 'This account is not enrolled in SMS authentication',
    nameEs: 'Esta cuenta no tiene activada la autenticación por SMS',
    source: 'observed',
    description: {
      en: 'An SMS code was requested or submitted for an account that does not use SMS as a second factor. Use the authenticator app, a backup code or a security key instead, or enable SMS authentication first.',
      es: 'Se pidió o se envió un código por SMS para una cuenta que no usa el SMS como segundo factor. Usa la app de autenticación, un código de respaldo o una llave de seguridad, o activa antes la autenticación por SMS.',
    },
  },
  {
    code: 60_011,
    name: 'Invalid key',
    nameEs: 'Clave no válida',
    source: 'observed',
    description: {
      en: 'Discord rejected a key sent during a two-factor operation. The message does not say which key, but the code belongs to the multi-factor family: check the value you sent and, if an earlier step issued it, go through that step again.',
      es: 'Discord rechazó una clave enviada durante una operación de autenticación de dos factores. El mensaje no precisa de qué clave se trata, pero el código pertenece a la familia de errores de autenticación multifactor: revisa el valor enviado y, si lo generó un paso anterior, repite ese paso.',
    },
  },
  {
    code: 60_012,
    name: 'SMS Two-factor authentication cannot be enabled on this account',
    nameEs: 'No se puede activar la autenticación de dos factores por SMS en esta cuenta',
    source: 'observed',
    description: {
      en: 'Discord does not allow SMS as a second factor on this account, so the request to turn it on is refused. Keep using an authenticator app or a security key.',
      es: 'Discord no permite usar el SMS como segundo factor en esta cuenta y rechaza la solicitud de activarlo. Sigue usando una app de autenticación o una llave de seguridad.',
    },
  },
  {
    code: 60_015,
    name: 'Multi-factor authentication is required for administrators of servers with published Server Shop listings.',
    nameEs:
      'Los administradores de servidores con productos publicados en la Tienda del servidor deben usar autenticación multifactor',
    source: 'observed',
    description: {
      en: 'Administrators of a guild with published Server Shop listings must have multi-factor authentication enabled. Turn on 2FA for the account before taking the administrative action.',
      es: 'Los administradores de un servidor con productos publicados en la Tienda del servidor deben tener activada la autenticación multifactor. Activa la 2FA en la cuenta antes de realizar la acción de administración.',
    },
  },
  {
    code: 60_019,
    name: 'User is not eligible for MFA Email Verification.',
    nameEs: 'El usuario no cumple los requisitos para la verificación MFA por correo electrónico',
    source: 'observed',
    description: {
      en: 'Email verification is not available to this user as a way to confirm a sensitive action. Use another verification method the account offers.',
      es: 'Este usuario no puede confirmar una acción sensible mediante verificación por correo electrónico. Usa otro método de verificación que ofrezca la cuenta.',
    },
  },
  {
    code: 60_021,
    name: 'Credential not discoverable or invalid',
    nameEs: 'Credencial no detectable o no válida',
    source: 'observed',
    description: {
      en: 'The passkey or security key used to sign in is not a discoverable credential registered to any Discord account, or its response is invalid. Pick another passkey, or log in with email and password.',
      es: 'La llave de acceso (passkey) o llave de seguridad usada para iniciar sesión no es una credencial detectable registrada en ninguna cuenta de Discord, o su respuesta no es válida. Elige otra llave de acceso o inicia sesión con correo y contraseña.',
    },
  },
  {
    code: 70_003,
    name: 'Unable to send sms message',
    nameEs: 'No se pudo enviar el SMS',
    source: 'observed',
    description: {
      en: 'Discord could not deliver the verification SMS to this number. Check the number and country code, wait a little and request a new code; if it keeps failing, try another number or contact Discord support. Phone verification only concerns user accounts.',
      es: 'Discord no pudo enviar el SMS de verificación a este número. Revisa el número y el prefijo del país, espera un poco y pide un código nuevo; si sigue fallando, prueba con otro número o contacta con el soporte de Discord. La verificación telefónica solo afecta a cuentas de usuario.',
    },
  },
  {
    code: 70_004,
    name: 'This phone number was recently used on a different account',
    nameEs: 'Este número de teléfono se usó hace poco en otra cuenta',
    source: 'observed',
    description: {
      en: 'This phone number was attached to another Discord account not long ago, and Discord will not move it yet. Use a different number or wait before trying again; the waiting period is not documented.',
      es: 'Este número de teléfono estuvo asociado a otra cuenta de Discord hace poco, y Discord todavía no permite trasladarlo. Usa otro número o espera antes de volver a intentarlo; el plazo no está documentado.',
    },
  },
  {
    code: 70_005,
    name: 'Please use a valid mobile phone number, not a VoIP or landline number.',
    nameEs: 'Usa un número de móvil válido, no un número VoIP ni fijo',
    source: 'observed',
    description: {
      en: 'Discord only accepts mobile numbers for phone verification, and this one is a VoIP or landline number. Use a mobile number from a regular carrier.',
      es: 'Discord solo acepta números móviles para la verificación telefónica, y este es de VoIP o de línea fija. Usa un número móvil de un operador convencional.',
    },
  },
  {
    code: 70_007,
    name: 'You need to verify your phone number in order to perform this action.',
    nameEs: 'Debes verificar tu número de teléfono para realizar esta acción',
    source: 'observed',
    description: {
      en: 'The action is only allowed for accounts with a verified phone number. Add and verify a phone number in User Settings, then repeat the action.',
      es: 'La acción solo está permitida a cuentas con un número de teléfono verificado. Añade y verifica un número en los ajustes de usuario y repite la acción.',
    },
  },
  {
    code: 70_008,
    name: 'An existing Discord account is already using this number. Please remove it before it can be used with a new account.',
    nameEs:
      'Ya hay una cuenta de Discord que usa este número. Quítalo de ella para poder usarlo en una cuenta nueva.',
    source: 'observed',
    description: {
      en: 'Another Discord account already uses this phone number. Remove it from that account first, or use a different number.',
      es: 'Otra cuenta de Discord ya usa este número de teléfono. Quítalo primero de esa cuenta o usa un número distinto.',
    },
  },
  {
    code: 70_009,
    name: 'Your Discord password reset link was sent to your email. Please check your email to reset your password.',
    nameEs:
      'Se ha enviado a tu correo el enlace para restablecer tu contraseña de Discord. Revisa tu correo para restablecerla.',
    source: 'observed',
    description: {
      en: "Less an error than a notice: Discord sent the password reset link to the account's email address instead of completing the reset here. Open that email to continue; repeating the request gains nothing.",
      es: 'Más que un error, es un aviso: Discord envió el enlace para restablecer la contraseña al correo de la cuenta en lugar de completar el proceso aquí. Abre ese correo para continuar; repetir la solicitud no sirve de nada.',
    },
  },
  {
    code: 70_011,
    name: 'This phone number is unable to be associated with this account. To troubleshoot please go here: https://dis.gd/phone-errors',
    nameEs:
      'Este número de teléfono no se puede asociar a esta cuenta. Para resolverlo, visita https://dis.gd/phone-errors.',
    source: 'observed',
    description: {
      en: 'Discord refuses to link this phone number to this account and gives no specific reason in the response. The message itself points to https://dis.gd/phone-errors for troubleshooting; if that does not help, try another number.',
      es: 'Discord se niega a vincular este número de teléfono a la cuenta y no da un motivo concreto en la respuesta. El propio mensaje remite a https://dis.gd/phone-errors para resolverlo; si eso no ayuda, prueba con otro número.',
    },
  },
  {
    code: 80_000,
    name: 'Incoming friend requests disabled',
    nameEs: 'Solicitudes de amistad entrantes desactivadas',
    source: 'observed',
    description: {
      en: "The recipient's privacy settings do not accept friend requests from you (for example, they only allow requests from friends of friends or from guild members). There is nothing to retry: only the recipient can change that setting. Friend requests are a user-account feature.",
      es: 'La configuración de privacidad del destinatario no admite solicitudes de amistad tuyas (por ejemplo, solo las acepta de amigos de amigos o de miembros de sus servidores). No hay nada que reintentar: solo el destinatario puede cambiar ese ajuste. Las solicitudes de amistad solo existen en cuentas de usuario.',
    },
  },
  {
    code: 80_001,
    name: 'Friend request blocked',
    nameEs: 'Solicitud de amistad bloqueada',
    source: 'observed',
    description: {
      en: 'Discord refused to deliver the friend request, for instance because the recipient has blocked you. The refusal stands for these two users, so do not retry.',
      es: 'Discord se negó a entregar la solicitud de amistad, por ejemplo porque el destinatario te ha bloqueado. El rechazo se mantiene entre estos dos usuarios: no lo reintentes.',
    },
  },
  {
    code: 80_002,
    name: 'Bots cannot have friends',
    nameEs: 'Los bots no pueden tener amigos',
    source: 'observed',
    description: {
      en: 'A bot token was used on a friends (relationships) endpoint. Bot accounts cannot send or accept friend requests, nor have friends, so remove that call from the bot.',
      es: 'Se usó un token de bot en un endpoint de amistades (relaciones). Las cuentas bot no pueden enviar ni aceptar solicitudes de amistad, ni tener amigos: elimina esa llamada del bot.',
    },
  },
  {
    code: 80_003,
    name: 'Cannot send friend request to self',
    nameEs: 'No puedes enviarte una solicitud de amistad a ti mismo',
    source: 'observed',
    description: {
      en: 'The friend request targets the same account that is sending it. Check the user ID or username you pass.',
      es: 'La solicitud de amistad va dirigida a la misma cuenta que la envía. Revisa el ID o el nombre de usuario que indicas.',
    },
  },
  {
    code: 80_004,
    name: 'No users with DiscordTag exist',
    nameEs: 'No existe ningún usuario con ese DiscordTag',
    source: 'both',
    description: {
      en: 'A friend request by name found no matching account: nobody has that username (or, for a legacy tag, that username and discriminator combination). Check the spelling, and keep in mind that most accounts have moved to unique usernames without a discriminator.',
      es: 'Una solicitud de amistad por nombre no encontró ninguna cuenta: nadie tiene ese nombre de usuario (o, con una etiqueta antigua, esa combinación de nombre y discriminador). Revisa cómo está escrito y ten en cuenta que la mayoría de las cuentas ya usan nombres de usuario únicos, sin discriminador.',
    },
  },
  {
    code: 80_005,
    name: 'You do not have an incoming friend request from that user',
    nameEs: 'No tienes ninguna solicitud de amistad entrante de ese usuario',
    source: 'observed',
    description: {
      en: 'You tried to accept a friend request from a user who has not sent you one, or who has withdrawn it since. Refresh the relationships list before acting on it.',
      es: 'Intentaste aceptar una solicitud de amistad de un usuario que no te la ha enviado o que ya la retiró. Actualiza la lista de relaciones antes de actuar sobre ella.',
    },
  },
  {
    code: 80_006,
    name: 'You need to be friends in order to make this change.',
    nameEs: 'Hace falta ser amigos para hacer este cambio',
    source: 'observed',
    description: {
      en: 'The change you asked for is only allowed between friends, and you are not friends with that user. Become friends first, or drop the change.',
      es: 'El cambio que pediste solo se permite entre amigos, y no eres amigo de ese usuario. Primero tienen que hacerse amigos; si no, descarta el cambio.',
    },
  },
  {
    code: 80_007,
    name: 'You are already friends with that user.',
    nameEs: 'Ya eres amigo de ese usuario',
    source: 'observed',
    description: {
      en: 'A friend request was sent to someone who is already on your friends list. You can treat it as a success: there is nothing left to do.',
      es: 'Se envió una solicitud de amistad a alguien que ya está en tu lista de amigos. Puedes tratarlo como un éxito: no queda nada por hacer.',
    },
  },
  {
    code: 80_008,
    name: 'You must include a discriminator.',
    nameEs: 'Debes incluir un discriminador',
    source: 'observed',
    description: {
      en: "The request identified the user by name but left out the `discriminator` Discord needed to find them, which applies to accounts still on a legacy `username#discriminator` tag. Include it, or use the account's unique username if it has migrated.",
      es: 'La solicitud identificaba al usuario por su nombre, pero sin el `discriminator` que Discord necesitaba para encontrarlo, algo que afecta a las cuentas que aún tienen una etiqueta antigua `usuario#discriminador`. Inclúyelo o usa el nombre de usuario único de la cuenta si ya migró.',
    },
  },
  {
    code: 80_009,
    name: 'Users have no common application authorization',
    nameEs: 'Los usuarios no tienen ninguna autorización de aplicación en común',
    source: 'observed',
    description: {
      en: 'The action requires both users to have authorized the same application, and they have no such authorization in common. It comes up with relationships tied to an application (such as in-game friends); each user has to authorize the app first.',
      es: 'La acción exige que ambos usuarios hayan autorizado la misma aplicación, y no tienen ninguna autorización en común. Aparece con relaciones vinculadas a una aplicación (como los amigos dentro de un juego); cada usuario tiene que autorizar antes la aplicación.',
    },
  },
  {
    code: 80_011,
    name: 'A user is no longer authorized with this application',
    nameEs: 'Uno de los usuarios ya no tiene autorizada esta aplicación',
    source: 'observed',
    description: {
      en: 'One of the users involved is no longer authorized with this application, for example because they revoked its access, so the application-scoped action cannot go ahead for them. That user has to authorize the application again.',
      es: 'Uno de los usuarios implicados ya no tiene autorizada esta aplicación, por ejemplo porque le retiró el acceso, y la acción ligada a la aplicación no puede realizarse con él. Ese usuario tiene que volver a autorizarla.',
    },
  },
  {
    code: 80_013,
    name: 'You must confirm the friend request to add this user.',
    nameEs: 'Debes confirmar la solicitud de amistad para añadir a este usuario',
    source: 'observed',
    description: {
      en: 'Discord will not add this user until the friend request is explicitly confirmed. Confirm the pending request first, then try again.',
      es: 'Discord no añadirá a este usuario hasta que se confirme explícitamente la solicitud de amistad. Confirma primero la solicitud pendiente y vuelve a intentarlo.',
    },
  },
  {
    code: 90_001,
    name: 'Reaction was blocked',
    nameEs: 'La reacción se ha bloqueado',
    source: 'both',
    description: {
      en: 'The reaction was refused because the author of the message has blocked the reacting account; bots typically hit it when reacting to a message from a user who blocked the bot. It arrives with HTTP 403 but is not a permissions problem: do not retry, and handle it quietly rather than treating it as a failure of the bot.',
      es: 'Se rechazó la reacción porque el autor del mensaje ha bloqueado a la cuenta que reacciona; los bots suelen toparse con ello al reaccionar al mensaje de un usuario que ha bloqueado al bot. Llega con un HTTP 403, pero no es un problema de permisos: no lo reintentes y gestiónalo sin alarmas, en lugar de tratarlo como un fallo del bot.',
    },
    notes: [
      {
        kind: 'info',
        text: {
          en: 'Older responses, seen in bot logs around 2021, carried the shorter message `Reaction blocked`. Match on the code, not on the text.',
          es: 'Respuestas más antiguas, vistas en registros de bots hacia 2021, traían el mensaje más corto `Reaction blocked`. Compara por el código, no por el texto.',
        },
      },
    ],
  },
  {
    code: 90_002,
    name: 'User cannot use burst reactions',
    nameEs: 'El usuario no puede usar superreacciones',
    source: 'both',
    description: {
      en: 'The account is not allowed to add a burst reaction (a Super Reaction), a Nitro feature of the official client. A bot that gets this is asking for a burst reaction: add a normal reaction instead.',
      es: 'La cuenta no puede añadir una reacción de tipo burst (una superreacción), que es una función de Nitro del cliente oficial. Si un bot recibe este error es que está pidiendo una reacción burst: añade una reacción normal.',
    },
  },
  {
    code: 90_003,
    name: 'No available burst currency for user',
    nameEs: 'El usuario no tiene saldo de superreacciones disponible',
    source: 'observed',
    description: {
      en: 'The user has no Super Reactions left to spend, so a burst reaction cannot be added right now. Add a normal reaction instead, or try again once more are available.',
      es: 'Al usuario no le quedan superreacciones disponibles: ahora mismo no puede añadir una reacción burst. Añade una reacción normal o vuelve a intentarlo cuando tenga más.',
    },
  },
  {
    code: 90_004,
    name: 'Invalid reaction type',
    nameEs: 'Tipo de reacción no válido',
    source: 'observed',
    description: {
      en: 'The reaction `type` in the request is not a valid reaction type. Discord defines `0` for a normal reaction and `1` for a burst (super) reaction; send one of those.',
      es: 'El `type` de reacción de la solicitud no es un tipo válido. Discord define `0` para una reacción normal y `1` para una reacción burst (superreacción): envía uno de esos dos.',
    },
  },
  {
    code: 90_100,
    name: 'Invalid update for Message Request',
    nameEs: 'Actualización no válida para la solicitud de mensaje',
    source: 'observed',
    description: {
      en: 'The change requested on a message request (a DM from someone who is not a friend, held back for review) is not valid in its current state. Reload the channel to see where it stands before accepting or rejecting it again.',
      es: 'El cambio solicitado sobre una solicitud de mensaje (un MD de alguien que no es tu amigo, retenido para revisión) no es válido en su estado actual. Recarga el canal para ver en qué punto está antes de volver a aceptarla o rechazarla.',
    },
  },
  {
    code: 100_001,
    name: 'UNKNOWN_BILLING_PROFILE',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `UNKNOWN_BILLING_PROFILE` instead of a sentence: the billing profile the request refers to does not exist, or the account has none yet. Like the rest of the 100xxx billing codes, it concerns user accounts paying in the official client; a bot will rarely see it.',
      es: 'Discord devuelve la constante interna `UNKNOWN_BILLING_PROFILE` en lugar de una frase: el perfil de facturación al que se refiere la solicitud no existe o la cuenta todavía no tiene uno. Como el resto de los códigos de facturación 100xxx, afecta a cuentas de usuario que pagan en el cliente oficial; un bot rara vez lo verá.',
    },
  },
  {
    code: 100_002,
    name: 'Invalid payment source',
    nameEs: 'Método de pago no válido',
    source: 'observed',
    description: {
      en: 'The payment method referenced by the purchase is unknown, has been removed or cannot be used by this account. Choose another one, or add it again, before retrying.',
      es: 'El método de pago indicado en la compra no existe, se eliminó o esta cuenta no puede usarlo. Elige otro, o vuelve a añadirlo, antes de reintentar.',
    },
  },
  {
    code: 100_003,
    name: 'Invalid subscription',
    nameEs: 'Suscripción no válida',
    source: 'observed',
    description: {
      en: "The subscription in the request does not match one this account can act on, or its current state does not allow the change. Reload the account's subscriptions and use a current ID.",
      es: 'La suscripción indicada en la solicitud no corresponde a ninguna sobre la que esta cuenta pueda actuar, o su estado actual no admite el cambio. Vuelve a cargar las suscripciones de la cuenta y usa un ID vigente.',
    },
  },
  {
    code: 100_004,
    name: 'Already subscribed',
    nameEs: 'Ya estás suscrito',
    source: 'observed',
    description: {
      en: 'The account already has an active subscription to this plan, so no new one is created. Manage the existing subscription instead of buying it again.',
      es: 'La cuenta ya tiene una suscripción activa a este plan y no se crea otra. Gestiona la suscripción existente en lugar de volver a comprarla.',
    },
  },
  {
    code: 100_005,
    name: 'Invalid plan',
    nameEs: 'Plan no válido',
    source: 'observed',
    description: {
      en: 'The subscription plan in the request is unknown or cannot be used for this purchase. Check the plan ID against the plans currently offered to the account.',
      es: 'El plan de suscripción de la solicitud no existe o no puede usarse para esta compra. Comprueba el ID del plan con los planes que se ofrecen actualmente a la cuenta.',
    },
  },
  {
    code: 100_006,
    name: 'Payment source required',
    nameEs: 'Se requiere un método de pago',
    source: 'observed',
    description: {
      en: 'The purchase or subscription change needs a payment method and none was supplied. Add one to the account or include it in the request.',
      es: 'La compra o el cambio de suscripción necesita un método de pago y no se indicó ninguno. Añade uno a la cuenta o inclúyelo en la solicitud.',
    },
  },
  {
    code: 100_007,
    name: 'Already canceled',
    nameEs: 'Ya se ha cancelado',
    source: 'observed',
    description: {
      en: 'The subscription has already been canceled, so canceling it again changes nothing. Treat the request as done.',
      es: 'La suscripción ya estaba cancelada; volver a cancelarla no cambia nada. Da la solicitud por completada.',
    },
  },
  {
    code: 100_008,
    name: 'Invalid payment',
    nameEs: 'Pago no válido',
    source: 'observed',
    description: {
      en: "The payment the request refers to is unknown or not valid for this operation (a refund, for instance). Check the payment ID against the account's billing history.",
      es: 'El pago al que se refiere la solicitud no existe o no es válido para esta operación (un reembolso, por ejemplo). Comprueba el ID del pago en el historial de facturación de la cuenta.',
    },
  },
  {
    code: 100_009,
    name: 'Already refunded',
    nameEs: 'Ya se ha reembolsado',
    source: 'observed',
    description: {
      en: 'That payment has already been refunded, so there is nothing left to refund.',
      es: 'Ese pago ya se reembolsó: no queda nada por reembolsar.',
    },
  },
  {
    code: 100_010,
    name: 'Billing address is invalid',
    nameEs: 'La dirección de facturación no es válida',
    source: 'observed',
    description: {
      en: 'The billing address was rejected, typically because a required field is missing or malformed. Correct the address and submit it again.',
      es: 'Se rechazó la dirección de facturación, normalmente porque falta un campo obligatorio o tiene un formato incorrecto. Corrige la dirección y vuelve a enviarla.',
    },
  },
  {
    code: 100_011,
    name: 'Already purchased',
    nameEs: 'Ya se ha comprado',
    source: 'observed',
    description: {
      en: "The account already owns this item, so it cannot be bought again. Look it up in the account's entitlements or library instead.",
      es: 'La cuenta ya tiene este artículo y no puede volver a comprarlo. Búscalo en los derechos (entitlements) o en la biblioteca de la cuenta.',
    },
  },
  {
    code: 100_012,
    name: 'You already have a purchase in progress for this item.',
    nameEs: 'Ya tienes una compra en curso de este artículo',
    source: 'observed',
    description: {
      en: 'A purchase of this item is already under way for the account. Wait for it to succeed or fail before starting another, and do not send duplicates.',
      es: 'Ya hay una compra de este artículo en curso para la cuenta. Espera a que termine, bien o mal, antes de iniciar otra, y no envíes solicitudes duplicadas.',
    },
  },
  {
    code: 100_015,
    name: 'Valid dependent SKU entitlement is required',
    nameEs: 'Se requiere un entitlement válido del SKU del que depende',
    source: 'observed',
    description: {
      en: 'The item depends on another SKU and the account has no valid entitlement to it, as with add-on content that needs the base product. Obtain the required item first.',
      es: 'El artículo depende de otro SKU y la cuenta no tiene un derecho (entitlement) válido sobre él, como ocurre con un contenido adicional que necesita el producto base. Consigue primero el artículo requerido.',
    },
  },
  {
    code: 100_017,
    name: 'This purchase request is invalid',
    nameEs: 'Esta solicitud de compra no es válida',
    source: 'observed',
    description: {
      en: 'Discord rejected the purchase request as a whole, and the message does not say which part is wrong. Start the checkout again rather than resending the same request.',
      es: 'Discord rechazó la solicitud de compra en su conjunto, y el mensaje no indica qué parte falla. Empieza de nuevo el proceso de pago en lugar de reenviar la misma solicitud.',
    },
  },
  {
    code: 100_018,
    name: 'A payment is required',
    nameEs: 'Se requiere un pago',
    source: 'observed',
    description: {
      en: 'The operation has a cost and the request did not include a payment. Go through checkout with a payment method.',
      es: 'La operación tiene un coste y la solicitud no incluía ningún pago. Pasa por el proceso de pago con un método de pago.',
    },
  },
  {
    code: 100_019,
    name: 'User is ineligible for trial',
    nameEs: 'El usuario no cumple los requisitos para la prueba',
    source: 'observed',
    description: {
      en: 'The account cannot start this free trial. Discord decides who is eligible, so the caller cannot fix it; offer the regular plan instead.',
      es: 'La cuenta no puede empezar esta prueba gratuita. Es Discord quien decide quién cumple los requisitos y no hay nada que corregir: ofrece el plan normal.',
    },
  },
  {
    code: 100_021,
    name: 'Invalid Apple Receipt',
    nameEs: 'Recibo de Apple no válido',
    source: 'observed',
    description: {
      en: 'The App Store receipt sent to validate an in-app purchase made on iOS could not be verified. It concerns the iOS app: restore purchases from the app, or contact Discord support if the charge went through.',
      es: 'No se pudo verificar el recibo de la App Store enviado para validar una compra integrada hecha en iOS. Afecta a la app de iOS: restaura las compras desde la app o contacta con el soporte de Discord si el cargo se llegó a cobrar.',
    },
  },
  {
    code: 100_022,
    name: 'GIFTING_CANT_REDEEM_SUBSCRIPTION_MANAGED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `GIFTING_CANT_REDEEM_SUBSCRIPTION_MANAGED` instead of a sentence: the gift cannot be redeemed because of how the account's current subscription is managed, presumably billed through a third party such as a mobile app store. Redeem it once that subscription has ended, or on another account.",
      es: 'Discord devuelve la constante interna `GIFTING_CANT_REDEEM_SUBSCRIPTION_MANAGED` en lugar de una frase: el regalo no puede canjearse por la forma en que se gestiona la suscripción actual de la cuenta, presumiblemente cobrada a través de un tercero, como una tienda de aplicaciones móviles. Canjéalo cuando esa suscripción haya terminado o en otra cuenta.',
    },
  },
  {
    code: 100_023,
    name: 'INVALID_GIFT_REDEMPTION_SUBSCRIPTION_INCOMPATIBLE',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `INVALID_GIFT_REDEMPTION_SUBSCRIPTION_INCOMPATIBLE` instead of a sentence: the gift does not fit the account's current subscription, for example a gift for a different Nitro tier than the active one. Redeem it after the current subscription ends, or on another account.",
      es: 'Discord devuelve la constante interna `INVALID_GIFT_REDEMPTION_SUBSCRIPTION_INCOMPATIBLE` en lugar de una frase: el regalo no encaja con la suscripción actual de la cuenta, por ejemplo, un regalo de un nivel de Nitro distinto del que está activo. Canjéalo cuando termine la suscripción actual o en otra cuenta.',
    },
  },
  {
    code: 100_024,
    name: 'INVALID_GIFT_REDEMPTION_INVOICE_OPEN',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `INVALID_GIFT_REDEMPTION_INVOICE_OPEN` instead of a sentence: the gift cannot be redeemed while the account's subscription has an open, unpaid invoice. Settle that invoice first, then redeem the gift.",
      es: 'Discord devuelve la constante interna `INVALID_GIFT_REDEMPTION_INVOICE_OPEN` en lugar de una frase: el regalo no puede canjearse mientras la suscripción de la cuenta tenga una factura abierta sin pagar. Salda primero esa factura y después canjea el regalo.',
    },
  },
  {
    code: 100_025,
    name: 'GIFTING_CANT_REDEEM_INVOICE_OPEN',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `GIFTING_CANT_REDEEM_INVOICE_OPEN` instead of a sentence. It describes the same situation as 100024 under another name: an open invoice on the subscription blocks redeeming the gift until it is paid.',
      es: 'Discord devuelve la constante interna `GIFTING_CANT_REDEEM_INVOICE_OPEN` en lugar de una frase. Describe la misma situación que el 100024 con otro nombre: una factura abierta en la suscripción impide canjear el regalo hasta que se pague.',
    },
  },
  {
    code: 100_026,
    name: 'The purchase amount is below the minimum charge amount.',
    nameEs: 'El importe de la compra está por debajo del importe mínimo de cobro',
    source: 'observed',
    description: {
      en: 'The total to be charged is below the minimum amount Discord can charge. Resubmitting the same cart fails the same way: add items or pay another way.',
      es: 'El total del cargo está por debajo del importe mínimo que Discord puede cobrar. Reenviar el mismo carrito falla igual: añade artículos o paga de otra forma.',
    },
  },
  {
    code: 100_027,
    name: 'Invoice amount cannot be negative.',
    nameEs: 'El importe de la factura no puede ser negativo',
    source: 'observed',
    description: {
      en: 'The invoice would come out negative, typically because discounts or credits exceed the price. Remove a discount or a credit so that the total is zero or more.',
      es: 'La factura saldría negativa, normalmente porque los descuentos o créditos superan el precio. Quita algún descuento o crédito para que el total sea cero o más.',
    },
  },
  {
    code: 100_029,
    name: 'Authentication required',
    nameEs: 'Se requiere autenticación',
    source: 'observed',
    description: {
      en: "The payment needs an extra authentication step from the cardholder, most likely the bank's own verification such as 3-D Secure. Complete that step and the purchase can go through.",
      es: 'El pago requiere un paso de autenticación adicional por parte del titular de la tarjeta, muy probablemente la verificación del propio banco, como 3-D Secure. Complétalo y la compra podrá seguir adelante.',
    },
  },
  {
    code: 100_031,
    name: 'There is already a payment in progress',
    nameEs: 'Ya hay un pago en curso',
    source: 'observed',
    description: {
      en: 'Another payment is already being processed for the account. Wait for it to finish before starting a new one.',
      es: 'Ya se está procesando otro pago para la cuenta. Espera a que termine antes de iniciar uno nuevo.',
    },
  },
  {
    code: 100_034,
    name: 'Invalid subscription item',
    nameEs: 'Elemento de suscripción no válido',
    source: 'observed',
    description: {
      en: 'One of the items in the subscription (a plan or add-on line) is unknown or not allowed there. Rebuild the item list from the plans currently available.',
      es: 'Uno de los elementos de la suscripción (una línea de plan o de complemento) no existe o no está permitido ahí. Vuelve a montar la lista de elementos a partir de los planes disponibles.',
    },
  },
  {
    code: 100_035,
    name: 'This trial subscription cannot be modified',
    nameEs: 'Esta suscripción de prueba no se puede modificar',
    source: 'observed',
    description: {
      en: 'A subscription still in its trial period cannot be modified. Wait until the trial turns into a paid subscription, or cancel it.',
      es: 'Una suscripción que sigue en periodo de prueba no puede modificarse. Espera a que la prueba pase a ser una suscripción de pago o cancélala.',
    },
  },
  {
    code: 100_037,
    name: 'Subscription items are required',
    nameEs: 'Se requieren elementos de suscripción',
    source: 'observed',
    description: {
      en: 'The request to create or change a subscription did not list any subscription items. Include at least one.',
      es: 'La solicitud para crear o cambiar una suscripción no incluía ningún elemento de suscripción. Incluye al menos uno.',
    },
  },
  {
    code: 100_038,
    name: 'Cannot preview this subscription update',
    nameEs: 'No se puede previsualizar esta actualización de la suscripción',
    source: 'observed',
    description: {
      en: 'Discord cannot produce a price preview for this subscription change, which usually means the change is not possible as requested. Review the plan and items before attempting the update itself.',
      es: 'Discord no puede generar una vista previa del precio para este cambio de suscripción, lo que suele indicar que el cambio no es posible tal como se pide. Revisa el plan y los elementos antes de intentar la actualización propiamente dicha.',
    },
  },
  {
    code: 100_039,
    name: 'All subscription items must have the same interval',
    nameEs: 'Todos los elementos de la suscripción deben tener el mismo intervalo',
    source: 'observed',
    description: {
      en: 'Every item in a subscription must bill on the same interval, all monthly or all yearly. Make the intervals match.',
      es: 'Todos los elementos de una suscripción deben facturarse con la misma periodicidad, todos mensuales o todos anuales. Haz que coincidan.',
    },
  },
  {
    code: 100_040,
    name: 'Invalid subscription_items',
    nameEs: 'El campo subscription_items no es válido',
    source: 'observed',
    description: {
      en: 'The `subscription_items` field is malformed or contains an item that is not valid. Check its structure and each plan ID in it.',
      es: 'El campo `subscription_items` está mal formado o contiene un elemento no válido. Revisa su estructura y cada ID de plan que incluye.',
    },
  },
  {
    code: 100_042,
    name: 'Subscription renewal is in progress',
    nameEs: 'La renovación de la suscripción está en curso',
    source: 'observed',
    description: {
      en: 'The subscription is being renewed at this moment, so it cannot be changed. Wait until the renewal completes, then try again.',
      es: 'La suscripción se está renovando en este momento y, mientras tanto, no puede modificarse. Espera a que termine la renovación y vuelve a intentarlo.',
    },
  },
  {
    code: 100_046,
    name: 'Invalid price tier order',
    nameEs: 'Orden de niveles de precio no válido',
    source: 'observed',
    description: {
      en: 'The price tiers in the request are not in the order Discord expects. Sort them as required and submit again.',
      es: 'Los niveles de precio de la solicitud no están en el orden que Discord espera. Ordénalos como corresponde y vuelve a enviarlos.',
    },
  },
  {
    code: 100_047,
    name: 'Confirmation required',
    nameEs: 'Se requiere confirmación',
    source: 'observed',
    description: {
      en: "The purchase or change needs the user's explicit confirmation before Discord goes ahead. Show the confirmation step and resubmit once the user has accepted.",
      es: 'La compra o el cambio necesita la confirmación explícita del usuario antes de que Discord siga adelante. Muestra el paso de confirmación y vuelve a enviarla cuando el usuario acepte.',
    },
  },
  {
    code: 100_048,
    name: 'Could not process this refund. Please contact support.',
    nameEs: 'No se pudo procesar este reembolso. Contacta con el soporte.',
    source: 'observed',
    description: {
      en: 'Discord could not process this refund on its own. As the message says, the account holder has to contact Discord support; retrying will not help.',
      es: 'Discord no pudo tramitar este reembolso por sí mismo. Como indica el mensaje, el titular de la cuenta tiene que contactar con el soporte de Discord; reintentar no servirá.',
    },
  },
  {
    code: 100_051,
    name: 'Invalid currency for payment',
    nameEs: 'Moneda no válida para el pago',
    source: 'observed',
    description: {
      en: "The payment's currency is not valid for this purchase or payment method. Pay in the currency offered at checkout.",
      es: 'La moneda del pago no es válida para esta compra o este método de pago. Paga en la moneda que se ofrece en el proceso de pago.',
    },
  },
  {
    code: 100_052,
    name: 'Invalid currency for subscription plan',
    nameEs: 'Moneda no válida para el plan de suscripción',
    source: 'observed',
    description: {
      en: 'The subscription plan is not sold in the requested currency. Choose a currency the plan has a price in.',
      es: 'El plan de suscripción no se vende en la moneda solicitada. Elige una moneda en la que el plan tenga precio.',
    },
  },
  {
    code: 100_053,
    name: 'Ineligible for subscription',
    nameEs: 'No cumple los requisitos para la suscripción',
    source: 'observed',
    description: {
      en: "The account is not eligible for this subscription. Eligibility is Discord's decision, and changing the request will not get around it.",
      es: 'La cuenta no cumple los requisitos para esta suscripción. La decisión es de Discord y modificar la solicitud no permite sortearla.',
    },
  },
  {
    code: 100_054,
    name: 'The card was declined.',
    nameEs: 'Se rechazó la tarjeta',
    source: 'observed',
    description: {
      en: 'The card issuer declined the charge. Use another card or contact the bank; retrying right away will be declined again.',
      es: 'El emisor de la tarjeta rechazó el cargo. Usa otra tarjeta o contacta con el banco; si reintentas enseguida, volverá a rechazarse.',
    },
  },
  {
    code: 100_055,
    name: 'Pending purchase could not be verified.',
    nameEs: 'No se pudo verificar la compra pendiente',
    source: 'observed',
    description: {
      en: 'Discord could not confirm a purchase that was left pending. Check later whether it completed before paying again, and contact support if it stays unresolved.',
      es: 'Discord no pudo confirmar una compra que había quedado pendiente. Comprueba más tarde si se completó antes de volver a pagar y contacta con el soporte si sigue sin resolverse.',
    },
  },
  {
    code: 100_056,
    name: "This client needs to be authorized for purchases. We've sent you an email. Click the link on the email and then retry the purchase.",
    nameEs:
      'Hay que autorizar este cliente para hacer compras. Te hemos enviado un correo. Haz clic en el enlace del correo y vuelve a intentar la compra.',
    source: 'observed',
    description: {
      en: 'Purchases from this client are not authorized yet, so Discord has emailed the account a link to approve this client. Click the link in that email, then retry the purchase.',
      es: 'Las compras desde este cliente todavía no están autorizadas: Discord ha enviado al correo de la cuenta un enlace para autorizar este cliente. Haz clic en el enlace de ese correo y repite la compra.',
    },
  },
  {
    code: 100_058,
    name: 'This payment method cannot be used',
    nameEs: 'No se puede usar este método de pago',
    source: 'observed',
    description: {
      en: 'The selected payment method cannot be used for this purchase. Pick another one.',
      es: 'El método de pago seleccionado no puede usarse para esta compra. Elige otro.',
    },
  },
  {
    code: 100_059,
    name: 'Open invoice not found.',
    nameEs: 'No se encontró la factura abierta',
    source: 'observed',
    description: {
      en: "The request refers to an open invoice that does not exist, perhaps because it has already been paid or closed. Reload the subscription's billing state before acting on its invoices.",
      es: 'La solicitud hace referencia a una factura abierta que no existe, quizá porque ya se pagó o se cerró. Vuelve a cargar el estado de facturación de la suscripción antes de actuar sobre sus facturas.',
    },
  },
  {
    code: 100_060,
    name: 'Non refundable payment source',
    nameEs: 'Método de pago no reembolsable',
    source: 'observed',
    description: {
      en: 'The payment was made with a method that does not support refunds, so Discord cannot refund it this way.',
      es: 'El pago se hizo con un método que no admite reembolsos, por lo que Discord no puede devolverlo por esta vía.',
    },
  },
  {
    code: 100_062,
    name: 'Subscription metadata is invalid',
    nameEs: 'Los metadatos de la suscripción no son válidos',
    source: 'observed',
    description: {
      en: 'The metadata attached to the subscription is not valid. Check the values sent along with the subscription.',
      es: 'Los metadatos asociados a la suscripción no son válidos. Revisa los valores que se envían con ella.',
    },
  },
  {
    code: 100_066,
    name: 'Currency cannot be changed without a payment source',
    nameEs: 'No se puede cambiar la moneda sin un método de pago',
    source: 'observed',
    description: {
      en: 'The billing currency can only be changed when the account has a payment method attached. Add a payment method first.',
      es: 'La moneda de facturación solo puede cambiarse si la cuenta tiene un método de pago asociado. Añade primero un método de pago.',
    },
  },
  {
    code: 100_069,
    name: 'Invalid operation',
    nameEs: 'Operación no válida',
    source: 'observed',
    description: {
      en: 'The billing system rejected the operation as not allowed, without more detail. Check the current state of the subscription or payment before trying something else.',
      es: 'El sistema de facturación rechazó la operación por no estar permitida, sin dar más detalles. Comprueba el estado actual de la suscripción o del pago antes de probar otra cosa.',
    },
  },
  {
    code: 100_070,
    name: 'BILLING_APPLE_SERVER_API_ERROR',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `BILLING_APPLE_SERVER_API_ERROR` instead of a sentence: a call from Discord to Apple's App Store server API failed while handling an iOS purchase. The fault is on Apple's side; try again later.",
      es: 'Discord devuelve la constante interna `BILLING_APPLE_SERVER_API_ERROR` en lugar de una frase: falló una llamada de Discord a la API de servidor de la App Store de Apple mientras procesaba una compra de iOS. El fallo está en los servidores; vuelve a intentarlo más tarde.',
    },
  },
  {
    code: 100_071,
    name: 'User is not eligible for creating referrals',
    nameEs: 'El usuario no cumple los requisitos para crear referidos',
    source: 'observed',
    description: {
      en: 'The account is not allowed to create referrals, the offers a subscriber can share with friends (such as a Nitro trial). Discord decides who qualifies.',
      es: 'La cuenta no puede crear invitaciones de referido, las ofertas que un suscriptor puede compartir con sus amigos (como una prueba de Nitro). Es Discord quien decide quién cumple los requisitos.',
    },
  },
  {
    code: 100_076,
    name: 'Error while generating PDF',
    nameEs: 'Error al generar el PDF',
    source: 'observed',
    description: {
      en: 'Discord failed to generate a PDF document, such as an invoice or receipt. It is a server-side error; try again later.',
      es: 'Discord no pudo generar un documento PDF, como una factura o un recibo. Es un error del servidor; vuelve a intentarlo más tarde.',
    },
  },
  {
    code: 100_078,
    name: 'BILLING_TRIAL_REDEMPTION_DISABLED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_TRIAL_REDEMPTION_DISABLED` instead of a sentence: redeeming trials is currently switched off, for this offer or for the account. There is nothing the caller can fix.',
      es: 'Discord devuelve la constante interna `BILLING_TRIAL_REDEMPTION_DISABLED` en lugar de una frase: el canje de pruebas gratuitas está desactivado por ahora, para esta oferta o para la cuenta. No hay nada que se pueda corregir.',
    },
  },
  {
    code: 100_079,
    name: 'Pause is temporarily unavailable. Please try again later.',
    nameEs: 'La pausa no está disponible temporalmente. Vuelve a intentarlo más tarde.',
    source: 'observed',
    description: {
      en: 'Pausing subscriptions is temporarily unavailable. As the message says, try again later.',
      es: 'La opción de pausar suscripciones no está disponible por el momento. Como indica el mensaje, vuelve a intentarlo más tarde.',
    },
  },
  {
    code: 100_080,
    name: 'Pause is already pending.',
    nameEs: 'Ya hay una pausa pendiente',
    source: 'observed',
    description: {
      en: 'A pause is already scheduled for this subscription. Do not request another one; let it take effect or undo it first.',
      es: 'Ya hay una pausa programada para esta suscripción. No pidas otra: deja que se aplique o anúlala antes.',
    },
  },
  {
    code: 100_081,
    name: 'Subscriptions not eligible for pause.',
    nameEs: 'Las suscripciones no cumplen los requisitos para pausarse',
    source: 'observed',
    description: {
      en: 'This subscription does not qualify to be paused. Keep it active or cancel it instead.',
      es: 'Esta suscripción no reúne los requisitos para pausarse. Mantenla activa o cancélala.',
    },
  },
  {
    code: 100_082,
    name: 'Invalid pause interval.',
    nameEs: 'Intervalo de pausa no válido',
    source: 'observed',
    description: {
      en: 'The requested pause length is not one of the durations Discord allows. Choose one of the intervals the client offers.',
      es: 'La duración de pausa solicitada no es una de las que Discord permite. Elige uno de los intervalos que ofrece el cliente.',
    },
  },
  {
    code: 100_083,
    name: 'BILLING_ALREADY_PAUSED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_ALREADY_PAUSED` instead of a sentence: the subscription is already paused, so the request changes nothing.',
      es: 'Discord devuelve la constante interna `BILLING_ALREADY_PAUSED` en lugar de una frase: la suscripción ya está en pausa y la solicitud no cambia nada.',
    },
  },
  {
    code: 100_084,
    name: 'BILLING_CANNOT_CHARGE_ZERO_AMOUNT',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_CANNOT_CHARGE_ZERO_AMOUNT` instead of a sentence: the operation would charge an amount of zero, which the billing system refuses. Review the items, discounts and credits that bring the total down to nothing.',
      es: 'Discord devuelve la constante interna `BILLING_CANNOT_CHARGE_ZERO_AMOUNT` en lugar de una frase: la operación cobraría un importe de cero, y el sistema de facturación lo rechaza. Revisa los artículos, descuentos y créditos que dejan el total a cero.',
    },
  },
  {
    code: 100_086,
    name: 'Discount not available for redemption.',
    nameEs: 'Descuento no disponible para canjear',
    source: 'observed',
    description: {
      en: 'The discount cannot be redeemed: it may have expired, already been used, or not apply to this account. Proceed without it.',
      es: 'El descuento no puede canjearse: puede que haya caducado, que ya se haya usado o que no se aplique a esta cuenta. Continúa sin él.',
    },
  },
  {
    code: 100_089,
    name: 'Entitlement already fulfilled.',
    nameEs: 'El entitlement ya se ha hecho efectivo',
    source: 'observed',
    description: {
      en: 'The entitlement has already been fulfilled, meaning the item was already delivered. Do not fulfill it again.',
      es: 'El derecho (entitlement) ya se hizo efectivo, es decir, el artículo ya se entregó. No vuelvas a entregarlo.',
    },
  },
  {
    code: 100_094,
    name: 'Invalid update for paused or pause pending subscription.',
    nameEs: 'Actualización no válida para una suscripción en pausa o con pausa pendiente',
    source: 'observed',
    description: {
      en: 'The subscription is paused, or about to be, and that change is not allowed in this state. Resume the subscription or cancel the pending pause first.',
      es: 'La suscripción está en pausa, o a punto de estarlo, y ese cambio no se permite en este estado. Reanuda la suscripción o anula primero la pausa pendiente.',
    },
  },
  {
    code: 100_095,
    name: 'Pause subscription is not available for this plan',
    nameEs: 'La pausa de la suscripción no está disponible para este plan',
    source: 'observed',
    description: {
      en: 'This plan cannot be paused at all, whatever the timing. Keep the subscription running or cancel it.',
      es: 'Este plan no admite pausas en ningún caso, sea cual sea el momento. Mantén la suscripción activa o cancélala.',
    },
  },
  {
    code: 100_096,
    name: 'Bundle already purchased.',
    nameEs: 'Paquete ya comprado',
    source: 'observed',
    description: {
      en: 'The account already owns this bundle, so buying it again is refused. There is nothing to retry: its items are already on the account.',
      es: 'Se rechaza la compra: la cuenta ya tiene este paquete. No hay nada que reintentar: sus artículos ya están en la cuenta.',
    },
  },
  {
    code: 100_097,
    name: 'Bundle already partially owned.',
    nameEs: 'Ya tienes parte del paquete',
    source: 'observed',
    description: {
      en: 'The account already owns some of the items in this bundle, so the bundle cannot be bought as a whole. Buy the missing items separately.',
      es: 'La cuenta ya tiene algunos de los artículos de este paquete y no puede comprarlo entero. Compra por separado los que faltan.',
    },
  },
  {
    code: 100_103,
    name: 'Invalid purchase token',
    nameEs: 'Token de compra no válido',
    source: 'observed',
    description: {
      en: 'The purchase token sent to Discord is not valid. Such tokens come from the store that processed the purchase; restart the purchase to obtain a new one.',
      es: 'El token de compra enviado a Discord no es válido. Estos tokens los emite la tienda que procesó la compra; repite la compra para obtener uno nuevo.',
    },
  },
  {
    code: 100_106,
    name: 'Discord has stopped accepting payments through Sofort. Please add another payment method.',
    nameEs: 'Discord ha dejado de aceptar pagos con Sofort. Añade otro método de pago.',
    source: 'observed',
    description: {
      en: 'Discord no longer accepts payments through Sofort. Add another payment method and pay with it.',
      es: 'Discord ya no acepta pagos con Sofort. Añade otro método de pago y usa ese.',
    },
  },
  {
    code: 100_107,
    name: "There aren't enough funds to complete the purchase. Please check your balance or try a different payment method.",
    nameEs:
      'No hay fondos suficientes para completar la compra. Revisa tu saldo o prueba con otro método de pago.',
    source: 'observed',
    description: {
      en: 'The payment method does not have enough funds for this purchase. Top up the balance or choose a different payment method.',
      es: 'El método de pago no tiene fondos suficientes para esta compra. Recarga el saldo o elige otro método de pago.',
    },
  },
  {
    code: 100_111,
    name: 'Invalid parameters provided in request',
    nameEs: 'Se indicaron parámetros no válidos en la solicitud',
    source: 'observed',
    description: {
      en: 'Some parameters of the billing request are not valid, and the message does not say which. Check the request against what the endpoint expects.',
      es: 'Algunos parámetros de la solicitud de facturación no son válidos, y el mensaje no dice cuáles. Compara la solicitud con lo que espera el endpoint.',
    },
  },
  {
    code: 100_123,
    name: 'BILLING_SUBSCRIPTION_GROUP_MAX_MEMBERS',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_MAX_MEMBERS` instead of a sentence: the group subscription (a Nitro plan whose owner invites other users to share it) already has as many members as it allows. A member has to leave before anyone else can join.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_MAX_MEMBERS` en lugar de una frase: la suscripción de grupo (un plan de Nitro cuyo titular invita a otros usuarios a compartirlo) ya tiene todos los miembros que admite. Alguien tiene que salir antes de que pueda entrar otra persona.',
    },
  },
  {
    code: 100_124,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_INELIGIBLE',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_INELIGIBLE` instead of a sentence: this user cannot join the group Nitro subscription. The constant gives no reason, so there is nothing specific to fix.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_INELIGIBLE` en lugar de una frase: este usuario no puede unirse a la suscripción de grupo de Nitro. La constante no indica el motivo: no hay nada concreto que corregir.',
    },
  },
  {
    code: 100_125,
    name: 'BILLING_SUBSCRIPTION_GROUP_INVITE_ALREADY_ACCEPTED',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_INVITE_ALREADY_ACCEPTED` instead of a sentence: the invitation to the group subscription has already been accepted. Treat it as done instead of accepting it again.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_INVITE_ALREADY_ACCEPTED` en lugar de una frase: la invitación a la suscripción de grupo ya se aceptó. Dala por hecha en lugar de volver a aceptarla.',
    },
  },
  {
    code: 100_126,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_IS_BOT',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_IS_BOT` instead of a sentence: a bot account cannot be added to a group Nitro subscription. Invite a human user instead.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_IS_BOT` en lugar de una frase: una cuenta bot no puede añadirse a una suscripción de grupo de Nitro. Invita a un usuario humano.',
    },
  },
  {
    code: 100_127,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_ALREADY_IN_GROUP',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_ALREADY_IN_GROUP` instead of a sentence: the user already belongs to a group subscription. They have to leave it before joining another.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_ALREADY_IN_GROUP` en lugar de una frase: el usuario ya pertenece a una suscripción de grupo. Tiene que salir de ella antes de unirse a otra.',
    },
  },
  {
    code: 100_128,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_HAS_FRACTIONAL_NITRO',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_HAS_FRACTIONAL_NITRO` instead of a sentence: the user holds fractional Nitro (Nitro time credited to the account rather than a regular subscription), which stops them from joining a group subscription. Presumably they can join once that credit is used up.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_HAS_FRACTIONAL_NITRO` en lugar de una frase: el usuario tiene Nitro fraccionado (tiempo de Nitro acreditado en la cuenta, no una suscripción normal), lo que le impide unirse a una suscripción de grupo. Es de suponer que podrá hacerlo cuando haya agotado ese crédito.',
    },
  },
  {
    code: 100_129,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_BOOST_ONLY',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_BOOST_ONLY` instead of a sentence: the user's subscription covers only server boosts, which conflicts with joining a group Nitro subscription. That boost subscription has to end first.",
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_BOOST_ONLY` en lugar de una frase: la suscripción del usuario solo incluye mejoras de servidor, lo que es incompatible con unirse a una suscripción de grupo de Nitro. Primero tiene que terminar esa suscripción de mejoras.',
    },
  },
  {
    code: 100_130,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_ACCOUNT_TOO_YOUNG',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_ACCOUNT_TOO_YOUNG` instead of a sentence: the user's account was created too recently to join a group subscription. The minimum account age is not documented; try again later.",
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_ACCOUNT_TOO_YOUNG` en lugar de una frase: la cuenta del usuario se creó hace demasiado poco para unirse a una suscripción de grupo. La antigüedad mínima no está documentada; inténtalo más adelante.',
    },
  },
  {
    code: 100_131,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_HAS_INELIGIBLE_PLAN',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_HAS_INELIGIBLE_PLAN` instead of a sentence: the user's current plan cannot be combined with joining a group subscription. They would have to end or change that plan first.",
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_HAS_INELIGIBLE_PLAN` en lugar de una frase: el plan actual del usuario no es compatible con unirse a una suscripción de grupo. Tendría que cancelar o cambiar antes ese plan.',
    },
  },
  {
    code: 100_132,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_ON_COOLDOWN',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_ON_COOLDOWN` instead of a sentence: the user is still in a waiting period before they can join a group subscription again. Nothing to fix; they can join once it is over.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_ON_COOLDOWN` en lugar de una frase: el usuario sigue en un periodo de espera antes de poder volver a unirse a una suscripción de grupo. No hay nada que corregir; podrá unirse cuando termine.',
    },
  },
  {
    code: 100_133,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_ACTIVE_BOOSTS',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_ACTIVE_BOOSTS` instead of a sentence: the user has active server boosts, which prevents them from joining a group subscription. The boosts have to end first.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_ACTIVE_BOOSTS` en lugar de una frase: el usuario tiene mejoras de servidor activas, lo que le impide unirse a una suscripción de grupo. Primero tienen que terminar esas mejoras.',
    },
  },
  {
    code: 100_135,
    name: 'User with gift subscription cannot join premium group subscriptions',
    nameEs: 'Un usuario con una suscripción regalada no puede unirse a suscripciones de grupo premium',
    source: 'observed',
    description: {
      en: 'A user whose Nitro comes from a gift cannot join a premium group subscription. They can join once the gifted subscription has run out.',
      es: 'Un usuario cuyo Nitro procede de un regalo no puede unirse a una suscripción de grupo premium. Podrá hacerlo cuando se acabe la suscripción regalada.',
    },
  },
  {
    code: 100_136,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_HAS_MOBILE_SUBSCRIPTION',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: 'Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_HAS_MOBILE_SUBSCRIPTION` instead of a sentence: the user pays for a subscription through a mobile app store, which rules out joining a group subscription. That subscription has to be canceled in the store first.',
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_HAS_MOBILE_SUBSCRIPTION` en lugar de una frase: el usuario paga una suscripción a través de una tienda de aplicaciones móviles, lo que le impide unirse a una suscripción de grupo. Primero tiene que cancelarla en esa tienda.',
    },
  },
  {
    code: 100_137,
    name: 'BILLING_SUBSCRIPTION_GROUP_USER_INVALID_SUBSCRIPTION',
    nameEs: { kept: 'identifier' },
    source: 'observed',
    placeholderName: true,
    description: {
      en: "Discord returns the internal constant `BILLING_SUBSCRIPTION_GROUP_USER_INVALID_SUBSCRIPTION` instead of a sentence: the user's existing subscription is in a state that does not allow joining a group subscription. Check that subscription in the account's settings.",
      es: 'Discord devuelve la constante interna `BILLING_SUBSCRIPTION_GROUP_USER_INVALID_SUBSCRIPTION` en lugar de una frase: la suscripción que ya tiene el usuario está en un estado que no permite unirse a una suscripción de grupo. Revisa esa suscripción en los ajustes de la cuenta.',
    },
  },
  {
    code: 100_138,
    name: 'Unknown Order',
    nameEs: 'Pedido desconocido',
    source: 'observed',
    description: {
      en: 'The order ID does not exist or does not belong to this account. Start the checkout again to create a new order.',
      es: 'El ID de pedido no existe o no pertenece a esta cuenta. Empieza de nuevo el proceso de pago para crear un pedido nuevo.',
    },
  },
  {
    code: 100_144,
    name: 'Currency not allowed for country',
    nameEs: 'Moneda no permitida en el país',
    source: 'observed',
    description: {
      en: "The currency is not allowed for the account's country. Pay in a currency offered for that country.",
      es: 'La moneda no está permitida en el país de la cuenta. Paga en una moneda que se ofrezca para ese país.',
    },
  },
  {
    code: 100_145,
    name: 'Billing address country is not allowed for your store country',
    nameEs: 'El país de la dirección de facturación no está permitido para el país de tu tienda',
    source: 'observed',
    description: {
      en: "The billing address is in a country that does not match the account's store country. Use a billing address in a country that store accepts.",
      es: 'La dirección de facturación está en un país que no corresponde al país de la tienda de la cuenta. Usa una dirección de facturación de un país que esa tienda acepte.',
    },
  },
  {
    code: 100_149,
    name: 'Payment source is not available for checkout',
    nameEs: 'El método de pago no está disponible en el proceso de pago',
    source: 'observed',
    description: {
      en: 'This payment method is not available at this checkout. Choose another one.',
      es: 'Este método de pago no está disponible en este proceso de pago. Elige otro.',
    },
  },
  {
    code: 100_150,
    name: 'This purchase will exceed your monthly spending limit.',
    nameEs: 'Esta compra superará tu límite de gasto mensual',
    source: 'observed',
    description: {
      en: 'Completing this purchase would exceed the monthly spending limit that applies to the account. Spend less or wait until the limit resets next month.',
      es: 'Completar esta compra superaría el límite de gasto mensual que se aplica a la cuenta. Gasta menos o espera a que el límite se renueve el mes que viene.',
    },
  },
  {
    code: 100_151,
    name: 'Your monthly spending limit has been reached.',
    nameEs: 'Has alcanzado tu límite de gasto mensual',
    source: 'observed',
    description: {
      en: 'The account has reached its monthly spending limit, so further purchases fail until the limit resets. There is no point retrying before then.',
      es: 'La cuenta ha alcanzado su límite de gasto mensual: las compras fallarán hasta que el límite se renueve. No tiene sentido reintentar antes.',
    },
  },
  {
    code: 100_152,
    name: 'Order is no longer signable. Please reopen checkout.',
    nameEs: 'El pedido ya no se puede firmar. Vuelve a abrir el proceso de pago.',
    source: 'observed',
    description: {
      en: 'The order can no longer be confirmed (signed), typically because the checkout session went stale. Reopen checkout to start a fresh order.',
      es: 'El pedido ya no puede confirmarse (firmarse), normalmente porque la sesión de pago caducó. Vuelve a abrir el proceso de pago para empezar un pedido nuevo.',
    },
  },
  {
    code: 100_155,
    name: 'Claim your existing purchase in-game to buy this again.',
    nameEs: 'Reclama tu compra existente en el juego para volver a comprar esto',
    source: 'observed',
    description: {
      en: 'The account already has a purchase of this item waiting to be claimed inside the game. Claim it in-game before buying it again.',
      es: 'La cuenta ya tiene una compra de este artículo pendiente de reclamar dentro del juego. Reclámala en el juego antes de volver a comprarlo.',
    },
  },
] as const satisfies readonly DiscordJsonErrorEntry[];
