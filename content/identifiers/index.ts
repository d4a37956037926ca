/**
 * Every library identifier file, one per library and table. Add a library by writing its
 * file and listing it here, in its table's block. A file that is not listed here is not
 * published: a test checks that each file in this folder is listed.
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';
import { connectEs } from './connect-es.ts';
import { cppGrpc } from './cpp-grpc.ts';
import { csharpGrpc } from './csharp-grpc.ts';
import { discordApiTypesGatewayCloseCodes } from './discord-api-types-gateway-close-codes.ts';
import { discordApiTypesGatewayOpcodes } from './discord-api-types-gateway-opcodes.ts';
import { discordApiTypesJsonErrorCodes } from './discord-api-types-json-error-codes.ts';
import { discordApiTypesRpcCloseCodes } from './discord-api-types-rpc-close-codes.ts';
import { discordApiTypesRpcErrorCodes } from './discord-api-types-rpc-error-codes.ts';
import { discordApiTypesVoiceCloseCodes } from './discord-api-types-voice-close-codes.ts';
import { discordApiTypesVoiceOpcodes } from './discord-api-types-voice-opcodes.ts';
import { discordNetJsonErrorCodes } from './discord-net-json-error-codes.ts';
import { discordgoJsonErrorCodes } from './discordgo-json-error-codes.ts';
import { dotnetHttp } from './dotnet-http.ts';
import { goConnect } from './go-connect.ts';
import { goGrpc } from './go-grpc.ts';
import { goHttp } from './go-http.ts';
import { javaGrpc } from './java-grpc.ts';
import { javaSpringHttp } from './java-spring-http.ts';
import { jdaJsonErrorCodes } from './jda-json-error-codes.ts';
import { jsHttpStatusCodes } from './js-http-status-codes.ts';
import { nodeGrpcJs } from './node-grpc-js.ts';
import { pythonGrpc } from './python-grpc.ts';
import { pythonHttp } from './python-http.ts';
import { rustHttp } from './rust-http.ts';
import { rustTonic } from './rust-tonic.ts';

export const libraryIdentifiers = [
  // ─── Discord ──────────────────────────────────────────────────────────────
  // discord-api-types for every table it has an enum for; for JSON error codes, also the
  // libraries that enumerate them (discordgo, JDA, Discord.Net).
  discordApiTypesGatewayOpcodes,
  discordApiTypesGatewayCloseCodes,
  discordApiTypesVoiceOpcodes,
  discordApiTypesVoiceCloseCodes,
  discordApiTypesJsonErrorCodes,
  discordgoJsonErrorCodes,
  jdaJsonErrorCodes,
  discordNetJsonErrorCodes,
  discordApiTypesRpcErrorCodes,
  discordApiTypesRpcCloseCodes,
  // ─── gRPC status codes (grpc/status-codes) ────────────────────────────────
  goGrpc,
  javaGrpc,
  pythonGrpc,
  csharpGrpc,
  cppGrpc,
  nodeGrpcJs,
  rustTonic,
  goConnect,
  connectEs,
  // ─── HTTP status codes (http/status-codes) ────────────────────────────────
  goHttp,
  pythonHttp,
  javaSpringHttp,
  dotnetHttp,
  rustHttp,
  jsHttpStatusCodes,
] as const satisfies readonly LibraryIdentifiers[];
