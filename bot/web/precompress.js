// Writes FILE.br and FILE.gz at their smallest (Brotli quality 11, gzip level 9) for the host to send as they are:
// seconds once per bundle version at build, instead of a faster, larger compression on every request.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const file = process.argv[2];
const bytes = fs.readFileSync(file);
fs.writeFileSync(file + '.br', zlib.brotliCompressSync(bytes, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
  }
}));
fs.writeFileSync(file + '.gz', zlib.gzipSync(bytes, { level: 9 }));
