/**
 * Every library whose identifiers are recorded under content/identifiers/, one file each.
 * Add a library by writing its file and listing it here, in its table's block.
 */
import { goGrpc } from './go-grpc.ts';
import { javaGrpc } from './java-grpc.ts';
import { pythonGrpc } from './python-grpc.ts';
import { csharpGrpc } from './csharp-grpc.ts';
import { cppGrpc } from './cpp-grpc.ts';
import { nodeGrpcJs } from './node-grpc-js.ts';
import { rustTonic } from './rust-tonic.ts';
import { goConnect } from './go-connect.ts';
import { connectEs } from './connect-es.ts';
import { goHttp } from './go-http.ts';
import { pythonHttp } from './python-http.ts';
import { javaSpringHttp } from './java-spring-http.ts';
import { dotnetHttp } from './dotnet-http.ts';
import { rustHttp } from './rust-http.ts';
import { jsHttpStatusCodes } from './js-http-status-codes.ts';

export const libraryIdentifiers = [
  // gRPC status codes (grpc/status-codes)
  goGrpc,
  javaGrpc,
  pythonGrpc,
  csharpGrpc,
  cppGrpc,
  nodeGrpcJs,
  rustTonic,
  goConnect,
  connectEs,
  // HTTP status codes (http/status-codes)
  goHttp,
  pythonHttp,
  javaSpringHttp,
  dotnetHttp,
  rustHttp,
  jsHttpStatusCodes,
] as const;
