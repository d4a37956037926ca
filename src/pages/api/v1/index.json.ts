import type { APIRoute } from 'astro';
import { exportIndex } from '../../../lib/api-export.ts';
import { getSite } from '../../../tables/registry.ts';

export const GET: APIRoute = ({ site }) => Response.json(exportIndex(getSite(), site!));
