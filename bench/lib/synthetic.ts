/**
 * Synthetic Discord JSON error codes for the scaling runs: valid, bilingual,
 * spread over the real ranges, with descriptions of realistic length.
 */
import type { DiscordJsonErrorEntry } from '../../src/schema/entries.ts';

const words = [
  'channel',
  'guild',
  'member',
  'message',
  'webhook',
  'role',
  'invite',
  'sticker',
  'thread',
  'emoji',
];
const palabras = [
  'canal',
  'servidor',
  'miembro',
  'mensaje',
  'webhook',
  'rol',
  'invitación',
  'sticker',
  'hilo',
  'emoji',
];

export function syntheticJsonErrors(count: number): DiscordJsonErrorEntry[] {
  // Codes from 10000 up, spaced so they fall in many of the real groups.
  const step = Math.max(1, Math.floor(990_000 / count));
  return Array.from({ length: count }, (_, i) => {
    const code = 10_000 + i * step;
    const w = words[i % words.length]!;
    const p = palabras[i % palabras.length]!;
    return {
      code,
      name: `Synthetic ${w} error ${code}`,
      nameEs: `Error sintético de ${p} ${code}`,
      source: i % 3 === 0 ? 'both' : 'observed',
      description: {
        en: `The ${w} named in the request cannot be used for this operation (synthetic entry ${code}). Check the ID, make sure the bot can see the ${w}, and retry only after fixing the request: the same call fails again.`,
        es: `No se puede usar el ${p} indicado en la solicitud para esta operación (entrada sintética ${code}). Comprueba el ID, asegúrate de que el bot puede ver el ${p} y reintenta solo después de corregir la solicitud: la misma llamada volverá a fallar.`,
      },
    };
  });
}
