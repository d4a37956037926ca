/** /api/v1/schema/index.json: the JSON Schema of /api/v1/index.json. */
import type { APIRoute } from 'astro';
import { indexFileSchema, indexSchemaPath, publishedSchema } from '../../../../lib/api-export.ts';

export const GET: APIRoute = ({ site }) =>
  Response.json(publishedSchema(indexFileSchema, indexSchemaPath, site!, 'Table index (export v1)'));
