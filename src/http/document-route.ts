import type { Express } from 'express';
import type { Logger } from '../log/logger.js';
import type { DocumentLinks } from '../documents/docx/document-links.js';
import { DOCX_TYPE } from '../documents/docx/word-copy.js';
import { mountPrivateLink } from './private-link-route.js';

/** `GET /documents/<token>.docx`: the Word copy a Teams document card links to, while the link lives. */
export function mountDocumentRoute(app: Express, deps: { links: DocumentLinks; log: Logger; clock?: () => Date }): void {
  const clock = deps.clock ?? (() => new Date());
  mountPrivateLink(app, {
    prefix: '/documents',
    extension: '.docx',
    log: deps.log,
    async resolve(token) {
      const file = await deps.links.open(token, clock());
      return file ? { type: DOCX_TYPE, body: file.bytes, filename: file.filename } : undefined;
    },
  });
}
